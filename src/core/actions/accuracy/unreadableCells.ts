import { InputError } from '../../values/errors';
import type { SalesTable } from '../../metrics/readSalesTable';
import type { Settings } from '../../settings/settings';
import type { AnalyticsColumnKey, OrderColumnKey } from '../../table/columns';
import { dateCellReader } from '../../table/readDayColumn';
import { readCountCell, readNumberCell } from '../../table/readNumberCell';
import type { Table } from '../../table/readTable';
import { columnLetter } from '../../values/columnLetter';
import type { CheckFinding } from '../../qa/checkFinding';

/** As the metrics read them: units (whole, up to 1,000,000 a line), an amount, a count (whole: impressions, visitors), a date. */
type CellRead = 'units' | 'amount' | 'count' | 'date';

/** The checklist's findings about data that cannot be read: sign-off and export refuse while one remains, override or not. */
export const UNREADABLE_CHECKS: readonly string[] = ['cell-unreadable', 'input-unreadable'];

/** Every number and date column of an order export the product knows, read as its metrics and health rates read it. */
const ORDER_CELLS: Partial<Record<OrderColumnKey, CellRead>> = {
  quantity: 'units',
  returnQuantity: 'units',
  skuSubtotalAfterDiscount: 'amount',
  orderAmount: 'amount',
  orderRefundAmount: 'amount',
  createdTime: 'date',
  paidTime: 'date',
  rtsTime: 'date',
  shippedTime: 'date',
  deliveredTime: 'date',
  cancelledTime: 'date',
};

const ANALYTICS_CELLS: Partial<Record<AnalyticsColumnKey, CellRead>> = {
  date: 'date',
  gmv: 'amount',
  orders: 'count',
  itemsSold: 'count',
  customers: 'count',
  visitors: 'count',
  impressions: 'count',
  clicks: 'count',
  uniqueClicks: 'count',
};

function cellReader(table: Table, col: number, read: CellRead, settings: Settings): (row: number) => unknown {
  if (read === 'date') return dateCellReader(table, col, settings);
  if (read === 'units') return (row) => readCountCell(table, row, col, settings.decimalMark);
  return (row) => readNumberCell(table, row, col, settings.decimalMark, read);
}

/**
 * An ERROR per number or date column holding a cell that cannot be read (a shifted paste puts a
 * buyer's phone or name there): the first such cell by position, described by shape, and how many
 * more. Sign-off and export refuse while one remains, so no update is built from data read wrong.
 */
export function unreadableCells(sales: SalesTable, settings: Settings, tab: string): CheckFinding[] {
  const table: Table = sales.table;
  const cells: Partial<Record<string, CellRead>> = sales.kind === 'orders' ? ORDER_CELLS : ANALYTICS_CELLS;
  const findings: CheckFinding[] = [];
  for (const [key, read] of Object.entries(cells)) {
    const col = (table as Table<string>).index(key);
    if (col < 0 || !read) continue;
    const readCell = cellReader(table, col, read, settings);
    let first: { row: number; message: string } | undefined;
    let more = 0;
    for (const row of table.rows) {
      try {
        readCell(row);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        if (first) more++;
        else first = { row, message: error.message };
      }
    }
    if (!first) continue;
    findings.push({
      group: 'Accuracy',
      severity: 'ERROR',
      check: 'cell-unreadable',
      tab,
      a1: `${columnLetter(col)}${first.row + 1}`,
      message: more ? `${first.message} ${more} more cell${more === 1 ? '' : 's'} of this column cannot be read either.` : first.message,
      fix: 'Fix the cell, or paste the export again (a shifted paste moves every cell after it); no update is built from data that cannot be read.',
    });
  }
  return findings;
}
