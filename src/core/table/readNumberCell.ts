import { describeCell, InputError } from '../errors';
import { decimalMarkEvidence, parseNumber, type DecimalMark } from '../values/parseNumber';
import type { Table } from './readTable';

const marksByTable = new WeakMap<Table, Map<number, DecimalMark | undefined>>();

/** The decimal mark a column's text amounts use, from the first one only one reading fits (`1.234,56`, `12.50`). */
export function columnDecimalMark(table: Table, col: number): DecimalMark | undefined {
  let marks = marksByTable.get(table);
  if (!marks) {
    marks = new Map();
    marksByTable.set(table, marks);
  }
  if (!marks.has(col)) {
    let mark: DecimalMark | undefined;
    for (let i = 0; i < table.rows.length && !mark; i++) mark = decimalMarkEvidence(table.values[table.rows[i]][col]);
    marks.set(col, mark);
  }
  return marks.get(col);
}

/**
 * A number cell, text read with its column's decimal mark, else `fallback` (the market's); blank
 * counts as 0; text that is not a number is an error naming the cell and describing, never quoting, its value.
 */
export function readNumberCell(table: Table, row: number, col: number, fallback?: DecimalMark): number {
  const cell = table.values[row][col];
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const parsed = parseNumber(cell, columnDecimalMark(table, col) ?? fallback);
  if (parsed === undefined) return 0;
  if (!Number.isFinite(parsed)) {
    const text = String(cell).trim();
    const found = isNaN(parsed)
      ? /^\D*[1-9]\d{0,2}[.,]\d{3}\D*$/.test(text)
        ? 'an amount that reads as thousands or as decimals, and no other cell of the column tells which: set the market, or the decimalMark row, on the Settings tab.'
        : `${describeCell(cell)}.`
      : 'a number too large to be an amount.';
    throw new InputError(`${table.cellName(row, col)}: expected a number or an amount such as 1234.56, $1,234.56 or (5.00), found ${found}`);
  }
  return parsed;
}

/** More units than any one order line plausibly holds: a typo or a shifted paste. */
const MAX_UNITS = 1_000_000;

/** A quantity cell: a whole number of units from 0 to 1,000,000 (blank counts as 0); anything else is an error naming the cell. */
export function readCountCell(table: Table, row: number, col: number, fallback?: DecimalMark): number {
  const count = readNumberCell(table, row, col, fallback);
  if (Number.isInteger(count) && count >= 0 && count <= MAX_UNITS) return count;
  throw new InputError(
    `${table.cellName(row, col)}: expected a whole number of units from 0 to 1,000,000, found ${describeCell(table.values[row][col])}.`,
  );
}
