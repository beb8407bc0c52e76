/** Command-line parsing on Node's own `util.parseArgs`, with the options every command shares. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** A wrong option or a missing value: the command prints the message and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Config<T extends Options> = {
  args: string[];
  options: T & typeof COMMON_OPTIONS;
  allowPositionals: true;
  strict: true;
};

export type ParsedArgs<T extends Options> = ReturnType<typeof parseArgs<Config<T>>>;

/** Parses one command's arguments; unknown options and missing values become a UsageError. */
export function parseCommandArgs<T extends Options>(args: string[], options: T): ParsedArgs<T> {
  const config: Config<T> = {
    args,
    options: { ...options, ...COMMON_OPTIONS },
    allowPositionals: true,
    strict: true,
  };
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Values of a repeatable option, each possibly a comma list: `--city 太原,大同 --city 140300`. */
export function listOption(value: string | string[] | undefined): string[] {
  return [value ?? []]
    .flat()
    .flatMap((v) => v.split(/[,，、]/))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Parses a command whose `lists` options take several values: repeated (`--events a.csv
 * --events b.csv`) or following the option (`--events a.csv b.csv`, as a shell expands
 * `cities/*.csv`). Returns each list's values in order and the positionals that belong to no list
 * (which the command uses or refuses: an argument is never silently ignored).
 */
export function parseListArgs<T extends Options>(
  args: string[],
  options: T,
  lists: readonly (keyof T & string)[],
): { values: ParsedArgs<T>['values']; lists: Record<string, string[]>; positionals: string[] } {
  const multiple = Object.fromEntries(
    Object.entries(options).map(([name, spec]) => [
      name,
      lists.includes(name) ? { ...spec, multiple: true } : spec,
    ]),
  ) as T;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...multiple, ...COMMON_OPTIONS },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const result: Record<string, string[]> = Object.fromEntries(lists.map((name) => [name, []]));
  const positionals: string[] = [];
  let current: string | undefined;
  for (const token of parsed.tokens) {
    if (token.kind === 'option') {
      current = lists.includes(token.name) && token.value !== undefined ? token.name : undefined;
      if (current) result[current]!.push(token.value!);
    } else if (token.kind === 'positional') {
      if (current) result[current]!.push(token.value);
      else positionals.push(token.value);
    } else {
      current = undefined; // after `--`, nothing belongs to an option
    }
  }
  return { values: parsed.values as ParsedArgs<T>['values'], lists: result, positionals };
}
