/** `sx-feed serve <dir> [--port]`: preview a feed directory (see serve.ts); runs until stopped. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs, UsageError } from '../args.js';
import type { CliIo } from '../io.js';
import { startServer, type RunningServer } from '../serve.js';

export async function serveCommand(args: string[], io: CliIo): Promise<RunningServer> {
  const { m } = io;
  const { values, positionals } = parseCommandArgs(args, { port: { type: 'string', short: 'p' } });
  const [dir = '.'] = positionals;
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(m.unknownValue('--port', values.port ?? ''));
  }
  const root = resolve(io.cwd, dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(m.cannotRead(root, 'not a directory'));
  const running = await startServer(root, port);
  io.err(m.serving(running.url, root) + '\n');
  return running;
}
