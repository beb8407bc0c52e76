/**
 * `sx-feed serve <dir> [--port]`: preview a feed directory (see serve.ts) with the embed builder
 * at `/` and every widget at `/preview` (bundle/serve-routes.ts); runs until stopped.
 */
import { stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandArgs, UsageError } from '../args.js';
import { CliError } from '../cli-error.js';
import { fsCode } from '../fs-errors.js';
import type { CliIo } from '../io.js';
import { INPUT_MESSAGES } from '../messages-input.js';
import { packageAssets } from '../bundle/assets.js';
import { feedFile, organiserRoutes } from '../bundle/serve-routes.js';
import { ORGANISER_MESSAGES } from '../messages-organiser.js';
import { startServer, type RunningServer } from '../serve.js';

export async function serveCommand(args: string[], io: CliIo): Promise<RunningServer> {
  const { m } = io;
  const im = INPUT_MESSAGES[m.lang];
  const { values, positionals } = parseCommandArgs(args, { port: { type: 'string', short: 'p' } });
  const [dir = '.', ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(extra.map((a) => im.unusedArgument(a)).join('\n'));
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(m.unknownValue('--port', values.port ?? ''));
  }
  const root = resolve(io.cwd, dir);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(root)).isDirectory();
  } catch (error) {
    throw new CliError(im.fsError(fsCode(error), dir), 2);
  }
  if (!isDirectory) throw new CliError(im.notADirectory(dir), 2);
  const assets = packageAssets();
  let running: RunningServer;
  try {
    running = await startServer(root, port, '127.0.0.1', organiserRoutes(root, m.lang, assets));
  } catch (error) {
    const code = fsCode(error);
    if (code === 'EADDRINUSE') throw new CliError(im.portInUse(port), 2);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(im.portDenied(port), 2);
    throw error;
  }
  const sm = ORGANISER_MESSAGES[m.lang].serve;
  io.err(m.serving(running.url, root) + '\n');
  io.err(`${sm.builderLink}: ${running.url}\n${sm.previewLink}: ${running.url}preview\n`);
  io.err(sm.partnersUse(running.url + feedFile(root)) + '\n');
  // Without the CDN build the pages load no widgets: say so rather than show empty boxes.
  if (!existsSync(join(assets.cdn, 'loader.js'))) {
    io.err(ORGANISER_MESSAGES[m.lang].bundle.noCdn(assets.cdn) + '\n');
  }
  return running;
}
