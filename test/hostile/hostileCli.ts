import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORDER_HEADERS, ORDER_MONEY_HEADERS } from '../../src/core/table/exportHeaders';
import { moneyDecimals, toCsv } from '../../src/demo/csv';
import { runCli as runCliAt, type CliRun, type CliRunOptions } from '../support/runCli';

/** The CLI in this process, its output and status lines collected. */
export const runCli = (args: string[], options: CliRunOptions = {}): Promise<CliRun> => runCliAt(args, { status: true, ...options });

/** Rows written as Seller Center's CSV at `folder/name`. */
export function writeOrderCsv(folder: string, name: string, rows: readonly unknown[][]): string {
  const path = join(folder, name);
  writeFileSync(path, toCsv(rows, moneyDecimals(ORDER_HEADERS, ORDER_MONEY_HEADERS)));
  return path;
}

/** A pid no process has: above Linux's pid_max (4,194,304) and macOS's 99,998. */
export const DEAD_PID = 2 ** 30 - 7;
