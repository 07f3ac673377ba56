import { repeatedRowsFinding } from '../../../src/core/actions/accuracy/repeatedRowsFinding';
import { ttsGmv, ttsOrders } from '../../../src/core/formulas/kpiFormulas';
import { readSalesTable } from '../../../src/core/metrics/readSalesTable';
import { withSettings } from '../../../src/core/settings/settings';
import { DEFAULT_CLIENT } from '../../../src/core/workbook/clientProfile';
import { ANALYTICS_HELP, salesInput } from '../../../src/core/workbook/readout/salesInput';
import { withMarket } from '../../../src/core/workbook/settingsTab';
import type { CellValue } from '../../../src/core/workbook/workbookPort';

const US = withSettings();
const ID = withMarket({ settings: withSettings(), client: DEFAULT_CLIENT }, 'ID').settings;

// A product-level Data Compass export (English): one row per day and product.
const HEADER = ['Date', 'Product name', 'Product ID', 'GMV', 'Orders', 'Product impressions', 'Product clicks'];
const SERUM = ['Hydrating Face Serum', '1729480048230000037'];
const CREAM = ['Vitamin C Face Cream', '1729480056149000074'];
const PRODUCT_ROWS: CellValue[][] = [
  ['2026-08-03', ...SERUM, 311.67, 11, 5500, 220],
  ['2026-08-03', ...CREAM, 116.95, 5, 2500, 100],
  ['2026-08-04', ...SERUM, 200, 8, 4000, 160],
];

// An Indonesian shop analytics export (Analitik Toko): no product column, so one row per day; the date column has no header.
const TOKO_TOP: CellValue[][] = [
  ['Ringkasan Toko 2026-08-10 ~ 2026-08-11'],
  ['Semua', 'Semua', 'Semua'],
  ['', 'GMV', 'Pengunjung', 'Pesanan', 'Persentase konversi', 'Pembeli', 'Produk terjual'],
  ['Total nilai penjualan', 'Rp2.500.000', '1.000', '25', '2,50%', '21', '30'],
  ['Perubahan persentase', '5,00%', '-2,00%', '5,00%', '0,10%', '3,00%', '5,00%'],
];
const TOKO_DAYS: CellValue[][] = [
  ['10/08/2026', 'Rp1.000.000', '400', '10', '2,50%', '9', '12'],
  ['11/08/2026', 'Rp1.500.000', '600', '15', '2,50%', '12', '18'],
];

describe('an Analytics export pasted twice', () => {
  it('counts each day and product once (English product export), and the checklist says so once', () => {
    const twice = [HEADER, ...PRODUCT_ROWS, ...PRODUCT_ROWS];
    expect(ttsGmv(twice, '', '', '', US)).toBe(628.62);
    expect(ttsOrders(twice, '2026-08-03', '2026-08-03', US)).toBe(16);
    // The whole export again, its header line included.
    expect(ttsGmv([HEADER, ...PRODUCT_ROWS, HEADER, ...PRODUCT_ROWS], '', '', '', US)).toBe(628.62);
    const { table } = readSalesTable(twice, 'Analytics') as Extract<ReturnType<typeof readSalesTable>, { kind: 'analytics' }>;
    expect(repeatedRowsFinding(table, 'Analytics', US)).toMatchObject({
      severity: 'INFO',
      a1: 'A5',
      message:
        'Analytics: 3 rows repeat an earlier row of the same day and product (first: row 5, the same as row 2), as when an export is pasted twice; each is counted once.',
    });
    expect(repeatedRowsFinding(readSalesTable([HEADER, ...PRODUCT_ROWS], 'Analytics').table as typeof table, 'Analytics', US)).toBeUndefined();
  });

  it('refuses the same day and product with other values, naming the tab, both rows and the columns that differ, never a value', () => {
    const revised: CellValue[] = ['2026-08-04', ...SERUM, 228.5, 9, 4000, 160];
    const values = [HEADER, ...PRODUCT_ROWS, revised];
    const problem =
      "Analytics: rows 4 and 5 hold the same day and product with different values in column D 'GMV', column E 'Orders'; " +
      'a Data Compass export has one row per day and product, so one of them is not what TikTok Shop reported. Delete the wrong row (or paste each period once), then refresh.';
    expect(salesInput(values, ANALYTICS_HELP, US, 'set up')).toEqual({ ok: false, empty: false, problem, cell: { row: 4, col: 3 } });
    expect(() => ttsGmv(values, '', '', '', US)).toThrow(
      /^Rows 4 and 5 hold the same day and product with different values in column D 'GMV', column E 'Orders'; /,
    );
    expect(problem).not.toMatch(/228|200|Serum/);
    // Another product on the same day is no repeat.
    expect(ttsOrders([HEADER, ...PRODUCT_ROWS, ['2026-08-04', ...CREAM, 50, 2, 900, 40]], '', '', US)).toBe(26);
  });

  it('reads an Indonesian shop export the same way: a day is its key, written dd/mm/yyyy under a blank header', () => {
    expect(ttsGmv([...TOKO_TOP, ...TOKO_DAYS, ...TOKO_DAYS], '', '', '', ID)).toBe(2_500_000);
    expect(ttsOrders([...TOKO_TOP, ...TOKO_DAYS, TOKO_DAYS[1]], '2026-08-11', '2026-08-11', ID)).toBe(15);
    const late = ['11/08/2026', 'Rp1.600.000', '600', '16', '2,50%', '12', '18'];
    expect(() => ttsGmv([...TOKO_TOP, ...TOKO_DAYS, late], '', '', '', ID)).toThrow(
      /^Rows 7 and 8 hold the same day with different values in column B 'GMV', column D 'Pesanan'; a Data Compass export has one row per day, /,
    );
  });
});
