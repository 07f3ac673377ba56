import type { CommandName } from './cliHelp';
import type { CommandContext } from './commandContext';
import { demoCommand } from './demoCommand';
import { exportCommand } from './exportCommand';
import { parseCadence } from '../core/report/cadence';
import { importOrdersCommand } from './importOrdersCommand';
import { refreshCommand } from './refreshCommand';
import { setupCommand } from './setupCommand';

export interface CommandArguments {
  readonly files: string[];
  readonly out?: string;
  /** export: wbr | mbr | qbr, the as-of day, and the reason to export without a QA sign-off. */
  readonly cadence?: string;
  readonly asOf?: string;
  readonly override?: string;
}

/** What each command does with its files and --out. */
export const COMMAND_RUNNERS: Record<CommandName, (args: CommandArguments, context: CommandContext) => Promise<void>> = {
  setup: ({ files }, context) => setupCommand(files[0], context),
  refresh: ({ files, out }, context) => refreshCommand(files[0], out, context),
  'import-orders': ({ files }, context) => importOrdersCommand(files[0], files[1], context),
  demo: ({ out }, context) => demoCommand(out, context),
  export: ({ files, out, cadence, asOf, override }, context) =>
    exportCommand(files[0], { cadence: parseCadence(cadence ?? 'wbr'), asOf, out, override }, context),
};
