/**
 * The CLI's dispatcher: picks the language, prints help, runs one command and turns failures into
 * exit codes (2 for usage and unreadable input). Commands get a CliIo, so tests run them in-process.
 */
import { UsageError } from './args.js';
import { runBuild } from './commands/build.js';
import { runHtml } from './commands/html.js';
import { runIcs } from './commands/ics.js';
import { ORGANISER_RUNNERS } from './commands/organiser.js';
import { serveCommand } from './commands/serve.js';
import { runTemplate } from './commands/template.js';
import { runValidate } from './commands/validate.js';
import { CliError } from './cli-error.js';
import { FeedUnavailable } from './feed-source.js';
import type { CliIo } from './io.js';
import { INPUT_MESSAGES } from './messages-input.js';
import {
  isOrganiserCommand,
  ORGANISER_MESSAGES,
  withOrganiserCommands,
} from './messages-organiser.js';
import { packageVersion } from './version.js';
import {
  COMMANDS,
  isLang,
  langFromEnv,
  MESSAGES,
  type CommandName,
  type Lang,
} from './messages.js';

/** `--lang en` or `--lang=en` anywhere on the line, before any parsing, so errors are localised. */
export function langFromArgs(args: string[]): Lang | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value =
      arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return undefined;
}

export function chooseLang(args: string[], env: Record<string, string | undefined>): Lang {
  return langFromArgs(args) ?? langFromEnv(env);
}

const RUNNERS: Record<
  Exclude<CommandName, 'serve'>,
  (args: string[], io: CliIo) => Promise<number>
> = {
  template: runTemplate,
  build: runBuild,
  validate: runValidate,
  ics: runIcs,
  html: runHtml,
};

/** The input and output options, documented beside the command's own help. */
function extraHelp(name: CommandName, lang: Lang): string {
  const im = INPUT_MESSAGES[lang];
  if (name === 'build') return '\n\n' + im.buildInputHelp;
  if (name === 'validate') return '\n' + im.validateInputHelp;
  return '';
}

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

/**
 * Runs one command line. `serve` resolves only once its server has started; the process then
 * stays alive because the server is listening (the caller decides when to stop it).
 */
export async function main(args: string[], ioIn: CliIo): Promise<number> {
  const asked = langFromArgs(args);
  const io = asked && asked !== ioIn.m.lang ? { ...ioIn, m: MESSAGES[asked] } : ioIn;
  const { m } = io;
  const im = INPUT_MESSAGES[m.lang];
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v' || command === 'version') {
    io.out(im.version(packageVersion()) + '\n');
    return 0;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    io.out(
      (topic && isOrganiserCommand(topic)
        ? ORGANISER_MESSAGES[m.lang].help[topic]
        : topic && (COMMANDS as readonly string[]).includes(topic)
          ? m.help[topic as CommandName]
          : withOrganiserCommands(m.help.main, m.lang) + '\n' + im.mainHelpExtra) + '\n',
    );
    return command ? 0 : 2;
  }
  if (command.startsWith('--lang')) return main(rest.slice(command === '--lang' ? 1 : 0), io);
  const organiser = isOrganiserCommand(command) ? command : undefined;
  if (!organiser && !(COMMANDS as readonly string[]).includes(command)) {
    io.err(m.unknownCommand(command) + '\n');
    return 2;
  }
  const name = command as CommandName;
  const help = organiser
    ? ORGANISER_MESSAGES[m.lang].help[organiser]
    : m.help[name] + extraHelp(name, m.lang);
  if (wantsHelp(rest)) {
    io.out(help + '\n');
    return 0;
  }
  try {
    if (organiser) return await ORGANISER_RUNNERS[organiser](rest, io);
    if (name === 'serve') {
      await serveCommand(rest, io);
      return 0;
    }
    return await RUNNERS[name](rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${m.badArguments(error.message)}\n\n${help}\n`);
      return 2;
    }
    if (error instanceof FeedUnavailable || error instanceof CliError) {
      io.err(error.message + '\n');
      return error.exitCode;
    }
    throw error;
  }
}
