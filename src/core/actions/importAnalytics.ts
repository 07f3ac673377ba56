import { InputError } from '../values/errors';
import { readSalesTable } from '../metrics/readSalesTable';
import { ANALYTICS_COLUMNS, type AnalyticsColumnKey } from '../table/columns';
import type { Table } from '../table/readTable';
import { cleanText } from '../values/cleanText';
import { isBlank } from '../values/isBlank';
import { isDate } from '../values/isDate';
import type { CellValue } from '../workbook/workbookPort';
import { importRows, type ImportedRows, type RowImport } from './importRows';

const ANALYTICS_IMPORT: RowImport<AnalyticsColumnKey> = {
  kind: 'analytics',
  instead: 'import a Data Compass analytics export (Data Compass › Product analysis › Export) instead.',
  columns: ANALYTICS_COLUMNS,
  read: analyticsTable,
  keyOf: dayKey,
  unkeyed: ['row without a date', 'rows without a date'],
};

/**
 * Appends a Data Compass analytics export's rows to the Analytics tab, de-duplicated by date and product (Product ID, else
 * product name; date alone for a shop-level table) so that importing overlapping periods never counts a day twice. A row
 * already there is replaced by the newer export's values.
 */
export function importAnalytics(
  analytics: readonly (readonly CellValue[])[] | undefined,
  exported: readonly (readonly CellValue[])[],
  exportName = 'export',
): ImportedRows {
  return importRows(ANALYTICS_IMPORT, analytics, exported, exportName);
}

function analyticsTable(values: readonly (readonly CellValue[])[], name: string): Table<AnalyticsColumnKey> {
  const sales = readSalesTable(values, name || 'Analytics');
  if (sales.kind !== 'analytics') throw new InputError(`${name || 'Analytics'}: expected a Data Compass analytics table, found an order export.`);
  return sales.table;
}

/** A row's date and product; undefined for a row without a date (a note under the table). */
function dayKey(table: Table<AnalyticsColumnKey>, r: number): string | undefined {
  const row = table.values[r];
  const dateCol = table.index('date');
  if (dateCol >= 0 && isBlank(row[dateCol])) return undefined;
  const date = dateCol >= 0 ? row[dateCol] : '';
  const id = cleanText(row[table.index('productId')]);
  const product = id ? `id:${id}` : `name:${cleanText(row[table.index('productName')])}`;
  return `${isDate(date) ? date.toISOString() : cleanText(date)}\u0000${product}`;
}
