import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook as ExcelWorkbook, type Worksheet } from 'exceljs';
import { withSettings } from '../../src/core/settings/settings';
import { DEFAULT_CLIENT } from '../../src/core/workbook/clientProfile';
import { settingsTabRows } from '../../src/core/workbook/settingsTab';
import type { TabContent } from '../../src/core/workbook/workbookPort';
import { STATE_SHEET } from '../../src/local/xlsx/stateSheet';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { XlsxWorkbook } from '../../src/local/xlsx/xlsxWorkbook';
import { excelView } from './excelView';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

/** Sunday 2026-11-22 23:30 in Los Angeles (PST, UTC-8). */
const LATE_SUNDAY = new Date('2026-11-23T07:30:00Z');

const HEALTH: TabContent = {
  name: 'TTS · Health',
  values: [
    ['TTS · Health', '', '', ''],
    ['Metric', 'Value', 'Status', 'Checked'],
    ['Late dispatch rate', 0.031, 'OK', LATE_SUNDAY],
    ['Valid tracking rate', 0.912, 'AT RISK', LATE_SUNDAY],
    ['Source row', 'Products!B3', true, null],
  ],
  frozenRows: 2,
  headerRows: [1],
  columns: [
    { column: 0, width: 220 },
    { column: 1, numberFormat: '0.0%', fromRow: 2, toRow: 4 },
    { column: 2, validation: { kind: 'list', values: ['OK', 'WATCH', 'AT RISK'] } },
    { column: 3, numberFormat: 'yyyy-mm-dd hh:mm', validation: { kind: 'date' }, toRow: 20 },
  ],
  numberFormats: [[], [], [null, null, null, null], [null, null, null, null], [null, '@', null, null]],
  backgrounds: [[], [], ['#d9ead3', '#d9ead3', '#d9ead3', null], ['#f4cccc', null, null, null], []],
  links: [{ row: 4, column: 1, tab: 'Products', a1: 'B3' }],
};

const fillColor = (sheet: Worksheet, address: string): string | undefined =>
  (sheet.getCell(address).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;

async function roundTrip(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  await saveXlsx(workbook, clientPath());
  return openXlsx(clientPath());
}

const clientPath = (): string => join(folder(), 'client.xlsx');

const validations = (sheet: Worksheet): Record<string, { type: string; formulae?: unknown[]; errorStyle?: string }> =>
  (sheet as Worksheet & { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model;

describe('XlsxWorkbook', () => {
  it('writes a tab in one go and reads it back after a save: values, dates, formats, colours, dropdowns, links', async () => {
    const workbook = new XlsxWorkbook();
    workbook.writeTab({
      name: 'Products',
      values: [
        ['Seller SKU', 'Product name'],
        ['HA-SERUM-30ML', 'Serum'],
      ],
    });
    workbook.writeTab(HEALTH);
    const reopened = await roundTrip(workbook);

    expect(reopened.readTab('TTS · Health')).toEqual(HEALTH.values.map((row) => row.map((cell) => cell ?? '')));
    const sheet = (await excelView(clientPath())).getWorksheet('TTS · Health') as Worksheet;
    // The file holds the shop's wall clock, not UTC.
    expect((sheet.getCell('D3').value as Date).toISOString()).toBe('2026-11-22T23:30:00.000Z');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getCell('B2').font).toMatchObject({ bold: true });
    expect(fillColor(sheet, 'D2')).toBe('FFEFEFEF');
    expect(sheet.getColumn(1).width).toBeCloseTo(220 / 7, 0);
    expect([sheet.getCell('B3').numFmt, sheet.getCell('B4').numFmt, sheet.getCell('B5').numFmt]).toEqual(['0.0%', '0.0%', '@']);
    expect(sheet.getCell('D20').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('D21').numFmt).toBeUndefined();
    expect([fillColor(sheet, 'A3'), fillColor(sheet, 'C3'), fillColor(sheet, 'A4')]).toEqual(['FFD9EAD3', 'FFD9EAD3', 'FFF4CCCC']);
    expect(fillColor(sheet, 'B4')).toBeUndefined();
    const rules = validations(sheet);
    expect(rules.C3).toMatchObject({ type: 'list', formulae: ['"OK,WATCH,AT RISK"'], errorStyle: 'stop' });
    expect(rules.C5).toEqual(rules.C3);
    expect(rules.C2).toBeUndefined(); // never on the header
    expect(rules.C6).toBeUndefined();
    expect(rules.D20).toMatchObject({ type: 'date' });
    expect(sheet.getCell('B5').value).toEqual({ formula: `HYPERLINK("#'Products'!B3","Products!B3")`, result: 'Products!B3' });
  });

  it('keeps ownership and properties in a very hidden sheet that survives a save and is no tab of the port', async () => {
    const workbook = new XlsxWorkbook();
    workbook.writeTab({ name: 'TTS · KPIs', values: [['a']] });
    workbook.writeTab({ name: 'TTS · KPIs (2)', values: [['b']] });
    workbook.markOwned('TTS · KPIs (2)');
    workbook.writeProperties({ 'tts-ops.lastRefresh': '2026-11-23T17:00:00.000Z', 'tts-ops.dataThrough': '' });
    const reopened = await roundTrip(workbook);
    expect(reopened.listTabs()).toEqual(['TTS · KPIs', 'TTS · KPIs (2)']);
    expect(reopened.ownedTabs()).toEqual(new Set(['TTS · KPIs (2)']));
    expect(reopened.readProperties()).toEqual({ 'tts-ops.lastRefresh': '2026-11-23T17:00:00.000Z', 'tts-ops.dataThrough': '' });
    expect((await excelView(clientPath())).getWorksheet(STATE_SHEET)?.state).toBe('veryHidden');
    expect(reopened.readTab(STATE_SHEET)).toBeUndefined();
    expect(() => reopened.writeTab({ name: STATE_SHEET, values: [] })).toThrow(/keeps its state/);
  });

  it('forgets a tab it owned once the user replaces it by hand with a tab of the same name', async () => {
    const workbook = new XlsxWorkbook();
    workbook.writeTab({ name: 'TTS · SKUs', values: [['TTS · SKUs'], ['read-out']] });
    workbook.markOwned('TTS · SKUs');
    const path = join(folder(), 'client.xlsx');
    await saveXlsx(workbook, path);
    // In Excel: delete the tab, add one of your own under the same name.
    const edited = await excelView(path);
    edited.removeWorksheet(edited.getWorksheet('TTS · SKUs')!.id);
    edited.addWorksheet('TTS · SKUs').addRow(['my notes on SKUs']);
    writeFileSync(path, Buffer.from(await edited.xlsx.writeBuffer()));
    expect((await openXlsx(path)).ownedTabs()).toEqual(new Set());
  });

  it('replaces a tab in place: same position, nothing of the old content left', async () => {
    const workbook = new XlsxWorkbook();
    workbook.writeTab({ name: 'Orders', values: [['x']] });
    workbook.writeTab(HEALTH);
    workbook.writeTab({ name: 'Settings', values: [['y']] });
    workbook.writeTab({ name: 'TTS · Health', values: [['Only', 'this']] });
    const reopened = await roundTrip(workbook);
    expect(reopened.listTabs()).toEqual(['Orders', 'TTS · Health', 'Settings']);
    expect(reopened.readTab('TTS · Health')).toEqual([['Only', 'this']]);
    const sheet = (await excelView(clientPath())).getWorksheet('TTS · Health') as Worksheet;
    expect(fillColor(sheet, 'A3')).toBeUndefined();
    expect(validations(sheet)).toEqual({});
  });

  it("reads dates in the Settings tab's time zone", async () => {
    const workbook = new XlsxWorkbook();
    expect(workbook.timeZone()).toBe('America/Los_Angeles');
    const london = { settings: withSettings({ timeZone: 'Europe/London' }), client: DEFAULT_CLIENT };
    workbook.writeTab({ name: 'Settings', values: settingsTabRows(london) });
    expect(workbook.timeZone()).toBe('Europe/London');
    workbook.writeTab({ name: 'Dates', values: [[LATE_SUNDAY]] });
    const reopened = await roundTrip(workbook);
    expect(reopened.timeZone()).toBe('Europe/London');
    expect(reopened.readTab('Dates')).toEqual([[LATE_SUNDAY]]);
    expect(((await excelView(clientPath())).getWorksheet('Dates')?.getCell('A1').value as Date).toISOString()).toBe('2026-11-23T07:30:00.000Z');
  });

  it("ignores a user's own tab named Settings that is not a Key/Value table", () => {
    const workbook = new XlsxWorkbook();
    workbook.writeTab({ name: 'Settings', values: [['My notes'], ['time zone', 'Asia/Tokyo']] });
    expect(workbook.timeZone()).toBe('America/Los_Angeles');
  });

  it('reads what users put in cells as plain values: rich text, formula results, hyperlinks, errors, merged cells', async () => {
    const book = new ExcelWorkbook();
    const sheet = book.addWorksheet('Products');
    sheet.getCell('A1').value = { richText: [{ text: 'Seller ', font: { bold: true } }, { text: 'SKU' }] };
    sheet.getCell('B1').value = 'Price';
    sheet.getCell('A2').value = { text: 'HA-SERUM-30ML', hyperlink: 'https://example.com/serum' };
    sheet.getCell('B2').value = { formula: 'ROUND(19.994,2)', result: 19.99 };
    sheet.getCell('C2').value = { error: '#N/A' };
    sheet.getCell('A3').value = 'merged';
    sheet.mergeCells('A3:C3');
    sheet.getCell('E5').value = '';
    const path = join(folder(), 'user.xlsx');
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
    const values = (await openXlsx(path)).readTab('Products');
    expect(values).toEqual([
      ['Seller SKU', 'Price', ''],
      ['HA-SERUM-30ML', 19.99, '#N/A'],
      ['merged', '', ''],
    ]);
  });

  it('leaves a file it only read byte for byte as it was', async () => {
    const path = join(folder(), 'client.xlsx');
    const workbook = new XlsxWorkbook();
    workbook.writeTab({ name: 'Orders', values: [['Order ID']] });
    await saveXlsx(workbook, path);
    const before = readFileSync(path);
    (await openXlsx(path)).readTab('Orders');
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
