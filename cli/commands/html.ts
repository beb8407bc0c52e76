/** `sx-feed html <feed> -o snippet.html`: the static programme fragment (see render-html.ts). */
import { filterEvents } from '../../src/query/events.js';
import { parseCommandArgs, UsageError } from '../args.js';
import { feedForExport } from '../feed-source.js';
import type { CliIo } from '../io.js';
import { QUERY_OPTIONS, toEventQuery } from '../query-options.js';
import { renderProgrammeHtml } from '../render-html.js';
import { writeOutput } from '../write-output.js';

const OPTIONS = { ...QUERY_OPTIONS, out: { type: 'string', short: 'o' } } as const;

export async function runHtml(args: string[], io: CliIo): Promise<number> {
  const { m } = io;
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new UsageError(m.missingOption('<feed>'));
  const feed = await feedForExport(source, io);
  const events = filterEvents(feed.events, toEventQuery(values, feed.edition, m), feed.edition);
  // --lang picks the language of the messages and of the snippet alike.
  const html = renderProgrammeHtml(events, feed.edition, { lang: m.lang });
  if (!values.out || values.out === '-') {
    io.out(html);
    return 0;
  }
  await writeOutput(io, values.out, html);
  io.err(m.wroteHtml(values.out, events.length) + '\n');
  return 0;
}
