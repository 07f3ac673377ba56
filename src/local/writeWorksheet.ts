import type { CellValue as ExcelValue, DataValidation, Fill, Worksheet } from 'exceljs';
import { isDate } from '../core/values/isDate';
import { columnLetter } from '../core/values/columnLetter';
import type { CellValue, ColumnFormat, TabContent, Validation } from '../core/workbook/workbookPort';
import { argbColor } from './argbColor';
import { wallClockOfInstant } from './zonedDates';

const HEADER_FILL = 'FFEFEFEF';
const LINK_COLOR = 'FF1155CC';
const PIXELS_PER_CHARACTER = 7; // Excel's column width unit at the default 11 pt font

/** exceljs keeps range validations in a model its typings leave out. */
type WithValidations = Worksheet & { readonly dataValidations: { add(range: string, validation: DataValidation): void } };

/** Fills a fresh worksheet with a tab's values and formats: rows in one call, then formats by column range. */
export function writeWorksheet(sheet: Worksheet, content: TabContent, timeZone: string): void {
  const { values } = content;
  sheet.addRows(values.map((row) => row.map((value) => excelValue(value, timeZone))));
  const firstDataRow = Math.max(content.frozenRows ?? 0, ...(content.headerRows ?? []).map((row) => row + 1));
  for (const column of content.columns ?? []) formatColumn(sheet, column, firstDataRow, values.length);
  content.numberFormats?.forEach((row, r) =>
    row.forEach((format, c) => {
      if (format) sheet.getCell(r + 1, c + 1).numFmt = format;
    }),
  );
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  for (const row of content.headerRows ?? []) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(row + 1, c);
      cell.font = { bold: true };
      cell.fill = solidFill(HEADER_FILL);
    }
  }
  content.backgrounds?.forEach((row, r) =>
    row.forEach((color, c) => {
      if (color) sheet.getCell(r + 1, c + 1).fill = solidFill(argbColor(color));
    }),
  );
  for (const link of content.links ?? []) {
    const cell = sheet.getCell(link.row + 1, link.column + 1);
    const text = String(values[link.row]?.[link.column] || link.a1);
    cell.value = { formula: hyperlinkFormula(link.tab, link.a1, text), result: text };
    cell.font = { ...cell.font, color: { argb: LINK_COLOR }, underline: true };
  }
  if (content.frozenRows) sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: content.frozenRows }];
}

/**
 * A link to a cell of this workbook as a HYPERLINK formula: exceljs 4.4 writes a `#'Tab'!A1`
 * hyperlink as an external relationship Excel resolves to a bad address (exceljs issue #3027).
 */
export function hyperlinkFormula(tab: string, a1: string, text: string): string {
  const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quoted(`#'${tab.replace(/'/g, "''")}'!${a1}`)},${quoted(text)})`;
}

export function excelValue(value: CellValue, timeZone: string): ExcelValue {
  if (value === '') return null; // a padded blank stays an empty cell, not an empty string
  return isDate(value) ? wallClockOfInstant(value, timeZone) : value;
}

/** Rows [fromRow, toRow) of one column; a validation never covers the header rows. */
function formatColumn(sheet: Worksheet, format: ColumnFormat, firstDataRow: number, height: number): void {
  const from = format.fromRow ?? 0;
  const to = format.toRow ?? height;
  if (format.width) sheet.getColumn(format.column + 1).width = Math.max(1, Math.round((format.width / PIXELS_PER_CHARACTER) * 10) / 10);
  if (format.numberFormat) for (let r = from; r < to; r++) sheet.getCell(r + 1, format.column + 1).numFmt = format.numberFormat;
  const validFrom = Math.max(from, firstDataRow);
  if (format.validation && validFrom < to) {
    const letter = columnLetter(format.column);
    (sheet as WithValidations).dataValidations.add(`${letter}${validFrom + 1}:${letter}${to}`, excelValidation(format.validation));
  }
}

function excelValidation(validation: Validation): DataValidation {
  const shown = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' }; // a bad entry is refused with the message; blanks are fine
  switch (validation.kind) {
    case 'list':
      return {
        ...shown,
        type: 'list',
        formulae: [`"${validation.values.join(',')}"`],
        errorStyle: validation.allowOther ? 'warning' : 'stop',
        error: `Pick one of: ${validation.values.join(', ')}`,
      };
    case 'date':
      return { ...shown, type: 'date', operator: 'greaterThanOrEqual', formulae: [new Date(Date.UTC(1900, 0, 1))], error: 'Enter a date.' };
    case 'number':
      return { ...shown, type: 'decimal', ...numberBounds(validation.min, validation.max) };
  }
}

function numberBounds(min: number | undefined, max: number | undefined): Pick<DataValidation, 'operator' | 'formulae' | 'error'> {
  if (min !== undefined && max !== undefined) return { operator: 'between', formulae: [min, max], error: `Enter a number from ${min} to ${max}.` };
  if (min !== undefined) return { operator: 'greaterThanOrEqual', formulae: [min], error: `Enter a number of at least ${min}.` };
  if (max !== undefined) return { operator: 'lessThanOrEqual', formulae: [max], error: `Enter a number of at most ${max}.` };
  return { operator: 'between', formulae: [-1e300, 1e300], error: 'Enter a number.' };
}

function solidFill(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}
