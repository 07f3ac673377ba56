import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { XlsxWorkbook } from '../../src/local/xlsx/xlsxWorkbook';
import { useTempFolder } from '../local/tempFolder';
import { runCli } from '../support/runCli';

const folder = useTempFolder();
const NOW = '2026-10-12T09:00:00+07:00';

/** An Indonesian client with one paid order still to ship days after its deadline: the board's digest has a change to tell. */
async function clientWorkbook(): Promise<string> {
  const workbook = new XlsxWorkbook();
  workbook.writeTab({
    name: 'Settings',
    values: [
      ['Key', 'Value'],
      ['client.name', 'Luma'],
      ['client.market', 'ID'],
    ],
  });
  const orders: CellValue[][] = [
    ['Order ID', 'Order Status', 'SKU ID', 'Quantity', 'SKU Subtotal After Discount', 'Paid Time', 'Shipped Time'],
    ['579000000000000004\t', 'Perlu dikirim', '1729000000000002\t', 3, 225000, '06/10/2026 23:59:59\t', '\t'],
  ];
  workbook.writeTab({ name: 'Orders', values: orders });
  const path = join(folder(), 'luma.xlsx');
  await saveXlsx(workbook, path);
  return path;
}

describe('tts-ops board never replaces a file it did not write', () => {
  it('refuses a --digest or --out path holding the user’s file, and replaces its own earlier board and digest', async () => {
    const client = await clientWorkbook();
    const workbook = readFileSync(client);
    const refused = await runCli(['board', client, '--now', NOW, '--digest', client]);
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toContain(`${client} exists and is not a board digest written by tts-ops board; board would replace it.`);
    expect(readFileSync(client).equals(workbook)).toBe(true);

    const out = join(folder(), 'weekly');
    mkdirSync(out);
    writeFileSync(join(out, 'board.csv'), 'Client,Budget\nLuma,1200\n');
    const notes = await runCli(['board', client, '--now', NOW, '--out', out]);
    expect(notes.err).toContain(`${join(out, 'board.csv')} exists and is not a board table written by tts-ops board`);
    expect(readFileSync(join(out, 'board.csv'), 'utf8')).toBe('Client,Budget\nLuma,1200\n');

    const digest = join(folder(), 'digest.eml');
    for (const day of ['2026-10-12', '2026-10-13']) {
      const run = await runCli(['board', client, '--now', `${day}T09:00:00+07:00`, '--out', folder(), '--digest', digest]);
      expect(run).toMatchObject({ code: 0, err: '' });
      expect(run.out).toContain(`Wrote ${digest} (1 change).`);
    }
    expect(readFileSync(join(folder(), 'board.html'), 'utf8')).toContain('<title>Agency board — 2026-10-13</title>');
  }, 60_000);

  it('says in one line, before reading any workbook, that an --out naming a file cannot hold the board', async () => {
    const client = await clientWorkbook();
    const run = await runCli(['board', client, '--now', NOW, '--out', client]);
    expect(run).toMatchObject({ code: 1, out: '' });
    expect(run.err).toBe(`tts-ops: Cannot write into ${client}: it is a file, not a folder; give the folder for the files.\n`);
  }, 60_000);
});
