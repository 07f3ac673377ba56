import { columnLetter } from '../../core/values/columnLetter';
import { isDate } from '../../core/values/isDate';
import type { CellValue, ColumnFormat, TabContent, Validation } from '../../core/workbook/workbookPort';
import { argbColor } from './argbColor';
import { hyperlinkFormula } from './hyperlinkFormula';
import { cellXml } from './cellXml';
import { DEFAULT_DATE_FORMAT_ID, type CellLook, type StyleSheet } from './styleSheet';
import { xmlEscape } from './xmlText';

const HEADER_FILL = 'FFEFEFEF';
const LINK_COLOR = 'FF1155CC';
const PIXELS_PER_CHARACTER = 7; // Excel's column width unit at the default 11 pt font
const CHUNK = 1 << 16;
export const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** A tab as fresh sheet XML, in chunks: values with inline strings, then its formats as cell styles, widths, frozen rows and dropdowns. */
export function* sheetXml(content: TabContent, styles: StyleSheet, timeZone: string): Generator<string> {
  const { values } = content;
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const columns = content.columns ?? [];
  const height = Math.max(values.length, ...columns.map((column) => column.toRow ?? 0));
  const headers = new Set(content.headerRows ?? []);
  const links = new Map((content.links ?? []).map((link) => [cellKey(link.row, link.column), link]));
  const look = (r: number, c: number, value: CellValue): number => {
    const numberFormat = content.numberFormats?.[r]?.[c] ?? columnFormat(columns, c, r, values.length);
    const header = headers.has(r) && c < width;
    const fill = content.backgrounds?.[r]?.[c] ?? null;
    const link = links.has(cellKey(r, c));
    if (!numberFormat && !header && !fill && !link && !isDate(value)) return 0;
    const wanted: CellLook = {
      ...(numberFormat ? { numberFormat } : isDate(value) ? { numberFormatId: DEFAULT_DATE_FORMAT_ID } : {}),
      ...(header ? { bold: true, fill: HEADER_FILL } : {}),
      ...(fill ? { fill: argbColor(fill) } : {}),
      ...(link ? { linkColor: LINK_COLOR } : {}),
    };
    return styles.styleOf(wanted);
  };

  let out = `${SHEET_START}${sheetViews(content.frozenRows)}<sheetFormatPr defaultRowHeight="15"/>${cols(columns)}<sheetData>`;
  const cellWidth = Math.max(width, ...columns.map((column) => column.column + 1));
  const sparse = !content.numberFormats && !content.backgrounds && !headers.size && !links.size && !columns.some((column) => column.numberFormat);
  for (let r = 0; r < height; r++) {
    const row = values[r] ?? [];
    let cells = '';
    const end = sparse ? row.length : cellWidth;
    for (let c = 0; c < end; c++) {
      const value = row[c] ?? '';
      const link = links.size ? links.get(cellKey(r, c)) : undefined;
      if (link) {
        const text = String(value || link.a1);
        cells += cellXml(r, c, text, look(r, c, value), timeZone, hyperlinkFormula(link.tab, link.a1, text));
      } else cells += cellXml(r, c, value, sparse && !isDate(value) ? 0 : look(r, c, value), timeZone);
    }
    if (cells) out += `<row r="${r + 1}">${cells}</row>`;
    if (out.length > CHUNK) {
      yield out;
      out = '';
    }
  }
  yield `${out}</sheetData>${validations(columns, content)}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** A cell as one number (Excel has at most 16,384 columns): no string per cell. */
function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

function columnFormat(columns: readonly ColumnFormat[], column: number, row: number, height: number): string | null {
  for (const format of columns) {
    if (format.column === column && format.numberFormat && row >= (format.fromRow ?? 0) && row < (format.toRow ?? height)) return format.numberFormat;
  }
  return null;
}

function sheetViews(frozenRows: number | undefined): string {
  if (!frozenRows) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/>` +
    '<selection pane="bottomLeft"/></sheetView></sheetViews>'
  );
}

function cols(columns: readonly ColumnFormat[]): string {
  const widths = columns.filter((column) => column.width).sort((a, b) => a.column - b.column);
  if (!widths.length) return '';
  const col = (format: ColumnFormat): string => {
    const width = Math.max(1, Math.round(((format.width ?? 0) / PIXELS_PER_CHARACTER) * 10) / 10);
    return `<col min="${format.column + 1}" max="${format.column + 1}" width="${width}" customWidth="1"/>`;
  };
  return `<cols>${widths.map(col).join('')}</cols>`;
}

/** Dropdowns and typed entry, one rule per column range; never on the header rows. */
function validations(columns: readonly ColumnFormat[], content: TabContent): string {
  const firstDataRow = Math.max(content.frozenRows ?? 0, ...(content.headerRows ?? []).map((row) => row + 1));
  const rules = columns.flatMap((format) => {
    const from = Math.max(format.fromRow ?? 0, firstDataRow);
    const to = format.toRow ?? content.values.length;
    if (!format.validation || from >= to) return [];
    const letter = columnLetter(format.column);
    return [validationXml(format.validation, `${letter}${from + 1}:${letter}${to}`)];
  });
  return rules.length ? `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>` : '';
}

function validationXml(validation: Validation, range: string): string {
  const rule = (attributes: string, error: string, formulas: (string | number)[]): string =>
    `<dataValidation ${attributes} allowBlank="1" showErrorMessage="1" error="${xmlEscape(error)}" sqref="${range}">` +
    formulas.map((formula, i) => `<formula${i + 1}>${xmlEscape(String(formula))}</formula${i + 1}>`).join('') +
    '</dataValidation>';
  switch (validation.kind) {
    case 'list':
      return rule(`type="list" errorStyle="${validation.allowOther ? 'warning' : 'stop'}"`, `Pick one of: ${validation.values.join(', ')}`, [
        `"${validation.values.join(',')}"`,
      ]);
    case 'date':
      return rule('type="date" operator="greaterThanOrEqual"', 'Enter a date.', [1]);
    case 'number': {
      const { min, max } = validation;
      if (min !== undefined && max !== undefined)
        return rule('type="decimal" operator="between"', `Enter a number from ${min} to ${max}.`, [min, max]);
      if (min !== undefined) return rule('type="decimal" operator="greaterThanOrEqual"', `Enter a number of at least ${min}.`, [min]);
      if (max !== undefined) return rule('type="decimal" operator="lessThanOrEqual"', `Enter a number of at most ${max}.`, [max]);
      return rule('type="decimal" operator="between"', 'Enter a number.', [-1e300, 1e300]);
    }
  }
}
