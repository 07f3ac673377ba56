import { InputError } from './errors';
import { columnLetter } from './columnLetter';

/** The most characters a Google Sheets cell holds (Excel holds 32,767 too; 50,000 in Sheets' paste): writes keep under it. */
export const CELL_CHARACTER_LIMIT = 32_767;

/** Refuses values holding a text longer than a spreadsheet cell, naming its position (never its text). */
export function checkCellSizes(values: readonly (readonly unknown[])[], sheet: string): void {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'string' && cell.length > CELL_CHARACTER_LIMIT) {
        throw new InputError(
          `${sheet}: row ${r + 1}, column ${columnLetter(c)} holds ${cell.length.toLocaleString('en-US')} characters; ` +
            `a spreadsheet cell holds at most ${CELL_CHARACTER_LIMIT.toLocaleString('en-US')}. Is this the right file?`,
        );
      }
    }
  }
}
