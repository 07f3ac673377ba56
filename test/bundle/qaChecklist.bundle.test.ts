import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import type { SidebarFunction } from '../../src/core/actions/sidebarContract';
import { generateAnalyticsExport } from '../../src/demo/analyticsExport';
import { generateOrderExport } from '../../src/demo/orderExport';
import { FakeHtmlOutput, fakeSidebarServices } from '../sheets/fakeSidebarServices';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { BUNDLE_PATH, bundleSource, customFunctionStubs } from '../support/loadBundle';

type Globals = Record<string, (...args: unknown[]) => unknown>;

const SIDEBAR_PATH = resolve(__dirname, '../../dist/Sidebar.html');
const OPTIONS = { seed: 3, endDay: '2026-11-22', days: 21, orders: 150 };
const ORDERS = generateOrderExport(OPTIONS);
const ANALYTICS = generateAnalyticsExport(OPTIONS);
/** Every server function the page may call; `satisfies` fails the type check when the contract gains or loses one. */
const CONTRACT = Object.keys({ ttsQaChecklist: true, ttsQaSelect: true, ttsQaSignOff: true } satisfies Record<SidebarFunction, true>);
const ITEMS = ['Deck numbers match the read-out', 'Promo dates match the calendar', 'Client name and period right on every slide'];

/** dist/Code.js in a bare V8 context with the sheet, UI, properties, HTML, lock and session fakes. */
function load(spreadsheet: FakeSpreadsheet, email?: string) {
  const app = fakeAppsScript(spreadsheet);
  const services = fakeSidebarServices(email);
  const context = vm.createContext({
    SpreadsheetApp: app.SpreadsheetApp,
    PropertiesService: app.PropertiesService,
    HtmlService: services.HtmlService,
    LockService: app.LockService,
    Session: services.Session,
  });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return { sheets: context as unknown as Globals, app, services };
}

/** A workbook with the orders and analytics of the same shop and the client named, refreshed: nothing for QA to fault. */
function refreshedSpreadsheet(email?: string) {
  const settings = [
    ['Key', 'Value'],
    ['client.name', 'Glow & Co'],
  ];
  const spreadsheet = new FakeSpreadsheet({ Orders: ORDERS, Analytics: ANALYTICS, Settings: settings });
  const loaded = load(spreadsheet, email);
  loaded.sheets.ttsRefreshReadout();
  loaded.app.lock.calls.length = 0;
  return { spreadsheet, ...loaded };
}

describe('the QA checklist in the built bundle', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH) || !existsSync(SIDEBAR_PATH)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  });

  it('Open QA checklist shows dist/Sidebar.html as a 300 px IFRAME sidebar with its title', () => {
    const { sheets, app, services } = load(new FakeSpreadsheet());
    sheets.ttsOpenQaChecklist();
    expect(services.calls).toEqual(['HtmlService.createHtmlOutputFromFile:Sidebar']);
    expect(app.ui.sidebars).toHaveLength(1);
    const html = app.ui.sidebars[0] as FakeHtmlOutput;
    expect({ file: html.file, title: html.title, width: html.width, sandbox: html.sandbox }).toEqual({
      file: 'Sidebar',
      title: 'TTS Ops · QA checklist',
      width: 300,
      sandbox: 'IFRAME',
    });
  });

  it('registers every server function of the sidebar contract as a top-level function Apps Script can call', () => {
    const { sheets } = load(new FakeSpreadsheet());
    const stubs = customFunctionStubs(bundleSource());
    expect(CONTRACT.filter((name) => !stubs.has(name) || typeof sheets[name] !== 'function')).toEqual([]);
  });

  it('the built Sidebar.html is self-contained: its script and style inlined, no external request', () => {
    const html = readFileSync(SIDEBAR_PATH, 'utf8');
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toContain('/* SCRIPT */');
    expect(html).toContain('google.script.run');
    expect(html).toContain('.group-toggle');
  });

  it('ttsQaChecklist returns the grouped checklist as plain JSON, reading each tab once', () => {
    const { spreadsheet, sheets } = refreshedSpreadsheet();
    spreadsheet.sheet('Orders')!.load([[], [], [], ['x']]); // an edit after the refresh
    spreadsheet.calls.length = 0;
    const view = sheets.ttsQaChecklist() as {
      groups: { name: string; findings: { check: string; tab: string; a1: string }[] }[];
      freshness: { stale: boolean };
    };
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(view.groups.map((g) => g.name)).toEqual(['Accuracy', 'Links', 'Pricing', 'Promo eligibility', 'Compliance']);
    expect(view.freshness.stale).toBe(true);
    expect(view.groups[0].findings[0]).toMatchObject({ check: 'readout-stale', tab: 'TTS · KPIs', a1: 'A3' });
    for (const tab of ['Orders', 'Analytics']) expect(spreadsheet.count('getValues', tab)).toBe(1);
  });

  it("ttsQaSelect selects the finding's cell, and refuses anything but a tab of this workbook and an A1 cell", () => {
    const { spreadsheet, sheets } = refreshedSpreadsheet();
    expect(sheets.ttsQaSelect('Analytics', 'C7')).toBe('Analytics!C7');
    expect(spreadsheet.selection).toBe('Analytics!C7');
    expect(spreadsheet.activeSheet).toBe('Analytics');
    expect(() => sheets.ttsQaSelect('Nope', 'A1')).toThrow("Select: this workbook has no tab 'Nope'; run the checks again.");
    expect(() => sheets.ttsQaSelect('Orders', 'A1:Z9')).toThrow('Select: expected a cell such as B7.');
    expect(() => sheets.ttsQaSelect({ toString: () => 'Orders' }, 'A1')).toThrow('Select: expected a tab name of 1–100 characters.');
    expect(() => sheets.ttsQaSelect('x'.repeat(101), 'A1')).toThrow('Select: expected a tab name');
  });

  it('ttsQaSignOff appends the log row under the document lock, signed by the session user', () => {
    const { spreadsheet, sheets, services, app } = refreshedSpreadsheet();
    const result = sheets.ttsQaSignOff({ ticked: ITEMS, note: 'Week 47' }) as { message: string; view: { signedOff: boolean } };
    expect(result.message).toBe('Signed off by ana@agency.example: TTS · QA log row 4.');
    expect(result.view.signedOff).toBe(true);
    expect(app.lock.calls).toEqual(['tryLock(30000)', 'releaseLock']);
    expect(services.calls).toEqual(['Session.getActiveUser']);
    const log = spreadsheet.sheet('TTS · QA log')!;
    expect(log.metadata).toEqual(['tts-ops-owned']);
    const row = log.snapshot()[3];
    expect(Object.prototype.toString.call(row[0])).toBe('[object Date]'); // a Date of the bundle's realm
    expect(row.slice(1, 2)).toEqual(['ana@agency.example']);
    expect(row.slice(5)).toEqual([0, expect.any(Number), expect.any(Number), ITEMS.join('; '), 'Week 47']);
  });

  it('signs as "unknown" where the domain hides the e-mail; refuses while another sign-off holds the lock', () => {
    const hidden = refreshedSpreadsheet('');
    expect((hidden.sheets.ttsQaSignOff({ ticked: ITEMS, note: '' }) as { message: string }).message).toBe(
      'Signed off by unknown: TTS · QA log row 4.',
    );
    const busy = refreshedSpreadsheet();
    busy.app.lock.heldElsewhere = true;
    expect(() => busy.sheets.ttsQaSignOff({ ticked: ITEMS, note: '' })).toThrow(
      'Another TTS Ops action (yours or a colleague’s) is writing this spreadsheet; try again when it has finished.',
    );
    expect(busy.spreadsheet.sheet('TTS · QA log')).toBeUndefined();
  });

  it('ttsQaSignOff refuses bad arguments and unticked items with one clear line, writing nothing', () => {
    const { spreadsheet, sheets } = refreshedSpreadsheet();
    expect(() => sheets.ttsQaSignOff('all')).toThrow('Sign-off: expected { ticked, note }.');
    expect(() => sheets.ttsQaSignOff({ ticked: 'all', note: '' })).toThrow("Sign-off: 'ticked' must be a list");
    expect(() => sheets.ttsQaSignOff({ ticked: [], note: '', by: 'someone else' })).toThrow("Sign-off: unexpected field 'by'.");
    expect(() => sheets.ttsQaSignOff({ ticked: [], note: 'x'.repeat(2001) })).toThrow("Sign-off: 'note' must be text of at most 2000 characters.");
    expect(() => sheets.ttsQaSignOff({ ticked: ITEMS.slice(1), note: '' })).toThrow(
      'Sign-off refused: not ticked yet: Deck numbers match the read-out.',
    );
    expect(spreadsheet.sheet('TTS · QA log')).toBeUndefined();
  });
});
