import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BoardDocument } from '../../src/core/actions/board/agencyBoard';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { renderOrders } from '../../src/demo/orderExport';
import { simulate } from '../../src/demo/simulate';
import { saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { XlsxWorkbook } from '../../src/local/xlsx/xlsxWorkbook';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const NOW = '2026-11-23T09:00:00-08:00';

/** A client workbook from the demo generator (5 weeks to Sunday 22 November); `trouble` 1 is AT RISK, 0.5 healthy. */
async function clientFile(name: string, trouble: number): Promise<string> {
  const workbook = new XlsxWorkbook();
  const settings: CellValue[][] = [
    ['Key', 'Value'],
    ['client.name', name],
    ['client.market', 'US'],
    ['timeZone', 'America/Los_Angeles'],
  ];
  workbook.writeTab({ name: 'Settings', values: settings });
  workbook.writeTab({
    name: 'Orders',
    values: renderOrders(simulate({ seed: 1, endDay: '2026-11-22', days: 35, trouble }).orders, 1) as CellValue[][],
  });
  const path = join(folder(), `${name.toLowerCase().replace(/\W+/g, '-')}.xlsx`);
  await saveXlsx(workbook, path);
  return path;
}

describe('tts-ops board', () => {
  it('prints every client worst first, reads each workbook without writing or locking it, and writes board.html, .csv and .json', async () => {
    const healthy = await clientFile('Healthy Co', 0.5);
    const risk = await clientFile('Risk Co', 1);
    const broken = join(folder(), 'broken.xlsx');
    writeFileSync(broken, 'not a workbook');
    const before = [healthy, risk].map((file) => [readFileSync(file), statSync(file).mtimeMs]);
    const filesBefore = readdirSync(folder()).sort();
    const out = join(folder(), 'board');

    const run = await runCli(['board', healthy, broken, risk, join(folder(), 'missing.xlsx'), '--now', NOW, '--out', out]);
    expect(run).toMatchObject({ code: 0, err: '' });
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/^Client +Market +Data through +LDR +VTR/);
    expect(lines.slice(1, 5).map((line) => line.split(/ {2,}/)[0])).toEqual(['Risk Co', 'Healthy Co', 'broken.xlsx', 'missing.xlsx']);
    expect(lines[1]).toMatch(/AT RISK/);
    expect(lines[3]).toContain('is not an .xlsx workbook');
    expect(lines[4]).toContain('No such file');

    expect([healthy, risk].map((file) => [readFileSync(file), statSync(file).mtimeMs])).toEqual(before);
    expect(readdirSync(folder()).sort()).toEqual([...filesBefore, 'board'].sort());
    const document = JSON.parse(readFileSync(join(out, 'board.json'), 'utf8')) as BoardDocument;
    expect(document.now).toBe('2026-11-23T17:00:00.000Z');
    expect(document.clients.map((client) => client.client)).toEqual(['Risk Co', 'Healthy Co', '', '']);
    expect(readFileSync(join(out, 'board.csv'), 'utf8')).toMatch(
      /^\uFEFFClient,Workbook,Market,Data through,Read-out refreshed,LDR,LDR status,VTR,VTR status,/,
    );
    const html = readFileSync(join(out, 'board.html'), 'utf8');
    expect(html).toContain('<title>Agency board — 2026-11-23</title>');
    expect(html).toContain('<td class="num" style="background:#f4cccc">4.4% AT RISK</td>');

    const json = await runCli(['board', risk, healthy, risk.replace(/[^/]+$/, './$&'), '--now', NOW, '--json']);
    expect((JSON.parse(json.out) as BoardDocument).clients).toEqual(document.clients.slice(0, 2));

    const again = await runCli(['board', risk, healthy, '--now', NOW, '--since', join(out, 'board.json'), '--digest', join(folder(), 'digest.eml')]);
    expect(again.out).toBe(
      `No changes since the board of 2026-11-23T17:00:00.000Z.\nNothing changed: no digest written to ${join(folder(), 'digest.eml')}.\n`,
    );
    expect(existsSync(join(folder(), 'digest.eml'))).toBe(false);
  }, 180_000);

  it('exits 2 when no workbook could be read', async () => {
    const run = await runCli(['board', join(folder(), 'missing.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.out).toContain('No such file');
  });

  it('refuses a --now that is not an ISO date-time with its offset before reading anything (without one it would be this machine’s clock)', async () => {
    for (const now of ['23/11/2026', '2026-11-23T09:00:00']) {
      expect(await runCli(['board', join(folder(), 'missing.xlsx'), '--now', now])).toEqual({
        code: 1,
        out: '',
        err: `tts-ops: --now must be an ISO date-time with its offset, such as 2026-11-23T09:00:00-08:00 or 2026-11-23T17:00:00Z; got '${now}'.\n`,
      });
    }
  });
});
