import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { InputError } from '../../core/values/errors';
import { MARKET_CODES } from '../../core/markets/marketCodes';
import { marketCodeOf } from '../../core/workbook/settingValue';
import { versionText } from '../../core/values/versionText';
import { buildInfo } from './buildInfo';
import { COMMAND_HELP, COMMANDS, MAIN_HELP, type CommandName } from './cliHelp';
import type { CommandContext } from './commandContext';
import type { CommandArguments, COMMAND_RUNNERS } from './commands';
import { FileProblem } from '../files/fileProblem';
import { terminalReporter } from './terminalProgress';
import { terminalSafe } from './terminalText';

/** A mistake in the command line, answered with the usage line of the command. */
class UsageError extends Error {}

/** How many files each command takes (a range where some are optional), whether it takes --out, --force, --market, which of the update options, and its own string options. */
const SHAPES: Record<
  CommandName,
  {
    files: number | readonly [number, number];
    out: boolean;
    force?: boolean;
    market?: boolean;
    updateOptions?: readonly UpdateOption[];
    json?: boolean;
    options?: readonly string[];
  }
> = {
  setup: { files: 1, out: false, market: true, options: ['client', 'manager', 'contacts'] },
  refresh: { files: 1, out: true, force: true },
  import: { files: 2, out: false },
  'import-orders': { files: 2, out: false },
  demo: { files: 0, out: true, market: true },
  export: { files: 1, out: true, updateOptions: ['cadence', 'as-of', 'to-date', 'internal'] },
  deliver: { files: 1, out: true, updateOptions: ['cadence', 'as-of', 'to-date', 'override', 'again'] },
  check: { files: 1, out: false },
  'sign-off': { files: 1, out: false, options: ['by', 'note', 'tick'] },
  sidebar: { files: [0, 1], out: false, options: ['port'] },
  connect: { files: 1, out: false, options: ['code', 'shop'] },
  pull: { files: 1, out: false, options: ['since', 'until'] },
  evidence: { files: 1, out: true, json: true, options: ['metric', 'from', 'to', 'exempt'] },
  board: { files: [1, Infinity], out: true, json: true, options: ['now', 'since', 'digest'] },
  sql: {
    files: 0,
    out: false,
    market: true,
    options: ['metrics', 'rows', 'table', 'start', 'end', 'time-zone', 'week-start', 'date-order', 'decimal-mark', 'load'],
  },
};

/** Every command's own options, parsed for all so that a misplaced one is named ('check takes no --by'). */
const COMMAND_OPTIONS = [...new Set(Object.values(SHAPES).flatMap((shape) => shape.options ?? []))];

/** The client update's options: which update (export and deliver) and how (--internal for a draft, --override and --again for a delivery). */
const UPDATE_OPTIONS = ['cadence', 'as-of', 'override', 'to-date', 'internal', 'again'] as const;
type UpdateOption = (typeof UPDATE_OPTIONS)[number];

/** The commands, loaded on first use so that help and usage errors answer without loading every command's modules (seconds). */
function runners(): typeof COMMAND_RUNNERS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load; tsx and ts-jest both hook require
  return (require('./commands') as { COMMAND_RUNNERS: typeof COMMAND_RUNNERS }).COMMAND_RUNNERS;
}

/** Runs the CLI; resolves to the exit code. Problems with files or data are one line on stderr, never a stack trace. */
export async function main(argv: readonly string[], outer: CommandContext = terminalContext()): Promise<number> {
  const context = terminalSafe(outer);
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      context.print(MAIN_HELP);
      return command === undefined ? 1 : 0;
    }
    if (command === '--version') {
      context.print(versionText(buildInfo()));
      return 0;
    }
    if (!isCommand(command)) throw new UsageError(`unknown command '${command}'. Commands: ${COMMANDS.join(', ')} (tts-ops --help).`);
    const args = parseCommandLine(command, rest);
    if (!args) {
      context.print(COMMAND_HELP[command]);
      return 0;
    }
    return (await runners()[command](args, context)) ?? 0;
  } catch (error) {
    context.printError(`tts-ops: ${problemText(error, command)}`);
    return 1;
  }
}

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** The command's files and options; undefined when --help was asked for. */
function parseCommandLine(command: CommandName, argv: string[]): CommandArguments | undefined {
  const spec = SHAPES[command];
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        market: { type: 'string', short: 'm' },
        help: { type: 'boolean', short: 'h' },
        cadence: { type: 'string' },
        'as-of': { type: 'string' },
        override: { type: 'string' },
        'to-date': { type: 'boolean' },
        internal: { type: 'boolean' },
        again: { type: 'boolean' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        ...Object.fromEntries(COMMAND_OPTIONS.map((name) => [name, { type: 'string' } as const])),
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('. ')[0] : String(error));
  }
  if (parsed.values.help) return undefined;
  const files = parsed.positionals;
  const { out } = parsed.values;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const options: Record<string, string> = {};
  for (const name of COMMAND_OPTIONS) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    if (!spec.options?.includes(name)) throw new UsageError(`${command} takes no --${name}.`);
    options[name] = value;
  }
  if (out !== undefined && !spec.out) throw new UsageError(`${command} takes no --out; it writes to the workbook it is given.`);
  if (parsed.values.force && !spec.force) throw new UsageError(`${command} takes no --force.`);
  if (parsed.values.json && !spec.json) throw new UsageError(`${command} takes no --json.`);
  const market = parsed.values.market === undefined ? undefined : marketCodeOf(parsed.values.market);
  if (parsed.values.market !== undefined && !spec.market)
    throw new UsageError(`${command} takes no --market; the market is a row of the Settings tab.`);
  if (parsed.values.market !== undefined && !market)
    throw new UsageError(`unknown market '${parsed.values.market}'. Markets: ${MARKET_CODES.join(', ')}.`);
  const updateOption = UPDATE_OPTIONS.find((name) => parsed.values[name] !== undefined && !spec.updateOptions?.includes(name));
  if (updateOption) {
    const takers = COMMANDS.filter((name) => SHAPES[name].updateOptions?.includes(updateOption));
    throw new UsageError(`${command} takes no --${updateOption}; only ${takers.join(' and ')} ${takers.length > 1 ? 'do' : 'does'}.`);
  }
  if (parsed.values.override !== undefined && !parsed.values.override.trim())
    throw new UsageError('--override needs a reason, e.g. --override "client asked for the numbers before the QA review".');
  const [fewest, most] = typeof spec.files === 'number' ? [spec.files, spec.files] : spec.files;
  if (files.length < fewest || files.length > most) {
    const count = (n: number): string => (n ? `${n} file${n > 1 ? 's' : ''}` : 'no file');
    const range = most === Infinity ? `at least ${count(fewest)}` : fewest === most ? count(most) : `${fewest} to ${count(most)}`;
    throw new UsageError(`${command} takes ${range}, got ${files.length}.`);
  }
  return {
    files,
    out,
    market,
    cadence: parsed.values.cadence,
    asOf: parsed.values['as-of'],
    override: parsed.values.override,
    toDate: parsed.values['to-date'],
    internal: parsed.values.internal,
    again: parsed.values.again,
    force: parsed.values.force,
    json: parsed.values.json,
    options,
  };
}

function problemText(error: unknown, command: string | undefined): string {
  if (error instanceof UsageError) return command && isCommand(command) ? `${error.message}\n${usageLine(command)}` : error.message;
  if (error instanceof FileProblem || error instanceof InputError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  if (process.env.TTS_OPS_DEBUG && error instanceof Error) return `${detail}\n${error.stack}`;
  return `unexpected error: ${detail} (set TTS_OPS_DEBUG=1 to see where it happened)`;
}

function usageLine(command: CommandName): string {
  return COMMAND_HELP[command].split('\n')[0];
}

function terminalContext(): CommandContext {
  const reporter = terminalReporter(process.stderr);
  const clearThen = (stream: NodeJS.WriteStream) => (text: string) => {
    reporter.clear();
    stream.write(`${text}\n`);
  };
  return {
    reporter,
    print: clearThen(process.stdout),
    printStyled: clearThen(process.stdout),
    printError: clearThen(process.stderr),
    now: () => new Date(),
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
    readLine: readTerminalLine,
  };
}

/** One line from stdin (a terminal or a pipe); '' when it closes first. */
async function readTerminalLine(prompt: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write(prompt);
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}
