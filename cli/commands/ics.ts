/** `sx-feed ics <feed> [filters] -o week.ics`: one calendar file of the (filtered) programme. */
import { eventsToIcs } from '../../src/ics.js';
import { filterEvents } from '../../src/query/events.js';
import { parseCommandArgs, UsageError } from '../args.js';
import { feedForExport } from '../feed-source.js';
import type { CliIo } from '../io.js';
import { QUERY_OPTIONS, toEventQuery } from '../query-options.js';
import { writeOutput } from '../write-output.js';

const OPTIONS = { ...QUERY_OPTIONS, out: { type: 'string', short: 'o' } } as const;

export async function runIcs(args: string[], io: CliIo): Promise<number> {
  const { m } = io;
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new UsageError(m.missingOption('<feed>'));
  const feed = await feedForExport(source, io);
  const query = toEventQuery(values, feed.edition, m);
  const events = filterEvents(feed.events, query, feed.edition);
  // --lang picks the language of the messages and of the calendar's texts alike.
  const ics = eventsToIcs(events, feed.edition, { now: io.now(), lang: m.lang });
  if (!values.out || values.out === '-') {
    io.out(ics);
    return 0;
  }
  await writeOutput(io, values.out, ics);
  io.err(m.wroteIcs(values.out, events.length) + '\n');
  return 0;
}
