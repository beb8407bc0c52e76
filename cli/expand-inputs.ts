/**
 * Turns what follows `--events` (and `--labs`, `--stories`) into files: a file, a workbook's sheet
 * (`file.xlsx#活动`), a directory (every sheet file in it) or a glob (`cities/*.csv`, for shells
 * that do not expand it, such as Windows' cmd). Each file is read once, in the order given.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { SHEET_EXTENSIONS } from './file-kind.js';
import { fsCode } from './fs-errors.js';
import type { InputMessages } from './messages-input.js';
import { InputError } from './read-sheet.js';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As shown in messages: the user's words, or the path relative to the working directory. */
  display: string;
  /** A workbook's sheet named after `#`. */
  sheet?: string;
}

/** Excel's lock files (`~$活动.xlsx`) and hidden files are never sheets. */
const isSheetName = (name: string) =>
  !name.startsWith('~$') &&
  !name.startsWith('.') &&
  SHEET_EXTENSIONS.includes(extname(name).toLowerCase());

const shown = (cwd: string, path: string) => {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

async function kindOf(path: string): Promise<'file' | 'dir' | { code: string }> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    return { code: fsCode(error) };
  }
}

async function expandOne(value: string, cwd: string, im: InputMessages): Promise<InputFile[]> {
  const path = resolve(cwd, value);
  const kind = await kindOf(path);
  if (kind === 'file') return [{ path, display: value }];
  if (kind === 'dir') {
    const names = (await readdir(path)).filter(isSheetName).sort();
    if (names.length === 0) throw new InputError(im.noSheetsInDir(value));
    return names.map((name) => ({ path: join(path, name), display: shown(cwd, join(path, name)) }));
  }
  const hash = value.lastIndexOf('#');
  if (hash > 0 && (await kindOf(resolve(cwd, value.slice(0, hash)))) === 'file') {
    const file = value.slice(0, hash);
    return [{ path: resolve(cwd, file), display: file, sheet: value.slice(hash + 1) }];
  }
  // Loaded only here: most command lines name files, and start-up should not pay for globbing.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (isDynamicPattern(value)) {
    const found = await glob(value, {
      cwd,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
    });
    const files = found.filter((f) => !f.split(/[\\/]/).pop()!.startsWith('~$')).sort();
    if (files.length === 0) throw new InputError(im.noMatch(value));
    return files.map((f) => ({ path: f, display: shown(cwd, f) }));
  }
  throw new InputError(im.fsError(kind.code, value));
}

/** Every file the values name, each once. @throws InputError for a value that names nothing */
export async function expandInputs(
  values: readonly string[],
  cwd: string,
  im: InputMessages,
): Promise<InputFile[]> {
  const seen = new Set<string>();
  const files: InputFile[] = [];
  for (const value of values) {
    for (const file of await expandOne(value, cwd, im)) {
      const key = `${file.path}#${file.sheet ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return files;
}
