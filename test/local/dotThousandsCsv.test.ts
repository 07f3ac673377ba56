import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ttsCtr, ttsCvr } from '../../src/core/formulas/kpiFormulas';
import { withSettings } from '../../src/core/settings/settings';
import { DEFAULT_CLIENT } from '../../src/core/workbook/clientProfile';
import { withMarket } from '../../src/core/workbook/settingsTab';
import { readExportFile } from '../../src/local/import/readExportFile';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const indonesia = withMarket({ settings: withSettings(), client: DEFAULT_CLIENT }, 'ID').settings;

/** An Indonesian Analitik Toko CSV: title and filter rows, a blank-headed date column, totals and change rows, dot thousands. */
const ANALITIK_TOKO = [
  'Ringkasan Toko 2026-08-01 ~ 2026-08-02',
  'Semua,Semua,Semua',
  ',GMV,Pengunjung,Pesanan,Pembeli,Impresi produk,Klik produk',
  'Total nilai penjualan,Rp2.050.000,41.000,41,40,825.000,8.250',
  'Perubahan persentase,"5,00%","2,00%","1,00%","1,00%","3,00%","4,00%"',
  '01/08/2026,Rp1.000.000,20.000,20,19,400.000,4.000',
  '02/08/2026,Rp1.050.000,21.000,21,21,425.000,4.250',
].join('\n');

describe('a CSV whose counts group thousands with a dot (Indonesia, Vietnam, the EU)', () => {
  it('keeps 20.000 visitors twenty thousand: CVR and CTR are ratios of the real sums', async () => {
    const csv = join(folder(), 'analitik-toko.csv');
    writeFileSync(csv, '\uFEFF' + ANALITIK_TOKO + '\n');
    const exported = await readExportFile(csv, 'Asia/Jakarta', 'any');
    expect(ttsCvr(exported, '2026-08-01', '2026-08-02', indonesia)).toBeCloseTo(40 / 41_000, 12);
    expect(ttsCtr(exported, '2026-08-01', '2026-08-02', indonesia)).toBeCloseTo(8_250 / 825_000, 12);
  });
});
