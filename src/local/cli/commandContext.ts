import type { Reporter } from '../xlsx/reporter';

/** What a command needs from its surroundings: where to report, where to print, what time it is. */
export interface CommandContext {
  readonly reporter: Reporter;
  readonly print: (text: string) => void;
  readonly printError: (text: string) => void;
  readonly now: () => Date;
  /** How long to wait for another command writing the same workbook (default: workbookLock's). */
  readonly lockWaitMs?: number;
}
