/**
 * sx-feed: publish a Science and Technology Week feed from spreadsheets.
 * Run `sx-feed --help` (or `npx tsx cli/sx-feed.ts --help` in this repository).
 */
import { chooseLang, main } from './main.js';
import { MESSAGES } from './messages.js';

const args = process.argv.slice(2);
const m = MESSAGES[chooseLang(args, process.env)];

main(args, {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  errIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  now: () => new Date(),
  m,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure: the detail is for a developer, the exit code for scripts.
    console.error(error);
    process.exitCode = 2;
  },
);
