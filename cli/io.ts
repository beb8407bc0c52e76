/** What a command needs from the outside world, so tests run commands in-process. */
import type { Messages } from './messages.js';

export interface CliIo {
  /** Results (the report, a calendar sent to stdout). */
  out(text: string): void;
  /** Progress and messages about the run. */
  err(text: string): void;
  /** Progress lines are redrawn in place only on a terminal. */
  errIsTTY: boolean;
  cwd: string;
  now(): Date;
  m: Messages;
}

/** Collects output in memory (for tests and for callers embedding the CLI). */
export function memoryIo(m: Messages, now = () => new Date(), cwd = process.cwd()) {
  const outChunks: string[] = [];
  const errChunks: string[] = [];
  const io: CliIo = {
    out: (text) => void outChunks.push(text),
    err: (text) => void errChunks.push(text),
    errIsTTY: false,
    cwd,
    now,
    m,
  };
  return {
    io,
    stdout: () => outChunks.join(''),
    stderr: () => errChunks.join(''),
  };
}
