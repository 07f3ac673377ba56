import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { setupWorkbook } from '../../src/core/actions/setupWorkbook';
import { generateOrderExport } from '../../src/demo/orderExport';
import { ZipArchive } from '../../src/local/xlsx/zipArchive';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { excelView } from './excelView';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const NOW = new Date('2026-11-23T17:00:00Z');

/** A client's file as Excel saved it: the pasted order export (shared strings), and a tab of the user's with a formula and a width. */
async function clientFile(path: string): Promise<void> {
  const book = new ExcelWorkbook();
  book.addWorksheet('Orders').addRows(generateOrderExport({ seed: 9, endDay: '2026-11-22', days: 28, orders: 300 }));
  const mine = book.addWorksheet('My pivot');
  mine.getCell('A1').value = { formula: 'COUNTA(Orders!A:A)', result: 301 };
  mine.getColumn(1).width = 40;
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
}

describe('a refresh of an .xlsx file', () => {
  it('writes the set-up and read-out tabs and copies every other part byte for byte (the 300-order Orders tab, the user tab, shared strings)', async () => {
    const path = join(folder(), 'client.xlsx');
    await clientFile(path);
    const before = new ZipArchive(readFileSync(path));

    const workbook = await openXlsx(path);
    setupWorkbook(workbook);
    const summary = refreshReadout(workbook, { now: NOW });
    await saveXlsx(workbook, path);

    expect(summary.tabsWritten).toEqual(['TTS · KPIs', 'TTS · SKUs', 'TTS · Health', 'TTS · QA']);
    const after = new ZipArchive(readFileSync(path));
    const kept = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/theme/theme1.xml', 'docProps/core.xml'];
    for (const name of kept) {
      expect([name, before.entries.has(name)]).toEqual([name, true]);
      expect([name, after.raw(after.entries.get(name)!).equals(before.raw(before.entries.get(name)!))]).toEqual([name, true]);
    }

    const excel = await excelView(path);
    expect(excel.getWorksheet('My pivot')!.getCell('A1').value).toEqual({ formula: 'COUNTA(Orders!A:A)', result: 301 });
    expect(excel.getWorksheet('My pivot')!.getColumn(1).width).toBe(40);
    expect(excel.worksheets.map((sheet) => sheet.name)).toContain('TTS · Health');
    const reopened = await openXlsx(path);
    expect(reopened.readTab('TTS · KPIs')?.[0][0]).toBe('TTS · KPIs');
    expect(reopened.ownedTabs()).toEqual(new Set(summary.tabsWritten));
  });
});
