import { isDate } from './isDate';
/** Text of a cell with the export's trailing tabs, non-breaking spaces and BOM removed. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/^[\s\uFEFF\u00A0]+|[\s\u00A0]+$/g, '');
  if (isDate(value)) return isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}
