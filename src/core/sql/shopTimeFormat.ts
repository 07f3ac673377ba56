import type { Table } from '../table/readTable';
import { detectDateOrder } from '../table/readDayColumn';
import { yearFirstSeparators, type DateOrder } from '../values/parseDateTime';
import { TIME_FORMATS } from './sqlDialect';

/**
 * The format (strptime, PARSE_DATETIME) of an export's timestamps in column `col`: year first as its first timestamp
 * writes it (`2026/10/03 14:05:00`, `2026-10-03T14:05:00`), else day-first or month-first as the engine reads that column
 * (detectDateOrder, `fallback` the setting); undefined when nothing settles the order.
 */
export function shopTimeFormat(table: Table, col: number, fallback: DateOrder | undefined): string | undefined {
  const first = Array.from(table.rows, (r) => table.values[r][col]).find((cell) => typeof cell === 'string' && cell.trim() !== '');
  const yearFirst = yearFirstSeparators(first);
  if (yearFirst) return `%Y${yearFirst.date}%m${yearFirst.date}%d${yearFirst.time}%H:%M:%S`;
  const order = detectDateOrder(table, col, fallback);
  return order && TIME_FORMATS[order];
}
