import { stat } from 'node:fs/promises';
import { matchClient } from '../../core/workbook/clientIdentity';
import { FileProblem } from '../files/fileProblem';
import { openXlsx } from '../xlsx/xlsxFile';
import type { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

/**
 * Refuses an existing `out` that is not a workbook of the client `source` is for (`--out notes.txt`,
 * `--out orders.csv`, another client's workbook): a refresh replaces the whole file. `--force` skips this.
 */
export async function assertReplaceable(source: XlsxWorkbook, out: string): Promise<void> {
  if (!(await stat(out).catch(() => undefined))) return;
  const refuse = (what: string): FileProblem =>
    new FileProblem(`${out} exists and is ${what}; refresh would replace it. Choose another --out, or add --force to replace it.`);
  let other: XlsxWorkbook;
  try {
    other = await openXlsx(out);
  } catch (error) {
    if (error instanceof FileProblem) throw refuse('not an .xlsx workbook');
    throw error;
  }
  const match = matchClient(source, other);
  if (!match.same) throw refuse(match.what);
}
