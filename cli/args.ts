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
