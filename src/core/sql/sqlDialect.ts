import type { DateOrder } from '../values/parseDateTime';

/**
 * The few spots where BigQuery Standard SQL and DuckDB differ; everything else the compiler emits
 * is accepted by both. The DuckDB form exists so a test can run the query here (docs/BIGQUERY.md).
 */
export interface SqlDialect {
  readonly name: 'bigquery' | 'duckdb';
  /** A checked identifier (letters, digits, _) or table id parts, quoted. */
  quote(...parts: readonly string[]): string;
  /** The calendar day an instant falls on in the shop's time zone. */
  dayInZone(timestamp: string, timeZone: string): string;
  /** An instant as the shop's wall-clock DATETIME, as text ('2026-11-22 23:47:30'). */
  wallClockText(timestamp: string, timeZone: string): string;
  /** The first day of the week holding a DATE; weekStart 1 = Monday, 0 = Sunday. */
  weekStart(day: string, weekStart: 0 | 1): string;
  /** A wall-clock text in the shop's time zone ('11/22/2026 11:47:30 PM') in `format` (strptime's) as an instant. */
  parseShopTime(text: string, format: string, timeZone: string): string;
  /** Every match of a regular expression (RE2, no quote in it) replaced; `\\1` in the replacement is the first group. */
  replaceAll(text: string, pattern: string, replacement: string): string;
}

/** Seller Center writes US times month-first with AM/PM, other regions day-first on a 24-hour clock. */
export const TIME_FORMATS: Record<DateOrder, string> = { MDY: '%m/%d/%Y %I:%M:%S %p', DMY: '%d/%m/%Y %H:%M:%S' };

export const BIGQUERY: SqlDialect = {
  name: 'bigquery',
  quote: (...parts) => '`' + parts.join('.') + '`',
  dayInZone: (timestamp, timeZone) => `DATE(${timestamp}, '${timeZone}')`,
  wallClockText: (timestamp, timeZone) => `CAST(DATETIME(${timestamp}, '${timeZone}') AS STRING)`,
  weekStart: (day, weekStart) => `DATE_TRUNC(${day}, WEEK(${weekStart === 1 ? 'MONDAY' : 'SUNDAY'}))`,
  parseShopTime: (text, format, timeZone) => `TIMESTAMP(PARSE_DATETIME('${format}', ${text}), '${timeZone}')`,
  replaceAll: (text, pattern, replacement) => `REGEXP_REPLACE(${text}, r'${pattern}', r'${replacement}')`,
};
