import { InputError } from '../values/errors';
import type { DecimalMark } from '../values/parseNumber';
import { findColumn, headerIndex } from '../table/findHeaderRow';
import { ORDER_TABLE_COLUMNS, type TypedColumn } from './orderTableSchema';
import { BIGQUERY, type SqlDialect } from './sqlDialect';
import { checkedName, checkedTimeZone, columnNameOf, tableIdParts } from './sqlNames';

export interface LoadRecipe {
  /** Every export column as STRING, in file order, as `bq load` takes an inline schema. */
  readonly rawSchema: string;
  /** CREATE TABLE of the typed orders table from the raw one. */
  readonly typedTableSql: string;
}

/** How the export writes its times (the shop's time zone, their format: shopTimeFormat) and its amounts (`1,234.56` by default, or `1.234,56`). */
export interface ShopTimes {
  readonly timeZone: string;
  /** strptime / PARSE_DATETIME format, such as TIME_FORMATS.MDY or `%Y/%m/%d %H:%M:%S`. */
  readonly timeFormat: string;
  readonly decimalMark?: DecimalMark;
}

/** Leading and trailing spaces and the tab Seller Center ends IDs and times with. */
const trimmed = (column: string): string => `TRIM(${column}, CONCAT(' ', CHR(9)))`;

function typedExpression(column: TypedColumn, raw: string, dialect: SqlDialect, times: ShopTimes): string {
  const text = `NULLIF(${trimmed(raw)}, '')`;
  switch (column.type) {
    case 'STRING':
      return text;
    case 'INT64':
      return `CAST(${text} AS INT64)`;
    case 'NUMERIC': {
      // '$1,234.56', 'GBP 8.00', 'MXN 1,234.56', '(5.00)', '25,90 EUR' as Seller Center writes amounts; anything else fails the load loudly.
      const signed = dialect.replaceAll(dialect.replaceAll(text, '[^0-9.,()-]', ''), '^\\((.*)\\)$', '-\\1');
      const plain = times.decimalMark === ',' ? `REPLACE(REPLACE(${signed}, '.', ''), ',', '.')` : `REPLACE(${signed}, ',', '')`;
      return `CAST(${plain} AS NUMERIC)`;
    }
    case 'TIMESTAMP':
      return dialect.parseShopTime(text, times.timeFormat, checkedTimeZone(times.timeZone));
  }
}

/**
 * How an export CSV becomes the typed table: `bq load` every column as STRING (names from the
 * file's own header row), then one CREATE TABLE … AS SELECT that trims, types and drops buyer data.
 */
export function loadRecipe(headers: readonly unknown[], rawTableId: string, tableId: string, times: ShopTimes, dialect = BIGQUERY): LoadRecipe {
  const names = headers.map((h) => columnNameOf(String(h ?? '')));
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (!name || seen.has(name))
      throw new InputError(`Column ${i + 1} of the export's header ('${String(headers[i] ?? '')}') has no name or repeats one.`);
    seen.add(name);
  });
  const index = headerIndex(headers);
  const selected = ORDER_TABLE_COLUMNS.map((column) => {
    const at = findColumn(index, column.source);
    const name = dialect.quote(column.name);
    if (at < 0) return `  CAST(NULL AS ${column.type}) AS ${name}`;
    return `  ${typedExpression(column, dialect.quote(checkedName(names[at])), dialect, times)} AS ${name}`;
  });
  if (findColumn(index, ORDER_TABLE_COLUMNS[0].source) < 0)
    throw new InputError("The export's header has no 'Order ID' column: is it a Seller Center order export?");
  return {
    rawSchema: names.map((name) => `${name}:STRING`).join(','),
    typedTableSql: `CREATE OR REPLACE TABLE ${dialect.quote(...tableIdParts(tableId))} AS\nSELECT\n${selected.join(',\n')}\nFROM ${dialect.quote(...tableIdParts(rawTableId))}`,
  };
}
