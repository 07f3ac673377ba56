import type { CommandName } from './cliHelp';
import type { CommandContext } from './commandContext';
import { demoCommand } from './demoCommand';
import { importOrdersCommand } from './importOrdersCommand';
import { refreshCommand } from './refreshCommand';
import { setupCommand } from './setupCommand';
import { sqlCommand } from './sqlCommand';

export interface CommandArguments {
  readonly files: string[];
  readonly out?: string;
  /** The command's own string options (SHAPES in cli.ts). */
  readonly options: Readonly<Record<string, string>>;
}

/** What each command does with its files and --out. */
export const COMMAND_RUNNERS: Record<CommandName, (args: CommandArguments, context: CommandContext) => Promise<void>> = {
  setup: ({ files }, context) => setupCommand(files[0], context),
  refresh: ({ files, out }, context) => refreshCommand(files[0], out, context),
  'import-orders': ({ files }, context) => importOrdersCommand(files[0], files[1], context),
  demo: ({ out }, context) => demoCommand(out, context),
  sql: ({ options }, context) => sqlCommand(options, context),
};
