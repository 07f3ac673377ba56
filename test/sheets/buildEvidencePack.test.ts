import { EXPORTS_TAB } from '../../src/core/actions/export/exportsLog';
import { AppsScriptWorkbook } from '../../src/sheets/appsScriptWorkbook';
import { buildEvidencePackInGoogle } from '../../src/sheets/buildEvidencePack';
import { BUYER, evidenceExport, EXEMPT_DAY } from '../core/health/evidenceExport';
import { FakeCharts, FakeDocumentApp, FakeExportUi, fakeHtmlService } from './fakeDocsServices';
import { fakeAppsScript, FakeSpreadsheet } from './fakeSpreadsheetApp';

const NOW = new Date('2026-11-30T17:00:00Z');

function run(answers: (string | null)[]) {
  const spreadsheet = new FakeSpreadsheet({ Orders: evidenceExport() }, 'America/Los_Angeles');
  const app = fakeAppsScript(spreadsheet);
  const workbook = new AppsScriptWorkbook(spreadsheet, app.properties, app.SpreadsheetApp);
  const fakes = { ui: new FakeExportUi(answers), html: fakeHtmlService, documents: new FakeDocumentApp(), charts: new FakeCharts() };
  let lockedRuns = 0;
  const url = buildEvidencePackInGoogle(workbook, { ...fakes, locked: (action) => (lockedRuns++, action()) }, NOW);
  return { url, spreadsheet, workbook, fakes, lockedRuns };
}

describe('TTS Ops › Build evidence pack… on the Apps Script fakes', () => {
  it('writes TTS · Evidence LDR with a HYPERLINK to each order row, a Google Doc with the chart, and a TTS · Exports row', () => {
    const { url, spreadsheet, workbook, fakes, lockedRuns } = run(['ldr', '2026-11-16 to 2026-11-29', EXEMPT_DAY]);
    expect(url).toBe('https://docs.google.com/document/d/fake-doc-1/edit');
    const tab = spreadsheet.sheet('TTS · Evidence LDR')!;
    const orders = spreadsheet.sheet('Orders')!;
    expect([...tab.formulas.values()]).toEqual(
      [93, 95, 96, 97, 98].map((row) => `=HYPERLINK("#gid=${orders.getSheetId()}&range=A${row}", "Orders!A${row}")`),
    );
    const doc = fakes.documents.documents[0];
    expect(doc.name).toBe('[client name not set] — LDR evidence — 2026-11-16 to 2026-11-29');
    expect(doc.texts()).toContain(
      'LDR 5.1% → 3.1%: within the 4% limit if the 2 disputable orders (Ready to ship before the deadline, collected after it: 1; An announced exemption day inside the SLA: 1) are excused.',
    );
    expect(doc.elements.filter((e) => e.kind === 'image')).toHaveLength(1);
    expect(fakes.charts.charts).toEqual([expect.objectContaining({ kind: 'line', columns: ['Day', 'Daily rate', 'Limit 4%'] })]);
    // 14 days, of which 11 shipped orders (Nov 16 to Nov 25, and Nov 28): days without any are left out of the line.
    expect(fakes.charts.charts[0].rows.map((row) => row[0])).toEqual([...Array.from({ length: 10 }, (_, i) => `Nov ${16 + i}`), 'Nov 28']);
    expect(workbook.readTab(EXPORTS_TAB)!.at(-1)!.slice(2, 6)).toEqual(['Evidence LDR', '2026-11-16 – 2026-11-29', '2026-11-29', url]);
    expect(lockedRuns).toBe(2);
    const everything = JSON.stringify([
      doc.texts(),
      workbook.readTab('TTS · Evidence LDR'),
      [...tab.formulas.values()],
      fakes.ui.dialogs,
      fakes.charts.charts,
    ]);
    for (const value of Object.values(BUYER)) expect(everything).not.toContain(value);
  });

  it('stops without writing anything on a cancelled prompt or a metric it does not build', () => {
    for (const answers of [[null], ['OTDR'], ['VTR', null]]) {
      const { url, spreadsheet, fakes } = run(answers);
      expect([url, spreadsheet.sheet('TTS · Evidence VTR'), fakes.documents.documents.length]).toEqual([undefined, undefined, 0]);
    }
  });

  it('a window day that is not a date is named as the prompt asked for it', () => {
    expect(() => run(['ldr', '2026-11-16 someday', ''])).toThrow("The window's last day must be a date such as 2026-11-22; got 'someday'.");
  });

  it('a window typed with a dash between its days, spaced or not, is read as its first and last day', () => {
    for (const window of ['2026-11-16–2026-11-29', '2026-11-16 — 2026-11-29', '2026-11-16 - 2026-11-29']) {
      expect(run(['ldr', window, '']).fakes.documents.documents[0].name).toBe('[client name not set] — LDR evidence — 2026-11-16 to 2026-11-29');
    }
  });
});
