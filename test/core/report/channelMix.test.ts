import { buildClientUpdate } from '../../../src/core/actions/export/buildClientUpdate';
import type { ClientUpdate } from '../../../src/core/report/clientUpdate';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { analyticsTab, SETTINGS_TAB, twoWeekWorkbook } from './reportFixture';

const build = (tabs: Record<string, CellValue[][]>): ClientUpdate =>
  buildClientUpdate(twoWeekWorkbook(tabs), { cadence: 'wbr', now: new Date('2026-11-23T17:00:00Z'), signOffLine: '' });
const channelRows = (update: ClientUpdate): string[][] =>
  update.scorecard.rows
    .filter((r) => r.metric.includes(' GMV') && r.metric !== 'Net GMV')
    .map((r) => [r.metric, r.text.current, r.text.previous, r.text.change]);

/** English shop analytics with two channel columns: last week (Nov 9) GMV 60, this week (Nov 16) GMV 100. */
function englishWithChannels(): CellValue[][] {
  const [header, ...days] = analyticsTab();
  const channels: Record<string, [number, number]> = { '2026-11-09': [12, 30], '2026-11-16': [34, 40] };
  return [
    [...header, 'Creator LIVE-attributed GMV', 'Linked account video-attributed GMV'],
    ...days.map((row) => [...row, ...(channels[row[0] as string] ?? [0, 0])]),
  ];
}

/** Indonesian Analitik Toko (period row, filter row, blank-headed dates, totals and change rows), Nov 9–22. */
function analitikToko(): CellValue[][] {
  const channels: Record<number, string[]> = {
    9: ['Rp1.000.000', 'Rp250.000', 'Rp100.000', 'Rp400.000'],
    16: ['Rp2.000.000', 'Rp400.000', 'Rp500.000', 'Rp600.000'],
  };
  const traffic = ['1.000', '20', '5.000', '100'];
  const days = Array.from({ length: 14 }, (_, i) => [`${9 + i}/11/2026`, ...(channels[9 + i] ?? ['Rp0', 'Rp0', 'Rp0', 'Rp0']), ...traffic]);
  return [
    ['Ringkasan Toko 2026-11-09 ~ 2026-11-22'],
    ['Semua', 'Semua', 'Semua'],
    ['', 'GMV', 'GMV dari LIVE kreator', 'GMV LIVE penjual', 'GMV dari video afiliasi', 'Pengunjung', 'Pembeli', 'Impresi produk', 'Klik produk'],
    ['Total nilai penjualan', 'Rp3.000.000', 'Rp650.000', 'Rp600.000', 'Rp1.000.000', '14.000', '280', '70.000', '1.400'],
    ['Perubahan persentase', '100,00%', '60,00%', '400,00%', '50,00%', '0,00%', '0,00%', '0,00%', '0,00%'],
    ...days,
  ];
}

describe('channel mix in the client update', () => {
  it('shows each channel column of an English export: its GMV and its share of Analytics GMV, the share change in points', () => {
    const update = build({ Analytics: englishWithChannels() });
    // Creator LIVE 12 of 60 = 20% → 34 of 100 = 34%; linked account video 30 of 60 = 50% → 40 of 100 = 40%.
    expect(channelRows(update)).toEqual([
      ['Creator LIVE GMV', '$34.00', '$12.00', '+$22.00'],
      ['Creator LIVE share of GMV', '34.00%', '20.00%', '+14.00 pp'],
      ['Linked account video GMV', '$40.00', '$30.00', '+$10.00'],
      ['Linked account video share of GMV', '40.00%', '50.00%', '−10.00 pp'],
    ]);
    expect(update.scorecard.rows.find((r) => r.metric === 'Linked account video share of GMV')).toMatchObject({
      tone: 'neutral',
      changePercent: null,
    });
    expect(update.narrative).toContain('Creator LIVE GMV rose to 34.00% of GMV (+14.00 pp).');
  });

  it('reads the Indonesian Analitik Toko channel columns, days only (the totals and change rows are not days)', () => {
    const update = build({ Analytics: analitikToko(), Settings: [...SETTINGS_TAB, ['client.market', 'ID']] });
    const shares = update.scorecard.rows.filter((r) => r.metric.endsWith('share of GMV')).map((r) => [r.metric, r.current, r.previous]);
    // 250k/1M → 400k/2M; 100k/1M → 500k/2M; 400k/1M → 600k/2M.
    expect(shares).toEqual([
      ['Creator LIVE share of GMV', 0.2, 0.25],
      ['Seller LIVE share of GMV', 0.25, 0.1],
      ['Affiliate video share of GMV', 0.3, 0.4],
    ]);
    expect(update.scorecard.rows.find((r) => r.metric === 'Seller LIVE GMV')!.current).toBe(500_000);
    expect(update.narrative.at(-1)).toMatch(/^Seller LIVE GMV rose to 25,00\s?% of GMV \(\+15,00 pp\)\.$/);
  });

  it('leaves the channel mix out when the export has no channel column', () => {
    const update = build({});
    expect(update.scorecard.rows.filter((r) => r.metric.includes('share of GMV'))).toEqual([]);
    expect(update.narrative.join(' ')).not.toContain('of GMV (');
  });
});
