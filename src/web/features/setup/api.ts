// API calls of the first-run setup.
import { api, type Reply } from '../../shared/api-client.js';
import { setupDone } from '../../../core/setup/setup.contract.js';

export type SetupInput = {
  admin: { name: string; email: string; password: string };
  network: { name: string; region?: string };
  loadDemo: boolean;
};

export function runSetup(input: SetupInput): Promise<Reply<typeof setupDone>> {
  return api.post('/api/setup', input, setupDone);
}
