/**
 * sx-feed: publish a Science and Technology Week feed from spreadsheets.
 * Run `sx-feed --help` (or `npx tsx cli/sx-feed.ts --help` in this repository).
 */
// Generated readers for clean records (Node only): loaded with the CLI, before the first feed.
import '../src/feed/fast-reader.js';
import { safeForTerminal } from './control-chars.js';
import { chooseLang, main } from './main.js';
import { MESSAGES } from './messages.js';
import { INPUT_MESSAGES } from './messages-input.js';

const args = process.argv.slice(2);
const m = MESSAGES[chooseLang(args, process.env)];

// Everything printed passes the last guard: a name or a value from a file never reaches the
// terminal as an escape sequence, however it got into a message.
// A reader that goes away (`sx-feed stats feed | head`) must not kill the run half-way through
// writing its files: Node reports the closed pipe as an 'error' event (EPIPE), which would end the
// process. Stop printing to that stream and let the command finish its work.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed.add(stream);
  });
}
const print = (stream: NodeJS.WriteStream, text: string) => {
  if (!closed.has(stream)) stream.write(safeForTerminal(text));
};

main(args, {
  out: (text) => print(process.stdout, text),
  err: (text) => print(process.stderr, text),
  errIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  now: () => new Date(),
  m,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault in the program: one line for the organiser, the stack only when asked for.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    print(process.stderr, INPUT_MESSAGES[m.lang].unexpected(detail) + '\n');
    if (process.env.SX_FEED_DEBUG) console.error(error);
    process.exitCode = 2;
  },
);
