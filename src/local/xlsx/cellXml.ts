import { columnLetter } from '../../core/values/columnLetter';
import { isDate } from '../../core/values/isDate';
import type { CellValue } from '../../core/workbook/workbookPort';
import { wallClockOfInstant } from '../../core/values/zonedDates';
import { serialOfWallClock } from './serialDates';
import { xmlEscape } from './xmlText';

const letters: string[] = [];

/** `AB`, cached: the writer asks for the same few columns on every row. */
export function letterOf(column: number): string {
  return (letters[column] ??= columnLetter(column));
}

/** One cell as sheet XML (`s` its style index, 0 for none); '' for a blank cell with no style. */
export function cellXml(row: number, column: number, value: CellValue, style: number, timeZone: string, formula?: string): string {
  const reference = `${letterOf(column)}${row + 1}`;
  const styled = style ? ` s="${style}"` : '';
  if (formula !== undefined) return `<c r="${reference}"${styled} t="str"><f>${xmlEscape(formula)}</f><v>${xmlEscape(String(value))}</v></c>`;
  if (value === null || value === '') return style ? `<c r="${reference}"${styled}/>` : '';
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? `<c r="${reference}"${styled}><v>${value}</v></c>` : `<c r="${reference}"${styled} t="e"><v>#NUM!</v></c>`;
    case 'boolean':
      return `<c r="${reference}"${styled} t="b"><v>${value ? 1 : 0}</v></c>`;
    case 'string':
      return `<c r="${reference}"${styled} t="inlineStr"><is>${textElement(value)}</is></c>`;
  }
  if (isDate(value)) return `<c r="${reference}"${styled}><v>${serialOfWallClock(wallClockOfInstant(value, timeZone))}</v></c>`;
  return '';
}

function textElement(text: string): string {
  const spaced = text !== text.trim() ? ' xml:space="preserve"' : '';
  return `<t${spaced}>${xmlEscape(text)}</t>`;
}
