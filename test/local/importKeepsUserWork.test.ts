import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { importOrders } from '../../src/core/actions/importOrders';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { ZipArchive } from '../../src/local/xlsx/zipArchive';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { excelView } from './excelView';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const HEADER = ['Order ID', 'Order Status', 'SKU ID', 'SKU Subtotal After Discount', 'Paid Time', 'Week (my formula)'];

/** A client workbook as Excel leaves it: a formula, a money format and a width in Orders, and a tab of the user's with a chart-like note. */
async function usersWorkbook(path: string): Promise<void> {
  const book = new ExcelWorkbook();
  const orders = book.addWorksheet('Orders');
  orders.addRow(HEADER);
  orders.addRow(['576000000000000001', 'Shipped', '1729001', 10, '11/16/2026 10:00:00 AM']);
  orders.getCell('F2').value = { formula: 'WEEKNUM(E2)', result: 47 };
  orders.getCell('D2').numFmt = '$#,##0.00';
  orders.getColumn(6).width = 30;
  const notes = book.addWorksheet('My notes');
  notes.getCell('A1').value = { formula: 'SUM(Orders!D:D)', result: 10 };
  notes.getCell('B2').value = 'call the client on Monday';
  notes.getColumn(2).width = 45;
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
}

const exported: CellValue[][] = [
  HEADER.slice(0, 5),
  ['576000000000000001', 'Delivered', '1729001', 10, '11/16/2026 10:00:00 AM'],
  ['576000000000000002', 'Shipped', '1729002', 20, '11/17/2026 09:00:00 AM'],
];

async function importInto(path: string): Promise<void> {
  const workbook = await openXlsx(path);
  const result = importOrders(workbook.readTab('Orders'), exported);
  workbook.updateCells('Orders', result.values);
  await saveXlsx(workbook, path);
}

describe('importing into an Orders tab a user has worked in', () => {
  it('changes only the cells of the lines it adds or updates: formulas, formats and widths stay', async () => {
    const path = join(folder(), 'client.xlsx');
    await usersWorkbook(path);
    await importInto(path);

    const sheet = (await excelView(path)).getWorksheet('Orders')!;
    expect(sheet.getCell('B2').value).toBe('Delivered');
    expect(sheet.getCell('F2').value).toEqual({ formula: 'WEEKNUM(E2)', result: 47 });
    expect(sheet.getCell('D2').numFmt).toBe('$#,##0.00');
    expect(sheet.getColumn(6).width).toBe(30);
    expect(sheet.getCell('A3').value).toBe('576000000000000002');
    expect((await openXlsx(path)).readTab('Orders')).toEqual([
      HEADER,
      ['576000000000000001', 'Delivered', '1729001', 10, '11/16/2026 10:00:00 AM', 47],
      ['576000000000000002', 'Shipped', '1729002', 20, '11/17/2026 09:00:00 AM', ''],
    ]);
  });

  it('copies every part it did not change byte for byte, and leaves the file as it was when nothing is new', async () => {
    const path = join(folder(), 'client.xlsx');
    await usersWorkbook(path);
    const before = new ZipArchive(readFileSync(path));
    await importInto(path);
    const after = new ZipArchive(readFileSync(path));
    const orders = 'xl/worksheets/sheet1.xml';
    const untouched = [...before.entries.keys()].filter((name) => name !== orders && !/calcChain/.test(name));
    expect(untouched).toContain('xl/worksheets/sheet2.xml'); // the user's own tab
    for (const name of untouched) expect([name, after.read(name)?.equals(before.read(name)!)]).toEqual([name, true]);
    expect(after.read(orders)?.equals(before.read(orders)!)).toBe(false);

    const imported = readFileSync(path);
    await importInto(path); // the same export again: every line already there, unchanged
    const again = new ZipArchive(readFileSync(path));
    for (const name of again.entries.keys()) expect([name, again.read(name)?.equals(new ZipArchive(imported).read(name)!)]).toEqual([name, true]);
  });

  it('imports into an Orders tab the user left empty (an empty sheetData), widening the sheet dimension', async () => {
    const path = join(folder(), 'empty.xlsx');
    const book = new ExcelWorkbook();
    book.addWorksheet('Orders');
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
    expect(new ZipArchive(readFileSync(path)).read('xl/worksheets/sheet1.xml')?.toString()).toMatch(/<sheetData\s*\/>/);

    await importInto(path);
    expect((await openXlsx(path)).readTab('Orders')).toEqual([HEADER.slice(0, 5), ...exported.slice(1)]);
    expect(new ZipArchive(readFileSync(path)).read('xl/worksheets/sheet1.xml')?.toString()).toMatch(/<dimension ref="A1:E3"\/>/);
  });
});
