/** `sx-feed bundle`: see cli/bundle/. */
import type { CliIo } from '../io.js';

export async function runBundle(_args: string[], _io: CliIo): Promise<number> {
  return 2;
}
