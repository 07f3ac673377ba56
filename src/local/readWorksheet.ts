import { ValueType, type CellValue as ExcelValue, type Worksheet } from 'exceljs';
import type { CellValue } from '../core/workbook/workbookPort';
import { isDate } from '../core/values/isDate';
import { instantOfWallClock } from './zonedDates';

/**
 * A worksheet's values in one pass, shaped like Sheets' `getDataRange().getValues()`: a rectangle
 * up to the last non-blank row and column, blanks as '', plain values only.
 */
export function readWorksheet(sheet: Worksheet, timeZone: string): CellValue[][] {
  const rows: CellValue[][] = [];
  let width = 0;
  sheet.eachRow((row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell((cell, colNumber) => {
      if (cell.type === ValueType.Merge) return; // Sheets reads a merged range's value in its top-left cell only
      const value = plainValue(cell.value, timeZone);
      if (value === '') return;
      cells[colNumber - 1] = value;
      if (colNumber > width) width = colNumber;
    });
    if (cells.length) rows[rowNumber - 1] = cells;
  });
  const grid: CellValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r];
    const line: CellValue[] = new Array(width).fill('');
    if (source) for (let c = 0; c < source.length; c++) if (source[c] !== undefined) line[c] = source[c];
    grid[r] = line;
  }
  return grid;
}

/** Rich text → its text, a formula → its last result, a hyperlink → its text, an error → '#N/A'. */
export function plainValue(value: ExcelValue, timeZone: string): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return value;
  if (isDate(value)) return instantOfWallClock(value, timeZone);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelValue, timeZone);
  if ('error' in value) return value.error;
  return value.result === undefined ? '' : plainValue(value.result, timeZone);
}
