/**
 * `sx-feed bundle <feed dir> --out <dir> [--base url]`: everything an organiser needs to host the
 * widgets and the feed themselves (see bundle/write-bundle.ts).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCommandArgs, UsageError } from '../args.js';
import { packageAssets } from '../bundle/assets.js';
import { feedFile } from '../bundle/serve-routes.js';
import { writeBundle } from '../bundle/write-bundle.js';
import { CliError } from '../cli-error.js';
import { feedForExport } from '../feed-source.js';
import type { CliIo } from '../io.js';
import { ORGANISER_MESSAGES } from '../messages-organiser.js';

const OPTIONS = { out: { type: 'string', short: 'o' }, base: { type: 'string' } } as const;

export async function runBundle(args: string[], io: CliIo): Promise<number> {
  const { m } = io;
  const bm = ORGANISER_MESSAGES[m.lang].bundle;
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new UsageError(m.missingOption('<feed dir>'));
  if (!values.out) throw new UsageError(m.missingOption('--out'));
  let base: string | undefined;
  if (values.base) {
    const url = URL.canParse(values.base) ? new URL(values.base) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) throw new UsageError(bm.badBase(values.base));
    // A folder: its files are resolved below it.
    base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  }
  const assets = packageAssets();
  for (const needed of [join(assets.cdn, 'loader.js'), join(assets.builder, 'index.html')]) {
    if (!existsSync(needed)) throw new CliError(bm.noCdn(assets.cdn), 2);
  }
  const feedDir = resolve(io.cwd, source);
  // A feed the widgets could not show is not worth shipping: the same checks as the exports.
  await feedForExport(source, io);
  const out = resolve(io.cwd, values.out);
  if (existsSync(out) && (await readdir(out)).length > 0)
    throw new CliError(bm.notEmpty(values.out), 2);
  const files = await writeBundle({
    feedDir,
    feedFile: feedFile(feedDir),
    out,
    assets,
    ...(base && { base }),
    lang: m.lang,
  });
  io.err(bm.wrote(values.out, files.length) + '\n');
  return 0;
}
