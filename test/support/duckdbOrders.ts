import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { loadRecipe } from '../../src/core/sql/loadRecipe';
import { DUCKDB } from '../../src/core/sql/duckdbDialect';
import { TIME_FORMATS } from '../../src/core/sql/sqlDialect';
import { csvCellValue } from '../../src/local/import/csvCellValue';
import { readCsv } from '../../src/local/import/readCsv';

export const DEMO_ORDERS_CSV = resolve(__dirname, '../../examples/demo-orders.csv');

export interface DuckDbOrders {
  readonly connection: DuckDBConnection;
  /** The same lines as a custom function gets them from the Orders tab. */
  readonly sheetValues: unknown[][];
  /** Result rows as BigQuery's REST API gives them: every value as text, NULL as null. */
  rowsAsBigQueryText(sql: string): Promise<(string | null)[][]>;
}

/**
 * The demo order export (plus `extraLines`) loaded into DuckDB the way docs/BIGQUERY.md loads it
 * into BigQuery: `bq load` of every column as STRING, then the typing query, into `tts.orders`.
 */
export async function loadDemoOrders(extraLines: (header: readonly string[]) => string[][] = () => []): Promise<DuckDbOrders> {
  const rows = readCsv(readFileSync(DEMO_ORDERS_CSV, 'utf8'));
  const extra = extraLines(rows[0]);
  const recipe = loadRecipe(rows[0], 'tts.orders_raw', 'tts.orders', { timeZone: DEFAULT_SETTINGS.timeZone, timeFormat: TIME_FORMATS.MDY }, DUCKDB);
  const names = recipe.rawSchema.split(',').map((field) => `'${field.split(':')[0]}'`);
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run('CREATE SCHEMA tts');
  // As `bq load --skip_leading_rows=2 --schema=<rawSchema>` does: header and description rows skipped, every column STRING.
  await connection.run(
    `CREATE TABLE tts.orders_raw AS SELECT * FROM read_csv('${DEMO_ORDERS_CSV}', header = false, skip = 2, all_varchar = true, names = [${names.join(', ')}])`,
  );
  const literal = (text: string): string => `'${text.replace(/'/g, "''").replace(/\t/g, "' || chr(9) || '")}'`;
  if (extra.length) await connection.run(`INSERT INTO tts.orders_raw VALUES ${extra.map((line) => `(${line.map(literal).join(', ')})`).join(', ')}`);
  await connection.run(recipe.typedTableSql);
  return {
    connection,
    sheetValues: [...rows, ...extra].map((row) => row.map(csvCellValue)),
    rowsAsBigQueryText: async (sql) =>
      (await connection.runAndReadAll(sql)).getRows().map((row) => row.map((cell) => (cell === null ? null : String(cell)))),
  };
}
