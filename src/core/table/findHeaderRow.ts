import { isDate } from '../values/isDate';
import { parseDateTime } from '../values/parseDateTime';
import { parseNumber } from '../values/parseNumber';
import type { ColumnDef } from './columns';
import { normalizeHeader } from './normalizeHeader';

export const HEADER_SCAN_ROWS = 10;

/** Normalised header text → first column holding it (a section row may repeat a header). */
export function headerIndex(row: readonly unknown[] | undefined): Map<string, number> {
  const index = new Map<string, number>();
  if (!row) return index;
  for (let c = 0; c < row.length; c++) {
    const name = normalizeHeader(row[c]);
    if (name && !index.has(name)) index.set(name, c);
  }
  return index;
}

export function findColumn(index: Map<string, number>, column: ColumnDef): number {
  for (const header of column.headers) {
    const found = index.get(normalizeHeader(header));
    if (found !== undefined) return found;
  }
  for (const header of column.translations ?? []) {
    const found = index.get(normalizeHeader(header));
    if (found !== undefined) return found;
  }
  return -1;
}

/**
 * The first of the first ten rows that holds every required column, or -1. A tab's own header with an export pasted whole
 * under it (its title rows, then its header) gives way to the export's header: nothing but text between them, no data.
 */
export function findHeaderRow(values: readonly (readonly unknown[])[], required: readonly ColumnDef[]): number {
  const last = Math.min(values.length, HEADER_SCAN_ROWS);
  let header = -1;
  for (let r = 0; r < last; r++) {
    const index = headerIndex(values[r]);
    if (index.size && required.every((column) => findColumn(index, column) >= 0)) header = r;
    else if (header >= 0 && values[r]?.some(isDataCell)) break;
  }
  return header;
}

/** A number or a date, as a cell or as text: what a data row holds and a title or filter row (`Date range: …`, `Semua`) does not. */
function isDataCell(cell: unknown): boolean {
  if (typeof cell === 'number' || isDate(cell)) return true;
  if (typeof cell !== 'string') return false;
  return Number.isFinite(parseNumber(cell, '.')) || Number.isFinite(parseDateTime(cell, 'DMY', 'UTC'));
}

/** `'Order ID'` or `'Cancelled Time' (also tried: 'Canceled Time')`, for messages. */
export function describeColumn(column: ColumnDef): string {
  const [name, ...others] = column.headers;
  const tried = others.map((h) => `'${h}'`);
  if (column.translations?.length) tried.push('its name in the other Seller Center languages');
  return tried.length ? `'${name}' (also tried: ${tried.join(', ')})` : `'${name}'`;
}
