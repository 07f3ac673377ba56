import { LAST_REFRESH_PROPERTY, refreshReadout } from '../../src/core/actions/refreshReadout';
import { setupWorkbook } from '../../src/core/actions/setupWorkbook';
import { READOUT_TABS } from '../../src/core/workbook/tabNames';
import { AppsScriptWorkbook, OWNED_KEY } from '../../src/sheets/appsScriptWorkbook';
import { demoClient, filledWorkbook, LINKS, NOW, PRODUCTS, PROMOS, ZONE } from '../core/workbook/clientFixture';
import { fakeAppsScript, FakeProperties, FakeSpreadsheet } from './fakeSpreadsheetApp';

const INPUTS = ['Settings', 'Orders', 'Analytics', 'Products', 'Promos', 'Links'];
const READOUTS = Object.values(READOUT_TABS);

function clientSpreadsheet(extra: Record<string, unknown[][]> = {}): {
  spreadsheet: FakeSpreadsheet;
  workbook: AppsScriptWorkbook;
  properties: FakeProperties;
} {
  const { orders, analytics } = demoClient();
  const spreadsheet = new FakeSpreadsheet({ Orders: orders, Analytics: analytics, Products: PRODUCTS, Promos: PROMOS, Links: LINKS, ...extra }, ZONE);
  const app = fakeAppsScript(spreadsheet);
  return { spreadsheet, workbook: new AppsScriptWorkbook(spreadsheet, app.properties, app.SpreadsheetApp), properties: app.properties };
}

describe('AppsScriptWorkbook: a refresh on a spreadsheet', () => {
  const { spreadsheet, workbook, properties } = clientSpreadsheet();
  setupWorkbook(workbook);
  spreadsheet.calls.length = 0;
  spreadsheet.toasts.length = 0;
  refreshReadout(workbook, { now: NOW });

  it('reads each input tab with one getValues and writes each read-out tab with one setValues', () => {
    for (const tab of INPUTS) expect(spreadsheet.count('getValues', tab)).toBe(1);
    expect(spreadsheet.count('getValues')).toBe(INPUTS.length);
    for (const tab of READOUTS) expect(spreadsheet.count('setValues', tab)).toBe(1);
    expect(spreadsheet.count('setValues')).toBe(READOUTS.length);
  });

  it('formats each tab in bulk: one call per kind of format, one per number format, never a cell at a time', () => {
    for (const tab of READOUTS) {
      for (const method of ['clear', 'setBackgrounds', 'setFontWeights', 'setFrozenRows', 'addDeveloperMetadata']) {
        expect([tab, method, spreadsheet.count(method, tab)]).toEqual([tab, method, 1]);
      }
      expect(spreadsheet.count('getRange', tab)).toBe(1);
      expect(spreadsheet.count('RangeList.setNumberFormat', tab)).toBeLessThanOrEqual(8);
    }
    // money, count, percent and the signed money, count, percent and percentage-point changes
    expect(spreadsheet.count('RangeList.setNumberFormat', READOUT_TABS.kpis)).toBe(7);
    expect(spreadsheet.count('getValue') + spreadsheet.count('setValue')).toBe(0);
    expect(spreadsheet.calls.length).toBeLessThan(200);
  });

  it('writes the values and number formats the in-memory workbook gets for the same inputs', () => {
    const memory = filledWorkbook();
    refreshReadout(memory, { now: NOW });
    for (const tab of READOUTS) {
      const content = memory.written(tab)!;
      const links = new Set((content.links ?? []).map((l) => `${l.row},${l.column}`));
      const expected = content.values.map((row, r) => row.map((cell, c) => (links.has(`${r},${c}`) ? '(formula)' : cell)));
      while (expected[expected.length - 1].every((cell) => cell === '')) expected.pop();
      const width = Math.max(...expected.map((row) => row.length));
      const sheet = spreadsheet.sheet(tab)!.snapshot();
      expect(sheet.map((row) => row.concat(new Array(width - row.length).fill('')).slice(0, width))).toEqual(expected);
      const formats = new Map<string, string>();
      content.numberFormats!.forEach((row, r) => row.forEach((format, c) => format && formats.set(`${r + 1},${c + 1}`, format)));
      expect(spreadsheet.sheet(tab)!.numberFormats).toEqual(formats);
    }
  });

  it('links each QA finding to its cell with a HYPERLINK to the source sheet', () => {
    const qa = spreadsheet.sheet(READOUT_TABS.qa)!;
    const formulas = [...qa.formulas.values()];
    const products = spreadsheet.sheet('Products')!;
    expect(formulas).toContain(`=HYPERLINK("#gid=${products.getSheetId()}&range=B4", "Products!B4")`);
    expect(formulas).toHaveLength(9); // the fixture's 4 Products, 2 Promos and 3 Links findings
  });

  it('colours health rows by status and freezes the title lines', () => {
    const health = spreadsheet.sheet(READOUT_TABS.health)!;
    const values = health.snapshot();
    const ldr = values.findIndex((row) => row[0] === 'LDR') + 1;
    expect(health.backgrounds.get(`${ldr},1`)).toBe('#f4cccc');
    expect(health.numberFormats.get(`${ldr},2`)).toBe('0.00%');
    expect(health.frozenRows).toBe(3);
  });

  it('marks the tabs it creates with developer metadata, records the refresh and shows progress as toasts', () => {
    for (const tab of READOUTS) expect(spreadsheet.sheet(tab)!.metadata).toEqual([OWNED_KEY]);
    expect(workbook.ownedTabs()).toEqual(new Set(READOUTS));
    expect(properties.values[LAST_REFRESH_PROPERTY]).toBe(NOW.toISOString());
    expect(spreadsheet.toasts[0]).toBe('Reading the input tabs (1 of 6)');
    expect(spreadsheet.toasts).toContain('Writing TTS · QA (5 of 6)');
  });
});

describe('AppsScriptWorkbook: tabs it does not own', () => {
  it("leaves a user's tab of the same name alone and writes beside it, on every run", () => {
    const { spreadsheet, workbook } = clientSpreadsheet({ 'TTS · Health': [['My health notes']] });
    refreshReadout(workbook, { now: NOW });
    const sheets = spreadsheet.getSheets().map((s) => s.name);
    const second = refreshReadout(workbook, { now: NOW });
    expect(second.tabsWritten).toContain('TTS · Health (2)');
    expect(spreadsheet.getSheets().map((s) => s.name)).toEqual(sheets);
    expect(spreadsheet.sheet('TTS · Health')!.snapshot()).toEqual([['My health notes']]);
    expect(spreadsheet.count('clear', 'TTS · Health')).toBe(0);
    expect(spreadsheet.sheet('TTS · Health')!.metadata).toEqual([]);
  });
});

describe('AppsScriptWorkbook.writeTab', () => {
  it('keeps text as typed: codes with leading zeros, dates and formula-like text stay text', () => {
    const spreadsheet = new FakeSpreadsheet();
    const app = fakeAppsScript(spreadsheet);
    new AppsScriptWorkbook(spreadsheet, app.properties, app.SpreadsheetApp).writeTab({
      name: 'T',
      values: [['00123', '=IMPORTXML("x")', '2026-11-16', 42, null]],
    });
    expect(spreadsheet.sheet('T')!.snapshot()).toEqual([['00123', '=IMPORTXML("x")', '2026-11-16', 42]]);
    expect(spreadsheet.sheet('T')!.formulas.size).toBe(0);
  });

  it('builds each dropdown once per column range and grows the sheet to the rows it validates', () => {
    const spreadsheet = new FakeSpreadsheet();
    const app = fakeAppsScript(spreadsheet);
    const workbook = new AppsScriptWorkbook(spreadsheet, app.properties, app.SpreadsheetApp);
    setupWorkbook(workbook);
    const actions = spreadsheet.sheet('Action items')!;
    expect(actions.validations).toEqual([
      {
        a1: 'B3:B1000',
        rule: { kind: 'list', values: ['Account manager', 'Client', 'Creative', 'Ads', 'Creator partnerships', 'Operations'], allowInvalid: true },
      },
      { a1: 'C3:C1000', rule: { kind: 'date', allowInvalid: false } },
      { a1: 'D3:D1000', rule: { kind: 'list', values: ['Not started', 'In progress', 'Blocked', 'Done'], allowInvalid: false } },
      { a1: 'E3:E1000', rule: { kind: 'list', values: ['High', 'Medium', 'Low'], allowInvalid: false } },
      { a1: 'F3:F1000', rule: { kind: 'list', values: ['WBR', 'MBR', 'QBR', 'Health', 'QA', 'Client request'], allowInvalid: false } },
      { a1: 'H3:H1000', rule: { kind: 'date', allowInvalid: false } },
    ]);
    expect(actions.numberFormats.get('500,3')).toBe('yyyy-mm-dd');
    expect(actions.weights.get('2,1')).toBe('bold');
    expect(actions.frozenRows).toBe(2);
    expect(spreadsheet.sheet('Orders')!.maxColumns).toBe(62);
    expect(spreadsheet.count('setValues')).toBe(11); // one a tab set-up creates, Commentary included
  });

  it('reads a missing tab as undefined without creating it', () => {
    const spreadsheet = new FakeSpreadsheet();
    const app = fakeAppsScript(spreadsheet);
    expect(new AppsScriptWorkbook(spreadsheet, app.properties, app.SpreadsheetApp).readTab('Orders')).toBeUndefined();
    expect(spreadsheet.getSheets()).toEqual([]);
  });
});
