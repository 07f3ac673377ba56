import { main } from '../../src/local/cli/cli';
import { silentReporter } from '../../src/local/xlsx/reporter';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export interface CliRunOptions {
  /** The clock the CLI reads; 2026-03-30 16:00 UTC unless a test needs another day. */
  readonly now?: Date;
  readonly lockWaitMs?: number;
  /** Status lines (a lock being waited for) joined to err, as a terminal shows them. */
  readonly status?: boolean;
}

/** The CLI in this process at a fixed time, its output collected. */
export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    reporter: options.status ? { ...silentReporter, status: (text) => (err += `${text}\n`) } : silentReporter,
    print: (text) => (out += `${text}\n`),
    printError: (text) => (err += `${text}\n`),
    now: () => options.now ?? new Date('2026-03-30T16:00:00Z'),
    lockWaitMs: options.lockWaitMs,
  });
  return { code, out, err };
}
