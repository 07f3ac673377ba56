import type { MarketCode } from '../../core/markets/marketCodes';
import type { CommandName } from './cliHelp';
import type { CommandContext } from './commandContext';
import { checkCommand } from './checkCommand';
import { connectCommand } from './connectCommand';
import { pullCommand } from './pullCommand';
import { demoCommand, demoTarget } from './demoCommand';
import { evidenceCommand } from './evidenceCommand';
import { boardCommand } from './boardCommand';
import { deliverCommand } from './deliverCommand';
import { exportCommand } from './exportCommand';
import { parseCadence } from '../../core/report/cadence';
import { importCommand, importOrdersCommand } from './importOrdersCommand';
import { refreshCommand } from './refreshCommand';
import { setupCommand } from './setupCommand';
import { sidebarCommand } from './sidebarCommand';
import { signOffCommand } from './signOffCommand';
import { sqlCommand } from './sqlCommand';
import { withWorkbookLock } from '../files/workbookLock';

export interface CommandArguments {
  readonly files: string[];
  readonly out?: string;
  /** export and deliver: wbr | mbr | qbr, the as-of day; deliver: the reason to deliver without a QA sign-off. */
  readonly cadence?: string;
  readonly asOf?: string;
  readonly override?: string;
  /** export / deliver --to-date: the period to date instead of the last complete one. */
  readonly toDate?: boolean;
  /** deliver --again: deliver a period already delivered from the same data once more. */
  readonly again?: boolean;
  /** export --internal: the account team's copy, with the internal appendix. */
  readonly internal?: boolean;
  readonly market?: MarketCode;
  /** refresh --force: replace an existing --out that is not a workbook of this client. */
  readonly force?: boolean;
  /** evidence --json: print instead of writing files. */
  readonly json?: boolean;
  /** The command's own string options (SHAPES in cli.ts). */
  readonly options: Readonly<Record<string, string>>;
}

/** A command resolves to its exit code, or to nothing for 0. */
type Runner = (args: CommandArguments, context: CommandContext) => Promise<void | number>;

/** A command that writes the workbook `target` names, run holding that workbook's lock (two writers would lose one's work). */
const writing =
  (target: (args: CommandArguments) => string, run: Runner): Runner =>
  (args, context) =>
    withWorkbookLock(target(args), () => run(args, context), { waitMs: context.lockWaitMs, onWait: (message) => context.reporter.status(message) });

/** What each command does with its files and options. */
export const COMMAND_RUNNERS: Record<CommandName, Runner> = {
  setup: writing(
    ({ files }) => files[0],
    ({ files, market, options }, context) => setupCommand(files[0], context, market, options),
  ),
  refresh: writing(
    ({ files, out }) => out ?? files[0],
    ({ files, out, force }, context) => refreshCommand(files[0], out, context, force),
  ),
  import: writing(
    ({ files }) => files[1],
    ({ files }, context) => importCommand(files[0], files[1], context),
  ),
  'import-orders': writing(
    ({ files }) => files[1],
    ({ files }, context) => importOrdersCommand(files[0], files[1], context),
  ),
  demo: writing(
    ({ out, market }) => demoTarget(out, market),
    ({ out, market }, context) => demoCommand(out, context, market),
  ),
  export: writing(
    ({ files }) => files[0],
    ({ files, out, cadence, asOf, toDate, internal }, context) =>
      exportCommand(files[0], { cadence: parseCadence(cadence ?? 'wbr'), asOf, out, toDate, internal }, context),
  ),
  deliver: writing(
    ({ files }) => files[0],
    ({ files, out, cadence, asOf, toDate, override, again }, context) =>
      deliverCommand(files[0], { cadence: parseCadence(cadence ?? 'wbr'), asOf, out, toDate, override, again }, context),
  ),
  check: ({ files }, context) => checkCommand(files[0], context),
  'sign-off': writing(
    ({ files }) => files[0],
    ({ files, options }, context) => signOffCommand(files[0], options, context),
  ),
  sidebar: ({ files, options }, context) => sidebarCommand(files[0], options.port, context),
  sql: ({ options, market }, context) => sqlCommand(options, market, context),
  connect: writing(
    ({ files }) => files[0],
    ({ files, options }, context) => connectCommand(files[0], options, context),
  ),
  pull: writing(
    ({ files }) => files[0],
    ({ files, options }, context) => pullCommand(files[0], options, context),
  ),
  evidence: ({ files, out, json, options }, context) => evidenceCommand(files[0], { ...options, out, json }, context),
  board: ({ files, out, json, options }, context) => boardCommand(files, { ...options, out, json }, context),
};
