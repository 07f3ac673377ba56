import type { MarketCode } from '../core/markets/marketCodes';
import type { CommandName } from './cliHelp';
import type { CommandContext } from './commandContext';
import { demoCommand, demoTarget } from './demoCommand';
import { importOrdersCommand } from './importOrdersCommand';
import { refreshCommand } from './refreshCommand';
import { setupCommand } from './setupCommand';
import { sqlCommand } from './sqlCommand';
import { withWorkbookLock } from './workbookLock';

export interface CommandArguments {
  readonly files: string[];
  readonly out?: string;
  readonly market?: MarketCode;
  /** The command's own string options (SHAPES in cli.ts). */
  readonly options: Readonly<Record<string, string>>;
}

type Runner = (args: CommandArguments, context: CommandContext) => Promise<void>;

/** A command that writes the workbook `target` names, run holding that workbook's lock (two writers would lose one's work). */
const writing =
  (target: (args: CommandArguments) => string, run: Runner): Runner =>
  (args, context) =>
    withWorkbookLock(target(args), () => run(args, context), { waitMs: context.lockWaitMs, onWait: (message) => context.reporter.status(message) });

/** What each command does with its files and --out. */
export const COMMAND_RUNNERS: Record<CommandName, Runner> = {
  setup: writing(
    ({ files }) => files[0],
    ({ files, market }, context) => setupCommand(files[0], context, market),
  ),
  refresh: writing(
    ({ files, out }) => out ?? files[0],
    ({ files, out }, context) => refreshCommand(files[0], out, context),
  ),
  'import-orders': writing(
    ({ files }) => files[1],
    ({ files }, context) => importOrdersCommand(files[0], files[1], context),
  ),
  demo: writing(
    ({ out, market }) => demoTarget(out, market),
    ({ out, market }, context) => demoCommand(out, context, market),
  ),
  sql: ({ options }, context) => sqlCommand(options, context),
};
