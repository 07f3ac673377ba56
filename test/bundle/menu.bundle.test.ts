import { existsSync } from 'node:fs';
import { generateOrderExport } from '../../src/demo/orderExport';
import { FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { loadBundleWithFakes } from '../support/loadBundleWithFakes';
import { BUNDLE_PATH, bundleSource, customFunctionStubs } from '../support/loadBundle';
import { INDONESIAN_DESCRIPTION_ROW, MARKET_ORDER_HEADER } from '../fixtures/marketOrderExport';

const MENU = [
  { caption: 'Set up client workbook', functionName: 'ttsSetUpWorkbook' },
  { caption: 'Refresh read-out', functionName: 'ttsRefreshReadout' },
  { caption: 'Run on BigQuery…', functionName: 'ttsRunOnBigQuery' },
  'separator',
  { caption: 'Connect TikTok Shop…', functionName: 'ttsConnectTikTokShop' },
  { caption: 'Pull orders now', functionName: 'ttsPullOrdersNow' },
  'separator',
  { caption: 'Open QA checklist', functionName: 'ttsOpenQaChecklist' },
  { caption: 'Export client update', functionName: 'ttsExportClientUpdate' },
  { caption: 'Deliver client update', functionName: 'ttsDeliverClientUpdate' },
  { caption: 'Build evidence pack…', functionName: 'ttsBuildEvidencePack' },
  'separator',
  { caption: 'Agency board', functionName: 'ttsSetUpBoard' },
  { caption: 'Refresh board', functionName: 'ttsRefreshBoard' },
  { caption: 'Email me the board digest daily', functionName: 'ttsInstallBoardDigest' },
  { caption: 'Stop the board digest', functionName: 'ttsRemoveBoardDigest' },
  'separator',
  { caption: 'About TTS Ops', functionName: 'ttsAbout' },
];
const MENU_FUNCTIONS = MENU.flatMap((item) => (typeof item === 'string' ? [] : [item.functionName]));

const ORDERS = generateOrderExport({ seed: 3, endDay: '2026-11-22', days: 21, orders: 150 });

describe('the menu in the built bundle', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it.each(['NONE', 'LIMITED', 'FULL'])('onOpen builds the add-on menu in auth mode %s, touching nothing but the UI', (authMode) => {
    const { sheets, app } = loadBundleWithFakes(new FakeSpreadsheet());
    sheets.onOpen({ authMode });
    expect(app.ui.menu).toEqual(MENU);
    expect(app.ui.menuAdded).toBe(true);
    expect(app.services).toEqual(['SpreadsheetApp.getUi']);
  });

  it('onInstall adds the same menu', () => {
    const { sheets, app } = loadBundleWithFakes(new FakeSpreadsheet());
    sheets.onInstall({ authMode: 'FULL' });
    expect(app.ui.menu).toEqual(MENU);
  });

  it('every menu function is a top-level, parameterless function, none a custom function: without JSDoc (Sheets shows only a custom function’s)', () => {
    const stubs = customFunctionStubs(bundleSource());
    for (const name of MENU_FUNCTIONS) expect([name, stubs.get(name)]).toEqual([name, { params: [], jsdoc: '' }]);
    expect(stubs.get('TTS_GMV')!.jsdoc).toContain('@customfunction');
  });

  it('sets up a workbook, then refreshes the read-out from the pasted export, end to end', () => {
    const spreadsheet = new FakeSpreadsheet({}, 'America/New_York');
    const { sheets, app } = loadBundleWithFakes(spreadsheet);
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
      'Commentary',
      'Promo calendar',
      'Settings',
    ]);
    expect(app.ui.alerts[0]).toMatch(/^Created: Orders, Analytics, .*Settings\.\nNext: paste the Seller Center order export into Orders/);
    const settingsRow = (key: string): unknown[] =>
      spreadsheet
        .sheet('Settings')!
        .snapshot()
        .find((row) => row[0] === key)!;
    expect(settingsRow('client.market')[1]).toBe('US'); // proposed from the en_US locale
    expect(settingsRow('timeZone').slice(1, 3)).toEqual(['', 'America/New_York']); // follows the market: the spreadsheet's own US zone

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
    expect(summary).toMatch(/GMV last 7 days: \$[\d,]+\.\d\d \(/);
    expect(summary).toContain('Health: LDR ');
    expect(summary).toMatch(/QA checklist: 1 error, \d+ warnings?, \d+ notes?\./); // the client name left blank: an ERROR, as check counts it
    expect(spreadsheet.toasts.length).toBeGreaterThanOrEqual(5);
    expect(app.properties.values['tts-ops.lastRefresh']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("asks the client's name, account manager and contacts at set-up and writes them into Settings; asks nothing once the client is named", () => {
    const spreadsheet = new FakeSpreadsheet({}, 'America/New_York');
    const { sheets, app } = loadBundleWithFakes(spreadsheet);
    app.ui.answers.push('Glow & Co', 'Mia Chen', 'ana@glow.example, ops@glow.example');
    sheets.ttsSetUpWorkbook();
    const settings = spreadsheet.sheet('Settings')!.snapshot();
    const value = (key: string): unknown => settings.find((row) => row[0] === key)![1];
    expect([value('client.name'), value('client.accountManager'), value('client.contacts')]).toEqual([
      'Glow & Co',
      'Mia Chen',
      'ana@glow.example, ops@glow.example',
    ]);
    expect(app.ui.prompts).toHaveLength(3);
    sheets.ttsSetUpWorkbook();
    expect(app.ui.prompts).toHaveLength(3);
  });

  it('in an Indonesian spreadsheet, proposes market ID and reads a one-day day-first export with it', () => {
    // The export pasted before set-up (set-up leaves an existing Orders tab as it is).
    const pasted = {
      Orders: [
        ['Paste the export below'],
        MARKET_ORDER_HEADER,
        INDONESIAN_DESCRIPTION_ROW,
        ['583870900000000001\t', 'Selesai', '172900000000000011\t', 'SERUM-30', 1, 'Rp 150.000', '03/11/2026 10:15:00\t', '', 0],
        ['583870900000000002\t', 'Dibatalkan', '172900000000000011\t', 'SERUM-30', 2, 'Rp 300.000', '03/11/2026 19:40:00\t', 'Pembatalan', 0],
      ],
    };
    const spreadsheet = new FakeSpreadsheet(pasted, 'Asia/Jakarta', 'id');
    const { sheets, app } = loadBundleWithFakes(spreadsheet);
    sheets.ttsSetUpWorkbook();
    const settings = spreadsheet.sheet('Settings')!.snapshot();
    expect(settings.find((row) => row[0] === 'client.market')![1]).toBe('ID');
    expect(app.ui.alerts[0]).toContain('Market ID (from the spreadsheet’s locale): change it on the Settings tab if the shop sells elsewhere.');
    expect(settings.find((row) => row[0] === 'dateOrder')!.slice(1, 3)).toEqual(['', 'DMY']);
    sheets.ttsRefreshReadout();
    expect(app.ui.alerts[1]).toContain('Data through 2026-11-03 19:40 (Asia/Jakarta).');
    expect(spreadsheet.sheet('TTS · KPIs')!.snapshot()[2][0]).toMatch(/^Data through 2026-11-03 19:40, Asia\/Jakarta; refreshed /);
    expect(app.ui.alerts[1]).toContain('GMV last 7 days: Rp\u00a0450.000 ('); // Rp 150.000 + Rp 300.000: the market's decimal mark settles them, and writes the sum
    expect(app.ui.alerts[1]).toContain('(no previous week to compare; the data starts inside the previous week).'); // never 'previous Rp 0'
    expect(app.ui.alerts[1]).not.toContain('could not be computed');
  });

  it("says so at set-up when the spreadsheet's time zone is not the proposed market's", () => {
    const spreadsheet = new FakeSpreadsheet({}, 'America/Los_Angeles', 'th_TH');
    const { sheets, app } = loadBundleWithFakes(spreadsheet);
    sheets.ttsSetUpWorkbook();
    expect(app.ui.alerts[0]).toContain(
      'Market TH: set File → Settings → Time zone to Asia/Bangkok (now America/Los_Angeles), or type the shop’s zone in the Settings row timeZone.',
    );
  });

  it('shows a message naming the bad Settings row instead of a stack trace', () => {
    const spreadsheet = new FakeSpreadsheet({
      Orders: ORDERS,
      Settings: [
        ['Key', 'Value'],
        ['weekStart', 'Friday'],
      ],
    });
    const { sheets } = loadBundleWithFakes(spreadsheet);
    expect(() => sheets.ttsRefreshReadout()).toThrow("Settings: row 2, column B 'Value': 'weekStart' must be Monday or Sunday; found 'Friday'.");
  });

  it('About explains the formulas without opening the spreadsheet (the QA checklist: test/bundle/qaChecklist.bundle.test.ts)', () => {
    const { sheets, app } = loadBundleWithFakes(new FakeSpreadsheet());
    sheets.ttsAbout();
    expect(app.ui.alerts[0]).toContain('=TTS_');
    expect(app.services).not.toContain('SpreadsheetApp.getActiveSpreadsheet');
  });

  it('custom functions follow the market: a one-week day-first export without times refused without one, read day first with market ID', () => {
    const week = [
      ['Order ID', 'Paid Time', 'SKU Subtotal After Discount'],
      ['1', '03/11/2026', 'Rp 150.000'],
      ['2', '09/11/2026', 'Rp 300.000'],
    ];
    const unset = loadBundleWithFakes(new FakeSpreadsheet({}, 'Asia/Jakarta')).sheets;
    expect(() => unset.TTS_GMV(week, '2026-11-03', '2026-11-03')).toThrow(
      "row 2, column B 'Paid Time': a date that reads as 2026-11-03 (day first) or 2026-03-11 (month first)",
    );
    const indonesia = loadBundleWithFakes(
      new FakeSpreadsheet(
        {
          Settings: [
            ['Key', 'Value'],
            ['client.market', 'ID'],
          ],
        },
        'Asia/Jakarta',
      ),
    ).sheets;
    expect(indonesia.TTS_GMV(week, '2026-11-03', '2026-11-03')).toBe(150000);
    expect(indonesia.TTS_GMV(week, '2026-11-09', '2026-11-09')).toBe(300000);
  });

  it("custom functions compute with the workbook's Settings tab", () => {
    const table = [
      ['Order ID', 'Paid Time', 'SKU Subtotal After Discount'],
      ['1', '11/21/2026 10:00:00 AM', 10],
      ['2', '11/22/2026 10:00:00 AM', 20],
    ];
    const mondays = loadBundleWithFakes(new FakeSpreadsheet()).sheets;
    expect(mondays.TTS_PIVOT(table, 'week', 'GMV')).toEqual([
      ['Week', 'GMV'],
      ['2026-11-16', 30],
      ['Total', 30],
    ]);
    const sundays = loadBundleWithFakes(
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
