import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../src/demo/csv';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { MARKET_ORDER_HEADER, INDONESIAN_DESCRIPTION_ROW } from '../fixtures/marketOrderExport';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const at = (name: string): string => join(folder(), name);
const SLOW = 180_000;

const run = (...args: string[]): Promise<{ code: number; out: string; err: string }> => runCli(args, { now: new Date('2026-11-04T02:00:00Z') });

/** One day (3 November 2026) of an Indonesian shop, as its Seller Center exports it: every day ≤ 12, Rupiah, Indonesian words. */
const ONE_DAY_ID = [
  MARKET_ORDER_HEADER,
  INDONESIAN_DESCRIPTION_ROW,
  ['583870900000000001\t', 'Selesai', '172900000000000011\t', 'SERUM-30', 1, 'Rp 150.000', '03/11/2026 10:15:00\t', '', 'Rp 0'],
  ['583870900000000002\t', 'Dibatalkan', '172900000000000022\t', 'MASK-05', 2, 'Rp 300.000', '03/11/2026 19:40:00\t', 'Pembatalan', 'Rp 0'],
  ['583870900000000003\t', 'Selesai', '172900000000000011\t', 'SERUM-30', 1, 'Rp 150.000', '04/11/2026 08:05:00\t', '', 'Rp 0'],
];

describe('tts-ops for a shop outside the US', () => {
  it(
    'set up with --market ID, imports a one-day Indonesian export (saying what it skipped) and refreshes it in Asia/Jakarta',
    async () => {
      writeFileSync(at('orders.csv'), toCsv(ONE_DAY_ID));
      expect((await run('setup', at('client.xlsx'), '--market', 'id')).code).toBe(0);
      const settings = (await openXlsx(at('client.xlsx'))).readTab('Settings')!;
      expect(settings.find((row) => row[0] === 'client.market')![1]).toBe('ID');
      const imported = await run('import-orders', at('orders.csv'), at('client.xlsx'));
      expect(imported.out).toContain(
        "(Orders): read 4 lines; 3 added, 0 updated (already there, replaced by this export's version), 1 skipped (1 description row).",
      );
      const refreshed = await run('refresh', at('client.xlsx'));
      expect(refreshed).toMatchObject({ code: 0, err: '' });
      expect(refreshed.out).toContain('Data through 2026-11-04 08:05 (Asia/Jakarta).');
    },
    SLOW,
  );

  it(
    'refresh exits 1 and prints the first error when the dates settle nothing and no market is set; an empty Orders tab is no error',
    async () => {
      expect((await run('setup', at('client.xlsx'))).code).toBe(0);
      const empty = await run('refresh', at('client.xlsx'), '--out', at('empty.xlsx'));
      expect(empty).toMatchObject({ code: 0, err: '' });
      // Paid Times without a clock (a spreadsheet kept the dates only): nothing in the file settles the order
      const datesOnly = ONE_DAY_ID.map((row) =>
        row.map((cell) => (typeof cell === 'string' ? cell.replace(/^(\d\d\/\d\d\/2026) .*$/s, '$1') : cell)),
      );
      writeFileSync(at('orders.csv'), toCsv(datesOnly));
      expect((await run('import-orders', at('orders.csv'), at('client.xlsx'))).code).toBe(0);
      const refused = await run('refresh', at('client.xlsx'));
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(
        /^tts-ops: \d sections? could not be computed from the data; the first: Orders: row 3, column AC 'Paid Time': a date that reads as 2026-11-03 \(day first\) or 2026-03-11 \(month first\)/,
      );
    },
    SLOW,
  );

  it.each([
    ['TH', 'Asia/Bangkok', ['หมายเลขคำสั่งซื้อเฉพาะของแพลตฟอร์ม', 'เวลาที่ชำระเงิน'], ['สำเร็จแล้ว', 'ยกเลิกแล้ว'], ['฿1,234.00', '฿66.00'], '50.0%'],
    [
      'VN',
      'Asia/Ho_Chi_Minh',
      ['Mã đơn hàng duy nhất của nền tảng.', 'Thời gian thanh toán.'],
      ['Đã hoàn thành', 'Đã hủy'],
      ['₫1.234.567', '₫765.433'],
      '50,0%',
    ],
  ])(
    'a %s export (description row in its script, its status words and money) imports and refreshes in %s',
    async (market, zone, [idText, paidText], [done, cancelled], [first, second], cancelRate) => {
      const exported = [
        MARKET_ORDER_HEADER,
        [idText, '', '', '', '', '', paidText, '', ''],
        ['583870900000000001\t', done, '172900000000000011\t', 'SERUM-30', 1, first, '05/11/2026 10:15:00\t', '', 0],
        ['583870900000000002\t', cancelled, '172900000000000022\t', 'MASK-05', 2, second, '06/11/2026 18:40:00\t', '', 0],
      ];
      writeFileSync(at('orders.csv'), toCsv(exported));
      expect((await run('setup', at('client.xlsx'), '--market', market)).code).toBe(0);
      expect((await run('import-orders', at('orders.csv'), at('client.xlsx'))).out).toContain('read 3 lines; 2 added, 0 updated');
      const refreshed = await run('refresh', at('client.xlsx'));
      expect(refreshed).toMatchObject({ code: 0, err: '' });
      expect(refreshed.out).toContain(`Data through 2026-11-06 18:40 (${zone}).`);
      expect(refreshed.out).toContain(`Cancel rate NOT ENOUGH DATA (${cancelRate})`); // in the market's convention
    },
    SLOW,
  );

  it('refuses an unknown market and --market on a command without one', async () => {
    expect((await run('setup', at('x.xlsx'), '--market', 'XX')).err).toContain("tts-ops: unknown market 'XX'. Markets: US, UK, ID, TH,");
    expect((await run('refresh', at('x.xlsx'), '--market', 'ID')).err).toContain('tts-ops: refresh takes no --market');
    expect((await run('demo', '--market', 'TH')).err).toContain('There is no demo client for TH; demo clients: US, ID.');
  });

  it(
    'demo --market ID refreshes the Indonesian demo client',
    async () => {
      const demo = await run('demo', '--market', 'ID', '--out', at('demo-id.xlsx'));
      expect(demo).toMatchObject({ code: 0, err: '' });
      expect(demo.out).toContain('Data through 2026-11-22 23:47 (Asia/Jakarta).');
      expect(demo.out).toContain('GMV last 7 days: Rp\u00a0242.564.800 (+2,2% WoW; previous Rp\u00a0237.271.000)');
      const settings = (await openXlsx(at('demo-id.xlsx'))).readTab('Settings')!;
      expect(settings.find((row) => row[0] === 'health.holidayCalendar')!.slice(1, 3)).toEqual(['', 'ID']);
    },
    SLOW,
  );
});
