import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { useTempFolder } from './tempFolder';
import { runCli } from '../support/runCli';

const DEMO_CSV = resolve(__dirname, '../../examples/demo-orders.csv');

const run = (...args: string[]): Promise<{ code: number; out: string; err: string }> => runCli(args, { now: new Date('2026-11-23T16:00:00Z') });

describe('tts-ops sql', () => {
  it('reads --week-start as the Settings tab reads weekStart (mon, sun, 1, 0)', async () => {
    const monday = await run('sql', '--metrics', 'GMV', '--rows', 'week', '--week-start', 'monday');
    expect(monday.code).toBe(0);
    expect(monday.out).toContain('SELECT');
    expect((await run('sql', '--metrics', 'GMV', '--rows', 'week', '--week-start', '1')).out).toBe(monday.out);
    expect((await run('sql', '--metrics', 'GMV', '--rows', 'week', '--week-start', '0')).out).toBe(
      (await run('sql', '--metrics', 'GMV', '--rows', 'week', '--week-start', 'sunday')).out,
    );
    expect((await run('sql', '--metrics', 'GMV', '--rows', 'week', '--week-start', 'mon')).out).toBe(monday.out);
    const sunday = await run('sql', '--metrics', 'GMV', '--rows', 'week', '--week-start', 'sun');
    expect(sunday.code).toBe(0);
    expect(sunday.out).not.toBe(monday.out);
    expect(sunday.out).toContain('weeks start on Sunday');
  });

  it('prints one BigQuery query for the metrics by week over the table given', async () => {
    const { code, out } = await run('sql', '--metrics', 'GMV,Orders,AOV,Refund rate', '--rows', 'week', '--table', 'acme-shops.tts.orders');
    expect(code).toBe(0);
    expect(out).toContain('FROM `acme-shops.tts.orders`');
    expect(out).toContain('DATE_TRUNC(paid_day, WEEK(MONDAY))');
    expect(out.match(/ AS `\w+`,?$/gm)).toEqual([' AS `week`,', ' AS `gmv`,', ' AS `orders`,', ' AS `aov`,', ' AS `refund_rate`']);
  });

  it('follows --week-start, --time-zone and a date range', async () => {
    const { out } = await run(
      'sql',
      '--metrics',
      'GMV',
      '--rows',
      'week',
      '--week-start',
      'sunday',
      '--time-zone',
      'Asia/Bangkok',
      '--start',
      '2026-11-01',
      '--end',
      '2026-11-22',
    );
    expect(out).toContain("DATE(`paid_time`, 'Asia/Bangkok')");
    expect(out).toContain('WEEK(SUNDAY)');
    expect(out).toContain("WHERE paid_day >= DATE '2026-11-01' AND paid_day <= DATE '2026-11-22'");
  });

  it('prints the load recipe of an export: bq load with its own header as schema, the typing query, the raw table removed', async () => {
    const { code, out } = await run('sql', '--load', DEMO_CSV, '--table', 'acme-shops.tts.orders');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^bq load --source_format=CSV --skip_leading_rows=2 .* acme-shops:tts\.orders_raw '.*demo-orders\.csv' 'order_id:STRING,order_status:STRING,/m,
    );
    expect(out).toContain('CREATE OR REPLACE TABLE `acme-shops.tts.orders` AS');
    const typing = out.slice(out.indexOf('CREATE OR REPLACE'), out.indexOf('\nSQL\n'));
    expect(out).toMatch(/recipient:STRING.*phone:STRING/);
    expect(typing).toContain('AS `paid_time`');
    expect(typing).not.toMatch(/recipient|phone|address|buyer_username/);
    expect(out).toMatch(/^bq rm -f -t acme-shops:tts\.orders_raw$/m);
  });

  it.each([
    [
      ['--metrics', 'GMV,Sessions', '--rows', 'week'],
      "Unknown metric 'Sessions'. Use one of: GMV, Net GMV, Orders, Units, AOV, CTR, CVR, Refund rate, Cancel rate.",
    ],
    [
      ['--metrics', 'CTR', '--rows', 'week'],
      'CTR needs a product analytics table; the SQL reads the orders table. Use: GMV, Net GMV, Orders, Units, AOV, Refund rate, Cancel rate.',
    ],
    [['--metrics', 'GMV', '--rows', 'week', '--table', 'orders'], "'orders' is not a BigQuery table id: expected project.dataset.table"],
    [['--metrics', 'GMV', '--rows', 'Recipient'], "Rows 'Recipient' is not a column the SQL can group by. Use day, week, month, Order Status,"],
    [['--metrics', 'GMV', '--rows', 'week', '--time-zone', "UTC'; --"], "'UTC'; --' is not a time zone name"],
    [['--rows', 'week'], 'sql needs --metrics'],
    [['--metrics', 'GMV', '--rows', 'week', '--week-start', 'tuesday'], "--week-start must be Monday or Sunday; got 'tuesday'."],
    [['--metrics', 'GMV', '--rows', 'week', '--date-order', 'YMD'], "--date-order must be MDY or DMY; got 'YMD'."],
  ])('refuses %j with one line naming what to use', async (args, message) => {
    const { code, out, err } = await run('sql', ...args);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(message);
  });

  describe('--load of an export whose amounts group thousands with a dot', () => {
    const folder = useTempFolder();
    const header = 'Order ID,Order Status,SKU ID,Quantity,SKU Subtotal After Discount,Paid Time';

    it('reads a German export’s decimal comma from its own amounts', async () => {
      const csv = join(folder(), 'de.csv');
      writeFileSync(csv, `\uFEFF${header}\n578000000000000001,Abgeschlossen,1729000000000001,1,"1.025,90 EUR",04/08/2025 6:54:12 AM\n`);
      const { code, out } = await run('sql', '--load', csv);
      expect(code).toBe(0);
      expect(out).toContain("r'-\\1'), '.', ''), ',', '.') AS NUMERIC) AS `sku_subtotal_after_discount`");
    });

    it('refuses an Indonesian 50.000 nothing settles, naming the cell and --decimal-mark, and follows --decimal-mark', async () => {
      const csv = join(folder(), 'id.csv');
      writeFileSync(csv, `${header}\n579000000000000001,Selesai,1729000000000001,1,50.000,16/10/2026 09:01:00\n`);
      const refused = await run('sql', '--load', csv);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain("row 2, column E 'SKU Subtotal After Discount': an amount that reads as thousands or as decimals");
      expect(refused.err).toContain('give --decimal-mark . or ,.');
      expect((await run('sql', '--load', csv, '--decimal-mark', ',')).out).toContain("'.', ''), ',', '.') AS NUMERIC)");
    });

    it('takes the zone, date order and decimal mark of --market ID, each flag given overriding its own', async () => {
      const csv = join(folder(), 'id-market.csv');
      writeFileSync(csv, `${header}\n579000000000000001,Selesai,1729000000000001,1,50.000,05/10/2026 09:01:00\n`);
      const { code, out } = await run('sql', '--load', csv, '--market', 'ID');
      expect(code).toBe(0);
      expect(out).toContain("PARSE_DATETIME('%d/%m/%Y %H:%M:%S', NULLIF(TRIM(`paid_time`, CONCAT(' ', CHR(9))), '')), 'Asia/Jakarta')");
      expect(out).toContain("'.', ''), ',', '.') AS NUMERIC)");
      const flags = (await run('sql', '--load', csv, '--market', 'ID', '--time-zone', 'Asia/Makassar', '--decimal-mark', '.')).out;
      expect(flags).toContain("'Asia/Makassar')");
      expect(flags).not.toContain("'.', ''), ',', '.')");
      expect((await run('sql', '--metrics', 'GMV', '--rows', 'day', '--market', 'ID')).out).toContain("DATE(`paid_time`, 'Asia/Jakarta')");
    });
  });

  describe('--load of an export whose times are year first', () => {
    const folder = useTempFolder();
    const header = 'Order ID,Order Status,SKU ID,Quantity,SKU Subtotal After Discount,Paid Time';

    it.each([
      ['a Japanese export (--market JP)', '2026/10/03 14:05:00', ['--market', 'JP'], "PARSE_DATETIME('%Y/%m/%d %H:%M:%S'", 'Asia/Tokyo'],
      ['ISO text', '2026-10-03T14:05:00', [], "PARSE_DATETIME('%Y-%m-%dT%H:%M:%S'", 'America/Los_Angeles'],
      ['ISO text with a space', '2026-10-03 14:05:00', ['--time-zone', 'Asia/Tokyo'], "PARSE_DATETIME('%Y-%m-%d %H:%M:%S'", 'Asia/Tokyo'],
    ])('reads %s in its own layout', async (_name, paid, flags, format, zone) => {
      const csv = join(folder(), 'jp.csv');
      writeFileSync(csv, `${header}\r\n580000000000000001,Completed,1729000000000001,1,1200,${paid}\r\n`);
      const { code, out, err } = await run('sql', '--load', csv, ...flags);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toContain(format);
      expect(out).toContain(`'${zone}') AS \`paid_time\``);
    });
  });
});
