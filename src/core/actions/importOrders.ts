import { InputError } from '../values/errors';
import { isMangledId, mangledIdMessage, orderKey } from '../metrics/orderFlags';
import { ORDER_COLUMNS, type OrderColumnKey } from '../table/columns';
import { findColumn, headerIndex } from '../table/findHeaderRow';
import { ORDER_EXPORT_SPEC } from '../table/orderExportSpec';
import { readTable, type SkippedRows, type Table, type TableSpec } from '../table/readTable';
import { checkCellSizes } from '../values/cellSize';
import { cleanText } from '../values/cleanText';
import { isBlank } from '../values/isBlank';
import { isDate } from '../values/isDate';
import { normalizeHeader } from '../table/normalizeHeader';
import { recognizeExport, EXPORT_NAMES } from '../table/recognizeExport';
import { describeRepeat, repeatedColumns } from '../table/repeatedHeaders';
import type { CellValue } from '../workbook/workbookPort';

/** An order line is identified by its order and SKU: the pair import de-duplicates on. */
const ORDER_LINES: TableSpec<OrderColumnKey> = {
  ...ORDER_EXPORT_SPEC,
  // 'Order Status' tells an order export from other exports that carry order and SKU IDs (affiliate orders).
  required: ['orderId', 'skuId', 'orderStatus'],
};

export interface ImportedOrders {
  /** The Orders tab after the import: its rows as they were, re-exported lines replaced, new lines appended. */
  readonly values: CellValue[][];
  /** Row (0-based) of the Orders header. */
  readonly headerRow: number;
  /** Lines whose Order ID + SKU ID was not there before. */
  readonly added: number;
  /** Lines whose Order ID + SKU ID was already there (or earlier in the export): each replaced that line. */
  readonly duplicates: number;
  /** Lines without an Order ID (a totals row, a note): not imported. */
  readonly skipped: number;
  /** Export columns the Orders tab did not have, added at its right end. */
  readonly newColumns: string[];
  /** Description rows (in any language) and repeated header rows of the export: not imported. */
  readonly skippedRows: SkippedRows;
  /** Export columns whose header repeats an earlier one: not imported (the first is; see repeatedHeaders). */
  readonly repeatedColumns: string[];
}

/**
 * Appends a Seller Center export's lines to the Orders tab, de-duplicated by Order ID + SKU ID so
 * that importing overlapping weeks never counts a line twice. A line already there is replaced by
 * the newer one (its status moves on: shipped, then delivered or refunded); columns the export lacks
 * keep their old values. Columns are matched by header name (aliases included), so an export whose
 * columns come in another order, or with extra or missing columns, lands in the right columns.
 */
export function importOrders(
  orders: readonly (readonly CellValue[])[] | undefined,
  exported: readonly (readonly CellValue[])[],
  exportName = 'export',
): ImportedOrders {
  checkCellSizes(exported, exportName);
  const kind = recognizeExport(exported);
  if (kind && kind !== 'orders') {
    throw new InputError(
      `${exportName} is ${EXPORT_NAMES[kind]}, not an order export; import the All orders export (Seller Center › Orders › Export) instead.`,
    );
  }
  const source = readTable(exported, ORDER_LINES, exportName);
  const repeats = repeatedColumns(source.values[source.headerRow], ORDER_COLUMNS);
  const target = startingRows(orders, source, new Set(repeats.map(({ repeat }) => repeat)));
  const { values, headerRow } = target;
  const header = values[headerRow];
  const newColumns: string[] = [];
  const columnOf = targetColumns(source, header, newColumns);
  for (const { repeat } of repeats) columnOf[repeat] = -1;
  const width = header.length;
  // Rows are shared with `orders` until the import changes one (copy on write): an Orders tab can hold 10 million cells.
  const copied = new Uint8Array(values.length);
  copied[headerRow] = 1;
  const own = (r: number): CellValue[] => {
    if (r < copied.length && !copied[r]) {
      const row = values[r].slice();
      while (row.length < width) row.push('');
      values[r] = row;
      copied[r] = 1;
    }
    return values[r];
  };
  if (values.some((row) => row.length < width)) for (let r = 0; r < values.length; r++) own(r);

  const rowOf = new Map<string, number>();
  const existing = target.table;
  if (existing) {
    const idCol = existing.index('orderId');
    const skuCol = existing.index('skuId');
    for (const r of existing.rows) if (!isBlank(values[r][idCol])) rowOf.set(lineKey(values[r][idCol], values[r][skuCol]), r);
  }

  const idCol = source.index('orderId');
  const skuCol = source.index('skuId');
  let added = 0;
  let duplicates = 0;
  let skipped = 0;
  for (const r of source.rows) {
    const line = exported[r];
    if (isBlank(line[idCol])) {
      skipped++;
      continue;
    }
    for (const col of [idCol, skuCol]) if (isMangledId(line[col])) throw new InputError(mangledIdMessage(source.cellName(r, col)));
    const key = lineKey(line[idCol], line[skuCol]);
    const at = rowOf.get(key);
    if (at === undefined) {
      const into = new Array<CellValue>(width).fill('');
      for (let c = 0; c < columnOf.length; c++) if (columnOf[c] >= 0) into[columnOf[c]] = line[c] ?? '';
      rowOf.set(key, values.length);
      values.push(into);
      added++;
      continue;
    }
    duplicates++;
    for (let c = 0; c < columnOf.length; c++) {
      const value = line[c] ?? '';
      if (columnOf[c] >= 0 && !sameCell(values[at][columnOf[c]], value)) own(at)[columnOf[c]] = value;
    }
  }
  const repeated = repeats.map((repeat) => describeRepeat(source.values[source.headerRow], repeat));
  return { values, headerRow, added, duplicates, skipped, newColumns, skippedRows: source.skipped, repeatedColumns: repeated };
}

function sameCell(a: CellValue, b: CellValue): boolean {
  return a === b || (isDate(a) && isDate(b) && a.getTime() === b.getTime());
}

function lineKey(orderId: unknown, skuId: unknown): string {
  return `${orderKey(orderId)}\u0000${orderKey(skuId)}`;
}

interface StartingRows {
  readonly values: CellValue[][];
  readonly headerRow: number;
  /** The Orders tab read as a table; undefined when it was blank. */
  readonly table?: Table<OrderColumnKey>;
}

/** The Orders tab's rows (trailing blank rows dropped), or just the export's header when the tab is blank. */
function startingRows(
  orders: readonly (readonly CellValue[])[] | undefined,
  source: Table<OrderColumnKey>,
  repeats: ReadonlySet<number>,
): StartingRows {
  let end = orders?.length ?? 0;
  while (end > 0 && orders?.[end - 1].every(isBlank)) end--;
  if (!orders || end === 0) {
    const header = source.values[source.headerRow].filter((_, c) => !repeats.has(c)).map((cell) => cleanText(cell));
    return { values: [header], headerRow: 0 };
  }
  const values = orders.slice(0, end) as CellValue[][];
  const table = readTable(values, ORDER_LINES, 'Orders');
  values[table.headerRow] = values[table.headerRow].slice(); // new columns are added to the header
  return { values, headerRow: table.headerRow, table };
}

/** For each export column, the Orders column it lands in (-1: a column with no header); unknown headers are added. */
function targetColumns(source: Table<OrderColumnKey>, header: CellValue[], newColumns: string[]): Int32Array {
  const index = headerIndex(header);
  const sourceHeader = source.values[source.headerRow];
  const columnOf = new Int32Array(sourceHeader.length).fill(-1);
  for (let c = 0; c < sourceHeader.length; c++) {
    const name = cleanText(sourceHeader[c]);
    if (!name) continue;
    let at = index.get(normalizeHeader(name)) ?? aliasColumn(index, name);
    if (at < 0) {
      at = header.length;
      header.push(name);
      index.set(normalizeHeader(name), at);
      newColumns.push(name);
    }
    columnOf[c] = at;
  }
  return columnOf;
}

/** The Orders column holding the same known column under another of its names ('Canceled Time' → 'Cancelled Time'). */
function aliasColumn(index: Map<string, number>, name: string): number {
  const wanted = normalizeHeader(name);
  for (const column of Object.values(ORDER_COLUMNS)) {
    if (column.headers.some((header) => normalizeHeader(header) === wanted)) return findColumn(index, column);
  }
  return -1;
}
