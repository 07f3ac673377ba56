import { ttsGmv, ttsOrders, ttsUnits } from '../../../src/core/formulas/kpiFormulas';
import { ttsPivot } from '../../../src/core/formulas/pivotFormula';
import { withSettings } from '../../../src/core/settings/settings';
import { DEFAULT_CLIENT } from '../../../src/core/workbook/clientProfile';
import { withMarket } from '../../../src/core/workbook/settingsTab';

const settings = withMarket({ settings: withSettings(), client: DEFAULT_CLIENT }, 'ID').settings;

/**
 * An Indonesian Data Compass shop analytics export (Analitik Toko) as Seller Center writes it: the period on row 1, filters on
 * row 2, the header on row 3 with a blank date column, a totals row and a change row above the days.
 */
const ANALITIK_TOKO = [
  ['Ringkasan Toko 2026-08-10 ~ 2026-08-16'],
  ['Semua', 'Semua', 'Semua'],
  ['', 'GMV', 'Pengunjung', 'Pesanan', 'Persentase konversi', 'Pembeli', 'Produk terjual', 'Impresi produk', 'Klik produk'],
  ['Total nilai penjualan', 'Rp3.500.000', '1.400', '35', '2,50%', '30', '42', '20.000', '1.400'],
  ['Perubahan persentase', '5,00%', '-2,00%', '5,00%', '0,10%', '3,00%', '5,00%', '1,00%', '2,00%'],
  ['10/08/2026', 'Rp1.000.000', '400', '10', '2,50%', '9', '12', '6.000', '400'],
  ['11/08/2026', 'Rp1.500.000', '600', '15', '2,50%', '12', '18', '8.000', '600'],
  ['16/08/2026', 'Rp1.000.000', '400', '10', '2,50%', '9', '12', '6.000', '400'],
];

describe('an Indonesian shop analytics export (totals and change rows, blank-headed date column)', () => {
  it('sums the days only: the totals row is not a day and the change row is not 0.05 orders', () => {
    expect(ttsGmv(ANALITIK_TOKO, '', '', '', settings)).toBe(3_500_000);
    expect(ttsOrders(ANALITIK_TOKO, '', '', settings)).toBe(35);
    expect(ttsUnits(ANALITIK_TOKO, '', '', settings)).toBe(42);
  });

  it('reads the blank-headed column of dates as its date column: a date range and a weekly pivot work', () => {
    expect(ttsGmv(ANALITIK_TOKO, '2026-08-11', '2026-08-11', '', settings)).toBe(1_500_000);
    const weekly = ttsPivot(ANALITIK_TOKO, 'week', 'GMV, Orders', '', '', settings);
    expect(weekly.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['2026-08-10', 3_500_000, 35],
      ['Total', 3_500_000, 35],
    ]);
  });

  it('skips a totals or average row in any language, and keeps a product whose name starts with such a word', () => {
    const products = [
      ['Product name', 'GMV', 'Orders'],
      ['Total Glow Serum', 100, 2],
      ['Mask', 50, 1],
      ['Total', 150, 3],
      ['合计', 150, 3],
    ];
    expect(ttsGmv(products, '', '', '', settings)).toBe(150);
  });
});
