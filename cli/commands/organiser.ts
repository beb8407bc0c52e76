/** The organisers' commands (stats, bundle), registered with the dispatcher in one place. */
import type { CliIo } from '../io.js';
import type { OrganiserCommand } from '../messages-organiser.js';
import { runBundle } from './bundle.js';
import { runStats } from './stats.js';

export const ORGANISER_RUNNERS: Record<
  OrganiserCommand,
  (args: string[], io: CliIo) => Promise<number>
> = {
  stats: runStats,
  bundle: runBundle,
};
