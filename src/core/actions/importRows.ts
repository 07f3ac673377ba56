import { InputError } from '../values/errors';
import type { ColumnDef } from '../table/columns';
import { findColumn, headerIndex } from '../table/findHeaderRow';
import type { SkippedRows, Table } from '../table/readTable';
import { checkCellSizes } from '../values/cellSize';
import { cleanText } from '../values/cleanText';
import { isBlank } from '../values/isBlank';
import { isDate } from '../values/isDate';
import { normalizeHeader } from '../table/normalizeHeader';
import { recognizeExport, EXPORT_NAMES, type ExportKind } from '../table/recognizeExport';
import { describeRepeat, repeatedColumns } from '../table/repeatedHeaders';
import type { CellValue } from '../workbook/workbookPort';

/** What one kind of import needs: how to read its tables, its known columns, and what identifies a row. */
export interface RowImport<K extends string> {
  readonly kind: ExportKind;
  /** How a refusal says which export to import instead. */
  readonly instead: string;
  readonly columns: { readonly [key in K]: ColumnDef };
  /** Reads the export, or the tab the rows go to, as a table. */
  readonly read: (values: readonly (readonly CellValue[])[], name: string) => Table<K>;
  /** A table's row identities (read once per table); undefined for a row that is not imported (a line without an Order ID). Throws on a damaged ID. */
  readonly keysOf: (table: Table<K>) => (r: number) => string | undefined;
  /** How the summary names a row keyOf skips: one, many. */
  readonly unkeyed: readonly [string, string];
  /** What identifies a row, for the summary: `Order ID and SKU ID`. */
  readonly identity: string;
}

export interface ImportedRows {
  /** The tab after the import: its rows as they were, re-exported rows replaced, new rows appended. */
  readonly values: CellValue[][];
  /** Row (0-based) of the tab's header. */
  readonly headerRow: number;
  /** Rows whose identity was not there before. */
  readonly added: number;
  /** Rows whose identity was already there (or earlier in the export): each replaced that row. */
  readonly duplicates: number;
  /** Rows without an identity (a totals row, a note): not imported. */
  readonly skipped: number;
  /** How the summary names those rows: one, many. */
  readonly unkeyed: readonly [string, string];
  /** Lines that repeat an earlier line of the same export's identity with other values (only the later is kept), and the first one's row in the export. */
  readonly clashes: { readonly count: number; readonly firstRow: number; readonly identity: string };
  /** Export columns the tab did not have, added at its right end. */
  readonly newColumns: string[];
  /** Description rows (in any language) and repeated header rows of the export: not imported. */
  readonly skippedRows: SkippedRows;
  /** Export columns whose header repeats an earlier one: not imported (the first is; see repeatedHeaders). */
  readonly repeatedColumns: string[];
}

/**
 * Appends an export's rows to a tab, de-duplicated by each row's identity so that importing overlapping weeks never counts
 * a row twice. A row already there is replaced by the newer one; columns the export lacks keep their old values. Columns
 * are matched by header name (aliases included), so an export whose columns come in another order, with extra or missing
 * columns, or in another language, lands in the right columns.
 */
export function importRows<K extends string>(
  how: RowImport<K>,
  existing: readonly (readonly CellValue[])[] | undefined,
  exported: readonly (readonly CellValue[])[],
  exportName: string,
): ImportedRows {
  checkCellSizes(exported, exportName);
  const kind = recognizeExport(exported);
  if (kind && kind !== how.kind) {
    throw new InputError(`${exportName} is ${EXPORT_NAMES[kind]}, not ${EXPORT_NAMES[how.kind]}; ${how.instead}`);
  }
  const source = how.read(exported, exportName);
  const repeats = repeatedColumns(source.values[source.headerRow], how.columns);
  const target = startingRows(how, existing, source, new Set(repeats.map(({ repeat }) => repeat)));
  const { values, headerRow } = target;
  const header = values[headerRow];
  const newColumns: string[] = [];
  const columnOf = targetColumns(how, source, header, newColumns);
  for (const { repeat } of repeats) columnOf[repeat] = -1;
  const width = header.length;
  // Rows are shared with `existing` until the import changes one (copy on write): an Orders tab can hold 10 million cells.
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
  if (target.table) {
    const keyOf = how.keysOf(target.table);
    for (const r of target.table.rows) {
      const key = keyOf(r);
      if (key !== undefined) rowOf.set(key, r);
    }
  }

  const written = new Set<number>(); // rows an earlier line of this export wrote
  const clashes = { count: 0, firstRow: 0, identity: how.identity };
  let added = 0;
  let duplicates = 0;
  let skipped = 0;
  const keyOf = how.keysOf(source);
  for (const r of source.rows) {
    const line = exported[r];
    const key = keyOf(r);
    if (key === undefined) {
      skipped++;
      continue;
    }
    const at = rowOf.get(key);
    if (at === undefined) {
      const into = new Array<CellValue>(width).fill('');
      for (let c = 0; c < columnOf.length; c++) if (columnOf[c] >= 0) into[columnOf[c]] = line[c] ?? '';
      rowOf.set(key, values.length);
      written.add(values.length);
      values.push(into);
      added++;
      continue;
    }
    duplicates++;
    if (written.has(at) && columnOf.some((to, c) => to >= 0 && !sameCell(values[at][to], line[c] ?? ''))) {
      if (!clashes.count) clashes.firstRow = r + 1;
      clashes.count++;
    }
    written.add(at);
    for (let c = 0; c < columnOf.length; c++) {
      const value = line[c] ?? '';
      if (columnOf[c] >= 0 && !sameCell(values[at][columnOf[c]], value)) own(at)[columnOf[c]] = value;
    }
  }
  const repeated = repeats.map((repeat) => describeRepeat(source.values[source.headerRow], repeat));
  return {
    values,
    headerRow,
    added,
    duplicates,
    skipped,
    unkeyed: how.unkeyed,
    clashes,
    newColumns,
    skippedRows: source.skipped,
    repeatedColumns: repeated,
  };
}

function sameCell(a: CellValue, b: CellValue): boolean {
  return a === b || (isDate(a) && isDate(b) && a.getTime() === b.getTime());
}

interface StartingRows<K extends string> {
  readonly values: CellValue[][];
  readonly headerRow: number;
  /** The tab read as a table; undefined when it was blank. */
  readonly table?: Table<K>;
}

/** The tab's rows (trailing blank rows dropped), or just the export's header when the tab is blank. */
function startingRows<K extends string>(
  how: RowImport<K>,
  existing: readonly (readonly CellValue[])[] | undefined,
  source: Table<K>,
  repeats: ReadonlySet<number>,
): StartingRows<K> {
  let end = existing?.length ?? 0;
  while (end > 0 && existing?.[end - 1].every(isBlank)) end--;
  if (!existing || end === 0) {
    const header = source.values[source.headerRow].map((cell, c) => cleanText(cell) || locatedName(how, source, c)).filter((_, c) => !repeats.has(c));
    return { values: [header], headerRow: 0 };
  }
  const values = existing.slice(0, end) as CellValue[][];
  const table = how.read(values, '');
  values[table.headerRow] = values[table.headerRow].slice(); // new columns are added to the header
  return { values, headerRow: table.headerRow, table };
}

/** The name of a known column found by its content under a blank header (an Indonesian export's dates); '' for none. */
function locatedName<K extends string>(how: RowImport<K>, source: Table<K>, col: number): string {
  const key = (Object.keys(how.columns) as K[]).find((k) => source.index(k) === col);
  return key === undefined ? '' : how.columns[key].headers[0];
}

/** For each export column, the tab column it lands in (-1: a column with no header); unknown headers are added. */
function targetColumns<K extends string>(how: RowImport<K>, source: Table<K>, header: CellValue[], newColumns: string[]): Int32Array {
  const index = headerIndex(header);
  const sourceHeader = source.values[source.headerRow];
  const columnOf = new Int32Array(sourceHeader.length).fill(-1);
  for (let c = 0; c < sourceHeader.length; c++) {
    const name = cleanText(sourceHeader[c]) || locatedName(how, source, c);
    if (!name) continue;
    let at = index.get(normalizeHeader(name)) ?? aliasColumn(how, index, name);
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

/** The tab column holding the same known column under another of its names ('Canceled Time' → 'Cancelled Time', 'Pesanan' → 'Orders'). */
function aliasColumn<K extends string>(how: RowImport<K>, index: Map<string, number>, name: string): number {
  const wanted = normalizeHeader(name);
  for (const column of Object.values<ColumnDef>(how.columns)) {
    if ([...column.headers, ...(column.translations ?? [])].some((header) => normalizeHeader(header) === wanted)) return findColumn(index, column);
  }
  return -1;
}
