import type { CommandName } from './cliHelp';
import type { CommandContext } from './commandContext';
import { checkCommand } from './checkCommand';
import { demoCommand } from './demoCommand';
import { importOrdersCommand } from './importOrdersCommand';
import { refreshCommand } from './refreshCommand';
import { setupCommand } from './setupCommand';
import { sidebarCommand } from './sidebarCommand';
import { signOffCommand } from './signOffCommand';

export interface CommandArguments {
  readonly files: string[];
  readonly out?: string;
  /** --by, --note, --tick, --port where the command takes them. */
  readonly options: Readonly<Partial<Record<'by' | 'note' | 'tick' | 'port', string>>>;
}

/** What each command does with its files and options; a command may resolve to its exit code (0 when it does not). */
export const COMMAND_RUNNERS: Record<CommandName, (args: CommandArguments, context: CommandContext) => Promise<void | number>> = {
  setup: ({ files }, context) => setupCommand(files[0], context),
  refresh: ({ files, out }, context) => refreshCommand(files[0], out, context),
  'import-orders': ({ files }, context) => importOrdersCommand(files[0], files[1], context),
  demo: ({ out }, context) => demoCommand(out, context),
  check: ({ files }, context) => checkCommand(files[0], context),
  'sign-off': ({ files, options }, context) => signOffCommand(files[0], options, context),
  sidebar: ({ files, options }, context) => sidebarCommand(files[0], options.port, context),
};
