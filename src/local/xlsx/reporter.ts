/** Where a command reports what it is doing: progress of long steps, and one-line status messages. */
export interface Reporter {
  progress(message: string, done: number, total: number): void;
  status(message: string): void;
  /** Clears a bar still drawn, before other output takes the line. */
  clear(): void;
}

export const silentReporter: Reporter = { progress: () => undefined, status: () => undefined, clear: () => undefined };
