import { isDate } from './isDate';

/** Text of a cell with the export's trailing tabs, non-breaking spaces and BOM removed. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim(); // trim() also drops \t, \u00A0 and \uFEFF
  if (isDate(value)) return isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}
