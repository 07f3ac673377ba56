import { InputError } from '../values/errors';
import { readSalesTable } from '../metrics/readSalesTable';
import type { Settings } from '../settings/settings';
import { ANALYTICS_COLUMNS, type AnalyticsColumnKey } from '../table/columns';
import { analyticsRowKeys } from '../table/analyticsRowKey';
import type { Table } from '../table/readTable';
import type { CellValue } from '../workbook/workbookPort';
import { importRows, type ImportedRows, type RowImport } from './importRows';

/**
 * Appends a Data Compass analytics export's rows to the Analytics tab, de-duplicated by day and product (Product ID, else
 * product name; day alone for a shop-level table) so that importing overlapping periods never counts a day twice, however
 * each export wrote the day (a date cell, 2026-11-03 or 03/11/2026). A row already there is replaced by the newer export's values.
 */
export function importAnalytics(
  analytics: readonly (readonly CellValue[])[] | undefined,
  exported: readonly (readonly CellValue[])[],
  exportName: string,
  settings: Settings,
): ImportedRows {
  const how: RowImport<AnalyticsColumnKey> = {
    kind: 'analytics',
    instead: 'import a Data Compass analytics export (Data Compass › Product analysis › Export) instead.',
    columns: ANALYTICS_COLUMNS,
    read: analyticsTable,
    keysOf: (table) => analyticsRowKeys(table, settings),
    unkeyed: ['row without a date', 'rows without a date'],
    identity: 'day and product',
  };
  return importRows(how, analytics, exported, exportName);
}

function analyticsTable(values: readonly (readonly CellValue[])[], name: string): Table<AnalyticsColumnKey> {
  const sales = readSalesTable(values, name || 'Analytics');
  if (sales.kind !== 'analytics') throw new InputError(`${name || 'Analytics'}: expected a Data Compass analytics table, found an order export.`);
  return sales.table;
}
