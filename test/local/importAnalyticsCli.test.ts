import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ttsCtr, ttsCvr } from '../../src/core/formulas/kpiFormulas';
import { withSettings } from '../../src/core/settings/settings';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { readExportFile } from '../../src/local/import/readExportFile';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const DEMO_ANALYTICS = resolve(__dirname, '../../examples/demo-analytics.csv');
const folder = useTempFolder();
const run = (...args: string[]): ReturnType<typeof runCli> => runCli(args, { now: new Date('2026-11-24T16:00:00Z') });

describe('tts-ops import of a Data Compass analytics export', () => {
  it('appends it to Analytics of a fresh workbook once, and refresh reads CTR and CVR from it', async () => {
    const client = join(folder(), 'client.xlsx');
    const csv = join(folder(), 'analytics.csv');
    copyFileSync(DEMO_ANALYTICS, csv);
    expect((await run('setup', client)).code).toBe(0);
    const first = await run('import', csv, client);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toMatch(/^Imported analytics\.csv into .*client\.xlsx \(Analytics\): read 1456 lines; 1456 added, 0 updated/);
    expect((await run('import', csv, client)).out).toContain('; 0 added, 1456 updated');

    const before = readFileSync(client);
    const refused = await run('import-orders', csv, client);
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toContain(
      'analytics.csv is a Data Compass analytics export, not an order export; import it with: tts-ops import analytics.csv',
    );
    expect(readFileSync(client).equals(before)).toBe(true);

    expect((await run('refresh', client)).code).toBe(0);
    const workbook = await openXlsx(client);
    await workbook.preload(['TTS · KPIs']);
    const kpis = workbook.readTab('TTS · KPIs') as CellValue[][];
    const exported = await readExportFile(csv, 'UTC', 'any');
    const settings = withSettings();
    // The read-out's latest week (Monday 2026-11-16 to Sunday 2026-11-22), as the core formulas read the export itself.
    const ctr = ttsCtr(exported, '2026-11-16', '2026-11-22', settings);
    const cvr = ttsCvr(exported, '2026-11-16', '2026-11-22', settings);
    expect(kpis.find((row) => row[0] === 'CTR')?.[1]).toBeCloseTo(ctr as number, 9);
    expect(kpis.find((row) => row[0] === 'CVR')?.[1]).toBeCloseTo(cvr as number, 9);
  }, 180_000);
});
