import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DUCKDB } from '../../../src/core/sql/duckdbDialect';
import { loadRecipe } from '../../../src/core/sql/loadRecipe';
import { TIME_FORMATS } from '../../../src/core/sql/sqlDialect';
import type { DecimalMark } from '../../../src/core/values/parseNumber';

const HEADER = ['Order ID', 'Order Status', 'SKU ID', 'Quantity', 'SKU Subtotal After Discount', 'Order Refund Amount', 'Paid Time'];

/** The typed table's amounts after `bq load` (every column as text) and the load recipe, run in DuckDB. */
async function loadedAmounts(lines: readonly string[], decimalMark: DecimalMark): Promise<(string | null)[][]> {
  const folder = mkdtempSync(join(tmpdir(), 'tts-ops-sql-'));
  try {
    const csv = join(folder, 'orders.csv');
    writeFileSync(csv, [HEADER.map((h) => `"${h}"`).join(','), ...lines].join('\r\n') + '\r\n');
    const recipe = loadRecipe(
      HEADER,
      'tts.orders_raw',
      'tts.orders',
      { timeZone: 'Europe/London', timeFormat: TIME_FORMATS.DMY, decimalMark },
      DUCKDB,
    );
    const names = recipe.rawSchema.split(',').map((field) => `'${field.split(':')[0]}'`);
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run('CREATE SCHEMA tts');
    await connection.run(
      `CREATE TABLE tts.orders_raw AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = true, names = [${names.join(', ')}])`,
    );
    await connection.run(recipe.typedTableSql);
    const reader = await connection.runAndReadAll('SELECT sku_subtotal_after_discount, order_refund_amount FROM tts.orders ORDER BY order_id');
    return reader.getRows().map((row) => row.map((cell) => (cell === null ? null : String(cell))));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the BigQuery load recipe, on amounts as each market’s export writes them', () => {
  it('reads a UK and a Mexican export’s currency codes and a negative in parentheses', async () => {
    const lines = [
      '578012345678901234,To ship,1729123456789012345,1,GBP 8.00,,23/09/2026 16:06:19',
      '578012345678901235,Completed,1729123456789012345,2,"MXN 1,234.56",(5.00),23/09/2026 17:06:19',
    ];
    expect(await loadedAmounts(lines, '.')).toEqual([
      ['8.000', null],
      ['1234.560', '-5.000'],
    ]);
  });

  it('reads a German export’s decimal comma and a Brazilian one’s code in front', async () => {
    const lines = [
      '578012345678901234,Abgeschlossen,1729123456789012345,1,"1.025,90 EUR","-3,89 EUR",23/09/2026 16:06:19',
      '578012345678901235,Concluído,1729123456789012345,1,"BRL 35,91",,23/09/2026 17:06:19',
    ];
    expect(await loadedAmounts(lines, ',')).toEqual([
      ['1025.900', '-3.890'],
      ['35.910', null],
    ]);
  });
});
