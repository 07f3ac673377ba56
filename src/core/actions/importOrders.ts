import { isMangledId, mangledIdMessage, orderKey } from '../metrics/orderFlags';
import { ORDER_COLUMNS, type OrderColumnKey } from '../table/columns';
import { isBlank } from '../values/isBlank';
import { InputError } from '../values/errors';
import { ORDER_EXPORT_SPEC } from '../table/orderExportSpec';
import { readTable, type Table, type TableSpec } from '../table/readTable';
import type { CellValue } from '../workbook/workbookPort';
import { importRows, type ImportedRows, type RowImport } from './importRows';

/** An order line is identified by its order and SKU: the pair import de-duplicates on. */
const ORDER_LINES: TableSpec<OrderColumnKey> = {
  ...ORDER_EXPORT_SPEC,
  // 'Order Status' tells an order export from other exports that carry order and SKU IDs (affiliate orders).
  required: ['orderId', 'skuId', 'orderStatus'],
};

const ORDER_IMPORT: RowImport<OrderColumnKey> = {
  kind: 'orders',
  instead: 'import the All orders export (Seller Center › Orders › Export) instead.',
  columns: ORDER_COLUMNS,
  read: (values, name) => readTable(values, ORDER_LINES, name || 'Orders'),
  keysOf: (table) => (r) => lineKey(table, r),
  unkeyed: ['line without an Order ID', 'lines without an Order ID'],
  identity: 'Order ID and SKU ID',
};

/** Order lines imported: a line is its Order ID + SKU ID; a line without an Order ID (a totals row, a note) is skipped. */
export type ImportedOrders = ImportedRows;

/**
 * Appends a Seller Center export's lines to the Orders tab, de-duplicated by Order ID + SKU ID so that importing
 * overlapping weeks never counts a line twice. A line already there is replaced by the newer one (its status moves on:
 * shipped, then delivered or refunded).
 */
export function importOrders(
  orders: readonly (readonly CellValue[])[] | undefined,
  exported: readonly (readonly CellValue[])[],
  exportName = 'export',
): ImportedOrders {
  return importRows(ORDER_IMPORT, orders, exported, exportName);
}

function lineKey(table: Table<OrderColumnKey>, r: number): string | undefined {
  const line = table.values[r];
  const idCol = table.index('orderId');
  const skuCol = table.index('skuId');
  if (isBlank(line[idCol])) return undefined;
  for (const col of [idCol, skuCol]) if (isMangledId(line[col])) throw new InputError(mangledIdMessage(table.cellName(r, col)));
  return `${orderKey(line[idCol])}\u0000${orderKey(line[skuCol])}`;
}
