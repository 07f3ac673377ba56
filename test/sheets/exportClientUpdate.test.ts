import * as exportPlan from '../../src/core/actions/export/exportPlan';
import { EXPORTS_TAB } from '../../src/core/actions/export/exportsLog';
import { APPENDIX_TITLE } from '../../src/core/report/reportBlocks';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { addDemoTrackerTabs } from '../../src/local/cli/demoCommand';
import { exportToGoogle } from '../../src/sheets/exportClientUpdate';
import { filledWorkbook } from '../core/workbook/clientFixture';
import { SETTINGS_TAB, twoWeekWorkbook } from '../core/report/reportFixture';
import { refreshedAndSignedOff } from '../core/report/signOffFixture';
import { demoBuyerData, personalDataIn } from '../local/demoOutputs';
import {
  FakeBlob,
  FakeCharts,
  FakeDocumentApp,
  FakeExportUi,
  FakeGmailDrafts,
  FakeSlidesApp,
  fakeHtmlService,
  type DocElement,
  type FakeDocument,
} from './fakeDocsServices';

const NOW = new Date('2026-11-23T17:00:00Z');

function services(answers: (string | null | boolean)[]) {
  const fakes = {
    ui: new FakeExportUi(answers),
    html: fakeHtmlService,
    documents: new FakeDocumentApp(),
    slides: new FakeSlidesApp(),
    charts: new FakeCharts(),
    gmail: new FakeGmailDrafts(),
    gmailAsked: 0,
    lockedRuns: 0,
  };
  return {
    fakes,
    services: {
      ...fakes,
      gmail: () => {
        fakes.gmailAsked++;
        return fakes.gmail;
      },
      locked: <T>(action: () => T): T => {
        fakes.lockedRuns++;
        return action();
      },
    },
  };
}

const headings = (doc: FakeDocument): string[] => doc.elements.flatMap((e) => (e.kind === 'paragraph' && e.heading === 'HEADING2' ? [e.text] : []));
const tables = (doc: FakeDocument): Extract<DocElement, { kind: 'table' }>[] =>
  doc.elements.filter((e): e is Extract<DocElement, { kind: 'table' }> => e.kind === 'table');

describe('Export client update (Sheets), through recording fakes of DocumentApp, SlidesApp, Charts and GmailApp', () => {
  it('builds a new Doc and deck named <Client> — WBR — <period>, logs both links and shows them in a dialog', () => {
    const workbook = refreshedAndSignedOff(twoWeekWorkbook());
    const { fakes, services: s } = services(['', false]);
    const urls = exportToGoogle(workbook, s, NOW);

    const [doc] = fakes.documents.documents;
    expect(fakes.documents.documents).toHaveLength(1);
    expect(doc.name).toBe('Glow & Co — WBR — 2026-11-16 – 2026-11-22');
    expect(doc.elements[0]).toMatchObject({ kind: 'paragraph', text: doc.name, heading: 'TITLE' });
    expect(headings(doc)).toEqual([
      'Agenda',
      'Headlines',
      'KPI scorecard',
      'GMV bridge',
      'SKUs that moved GMV most',
      'Account health (2026-10-24 – 2026-11-22 (30 days))',
      'Definitions',
    ]);
    const [scorecard, bridge] = tables(doc);
    expect(scorecard.cells[0]).toEqual(['Metric', 'This period', 'Previous', 'Change', 'Change %', 'Trend']);
    expect(scorecard.cells[1].slice(0, 5)).toEqual(['GMV', '$100.00', '$60.00', '▲ +$40.00', '▲ +66.7%']);
    expect(scorecard.styles[1][3].color).toBe('#137333');
    expect(scorecard.cells).toHaveLength(10);
    expect(scorecard.styles[0].every((style) => style.bold)).toBe(true);
    expect(bridge.cells.map((row) => row[4])).toEqual(['Effect on GMV', '+$17.44', '+$14.28', '+$8.28', '+$40.00']);
    expect(doc.elements.filter((e) => e.kind === 'image')).toEqual([
      { kind: 'image', blob: new FakeBlob('trend-chart.png'), width: 600, height: 250 },
    ]);
    expect(doc.saved).toBe(true);

    const [deck] = fakes.slides.presentations;
    expect(deck.name).toBe(doc.name);
    expect(deck.slides.map((slide) => slide.title())).toEqual([
      'Glow & Co — WBR',
      'Headlines',
      'KPI scorecard: 2026-11-16 – 2026-11-22',
      'GMV bridge',
      'SKUs that moved GMV most',
      'Account health: 2026-10-24 – 2026-11-22 (30 days)',
    ]);
    expect(deck.slides[1].images).toHaveLength(1);
    expect(deck.slides[2].tables[0].cells.map((row) => row[0].text)).toEqual([
      'Metric',
      'GMV',
      'Net GMV',
      'Orders',
      'Units',
      'AOV',
      'CTR',
      'CVR',
      'Refund rate',
      'Cancel rate',
    ]);
    expect(deck.saved).toBe(true);

    expect(fakes.charts.charts).toEqual([
      expect.objectContaining({
        columns: ['Period', 'GMV'],
        rows: [
          ['Nov 9', 60],
          ['Nov 16', 100],
        ],
        title: expect.stringMatching(/; 6 without data$/),
      }),
    ]);
    expect(urls).toEqual(['https://docs.google.com/document/d/fake-doc-1/edit', 'https://docs.google.com/presentation/d/fake-deck-1/edit']);
    const log = workbook.peek(EXPORTS_TAB)!;
    expect(log.slice(2)).toEqual([
      [
        NOW,
        'Mia Chen',
        'WBR',
        '2026-11-16 – 2026-11-22',
        '2026-11-22',
        urls.join('\n'),
        'QA signed off by ana@agency.example at 2026-11-23 08:30.',
        '',
        expect.stringMatching(/^QA signed off by ana@agency.example at 2026-11-23 08:30.\nRead-out refreshed /),
      ],
    ]);
    expect(fakes.lockedRuns).toBe(1);
    expect(fakes.ui.dialogs).toHaveLength(1);
    expect(fakes.ui.dialogs[0].title).toBe('WBR exported');
    for (const url of urls) expect(fakes.ui.dialogs[0].html).toContain(`href="${url}"`);
    expect(fakes.gmail.drafts).toEqual([]);
    expect(fakes.gmailAsked).toBe(0);
  });

  it('never overwrites: a second export is a second Doc and deck, and a second log row', () => {
    const workbook = refreshedAndSignedOff(twoWeekWorkbook());
    const { fakes, services: s } = services(['mbr', false, 'MBR', false]);
    exportToGoogle(workbook, s, NOW);
    exportToGoogle(workbook, s, NOW);
    expect(fakes.documents.documents.map((d) => d.getUrl())).toEqual([
      'https://docs.google.com/document/d/fake-doc-1/edit',
      'https://docs.google.com/document/d/fake-doc-2/edit',
    ]);
    expect(fakes.slides.presentations).toHaveLength(2);
    expect(
      workbook
        .peek(EXPORTS_TAB)!
        .slice(2)
        .map((row) => row[2]),
    ).toEqual(['MBR', 'MBR']);
  });

  it('exports the last complete month for MBR, and the month to date only when the answer asks for it', () => {
    const workbook = refreshedAndSignedOff(twoWeekWorkbook());
    const { fakes, services: s } = services(['MBR', false, 'mbr to date', false]);
    exportToGoogle(workbook, s, NOW);
    exportToGoogle(workbook, s, NOW);
    expect(fakes.documents.documents.map((d) => d.name)).toEqual([
      'Glow & Co — MBR — 2026-10-01 – 2026-10-31',
      'Glow & Co — MBR (month to date) — 2026-11-01 – 2026-11-22',
    ]);
  });

  it('while not signed off: says why, and exports only after a Yes and a reason, which is logged', () => {
    const workbook = twoWeekWorkbook();
    refreshReadout(workbook, { now: NOW });
    const stopped = services(['wbr', false]);
    expect(exportToGoogle(workbook, stopped.services, NOW)).toEqual([]);
    expect(stopped.fakes.ui.asked[1]).toMatch(/^Not signed off: the QA log has no sign-off yet; .*\n\nExport anyway\? You will be asked why/);
    expect([stopped.fakes.documents.documents.length, stopped.fakes.slides.presentations.length]).toEqual([0, 0]);
    expect(workbook.peek(EXPORTS_TAB)).toBeUndefined();

    const blank = services(['wbr', true, '   ']);
    expect(exportToGoogle(workbook, blank.services, NOW)).toEqual([]);
    expect(blank.fakes.ui.asked.pop()).toBe('Not exported: exporting without a sign-off needs a reason.');

    const overridden = services(['wbr', true, 'client call moved to 9 am', false]);
    expect(exportToGoogle(workbook, overridden.services, NOW)).toHaveLength(2);
    const row = workbook.peek(EXPORTS_TAB)![2];
    expect(row[7]).toBe('client call moved to 9 am');
    const overrideLine = 'Exported without a current QA sign-off (the QA log has no sign-off yet). Override reason: client call moved to 9 am.';
    expect(row[8]).toContain(overrideLine);
    // The client copy never says so; the account team's copy (Yes to the appendix) does, and is titled as theirs.
    expect(overridden.fakes.documents.documents[0].texts().join('\n')).not.toMatch(/QA|override/i);
    const internal = services(['wbr', true, 'client call moved to 9 am', true]);
    exportToGoogle(workbook, internal.services, NOW);
    const [doc] = internal.fakes.documents.documents;
    expect(doc.name).toBe('Glow & Co — WBR — 2026-11-16 – 2026-11-22 (internal copy)');
    expect(headings(doc).pop()).toBe(APPENDIX_TITLE);
    expect(doc.texts()).toContain(overrideLine);
    expect(internal.fakes.slides.presentations[0].slides.map((slide) => slide.title()).pop()).toBe(APPENDIX_TITLE);
  });

  it('tells the user when the export is still refused after the override, instead of stopping without a word', () => {
    const workbook = twoWeekWorkbook();
    refreshReadout(workbook, { now: NOW });
    const refused = { ok: false, reason: 'Not signed off: the QA log tab is unreadable; run the QA checklist again.' } as const;
    const prepare = jest.spyOn(exportPlan, 'prepareExport').mockReturnValue(refused);
    try {
      const { fakes, services: s } = services(['wbr', true, 'client call moved', false]);
      expect(exportToGoogle(workbook, s, NOW)).toEqual([]);
      expect(fakes.ui.asked.pop()).toBe(`Not exported: ${refused.reason}`);
      expect(fakes.documents.documents).toEqual([]);
    } finally {
      prepare.mockRestore();
    }
  });

  it('leaves a Gmail draft to the client contacts when Settings asks for one (never sends), and names it in the log', () => {
    const workbook = refreshedAndSignedOff(
      twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.contacts', 'ana@client.example, ops@client.example'], ['client.emailDraft', 'TRUE']] }),
    );
    const { fakes, services: s } = services(['', false]);
    const urls = exportToGoogle(workbook, s, NOW);
    expect(fakes.gmailAsked).toBe(1);
    expect(fakes.gmail.drafts).toHaveLength(1);
    const [draft] = fakes.gmail.drafts;
    expect(draft.to).toBe('ana@client.example,ops@client.example');
    expect(draft.subject).toBe('Glow & Co — WBR — 2026-11-16 – 2026-11-22');
    expect(draft.body).toContain('- GMV rose 66.7% week over week to $100.00 (from $60.00).');
    for (const url of urls) expect(draft.html).toContain(`href="${url}"`);
    expect(String(workbook.peek(EXPORTS_TAB)![2][5]).split('\n').pop()).toBe('Gmail draft to ana@client.example, ops@client.example');
    // The account team's copy (with the internal appendix) is never drafted to the client.
    const internal = services(['', true]);
    exportToGoogle(workbook, internal.services, NOW);
    expect([internal.fakes.gmail.drafts.length, internal.fakes.gmailAsked]).toEqual([0, 0]);
    expect(internal.fakes.documents.documents).toHaveLength(1);
  });

  it('records no buyer name, username, phone, address or message anywhere in the demo’s Doc, deck, chart, draft or dialog', () => {
    const workbook = filledWorkbook();
    addDemoTrackerTabs(workbook);
    refreshReadout(workbook, { now: NOW });
    const { fakes, services: s } = services(['wbr', true, 'demo', false]);
    expect(exportToGoogle(workbook, s, NOW)).toHaveLength(2);
    const recorded = [
      ...fakes.documents.documents.flatMap((d) => d.texts()),
      ...fakes.slides.presentations.flatMap((p) => p.slides.flatMap((slide) => slide.texts())),
      ...fakes.charts.charts.flatMap((c) => [c.title, ...c.rows.map(String)]),
      ...fakes.ui.dialogs.map((d) => d.html),
    ].join('\n');
    expect(recorded).toContain('GMV rose 2.2% week over week');
    const personal = demoBuyerData();
    expect(personal.length).toBeGreaterThan(1000);
    expect(personalDataIn(recorded, personal)).toEqual([]);
  });
});
