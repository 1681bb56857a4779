// API calls of the first-run setup.
import { api } from '../../app/api-client.js';

export type SetupInput = {
  admin: { name: string; email: string; password: string };
  network: { name: string; region?: string };
  loadDemo: boolean;
};

export function runSetup(input: SetupInput): Promise<{ networkId: string; demoNetworkId: string | null }> {
  return api.post<{ networkId: string; demoNetworkId: string | null }>('/api/setup', input);
}
