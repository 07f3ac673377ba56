import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { EXPORTS_TAB } from '../../src/core/actions/export/exportsLog';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { analyticsTab, ordersTab, SETTINGS_TAB, TWO_WEEKS } from '../core/report/reportFixture';
import { FakeCharts, FakeDocumentApp, FakeExportUi, FakeGmailDrafts, FakeSlidesApp, fakeHtmlService } from '../sheets/fakeDocsServices';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { BUNDLE_PATH, bundleSource } from '../support/loadBundle';

describe('Export client update in the built bundle', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  /** Runs the menu's export in the bundle with recording fakes of every service it may touch. */
  function exportInBundle(settings: CellValue[][]) {
    const spreadsheet = new FakeSpreadsheet({ Orders: ordersTab(TWO_WEEKS), Analytics: analyticsTab(), Settings: settings }, 'America/Los_Angeles');
    const app = fakeAppsScript(spreadsheet);
    const ui = new FakeExportUi(['WBR', true, 'numbers needed before the QA review', false]);
    const documents = new FakeDocumentApp();
    const slides = new FakeSlidesApp();
    const gmail = new FakeGmailDrafts();
    const scopesAsked: string[][] = [];
    const context = vm.createContext({
      SpreadsheetApp: { ...app.SpreadsheetApp, getUi: () => ui },
      PropertiesService: app.PropertiesService,
      LockService: app.LockService,
      DocumentApp: documents,
      SlidesApp: slides,
      Charts: new FakeCharts(),
      HtmlService: fakeHtmlService,
      ScriptApp: { AuthMode: { FULL: 'FULL' }, requireScopes: (_mode: unknown, scopes: string[]) => scopesAsked.push(scopes) },
      Gmail: {
        Users: { Drafts: { create: (draft: { message: { raw: string } }, user: string) => user === 'me' && gmail.createDraft(draft.message.raw) } },
      },
      Utilities: { Charset: { UTF_8: 'UTF-8' }, base64Encode: gmail.base64Utf8, base64EncodeWebSafe: gmail.base64WebSafe },
    });
    vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
    (context as unknown as Record<string, () => void>).ttsExportClientUpdate();
    return { spreadsheet, ui, documents, slides, gmail, scopesAsked };
  }

  it('the menu function builds the Doc and the deck with the real globals, after a confirmed override, and logs it', () => {
    const { spreadsheet, ui, documents, slides, gmail, scopesAsked } = exportInBundle(SETTINGS_TAB);
    expect(documents.documents.map((d) => d.name)).toEqual(['Glow & Co — WBR — 2026-11-16 – 2026-11-22']);
    // No promotions or trackers in these two weeks: those slides are left out.
    expect(slides.presentations.map((p) => p.slides.length)).toEqual([6]);
    expect(ui.asked[1]).toMatch(/^Not signed off: /);
    const log = spreadsheet.sheet(EXPORTS_TAB)!.snapshot();
    expect(log[2].slice(2, 4)).toEqual(['WBR', '2026-11-16 – 2026-11-22']);
    expect(log[2][7]).toBe('numbers needed before the QA review');
    expect(ui.dialogs.map((d) => d.title)).toEqual(['WBR exported']);
    expect(scopesAsked).toEqual([]);
    expect(gmail.drafts).toEqual([]);
  });

  it('with client.emailDraft, asks for gmail.compose before creating anything, then drafts through the Gmail advanced service', () => {
    const settings = [...SETTINGS_TAB, ['client.contacts', 'ana@client.example'], ['client.emailDraft', 'TRUE']];
    const { documents, gmail, scopesAsked } = exportInBundle(settings);
    expect(scopesAsked).toEqual([['https://www.googleapis.com/auth/gmail.compose']]);
    expect(documents.documents).toHaveLength(1);
    expect(gmail.drafts).toHaveLength(1);
    expect(gmail.drafts[0]).toMatchObject({ to: 'ana@client.example', subject: 'Glow & Co — WBR — 2026-11-16 – 2026-11-22' });
    expect(gmail.drafts[0].html).toContain('<b>Glow &amp; Co — WBR — 2026-11-16 – 2026-11-22</b>');
  });
});
