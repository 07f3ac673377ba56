import { ttsCancelRate, ttsGmv, ttsOrders } from '../../src/core/formulas/kpiFormulas';
import { marketDefaults } from '../../src/core/settings/marketDefaults';
import { withSettings } from '../../src/core/settings/settings';
import { generateOrderExport } from '../../src/demo/orderExport';
import { generateAnalyticsExport } from '../../src/demo/analyticsExport';
import { indonesianAnalytics, indonesianOrders } from '../../src/demo/indonesiaDemo';

describe('the Indonesian demo client', () => {
  const us = generateOrderExport({ seed: 7, endDay: '2026-11-22', days: 14, orders: 120 });
  const id = indonesianOrders(us);
  const settings = marketDefaults(withSettings(), 'ID').settings;
  const usSettings = marketDefaults(withSettings(), 'US').settings;

  it('keeps the English headers, puts an Indonesian description row under them, and writes Indonesian status words', () => {
    expect(id[0]).toEqual(us[0]);
    expect(id[1][0]).toBe('ID pesanan unik platform.');
    const statuses = new Set(id.slice(2).map((row) => row[1]));
    expect(
      [...statuses].every((status) => ['Belum dibayar', 'Akan dikirim', 'Dikirim', 'Terkirim', 'Selesai', 'Dibatalkan'].includes(String(status))),
    ).toBe(true);
  });

  it('writes times day first on a 24-hour clock: 08:05:09 PM on 22 November is 22/11/2026 20:05:09', () => {
    const paid = us[0].indexOf('Paid Time');
    const row = us.findIndex((line, r) => r > 1 && / PM\t$/.test(String(line[paid])));
    const [month, day, rest] = String(us[row][paid]).split('/');
    const hour = Number(rest.slice(5, 7));
    expect(id[row][paid]).toBe(`${day}/${month}/${rest.slice(0, 4)} ${String((hour % 12) + 12).padStart(2, '0')}${rest.slice(7, 13)}\t`);
  });

  it('is the same shop in Rupiah: 16,000 a dollar, orders and cancel rate unchanged', () => {
    expect(ttsOrders(id, '', '', settings)).toBe(ttsOrders(us, '', '', usSettings));
    expect(ttsCancelRate(id, '', '', settings)).toBe(ttsCancelRate(us, '', '', usSettings));
    const ratio = (ttsGmv(id, '', '', '', settings) as number) / (ttsGmv(us, '', '', '', usSettings) as number);
    expect(Math.abs(ratio - 16_000)).toBeLessThan(16); // each line rounded to Rp 100
    const subtotal = us[0].indexOf('SKU Subtotal After Discount');
    const text = id
      .slice(2)
      .map((row) => row[subtotal])
      .find((cell) => typeof cell === 'string');
    expect(text).toMatch(/^-?Rp \d{1,3}(\.\d{3})*$/);
  });

  it('puts the analytics headers in Indonesian', () => {
    const header = indonesianAnalytics(generateAnalyticsExport({ seed: 7, endDay: '2026-11-22', days: 14, orders: 120 })).find(
      (row) => row[0] === 'Tanggal',
    )!;
    expect(header.slice(0, 9)).toEqual([
      'Tanggal',
      'Nama produk',
      'Product ID',
      'GMV',
      'Pesanan',
      'SKU orders',
      'Produk terjual',
      'Pelanggan',
      'Pengunjung',
    ]);
  });
});
