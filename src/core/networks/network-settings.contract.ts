// The network's settings (issue 15): the keys stored in `network.settings` (jsonb), typed in one place. The networks
// repository parses the column through this schema; other modules ask the networks module instead of reading the column.
// A malformed value reads as absent (the readers treated anything but the expected type as "not set" before), and keys
// this schema does not know survive: they pass through a read and a write merges one key into the stored object.
import { z } from 'zod';

export const networkSettings = z.looseObject({
  /** A generated demo network (made-up data to explore the app), set by the demo generator. */
  demo: z.boolean().optional().catch(undefined),
  /** The seed and index the demo generator made this network from. */
  demoSeed: z.number().optional().catch(undefined),
  demoNetworkIndex: z.number().optional().catch(undefined),
  /** The network publishes its public activities on the public agenda page. */
  publicAgenda: z.boolean().optional().catch(undefined),
  /** What funders may see of the governance log (set when a design with funders is applied). */
  funderAccess: z.string().optional().catch(undefined),
  /** The network takes part in the anonymous steering comparison across networks. */
  steeringComparisonOptIn: z.boolean().optional().catch(undefined),
  /** The candidates module's own settings (thresholds and texts); that module validates its own shape. */
  candidates: z.record(z.string(), z.unknown()).optional().catch(undefined),
});
export type NetworkSettings = z.infer<typeof networkSettings>;
/** The keys a module may write one at a time. */
export type NetworkSettingKey = keyof typeof networkSettings.shape;
/** The value type of one key. */
export type NetworkSettingValue<K extends NetworkSettingKey> = z.infer<(typeof networkSettings.shape)[K]>;
