import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORDER_HEADERS, ORDER_MONEY_HEADERS } from '../../src/core/table/exportHeaders';
import { moneyDecimals, toCsv } from '../../src/demo/csv';
import { main } from '../../src/local/cli';
import { silentReporter } from '../../src/local/terminalProgress';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** The CLI in this process, its output and status lines collected. */
export async function runCli(args: string[], options: { lockWaitMs?: number } = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    reporter: { ...silentReporter, status: (text) => (err += `${text}\n`) },
    print: (text) => (out += `${text}\n`),
    printError: (text) => (err += `${text}\n`),
    now: () => new Date('2026-03-30T16:00:00Z'),
    lockWaitMs: options.lockWaitMs,
  });
  return { code, out, err };
}

/** Rows written as Seller Center's CSV at `folder/name`. */
export function writeOrderCsv(folder: string, name: string, rows: readonly unknown[][]): string {
  const path = join(folder, name);
  writeFileSync(path, toCsv(rows, moneyDecimals(ORDER_HEADERS, ORDER_MONEY_HEADERS)));
  return path;
}

/** A pid no process has: above Linux's pid_max (4,194,304) and macOS's 99,998. */
export const DEAD_PID = 2 ** 30 - 7;
