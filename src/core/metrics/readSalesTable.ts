import { InputError } from '../values/errors';
import { ANALYTICS_COLUMNS, ORDER_COLUMNS, type AnalyticsColumnKey, type ColumnDef, type OrderColumnKey } from '../table/columns';
import { findColumn, findHeaderRow, headerIndex, HEADER_SCAN_ROWS } from '../table/findHeaderRow';
import { ORDER_EXPORT_SPEC } from '../table/orderExportSpec';
import { readTable, type Table } from '../table/readTable';
import { unlabelledDateColumn } from '../table/unlabelledDateColumn';

export type SalesTable =
  { readonly kind: 'orders'; readonly table: Table<OrderColumnKey> } | { readonly kind: 'analytics'; readonly table: Table<AnalyticsColumnKey> };

const ANALYTICS_MEASURE_KEYS: readonly AnalyticsColumnKey[] = ['gmv', 'orders', 'itemsSold', 'impressions', 'clicks', 'visitors', 'customers'];

/** A range as 2-D values; a single cell (Sheets passes a scalar) is refused with a hint. */
export function asRows(values: unknown, argument: string): unknown[][] {
  if (Array.isArray(values) && values.every(Array.isArray)) return values as unknown[][];
  throw new InputError(`'${argument}' must be a range that includes its header row, e.g. Orders!A:BJ; got a single value.`);
}

/** An order export (has 'Order ID') or a product analytics table (has 'GMV', 'Product impressions', ...). */
export function readSalesTable(values: unknown, sheet = '', argument = 'table'): SalesTable {
  const rows = asRows(values, argument);
  const last = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const index = headerIndex(rows[r]);
    if (findColumn(index, ORDER_COLUMNS.orderId) >= 0) {
      return {
        kind: 'orders',
        table: readTable(rows, ORDER_EXPORT_SPEC, sheet),
      };
    }
    const measure = ANALYTICS_MEASURE_KEYS.find((key) => findColumn(index, ANALYTICS_COLUMNS[key]) >= 0);
    if (measure) {
      const headerRow = findHeaderRow(rows, [ANALYTICS_COLUMNS[measure]]); // r, or the header of an export pasted under it
      const labelled = findColumn(headerIndex(rows[headerRow]), ANALYTICS_COLUMNS.date) >= 0;
      const dateCol = labelled ? -1 : unlabelledDateColumn(rows, headerRow);
      const located = dateCol >= 0 ? { date: dateCol } : {};
      const key = labelled || dateCol >= 0 ? 'date' : measure;
      const spec = {
        kind: 'product analytics table',
        columns: ANALYTICS_COLUMNS,
        required: [measure],
        key,
        summaryRows: { labelColumn: 'date' },
      } as const;
      return { kind: 'analytics', table: readTable<AnalyticsColumnKey>(rows, spec, sheet, located) };
    }
  }
  const expected = (columns: ColumnDef[]): string => columns.map((c) => `'${c.headers[0]}'`).join(', ');
  throw new InputError(
    `${sheet ? sheet + ': ' : ''}expected a Seller Center order export (a header row with 'Order ID') or a product analytics table ` +
      `(a header row with one of ${expected(ANALYTICS_MEASURE_KEYS.map((k) => ANALYTICS_COLUMNS[k]))}) within the first ${HEADER_SCAN_ROWS} rows. ` +
      'Select the whole table, header row included.',
  );
}
