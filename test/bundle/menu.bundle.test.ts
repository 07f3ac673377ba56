import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { generateOrderExport } from '../../src/demo/orderExport';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { BUNDLE_PATH, bundleSource, customFunctionStubs } from '../support/loadBundle';

type Globals = Record<string, (...args: unknown[]) => unknown>;

/** dist/Code.js in a bare V8 context whose SpreadsheetApp, Ui and PropertiesService are fakes that record calls. */
function loadWithFakes(spreadsheet: FakeSpreadsheet): { sheets: Globals; app: ReturnType<typeof fakeAppsScript> } {
  const app = fakeAppsScript(spreadsheet);
  const context = vm.createContext({ SpreadsheetApp: app.SpreadsheetApp, PropertiesService: app.PropertiesService, LockService: app.LockService });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return { sheets: context as unknown as Globals, app };
}

const MENU = [
  { caption: 'Set up client workbook', functionName: 'ttsSetUpWorkbook' },
  { caption: 'Refresh read-out', functionName: 'ttsRefreshReadout' },
  { caption: 'Run on BigQuery…', functionName: 'ttsRunOnBigQuery' },
  'separator',
  { caption: 'Open QA checklist', functionName: 'ttsOpenQaChecklist' },
  { caption: 'Export client update', functionName: 'ttsExportClientUpdate' },
  'separator',
  { caption: 'About / formula help', functionName: 'ttsAbout' },
];
const MENU_FUNCTIONS = MENU.flatMap((item) => (typeof item === 'string' ? [] : [item.functionName]));

const ORDERS = generateOrderExport({ seed: 3, endDay: '2026-11-22', days: 21, orders: 150 });

describe('the menu in the built bundle', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it.each(['NONE', 'LIMITED', 'FULL'])('onOpen builds the add-on menu in auth mode %s, touching nothing but the UI', (authMode) => {
    const { sheets, app } = loadWithFakes(new FakeSpreadsheet());
    sheets.onOpen({ authMode });
    expect(app.ui.menu).toEqual(MENU);
    expect(app.ui.menuAdded).toBe(true);
    expect(app.services).toEqual(['SpreadsheetApp.getUi']);
  });

  it('onInstall adds the same menu', () => {
    const { sheets, app } = loadWithFakes(new FakeSpreadsheet());
    sheets.onInstall({ authMode: 'FULL' });
    expect(app.ui.menu).toEqual(MENU);
  });

  it('every menu function is a top-level, parameterless function with its JSDoc, and none is a custom function', () => {
    const stubs = customFunctionStubs(bundleSource());
    for (const name of MENU_FUNCTIONS) {
      expect([name, stubs.get(name)?.params]).toEqual([name, []]);
      expect(stubs.get(name)!.jsdoc).not.toContain('@customfunction');
    }
  });

  it('sets up a workbook, then refreshes the read-out from the pasted export, end to end', () => {
    const spreadsheet = new FakeSpreadsheet({}, 'America/New_York');
    const { sheets, app } = loadWithFakes(spreadsheet);
    sheets.ttsSetUpWorkbook();
    expect(spreadsheet.getSheets().map((s) => s.name)).toEqual([
      'Orders',
      'Analytics',
      'Products',
      'Promos',
      'Links',
      'Action items',
      'Risks',
      '30-60-90 plan',
      'Promo calendar',
      'Settings',
    ]);
    expect(app.ui.alerts[0]).toMatch(/^Created: Orders, Analytics, .*Settings\.\nNext: paste the Seller Center order export into Orders/);
    expect(
      spreadsheet
        .sheet('Settings')!
        .snapshot()
        .find((row) => row[0] === 'timeZone')![1],
    ).toBe('America/New_York');

    spreadsheet.sheet('Orders')!.load([['Paste the export below'], ...ORDERS]);
    spreadsheet.calls.length = 0;
    sheets.ttsRefreshReadout();
    for (const tab of ['TTS · KPIs', 'TTS · SKUs', 'TTS · Health', 'TTS · QA']) {
      expect(spreadsheet.count('setValues', tab)).toBe(1);
      expect(spreadsheet.sheet(tab)!.metadata).toEqual(['tts-ops-owned']);
    }
    expect(spreadsheet.count('getValues', 'Orders')).toBe(1);
    expect(spreadsheet.sheet('TTS · KPIs')!.snapshot()[2][0]).toMatch(/^Data through 2026-11-22 \d\d:\d\d, America\/New_York; refreshed /);
    const summary = app.ui.alerts[1];
    expect(summary).toMatch(/^Wrote TTS · KPIs, TTS · SKUs, TTS · Health, TTS · QA\.\nData through 2026-11-22/);
    expect(summary).toMatch(/GMV last 7 days: [\d,]+\.\d\d/);
    expect(summary).toContain('Health: LDR ');
    expect(summary).toContain('QA findings: 0 errors, 0 warnings, 0 notes.');
    expect(spreadsheet.toasts.length).toBeGreaterThanOrEqual(5);
    expect(app.properties.values['tts-ops.lastRefresh']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('shows a message naming the bad Settings row instead of a stack trace', () => {
    const spreadsheet = new FakeSpreadsheet({
      Orders: ORDERS,
      Settings: [
        ['Key', 'Value'],
        ['weekStart', 'Friday'],
      ],
    });
    const { sheets } = loadWithFakes(spreadsheet);
    expect(() => sheets.ttsRefreshReadout()).toThrow("Settings: row 2, column B 'Value': 'weekStart' must be Monday or Sunday; found 'Friday'.");
  });

  it('the coming-next items say what they will do', () => {
    const { sheets, app } = loadWithFakes(new FakeSpreadsheet());
    sheets.ttsOpenQaChecklist();
    sheets.ttsExportClientUpdate();
    sheets.ttsAbout();
    expect(app.ui.alerts[0]).toMatch(/^The QA checklist is coming next/);
    expect(app.ui.alerts[1]).toMatch(/^Export client update is coming next/);
    expect(app.ui.alerts[2]).toContain('=TTS_');
    expect(app.services).not.toContain('SpreadsheetApp.getActiveSpreadsheet');
  });

  it("custom functions compute with the workbook's Settings tab", () => {
    const table = [
      ['Order ID', 'Paid Time', 'SKU Subtotal After Discount'],
      ['1', '11/21/2026 10:00:00 AM', 10],
      ['2', '11/22/2026 10:00:00 AM', 20],
    ];
    const mondays = loadWithFakes(new FakeSpreadsheet()).sheets;
    expect(mondays.TTS_PIVOT(table, 'week', 'GMV')).toEqual([
      ['Week', 'GMV'],
      ['2026-11-16', 30],
      ['Total', 30],
    ]);
    const sundays = loadWithFakes(
      new FakeSpreadsheet({
        Settings: [
          ['Key', 'Value'],
          ['weekStart', 'Sunday'],
        ],
      }),
    ).sheets;
    expect(sundays.TTS_PIVOT(table, 'week', 'GMV')).toEqual([
      ['Week', 'GMV'],
      ['2026-11-15', 10],
      ['2026-11-22', 20],
      ['Total', 30],
    ]);
  });
});
