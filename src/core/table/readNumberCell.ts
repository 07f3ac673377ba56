import { InputError } from '../errors';
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
 * counts as 0; text that is not a number is an error naming the cell.
 */
export function readNumberCell(table: Table, row: number, col: number, fallback?: DecimalMark): number {
  const cell = table.values[row][col];
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const parsed = parseNumber(cell, columnDecimalMark(table, col) ?? fallback);
  if (parsed === undefined) return 0;
  if (isNaN(parsed)) {
    throw new InputError(
      `${table.cellName(row, col)}: expected a number or an amount such as 1234.56, $1,234.56 or (5.00), found '${String(cell).trim()}'` +
        (/^\D*[1-9]\d{0,2}[.,]\d{3}\D*$/.test(String(cell).trim())
          ? ' (thousands or decimals? no other cell of the column tells: set the market, or the decimalMark row, on the Settings tab).'
          : '.'),
    );
  }
  return parsed;
}
