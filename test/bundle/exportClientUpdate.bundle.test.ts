import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { EXPORTS_TAB } from '../../src/core/report/exportsLog';
import { analyticsTab, ordersTab, SETTINGS_TAB, TWO_WEEKS } from '../core/report/reportFixture';
import { FakeCharts, FakeDocumentApp, FakeExportUi, FakeGmailApp, FakeSlidesApp, fakeHtmlService } from '../sheets/fakeDocsServices';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { BUNDLE_PATH, bundleSource } from '../support/loadBundle';

describe('Export client update in the built bundle', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it('the menu function builds the Doc and the deck with the real globals, after a confirmed override, and logs it', () => {
    const spreadsheet = new FakeSpreadsheet(
      { Orders: ordersTab(TWO_WEEKS), Analytics: analyticsTab(), Settings: SETTINGS_TAB },
      'America/Los_Angeles',
    );
    const app = fakeAppsScript(spreadsheet);
    const ui = new FakeExportUi(['WBR', true, 'numbers needed before the QA review']);
    const documents = new FakeDocumentApp();
    const slides = new FakeSlidesApp();
    const context = vm.createContext({
      SpreadsheetApp: { ...app.SpreadsheetApp, getUi: () => ui },
      PropertiesService: app.PropertiesService,
      LockService: app.LockService,
      DocumentApp: documents,
      SlidesApp: slides,
      Charts: new FakeCharts(),
      GmailApp: new FakeGmailApp(),
      HtmlService: fakeHtmlService,
    });
    vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
    (context as unknown as Record<string, () => void>).ttsExportClientUpdate();
    expect(documents.documents.map((d) => d.name)).toEqual(['Glow & Co — WBR — 2026-11-16 – 2026-11-22']);
    expect(slides.presentations.map((p) => p.slides.length)).toEqual([7]);
    expect(ui.asked[1]).toMatch(/^Not signed off: /);
    const log = spreadsheet.sheet(EXPORTS_TAB)!.snapshot();
    expect(log[2].slice(2, 4)).toEqual(['WBR', '2026-11-16 – 2026-11-22']);
    expect(log[2][7]).toBe('numbers needed before the QA review');
    expect(ui.dialogs.map((d) => d.title)).toEqual(['WBR exported']);
  });
});
