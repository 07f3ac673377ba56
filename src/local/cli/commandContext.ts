import type { Reporter } from '../xlsx/reporter';

/** What a command needs from its surroundings: where to report, where to print, what time it is. */
export interface CommandContext {
  readonly reporter: Reporter;
  readonly print: (text: string) => void;
  readonly printError: (text: string) => void;
  readonly now: () => Date;
  /** Whether stdout is a terminal that shows colour (a TTY, NO_COLOR unset). */
  readonly colour?: boolean;
  /** Prints text as it is, colour codes included: the caller has made every value in it safe with terminalText. */
  readonly printStyled?: (text: string) => void;
  /** Asks the terminal for one line (connect's authorization code); absent where no one can answer. */
  readonly readLine?: (prompt: string) => Promise<string>;
  /** How long to wait for another command writing the same workbook (default: workbookLock's). */
  readonly lockWaitMs?: number;
}
