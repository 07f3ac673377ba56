import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { EXPORTS_TAB } from '../../src/core/actions/export/exportsLog';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { analyticsTab, ordersTab, SETTINGS_TAB, TWO_WEEKS } from '../core/report/reportFixture';
import { FakeCharts, FakeDocumentApp, FakeExportUi, FakeGmailDrafts, FakeSlidesApp, fakeHtmlService } from '../sheets/fakeDocsServices';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { BUNDLE_PATH, bundleSource } from '../support/loadBundle';

describe('Export and Deliver client update in the built bundle', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  /** Runs the menu's export (the draft), then Deliver with an override, in the bundle with recording fakes of every service they may touch. */
  function exportInBundle(settings: CellValue[][]) {
    const spreadsheet = new FakeSpreadsheet({ Orders: ordersTab(TWO_WEEKS), Analytics: analyticsTab(), Settings: settings }, 'America/Los_Angeles');
    const app = fakeAppsScript(spreadsheet);
    const ui = new FakeExportUi(['WBR', false, 'WBR', true, 'numbers needed before the QA review']);
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
    (context as unknown as Record<string, () => void>).ttsDeliverClientUpdate();
    return { spreadsheet, ui, documents, slides, gmail, scopesAsked };
  }

  it('the menu functions build the draft, then the delivered Doc and deck after a confirmed override, with the real globals, and log both', () => {
    const { spreadsheet, ui, documents, slides, gmail, scopesAsked } = exportInBundle(SETTINGS_TAB);
    expect(documents.documents.map((d) => d.name)).toEqual([
      'DRAFT — Glow & Co — WBR — 2026-11-16 – 2026-11-22',
      'Glow & Co — WBR — 2026-11-16 – 2026-11-22',
    ]);
    // No promotions or trackers in these two weeks: those slides are left out.
    expect(slides.presentations.map((p) => p.slides.length)).toEqual([6, 6]);
    expect(ui.asked[3]).toMatch(/^Not delivered: the QA log has no sign-off yet; open TTS Ops › Open QA checklist/);
    const log = spreadsheet.sheet(EXPORTS_TAB)!.snapshot();
    expect(log.slice(2).map((row) => [row[2], row[3], row[7], row[9]])).toEqual([
      ['WBR', '2026-11-16 – 2026-11-22', '', 'Draft'],
      ['WBR', '2026-11-16 – 2026-11-22', 'numbers needed before the QA review', 'Delivered'],
    ]);
    expect(ui.dialogs.map((d) => d.title)).toEqual(['WBR draft exported', 'WBR delivered']);
    expect(scopesAsked).toEqual([]);
    expect(gmail.drafts).toEqual([]);
  });

  it('with client.emailDraft, asks for gmail.compose before creating anything, then drafts through the Gmail advanced service', () => {
    const settings = [...SETTINGS_TAB, ['client.contacts', 'ana@client.example'], ['client.emailDraft', 'TRUE']];
    const { documents, gmail, scopesAsked } = exportInBundle(settings);
    expect(scopesAsked).toEqual([['https://www.googleapis.com/auth/gmail.compose']]);
    expect(documents.documents).toHaveLength(2);
    expect(gmail.drafts).toHaveLength(1);
    expect(gmail.drafts[0]).toMatchObject({ to: 'ana@client.example', subject: 'Glow & Co — WBR — 2026-11-16 – 2026-11-22' });
    expect(gmail.drafts[0].html).toContain('<b>Glow &amp; Co — WBR — 2026-11-16 – 2026-11-22</b>');
  });
});
