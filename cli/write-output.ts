/**
 * One output file a command was asked for (`html -o`, `ics -o`, `stats --csv/--html`): written
 * through a temporary name and a rename, so an interrupted run (a full disk, a closed pipe, Ctrl+C)
 * leaves the previous file as it was instead of an empty or half-written one; a path that cannot
 * be written is a message saying what to do, exit 2, not "a fault in the program".
 */
import { basename, dirname, resolve } from 'node:path';
import { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { INPUT_MESSAGES } from './messages-input.js';
import { FeedWriteError, writeAtomic } from './write-feed.js';

export async function writeOutput(io: CliIo, file: string, body: string): Promise<void> {
  const path = resolve(io.cwd, file);
  try {
    await writeAtomic(dirname(path), basename(path), body);
  } catch (error) {
    if (!(error instanceof FeedWriteError)) throw error;
    throw new CliError(INPUT_MESSAGES[io.m.lang].outputWriteFailed(error.code, file), 2);
  }
}
