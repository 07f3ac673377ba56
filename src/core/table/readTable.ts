import { isDate } from '../values/isDate';
import { parseDateTime } from '../values/parseDateTime';
import { excerpt, InputError } from '../values/errors';
import { columnLetter } from '../values/columnLetter';
import { isBlank } from '../values/isBlank';
import type { ColumnDef } from './columns';
import { describeColumn, findColumn, findHeaderRow, headerIndex, HEADER_SCAN_ROWS } from './findHeaderRow';
import { normalizeHeader } from './normalizeHeader';
import { withChannelSections } from './channelSections';
import { checkRepeatedColumns, repeatedColumns, unexplainedRepeats } from './repeatedHeaders';
import { isSummaryRow } from './summaryRows';

export interface TableSpec<K extends string> {
  /** What the table is, for messages: 'order export'. */
  readonly kind: string;
  readonly columns: { readonly [key in K]: ColumnDef };
  /** The header row is the first row holding all of these. */
  readonly required: readonly K[];
  /** The column that tells a data line from a description row or a repeated header. */
  readonly key: K;
  /** Seller Center exports describe each column in a row under the header (and under each repeated header). */
  readonly descriptionRow?: boolean;
  /** Date columns that share one day/month order, decided from all of them together. */
  readonly dateColumns?: readonly K[];
  /** Analytics tables: totals, average and change rows (`Total`, `Perubahan persentase`) are skipped, never data; the date column holds their label. */
  readonly summaryRows?: { readonly labelColumn: K };
}

/** Rows under the header that are not data: Seller Center's description rows, and header rows repeated inside the data. */
export interface SkippedRows {
  readonly descriptionRows: number;
  readonly repeatedHeaders: number;
  readonly summaryRows?: number;
}

/** Columns found by their content where their header is blank (the date column of an Indonesian shop analytics export). */
export type LocatedColumns<K extends string> = Partial<Record<K, number>>;

/** A range read once: where its header is, which rows hold data, and each column's position. */
export class Table<K extends string = string> {
  private readonly byHeader: Map<string, number>;
  private readonly resolved = new Map<K, number>();

  constructor(
    readonly values: readonly (readonly unknown[])[],
    readonly spec: TableSpec<K>,
    readonly headerRow: number,
    readonly rows: Int32Array,
    /** Sheet or range name for messages; '' when a formula only has the values. */
    readonly sheet: string,
    readonly skipped: SkippedRows = { descriptionRows: 0, repeatedHeaders: 0 },
    located: LocatedColumns<K> = {},
  ) {
    this.byHeader = headerIndex(values[headerRow]);
    for (const [key, col] of Object.entries(located) as [K, number][]) this.resolved.set(key, col);
  }

  /** Column index of a known column, or -1 when the table does not have it. */
  index(key: K): number {
    let found = this.resolved.get(key);
    if (found === undefined) {
      found = findColumn(this.byHeader, this.spec.columns[key]);
      this.resolved.set(key, found);
    }
    return found;
  }

  has(key: K): boolean {
    return this.index(key) >= 0;
  }

  /** Column index of a column a calculation needs; throws naming the headers tried. */
  require(key: K, neededFor: string): number {
    const found = this.index(key);
    if (found < 0) {
      throw new InputError(
        `${this.where()}the ${this.spec.kind} has no column ${describeColumn(this.spec.columns[key])}, needed for ${neededFor}. ` +
          `Its header row (row ${this.headerRow + 1}) has: ${this.headerList()}.`,
      );
    }
    return found;
  }

  /** Column index of any header text (a group-by on 'Seller SKU', 'Variation', ...). */
  requireHeader(name: string): number {
    const wanted = normalizeHeader(name);
    const direct = this.byHeader.get(wanted);
    if (direct !== undefined) return direct;
    for (const key of Object.keys(this.spec.columns) as K[]) {
      const column = this.spec.columns[key];
      if (column.headers.some((h) => normalizeHeader(h) === wanted)) {
        const found = this.index(key);
        if (found >= 0) return found;
      }
    }
    throw new InputError(`${this.where()}no column '${excerpt(name)}' in the header row (row ${this.headerRow + 1}): ${this.headerList()}.`);
  }

  headerAt(col: number): string {
    return String(this.values[this.headerRow][col] ?? '').trim();
  }

  /** `Orders, row 12, column Q 'SKU Subtotal After Discount'` */
  cellName(row: number, col: number): string {
    return `${this.where()}row ${row + 1}, column ${columnLetter(col)} '${this.headerAt(col)}'`;
  }

  private where(): string {
    return this.sheet ? `${this.sheet}: ` : '';
  }

  private headerList(): string {
    const names = (this.values[this.headerRow] ?? []).map((h) => String(h ?? '').trim()).filter(Boolean);
    const shown = names.slice(0, 12).map((h) => `'${excerpt(h)}'`);
    return shown.join(', ') + (names.length > 12 ? `, … (${names.length} columns)` : '');
  }
}

/**
 * Finds the header row within the first ten rows and the data rows below it, skipping blank rows,
 * a description row right under the header, and header rows repeated inside the data.
 */
export function readTable<K extends string>(
  values: readonly (readonly unknown[])[],
  spec: TableSpec<K>,
  sheet = '',
  located: LocatedColumns<K> = {},
): Table<K> {
  const required = spec.required.map((key) => spec.columns[key]);
  const headerRow = findHeaderRow(values, required);
  if (headerRow < 0) {
    const where = sheet ? `${sheet}: ` : '';
    throw new InputError(
      `${where}could not find the ${spec.kind}'s header row: none of the first ${HEADER_SCAN_ROWS} rows holds ${required.map(describeColumn).join(', ')}. ` +
        `Select the whole table, header row included.`,
    );
  }
  // A product list's channel sections: each one's GMV read as that channel's column.
  values = withChannelSections(values, headerRow);
  const header = headerIndex(values[headerRow]);
  const columnOf = (key: K): number => located[key] ?? findColumn(header, spec.columns[key]);
  const keyCol = columnOf(spec.key);
  const keyHeader = normalizeHeader(values[headerRow][keyCol]);
  const rows = new Int32Array(Math.max(0, values.length - headerRow - 1));
  let count = 0;
  let descriptionRows = 0;
  let repeatedHeaders = 0;
  let summaryRows = 0;
  let lastHeader = headerRow; // concatenated exports repeat the header and its description row
  const dateCols = (spec.dateColumns ?? []).map(columnOf).filter((c) => c >= 0);
  const labelCol = spec.summaryRows ? columnOf(spec.summaryRows.labelColumn) : -1;
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const key = row[keyCol];
    if (isBlank(key)) {
      if (row.every(isBlank)) continue;
    } else if (typeof key === 'string') {
      if (key.length < keyHeader.length + 8 && normalizeHeader(key) === keyHeader) {
        checkRepeatedLayout(values, headerRow, r, spec, columnOf, sheet);
        lastHeader = r;
        repeatedHeaders++;
        continue;
      }
      if (spec.descriptionRow && r === lastHeader + 1 && isDescriptionRow(row, key, dateCols)) {
        descriptionRows++;
        continue;
      }
    }
    if (spec.summaryRows && isSummaryRow(row, labelCol)) {
      summaryRows++;
      continue;
    }
    rows[count++] = r;
  }
  const dataRows = rows.subarray(0, count);
  checkRepeatedColumns(values, headerRow, dataRows, unexplainedRepeats(values, headerRow, repeatedColumns(values[headerRow], spec.columns)), sheet);
  const skipped = spec.summaryRows ? { descriptionRows, repeatedHeaders, summaryRows } : { descriptionRows, repeatedHeaders };
  return new Table(values, spec, headerRow, dataRows, sheet, skipped, located);
}

/**
 * A header repeated inside the data (exports pasted one under another) must place the known columns where the table's
 * header does: the rows under one in another order (another market's export) would be read in the wrong columns.
 */
function checkRepeatedLayout<K extends string>(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  r: number,
  spec: TableSpec<K>,
  columnOf: (key: K) => number,
  sheet: string,
): void {
  const [header, repeated] = [headerIndex(values[headerRow]), headerIndex(values[r])];
  const named = (Object.keys(spec.columns) as K[]).filter((key) => findColumn(header, spec.columns[key]) >= 0);
  // A column the repeat lacks where it has no header either (a shorter, older export) moves nothing.
  const moved = named.find((key) => {
    const at = findColumn(repeated, spec.columns[key]);
    return at !== columnOf(key) && !(at < 0 && isBlank(values[r][columnOf(key)]));
  });
  if (moved === undefined) return;
  throw new InputError(
    `${sheet ? `${sheet}: ` : ''}row ${r + 1} repeats the header of row ${headerRow + 1} with its columns in another order ` +
      `(${describeColumn(spec.columns[moved])} moved): an export of another layout was pasted under the first, and its rows would be read in the wrong columns. ` +
      'Paste it on its own, or import each file (tts-ops import), which matches columns by name.',
  );
}

/**
 * Seller Center's row under the header describes each column in the seller's language and script
 * ("Platform unique order ID.", "หมายเลขคำสั่งซื้อ", "订单号"): told by its shape, not its alphabet.
 * Its ID cell holds text with no digits, its date cells hold no date, and no cell holds a number.
 */
function isDescriptionRow(row: readonly unknown[], key: string, dateCols: readonly number[]): boolean {
  return (
    !/\d/.test(key) &&
    row.every((cell) => typeof cell !== 'number' && !isDate(cell)) &&
    dateCols.every((c) => isBlank(row[c]) || Number.isNaN(parseDateTime(row[c], 'DMY', 'UTC')))
  );
}
