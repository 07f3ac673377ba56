import { importAnalytics } from '../../../src/core/actions/importAnalytics';
import { importSummaryText } from '../../../src/core/actions/importSummary';
import { ttsGmv, ttsOrders } from '../../../src/core/formulas/kpiFormulas';
import { withSettings } from '../../../src/core/settings/settings';
import { DEFAULT_CLIENT } from '../../../src/core/workbook/clientProfile';
import { ANALYTICS_TAB, setupTabContent } from '../../../src/core/workbook/setupTabs';
import { withMarket } from '../../../src/core/workbook/settingsTab';
import type { CellValue } from '../../../src/core/workbook/workbookPort';

const HEADER = ['Date', 'Product name', 'Product ID', 'GMV', 'Orders', 'Product impressions', 'Product clicks'];
const row = (date: string, name: string, id: string, gmv: number, orders: number): CellValue[] => [
  date,
  name,
  id,
  gmv,
  orders,
  orders * 500,
  orders * 20,
];

// Week 1 and week 2 overlap on 2026-08-05; week 2 was exported after a late order of the serum was counted.
const WEEK_1: CellValue[][] = [
  ['Date range: 2026-08-03 ~ 2026-08-05'],
  [],
  HEADER,
  row('2026-08-03', 'Hydrating Face Serum', '1729480048230000037', 311.67, 11),
  row('2026-08-03', 'Vitamin C Face Cream', '1729480056149000074', 116.95, 5),
  row('2026-08-05', 'Hydrating Face Serum', '1729480048230000037', 200, 8),
];
const WEEK_2: CellValue[][] = [
  ['Date range: 2026-08-05 ~ 2026-08-06'],
  [],
  HEADER,
  row('2026-08-05', 'Hydrating Face Serum', '1729480048230000037', 228.5, 9),
  row('2026-08-06', 'Vitamin C Face Cream', '1729480056149000074', 46.78, 2),
];
const settings = withSettings();

describe('importAnalytics', () => {
  it('appends the export under the set-up Analytics header, keeping the header and the instruction', () => {
    const tab = setupTabContent(ANALYTICS_TAB).values;
    const result = importAnalytics(tab, WEEK_1, 'week1.csv', settings);
    expect([result.values[0][0], result.values[1]]).toEqual([tab[0][0], tab[1]]);
    expect(result.values.slice(2).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['2026-08-03', '1729480048230000037', 311.67, 11],
      ['2026-08-03', '1729480056149000074', 116.95, 5],
      ['2026-08-05', '1729480048230000037', 200, 8],
    ]);
    expect(result).toMatchObject({ headerRow: 1, added: 3, duplicates: 0, newColumns: [] });
  });

  it('adds nothing when the same export is imported twice', () => {
    const once = importAnalytics(undefined, WEEK_1, 'export', settings);
    const twice = importAnalytics(once.values, WEEK_1, 'export', settings);
    expect(twice.values).toEqual(once.values);
    expect(twice).toMatchObject({ added: 0, duplicates: 3 });
  });

  it('replaces a day and product already there with the newer values, and counts each day once', () => {
    const first = importAnalytics(undefined, WEEK_1, 'export', settings);
    const second = importAnalytics(first.values, WEEK_2, 'export', settings);
    expect(second).toMatchObject({ added: 1, duplicates: 1 });
    expect(second.values.length).toBe(5);
    // 311.67 + 116.95 + 228.50 (the newer 2026-08-05) + 46.78
    expect(ttsGmv(second.values, '', '', '', settings)).toBeCloseTo(703.9, 2);
    expect(ttsOrders(second.values, '', '', settings)).toBe(27);
  });

  it('matches on product name when the export has no Product ID', () => {
    const byName = WEEK_1.map((r) => r.filter((_, c) => c !== 2));
    const once = importAnalytics(undefined, byName, 'export', settings);
    expect(importAnalytics(once.values, byName, 'export', settings)).toMatchObject({ added: 0, duplicates: 3 });
    expect(once.added).toBe(3);
  });

  it('reads an Indonesian shop export (blank-headed dates, totals and change rows) into an English Analytics tab', () => {
    const ANALITIK_TOKO: CellValue[][] = [
      ['Ringkasan Toko 2026-08-10 ~ 2026-08-11'],
      ['Semua', 'Semua', 'Semua'],
      ['', 'GMV', 'Pengunjung', 'Pesanan', 'Produk terjual', 'Impresi produk', 'Klik produk'],
      ['Total nilai penjualan', 'Rp2.500.000', '1.000', '25', '30', '14.000', '1.000'],
      ['Perubahan persentase', '5,00%', '-2,00%', '5,00%', '5,00%', '1,00%', '2,00%'],
      ['10/08/2026', 'Rp1.000.000', '400', '10', '12', '6.000', '400'],
      ['11/08/2026', 'Rp1.500.000', '600', '15', '18', '8.000', '600'],
    ];
    const id = withMarket({ settings: withSettings(), client: DEFAULT_CLIENT }, 'ID').settings;
    const result = importAnalytics(setupTabContent(ANALYTICS_TAB).values, ANALITIK_TOKO, 'analitik.xlsx', id);
    expect(result).toMatchObject({ added: 2, duplicates: 0, skippedRows: { summaryRows: 2 } });
    const header = result.values[1];
    const dated = result.values.slice(2).map((r) => [r[header.indexOf('Date')], r[header.indexOf('Orders')]]);
    expect(dated).toEqual([
      ['10/08/2026', '10'],
      ['11/08/2026', '15'],
    ]);
    expect(ttsOrders(result.values, '', '', id)).toBe(25);
    expect(importAnalytics(result.values, ANALITIK_TOKO, 'analitik.xlsx', id)).toMatchObject({ added: 0, duplicates: 2 });
    expect(importSummaryText(result, 'analitik.xlsx', 'client.xlsx', 'Analytics')).toBe(
      "Imported analitik.xlsx into client.xlsx (Analytics): read 4 lines; 2 added, 0 updated (already there, replaced by this export's version), 2 skipped (2 totals rows).",
    );
  });

  it('keys a day by the day it is, however each export wrote it: a Vietnamese day imported three ways is counted once', () => {
    const vn = withMarket({ settings: withSettings(), client: DEFAULT_CLIENT }, 'VN').settings;
    // Data Compass shop analytics in Vietnamese (dd/mm/yyyy text in a CSV; date cells once opened and re-saved as .xlsx).
    const shopDays = (first: CellValue, second: CellValue, gmv: number): CellValue[][] => [
      ['Ngày', 'GMV', 'Đơn hàng', 'Khách truy cập', 'Lượt hiển thị sản phẩm', 'Lượt nhấp vào sản phẩm'],
      [first, gmv, 41, 2900, 18000, 650],
      [second, 5120000, 22, 1700, 9000, 310],
    ];
    const csv = importAnalytics(undefined, shopDays('03/11/2026', '04/11/2026', 9870000), 'shop_analytics.csv', vn);
    const xlsx = importAnalytics(
      csv.values,
      shopDays(new Date('2026-11-03T00:00:00+07:00'), new Date('2026-11-04T00:00:00+07:00'), 9990000),
      'shop_analytics.xlsx',
      vn,
    );
    const iso = importAnalytics(xlsx.values, shopDays('2026-11-03', '2026-11-04', 10050000), 'shop_analytics (1).csv', vn);
    expect([xlsx, iso].map(({ added, duplicates }) => [added, duplicates])).toEqual([
      [0, 2],
      [0, 2],
    ]);
    expect(iso.values).toHaveLength(3);
    expect(ttsGmv(iso.values, '', '', '', vn)).toBe(10050000 + 5120000);
  });

  it('refuses an order export by name', () => {
    expect(() =>
      importAnalytics(
        undefined,
        [
          ['Order ID', 'Order Status', 'SKU ID'],
          ['576000000000000001', 'Shipped', '1729'],
        ],
        'export',
        settings,
      ),
    ).toThrow('export is an order export, not a Data Compass analytics export; import a Data Compass analytics export');
  });
});
