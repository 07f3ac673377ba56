// An export's own time layout and market, loaded the way docs/BIGQUERY.md loads it, gives TTS_PIVOT's numbers on the same file.
import { DuckDBInstance } from '@duckdb/node-api';
import { ttsPivot } from '../../../src/core/formulas/pivotFormula';
import type { MarketCode } from '../../../src/core/markets/marketCodes';
import { marketDefaults } from '../../../src/core/settings/marketDefaults';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { DUCKDB } from '../../../src/core/sql/duckdbDialect';
import { loadRecipe } from '../../../src/core/sql/loadRecipe';
import { compileMetricsQuery } from '../../../src/core/sql/metricsQuery';
import { shopTimeFormat } from '../../../src/core/sql/shopTimeFormat';
import { ORDER_EXPORT_SPEC } from '../../../src/core/table/orderExportSpec';
import { readTable } from '../../../src/core/table/readTable';

const HEADER = ['Order ID', 'Order Status', 'SKU ID', 'Seller SKU', 'Quantity', 'SKU Subtotal After Discount', 'Order Refund Amount', 'Paid Time'];
const METRICS = 'GMV, Orders, AOV, Refund rate';

/** Four orders over two shop days, one paid just after local midnight (the previous day in UTC). */
const line = (id: number, sku: string, amount: string, refund: string, paid: string): string[] => [
  `57800000000000000${id}\t`,
  'Completed',
  '1729000000000001',
  sku,
  '1',
  amount,
  refund,
  `${paid}\t`,
];

async function sqlAndPivot(market: MarketCode, lines: string[][], rows: string): Promise<{ format: string; sql: unknown[][]; pivot: unknown[][] }> {
  const values: unknown[][] = [HEADER, ...lines];
  const settings = marketDefaults(DEFAULT_SETTINGS, market).settings;
  const table = readTable(values, ORDER_EXPORT_SPEC, 'orders.csv');
  const format = shopTimeFormat(table, table.index('paidTime'), settings.dateOrder)!;
  const recipe = loadRecipe(
    HEADER,
    'tts.orders_raw',
    'tts.orders',
    { timeZone: settings.timeZone, timeFormat: format, decimalMark: settings.decimalMark },
    DUCKDB,
  );
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run('CREATE SCHEMA tts');
  const columns = recipe.rawSchema.split(',').map((field) => `${field.split(':')[0]} VARCHAR`);
  await connection.run(`CREATE TABLE tts.orders_raw (${columns.join(', ')})`);
  const literal = (text: string): string => `'${text.replace(/\t/g, "' || chr(9) || '")}'`;
  await connection.run(`INSERT INTO tts.orders_raw VALUES ${lines.map((l) => `(${l.map(literal).join(', ')})`).join(', ')}`);
  await connection.run(recipe.typedTableSql);
  const query = compileMetricsQuery({ metrics: METRICS, rows, table: 'tts.orders', start: '', end: '', settings }, DUCKDB);
  const result = (await connection.runAndReadAll(query.sql))
    .getRows()
    .map((row) => row.map((cell) => (typeof cell === 'string' ? cell : Number(cell))));
  const sql = [query.columns.map((c) => c.title), ...result].map((row) =>
    row.map((cell) => (typeof cell === 'number' ? Math.round(cell * 1e6) / 1e6 : cell)),
  );
  const pivot = ttsPivot(values, rows, METRICS, '', '', settings).map((row) =>
    row.map((cell) => (typeof cell === 'number' ? Math.round(cell * 1e6) / 1e6 : cell)),
  );
  return { format, sql, pivot };
}

describe('the load recipe reads each market’s export times as TTS_PIVOT does', () => {
  it.each([
    [
      'a Japanese export, year first, in Tokyo time',
      'JP',
      [
        line(1, 'JP-TEA', '1200', '', '2026/10/03 00:15:00'),
        line(2, 'JP-TEA', '2400', '', '2026/10/03 14:05:00'),
        line(3, 'JP-CUP', '3600', '3600', '2026/10/04 09:30:00'),
      ],
      '%Y/%m/%d %H:%M:%S',
      7200,
    ],
    [
      'ISO text',
      'JP',
      [line(1, 'JP-TEA', '1200', '', '2026-10-03T00:15:00'), line(2, 'JP-CUP', '3600', '1200', '2026-10-04T09:30:00')],
      '%Y-%m-%dT%H:%M:%S',
      4800,
    ],
    [
      'an Indonesian export (--market ID): day first, a decimal comma, Jakarta time',
      'ID',
      [
        line(1, 'ID-KOPI', '50.000', '', '03/10/2026 00:15:00'),
        line(2, 'ID-KOPI', '125.000', '25.000', '03/10/2026 14:05:00'),
        line(3, 'ID-GULA', '75.500', '', '04/10/2026 09:30:00'),
      ],
      '%d/%m/%Y %H:%M:%S',
      250_500,
    ],
  ] as const)('%s', async (_name, market, lines, expectedFormat, gmv) => {
    const { format, sql, pivot } = await sqlAndPivot(
      market,
      lines.map((l) => [...l]),
      'day',
    );
    expect(format).toBe(expectedFormat);
    // The order paid at 00:15 shop time is on the 3rd, the day before in UTC.
    expect(sql.map((row) => row[0])).toEqual(['Day', '2026-10-03', '2026-10-04', 'Total']);
    expect(sql[sql.length - 1][1]).toBe(gmv);
    expect(sql).toEqual(pivot);
  });
});
