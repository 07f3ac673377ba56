// The compiled SQL gives the engine's numbers: run in DuckDB over the demo order export, loaded the way docs/BIGQUERY.md loads it into BigQuery.
import type { DuckDBConnection } from '@duckdb/node-api';
import { ttsPivot, type Cell } from '../../../src/core/formulas/pivotFormula';
import { DEFAULT_SETTINGS, withSettings, type Settings } from '../../../src/core/settings/settings';
import { loadRecipe } from '../../../src/core/sql/loadRecipe';
import { compileMetricsQuery } from '../../../src/core/sql/metricsQuery';
import { DUCKDB } from '../../../src/core/sql/duckdbDialect';
import { BIGQUERY, TIME_FORMATS } from '../../../src/core/sql/sqlDialect';
import { loadDemoOrders } from '../../support/duckdbOrders';
const US_TIMES = { timeZone: 'America/Los_Angeles', timeFormat: TIME_FORMATS.MDY } as const;
const ALL_ORDER_METRICS = 'GMV, Net GMV, Orders, Units, AOV, Refund rate, Cancel rate';

let connection: DuckDBConnection;
let sheetValues: unknown[][];

/**
 * Orders the demo does not have, each a rule of the engine: a return shown on one SKU line only
 * (the refund is that SKU's), a cancelled order whose payment was refunded (not a refund), and an
 * order of zero GMV with a refund (taken once, by its first line).
 */
function edgeCaseLines(header: readonly string[]): string[][] {
  const line = (cells: Record<string, string>): string[] =>
    header.map((h) => cells[h] ?? { 'Order Status': 'Completed', 'Paid Time': '11/20/2026 09:15:00 AM\t', Quantity: '1' }[h] ?? '');
  const order = (id: string): Record<string, string> => ({ 'Order ID': `${id}\t` });
  return [
    line({
      ...order('579000000000000001'),
      'SKU ID': '1',
      'Seller SKU': 'EDGE-A',
      'SKU Subtotal After Discount': '30.00',
      'Sku Quantity of return': '1',
      'Order Refund Amount': '12.00',
    }),
    line({
      ...order('579000000000000001'),
      'SKU ID': '2',
      'Seller SKU': 'EDGE-B',
      'SKU Subtotal After Discount': '70.00',
      'Sku Quantity of return': '0',
      'Order Refund Amount': '12.00',
    }),
    line({
      ...order('579000000000000002'),
      'Order Status': 'Cancelled',
      'Cancelation/Return Type': 'Cancel',
      'SKU ID': '1',
      'Seller SKU': 'EDGE-A',
      'SKU Subtotal After Discount': '$1,020.50',
      'Order Refund Amount': '1020.50',
    }),
    line({
      ...order('579000000000000003'),
      'SKU ID': '1',
      'Seller SKU': 'EDGE-A',
      'SKU Subtotal After Discount': '0',
      'Order Refund Amount': '5.00',
    }),
    line({
      ...order('579000000000000003'),
      'SKU ID': '2',
      'Seller SKU': 'EDGE-B',
      'SKU Subtotal After Discount': '0',
      'Order Refund Amount': '5.00',
    }),
  ];
}

beforeAll(async () => {
  ({ connection, sheetValues } = await loadDemoOrders(edgeCaseLines));
});

async function runQuery(metrics: string, rows: string, start = '', end = '', settings: Settings = DEFAULT_SETTINGS): Promise<unknown[][]> {
  const query = compileMetricsQuery({ metrics, rows, table: 'tts.orders', start, end, settings }, DUCKDB);
  const result = await connection.runAndReadAll(query.sql);
  return [query.columns.map((c) => c.title), ...result.getRows().map((row) => row.map((cell) => (typeof cell === 'string' ? cell : Number(cell))))];
}

/** Both tables' rows keyed by label, each number equal (money to the cent, rates to 1e-9). */
function expectSameTable(sql: unknown[][], engine: Cell[][]): void {
  expect(sql[0]).toEqual(engine[0]);
  const byLabel = (table: unknown[][]): Map<string, unknown[]> => new Map(table.slice(1).map((row) => [String(row[0]), row.slice(1)]));
  const sqlRows = byLabel(sql);
  const engineRows = byLabel(engine);
  expect([...sqlRows.keys()].sort()).toEqual([...engineRows.keys()].sort());
  expect(String(sql[sql.length - 1][0])).toBe('Total');
  for (const [label, expected] of engineRows) {
    const actual = sqlRows.get(label)!;
    expected.forEach((value, i) => {
      if (value === '') expect(actual[i]).toBeNull();
      else
        expect({ label, column: engine[0][i + 1], value: actual[i] as number }).toEqual({
          label,
          column: engine[0][i + 1],
          value: expect.closeTo(value as number, 6),
        });
    });
  }
}

describe("the compiled SQL, run in DuckDB on the demo order export, gives the engine's numbers", () => {
  it.each([
    ['week', '', ''],
    ['day', '2026-11-01', '2026-11-22'],
    ['month', '', ''],
    ['Seller SKU', '', ''],
    ['Seller SKU', '2026-11-16', '2026-11-22'],
    ['Order Status', '', ''],
  ])('by %s from %s to %s', async (rows, start, end) => {
    const sql = await runQuery(ALL_ORDER_METRICS, rows, start, end);
    const engine = ttsPivot(sheetValues, rows, ALL_ORDER_METRICS, start, end, DEFAULT_SETTINGS);
    expect(engine.length).toBeGreaterThan(3);
    expectSameTable(sql, engine);
  });

  it('by week starting on Sunday', async () => {
    const settings = withSettings({ weekStart: 0 });
    const sql = await runQuery('GMV, Orders, AOV', 'week', '', '', settings);
    expect(new Date(`${String(sql[1][0])}T00:00:00Z`).getUTCDay()).toBe(0);
    expectSameTable(sql, ttsPivot(sheetValues, 'week', 'GMV, Orders, AOV', '', '', settings));
  });

  it('holds Paid Time as the instant the shop-time text names', async () => {
    const result = await connection.runAndReadAll(
      "SELECT CAST(timezone('UTC', paid_time) AS STRING) FROM tts.orders WHERE order_id = '571228600251183009'",
    );
    expect(result.getRows()).toEqual([['2026-11-23 07:47:30']]); // 11/22/2026 11:47:30 PM in Los Angeles
  });

  it('has the demo data the rules are about: unpaid, cancelled, refunded and partly returned orders', async () => {
    const counts = await connection.runAndReadAll(
      `SELECT COUNT(*) FILTER (WHERE paid_time IS NULL), COUNT(*) FILTER (WHERE order_status ILIKE '%cancel%'),
              COUNT(*) FILTER (WHERE order_refund_amount > 0), COUNT(*) FILTER (WHERE sku_quantity_of_return > 0) FROM tts.orders`,
    );
    for (const count of counts.getRows()[0]) expect(Number(count)).toBeGreaterThan(0);
  });
});

describe('the BigQuery form', () => {
  const strip = (sql: string): string[] => sql.replace(/[`"]/g, '').split('\n');

  it.each(['week', 'Seller SKU'])('differs from the DuckDB form only in the dialect spots (by %s)', (rows) => {
    const request = { metrics: ALL_ORDER_METRICS, rows, table: 'my-project.shop.orders', settings: DEFAULT_SETTINGS };
    const bigQuery = strip(compileMetricsQuery(request, BIGQUERY).sql);
    const duckDb = strip(compileMetricsQuery({ ...request }, DUCKDB).sql);
    expect(bigQuery).toHaveLength(duckDb.length);
    const differing = bigQuery.map((line, i) => [line, duckDb[i]]).filter(([a, b]) => a !== b);
    expect(differing.length).toBe(rows === 'week' ? 2 : 1);
    for (const [bq, duck] of differing) {
      expect(bq).toMatch(/DATE\(paid_time, 'America\/Los_Angeles'\)|DATE_TRUNC\(paid_day, WEEK\(MONDAY\)\)/);
      expect(duck).toMatch(/timezone\('America\/Los_Angeles', paid_time\)|dayofweek\(paid_day\)/);
    }
    expect(compileMetricsQuery(request, BIGQUERY).sql).toContain('FROM `my-project.shop.orders`');
  });

  it('loads Paid Time with PARSE_DATETIME in the shop time zone and amounts with REGEXP_REPLACE, the only other spots', () => {
    const headers = sheetValues[0];
    const bigQuery = strip(loadRecipe(headers, 'p-roject.shop.orders_raw', 'p-roject.shop.orders', US_TIMES).typedTableSql);
    const duckDb = strip(loadRecipe(headers, 'p-roject.shop.orders_raw', 'p-roject.shop.orders', US_TIMES, DUCKDB).typedTableSql);
    const differing = bigQuery.filter((line, i) => line !== duckDb[i]);
    const amount =
      "  CAST(REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(NULLIF(TRIM(COLUMN, CONCAT(' ', CHR(9))), ''), r'[^0-9.,()-]', r''), r'^\\((.*)\\)$', r'-\\1'), ',', '') AS NUMERIC) AS COLUMN";
    expect(differing).toEqual([
      `${amount.replace(/COLUMN/g, 'sku_subtotal_after_discount')},`,
      `${amount.replace(/COLUMN/g, 'order_refund_amount')},`,
      "  TIMESTAMP(PARSE_DATETIME('%m/%d/%Y %I:%M:%S %p', NULLIF(TRIM(paid_time, CONCAT(' ', CHR(9))), '')), 'America/Los_Angeles') AS paid_time",
    ]);
  });
});
