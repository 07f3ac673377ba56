import { InputError } from '../values/errors';
import { describeCell } from '../values/personalData';
import { decimalMarkEvidence, parseNumber, type DecimalMark } from '../values/parseNumber';
import type { Table } from './readTable';

/** Per table, each column's decimal mark by column index, and the table's own under TABLE. */
const marksByTable = new WeakMap<Table, Map<number, DecimalMark | undefined>>();
const TABLE = -1;

function marksOf(table: Table): Map<number, DecimalMark | undefined> {
  let marks = marksByTable.get(table);
  if (!marks) {
    marks = new Map();
    marksByTable.set(table, marks);
  }
  return marks;
}

/** The decimal mark a column's text amounts use, from the first one only one reading fits (`1.234,56`, `12.50`). */
export function columnDecimalMark(table: Table, col: number): DecimalMark | undefined {
  const marks = marksOf(table);
  if (!marks.has(col)) {
    let mark: DecimalMark | undefined;
    for (let i = 0; i < table.rows.length && !mark; i++) mark = decimalMarkEvidence(table.values[table.rows[i]][col]);
    marks.set(col, mark);
  }
  return marks.get(col);
}

const TWO_SEPARATORS = /\d[.,]\d{3}[.,]\d/;

/**
 * The decimal mark of the table's text amounts, from the first one only one reading fits in any column: an export
 * uses one mark, so `1,200.00` in GMV settles `12,000` in Impressions.
 */
function tableDecimalMark(table: Table): DecimalMark | undefined {
  const marks = marksOf(table);
  if (!marks.has(TABLE)) {
    let mark: DecimalMark | undefined;
    for (let i = 0; i < table.rows.length && !mark; i++) {
      const row = table.values[table.rows[i]];
      for (let c = 0; c < row.length && !mark; c++) {
        const cell = row[c];
        // two separators (1,200.00, 1.234.567), in an amount, not a product name or a date: a weight's 0.45 settles only its own column
        if (typeof cell !== 'string' || !TWO_SEPARATORS.test(cell)) continue;
        const evidence = decimalMarkEvidence(cell);
        if (evidence && !isNaN(parseNumber(cell, evidence) ?? NaN)) mark = evidence;
      }
    }
    marks.set(TABLE, mark);
  }
  return marks.get(TABLE);
}

/** A count (units, orders, impressions, visitors) is whole, so a lone separator before three digits (`12,000`, `12.000`) groups thousands. */
function countMark(cell: unknown): DecimalMark | undefined {
  const grouped = typeof cell === 'string' ? /^\D*\d{1,3}([.,])\d{3}(?:\1\d{3})*\D*$/.exec(cell.trim()) : null;
  return grouped ? (grouped[1] === ',' ? '.' : ',') : undefined;
}

/**
 * A number cell, text read with its column's decimal mark, else the table's, else `fallback` (the market's), else, for a
 * count, as a whole number; blank counts as 0; text that is not a number is an error naming the cell and describing, never quoting, its value.
 */
export function readNumberCell(table: Table, row: number, col: number, fallback?: DecimalMark, kind: 'amount' | 'count' = 'amount'): number {
  const cell = table.values[row][col];
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const separated = typeof cell === 'string' && /[.,]/.test(cell);
  const mark =
    columnDecimalMark(table, col) ??
    (separated ? (tableDecimalMark(table) ?? fallback ?? (kind === 'count' ? countMark(cell) : undefined)) : fallback);
  const parsed = parseNumber(cell, mark);
  if (parsed === undefined) return 0;
  if (!Number.isFinite(parsed)) {
    const text = String(cell).trim();
    const found = isNaN(parsed)
      ? /^\D*[1-9]\d{0,2}[.,]\d{3}\D*$/.test(text)
        ? 'an amount that reads as thousands or as decimals, and no other amount in the table tells which: set the market, or the decimalMark row, on the Settings tab.'
        : `${describeCell(cell)}.`
      : 'a number too large to be an amount.';
    throw new InputError(`${table.cellName(row, col)}: expected a number or an amount such as 1234.56, $1,234.56 or (5.00), found ${found}`, {
      row,
      col,
    });
  }
  return parsed;
}

/** More units than any one order line plausibly holds: a typo or a shifted paste. */
const MAX_UNITS = 1_000_000;

/** A quantity cell: a whole number of units from 0 to 1,000,000 (blank counts as 0); anything else is an error naming the cell. */
export function readCountCell(table: Table, row: number, col: number, fallback?: DecimalMark): number {
  const count = readNumberCell(table, row, col, fallback, 'count');
  if (Number.isInteger(count) && count >= 0 && count <= MAX_UNITS) return count;
  throw new InputError(
    `${table.cellName(row, col)}: expected a whole number of units from 0 to 1,000,000, found ${describeCell(table.values[row][col])}.`,
    { row, col },
  );
}
