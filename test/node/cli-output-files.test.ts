/**
 * The files a command writes on request (`stats --csv/--html`, `html -o`, `ics -o`, `template`)
 * are whole or absent: a reader that closes the pipe early (`sx-feed stats feed | head`) once
 * killed the run while it wrote, leaving an empty report over the previous one; and a path that
 * cannot be written is a message saying what to do, not "a fault in the program" with a raw ENOENT.
 * The real binary (through tsx) with real pipes and files.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { runCli, tempDir } from '../support/cli-harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FEED = join(ROOT, 'src/data/shanxi-2025');

/** One output file per case, and the option that names it. */
const OUTPUTS: { name: string; args: (file: string) => string[] }[] = [
  { name: 'stats --csv', args: (file) => ['stats', FEED, '--csv', file] },
  { name: 'stats --html', args: (file) => ['stats', FEED, '--html', file] },
  { name: 'html -o', args: (file) => ['html', FEED, '-o', file] },
  { name: 'ics -o', args: (file) => ['ics', FEED, '-o', file] },
];

/** Runs the binary; `hangUp` closes the named pipes from the reading side as soon as it starts. */
function runBinary(
  args: string[],
  hangUp: ('stdout' | 'stderr')[],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'cli/sx-feed.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, SX_FEED_DEBUG: '', LANG: 'en_US.UTF-8' },
      },
    );
    let stderr = '';
    for (const name of hangUp) child[name].destroy();
    if (!hangUp.includes('stderr')) {
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** A file's text without the calendar's DTSTAMP (the time of the run, which differs by design). */
async function readStable(file: string): Promise<string> {
  return (await readFile(file, 'utf8')).replace(/^DTSTAMP:.*$/gm, 'DTSTAMP');
}

describe('sx-feed output files', function () {
  // Each case starts the CLI through tsx.
  this.timeout(60000);
  let dir: string;
  let remove: () => Promise<void>;
  before(async () => ({ dir, remove } = await tempDir('sx-feed-out-')));
  after(() => remove());

  describe('a reader that hangs up early does not cut a file short', () => {
    for (const { name, args } of OUTPUTS) {
      it(`${name}: the file is whole and the run succeeds`, async () => {
        const expected = join(dir, `expected-${name.replace(/\W+/g, '-')}`);
        const whole = await runCli(args(expected), dir);
        expect(whole.code, whole.stderr).to.equal(0);

        for (const hangUp of [['stdout'], ['stderr'], ['stdout', 'stderr']] as const) {
          const file = join(dir, `${hangUp.join('-')}-${name.replace(/\W+/g, '-')}`);
          // A previous, good copy must be replaced whole, never truncated.
          await writeFile(file, 'the previous report');
          const run = await runBinary(args(file), [...hangUp]);
          expect(run.code, `${hangUp.join('+')} closed: ${run.stderr}`).to.equal(0);
          expect(await readStable(file), `${hangUp.join('+')} closed`).to.equal(
            await readStable(expected),
          );
        }
      });
    }

    it('leaves no temporary file behind', async () => {
      const names = await readdir(dir);
      expect(names.filter((name) => name.endsWith('.tmp'))).to.deep.equal([]);
    });
  });

  describe('a path that cannot be written', () => {
    const PATHS: { why: string; path: (dir: string) => string; en: RegExp; zh: RegExp }[] = [
      {
        why: 'its directory does not exist',
        path: (dir) => join(dir, 'no-such-dir', 'out.file'),
        en: /directory does not exist\. Create the directory first/,
        zh: /所在目录不存在。请先创建目录/,
      },
      {
        why: 'it is a directory',
        path: (dir) => join(dir, 'a-directory'),
        en: /it is a directory\. Give a file name/,
        zh: /这是一个目录。请写上文件名/,
      },
      {
        why: 'a file stands where a directory should be',
        path: (dir) => join(dir, 'a-file', 'out.file'),
        en: /directory does not exist/,
        zh: /所在目录不存在/,
      },
    ];
    before(async () => {
      await mkdir(join(dir, 'a-directory'), { recursive: true });
      await writeFile(join(dir, 'a-file'), 'not a directory');
    });

    for (const { name, args } of OUTPUTS) {
      for (const { why, path, en, zh } of PATHS) {
        it(`${name}, ${why}: says what to do, exit 2, in both languages`, async () => {
          for (const [lang, expected] of [
            ['en', en],
            ['zh-CN', zh],
          ] as const) {
            const run = await runCli(args(path(dir)), dir, lang);
            expect(run.code, run.stderr).to.equal(2);
            expect(run.stderr).to.match(expected);
            expect(run.stderr).not.to.match(/unexpected|意外|ENOENT|EISDIR|ENOTDIR/);
          }
        });
      }
    }

    it('template into a path that cannot be a directory: says so, exit 2', async () => {
      const run = await runCli(['template', join(dir, 'a-file', 'sheets')], dir);
      expect(run.code, run.stderr).to.equal(2);
      expect(run.stderr).to.match(/cannot write .*a-file.*sheets/);
      expect(run.stderr).not.to.match(/unexpected/);
    });
  });
});
