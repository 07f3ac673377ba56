import { InputError } from '../errors';
import { parseNumber } from '../values/parseNumber';
import type { Table } from './readTable';

/** A number cell; blank counts as 0; text that is not a number is an error naming the cell. */
export function readNumberCell(table: Table, row: number, col: number): number {
  const cell = table.values[row][col];
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const parsed = parseNumber(cell);
  if (parsed === undefined) return 0;
  if (isNaN(parsed)) {
    throw new InputError(
      `${table.cellName(row, col)}: expected a number or an amount such as 1234.56, $1,234.56 or (5.00), found '${String(cell).trim()}'.`,
    );
  }
  return parsed;
}
