import type { SqlDialect } from './sqlDialect';

/** DuckDB's spelling of the dialect spots, so a test runs the compiled SQL here (not in the Apps Script bundle). */
export const DUCKDB: SqlDialect = {
  name: 'duckdb',
  quote: (...parts) => parts.map((part) => `"${part}"`).join('.'),
  dayInZone: (timestamp, timeZone) => `CAST(timezone('${timeZone}', ${timestamp}) AS DATE)`,
  wallClockText: (timestamp, timeZone) => `CAST(timezone('${timeZone}', ${timestamp}) AS STRING)`,
  // DuckDB's dayofweek: 0 = Sunday … 6 = Saturday.
  weekStart: (day, weekStart) => `CAST(${day} - CAST((dayofweek(${day}) + ${7 - weekStart}) % 7 AS INTEGER) AS DATE)`,
  parseShopTime: (text, format, timeZone) => `timezone('${timeZone}', strptime(${text}, '${format}'))`,
  replaceAll: (text, pattern, replacement) => `regexp_replace(${text}, '${pattern}', '${replacement}', 'g')`,
};
