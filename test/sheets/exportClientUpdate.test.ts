import * as exportPlan from '../../src/core/actions/export/exportPlan';
import { EXPORTS_TAB } from '../../src/core/actions/export/exportsLog';
import { APPENDIX_TITLE } from '../../src/core/report/reportBlocks';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import type { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { addDemoTrackerTabs } from '../../src/local/cli/demoCommand';
import { deliverToGoogle, exportToGoogle } from '../../src/sheets/exportClientUpdate';
import { DRAFT_NOTE } from '../../src/core/report/draftMark';
import { filledWorkbook } from '../core/workbook/clientFixture';
import { SETTINGS_TAB, twoWeekWorkbook } from '../core/report/reportFixture';
import { refreshedAndSignedOff, withDraft } from '../core/report/signOffFixture';
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
  type FakePresentation,
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

const refreshed = (workbook = twoWeekWorkbook()): MemoryWorkbook => (refreshReadout(workbook, { now: NOW }), workbook);
const kinds = (workbook: MemoryWorkbook): unknown[] =>
  workbook
    .peek(EXPORTS_TAB)!
    .slice(2)
    .map((row) => row[9]);
const deckTexts = (deck: FakePresentation): string[] => deck.slides.flatMap((slide) => slide.texts());

const headings = (doc: FakeDocument): string[] => doc.elements.flatMap((e) => (e.kind === 'paragraph' && e.heading === 'HEADING2' ? [e.text] : []));
const tables = (doc: FakeDocument): Extract<DocElement, { kind: 'table' }>[] =>
  doc.elements.filter((e): e is Extract<DocElement, { kind: 'table' }> => e.kind === 'table');

describe('Export client update (Sheets), through recording fakes of DocumentApp, SlidesApp, Charts and GmailApp', () => {
  it('Export builds the draft without a sign-off: a new Doc and deck marked DRAFT on the title, every page and every slide, logged as a Draft', () => {
    const workbook = refreshed();
    const { fakes, services: s } = services(['', false]);
    const urls = exportToGoogle(workbook, s, NOW);

    const [doc] = fakes.documents.documents;
    expect(fakes.documents.documents).toHaveLength(1);
    expect(doc.name).toBe('DRAFT — Glow & Co — WBR — 2026-11-16 – 2026-11-22');
    expect(doc.header).toEqual([expect.objectContaining({ text: 'DRAFT', style: expect.objectContaining({ bold: true }) })]);
    expect(doc.elements[0]).toMatchObject({ kind: 'paragraph', text: doc.name, heading: 'TITLE' });
    expect(doc.elements[1]).toMatchObject({ kind: 'paragraph', text: DRAFT_NOTE });
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
    // The header row is bolded in one Docs call, not one per column; each coloured cell takes its own.
    expect(scorecard.textEdits).toBe(
      1 +
        scorecard.styles
          .slice(1)
          .flat()
          .filter((style) => style.color).length,
    );
    expect(bridge.cells.map((row) => row[4])).toEqual(['Effect on GMV', '+$17.44', '+$14.28', '+$8.28', '+$40.00']);
    expect(doc.elements.filter((e) => e.kind === 'image')).toEqual([
      { kind: 'image', blob: new FakeBlob('trend-chart.png'), width: 600, height: 250 },
    ]);
    expect(doc.saved).toBe(true);

    const [deck] = fakes.slides.presentations;
    expect(deck.name).toBe(doc.name);
    expect(deck.slides.every((slide) => slide.textBoxes.some((box) => box.range.text === 'DRAFT'))).toBe(true);
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
        '',
        '',
        expect.stringMatching(/^Draft for review: Deliver needs a current QA sign-off.\nRead-out refreshed /),
        'Draft',
        expect.stringMatching(/^[0-9a-f]{16}$/),
      ],
    ]);
    expect(fakes.lockedRuns).toBe(1);
    expect(fakes.ui.dialogs).toHaveLength(1);
    expect(fakes.ui.dialogs[0].title).toBe('WBR draft exported');
    expect(fakes.ui.dialogs[0].html).toContain('then TTS Ops › Deliver client update');
    for (const url of urls) expect(fakes.ui.dialogs[0].html).toContain(`href="${url}"`);
    expect(fakes.gmail.drafts).toEqual([]);
    expect(fakes.gmailAsked).toBe(0);
  });

  it('never overwrites: a second export is a second Doc and deck, and a second log row', () => {
    const workbook = refreshed();
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
    const workbook = refreshed();
    const { fakes, services: s } = services(['MBR', false, 'mbr to date', false]);
    exportToGoogle(workbook, s, NOW);
    exportToGoogle(workbook, s, NOW);
    expect(fakes.documents.documents.map((d) => d.name)).toEqual([
      'DRAFT — Glow & Co — MBR — 2026-10-01 – 2026-10-31',
      'DRAFT — Glow & Co — MBR (month to date) — 2026-11-01 – 2026-11-22',
    ]);
  });

  it('Deliver refuses without a draft of the period, saying how to make one, and creates nothing', () => {
    const workbook = refreshedAndSignedOff(twoWeekWorkbook());
    const { fakes, services: s } = services(['']);
    expect(deliverToGoogle(workbook, s, NOW)).toEqual([]);
    expect(fakes.ui.asked.pop()).toBe(
      'Not delivered: there is no draft of the WBR 2026-11-16 – 2026-11-22 in TTS · Exports; make one with TTS Ops › Export client update, check it and sign off.',
    );
    expect([fakes.documents.documents.length, fakes.slides.presentations.length, fakes.gmailAsked]).toEqual([0, 0, 0]);
  });

  it('Deliver, once the draft is signed off: a new Doc and deck without the mark, the Gmail draft, a Delivered row; the draft untouched', () => {
    const workbook = refreshed(
      twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.contacts', 'ana@client.example, ops@client.example'], ['client.emailDraft', 'TRUE']] }),
    );
    const { fakes, services: s } = services(['', false, '']);
    const drafted = exportToGoogle(workbook, s, NOW);
    expect([fakes.gmailAsked, fakes.gmail.drafts.length]).toEqual([0, 0]);
    const draftTexts = [fakes.documents.documents[0].texts(), deckTexts(fakes.slides.presentations[0])];
    refreshedAndSignedOff(workbook);
    const urls = deliverToGoogle(workbook, s, NOW);

    expect(urls).toEqual(['https://docs.google.com/document/d/fake-doc-2/edit', 'https://docs.google.com/presentation/d/fake-deck-2/edit']);
    expect(urls).not.toEqual(drafted);
    const [draftDoc, doc] = fakes.documents.documents;
    const [draftDeck, deck] = fakes.slides.presentations;
    expect([draftDoc.texts(), deckTexts(draftDeck)]).toEqual(draftTexts);
    expect(doc.name).toBe('Glow & Co — WBR — 2026-11-16 – 2026-11-22');
    expect(doc.header).toEqual([]);
    expect([...doc.texts(), ...deckTexts(deck)].join('\n')).not.toMatch(/DRAFT/);
    expect(fakes.gmailAsked).toBe(1);
    const [draft] = fakes.gmail.drafts;
    expect(draft.to).toBe('ana@client.example,ops@client.example');
    expect(draft.subject).toBe(doc.name);
    expect(draft.body).toContain('- GMV rose 66.7% week over week to $100.00 (from $60.00).');
    for (const url of urls) expect(draft.html).toContain(`href="${url}"`);
    const row = workbook.peek(EXPORTS_TAB)![3];
    expect([row[5], row[6], row[9]]).toEqual([
      [...urls, 'Gmail draft to ana@client.example, ops@client.example'].join('\n'),
      'QA signed off by ana@agency.example at 2026-11-23 08:30 (America/Los_Angeles).',
      'Delivered',
    ]);
    expect(fakes.ui.dialogs.map((d) => d.title)).toEqual(['WBR draft exported', 'WBR delivered']);
    expect(fakes.ui.dialogs[1].html).toContain('A Gmail draft to ana@client.example, ops@client.example is waiting in Drafts (not sent).');
  });

  it('Deliver while not signed off: says why, and delivers only after a Yes and a reason, which is logged', () => {
    const workbook = withDraft(refreshed());
    const stopped = services(['wbr', false]);
    expect(deliverToGoogle(workbook, stopped.services, NOW)).toEqual([]);
    expect(stopped.fakes.ui.asked[1]).toMatch(
      /^Not delivered: the QA log has no sign-off yet; open TTS Ops › Open QA checklist, tick the items and sign off\. Or deliver anyway with a reason: answer Yes below and give a reason\.\n\nDeliver anyway\? You will be asked why/,
    );
    expect([stopped.fakes.documents.documents.length, stopped.fakes.slides.presentations.length]).toEqual([0, 0]);
    expect(kinds(workbook)).toEqual(['Draft']);

    const blank = services(['wbr', true, '   ']);
    expect(deliverToGoogle(workbook, blank.services, NOW)).toEqual([]);
    expect(blank.fakes.ui.asked.pop()).toBe('Not delivered: delivering without a sign-off needs a reason.');

    const overridden = services(['wbr', true, 'client call moved to 9 am']);
    expect(deliverToGoogle(workbook, overridden.services, NOW)).toHaveLength(2);
    const row = workbook.peek(EXPORTS_TAB)![3];
    expect([row[7], row[9]]).toEqual(['client call moved to 9 am', 'Delivered']);
    const overrideLine = 'Delivered without a current QA sign-off (the QA log has no sign-off yet). Override reason: client call moved to 9 am.';
    expect(row[8]).toContain(overrideLine);
    // The client copy never says so.
    expect(overridden.fakes.documents.documents[0].texts().join('\n')).not.toMatch(/QA|override|DRAFT/i);
  });

  it('a second Deliver of the same period and data asks "Deliver again?": No creates nothing, Yes delivers once more', () => {
    const workbook = refreshedAndSignedOff(withDraft(refreshed()));
    const first = services(['wbr']);
    expect(deliverToGoogle(workbook, first.services, NOW)).toHaveLength(2);

    const no = services(['wbr', false]);
    expect(deliverToGoogle(workbook, no.services, NOW)).toEqual([]);
    expect(no.fakes.ui.asked[1]).toBe(
      'Not delivered: the WBR 2026-11-16 – 2026-11-22 was already delivered from this data at 2026-11-23 09:00 (America/Los_Angeles) by Mia Chen (TTS · Exports row 4). ' +
        'To deliver it again: answer Yes below.\n\nDeliver again?',
    );
    expect([no.fakes.documents.documents.length, no.fakes.slides.presentations.length, kinds(workbook)]).toEqual([0, 0, ['Draft', 'Delivered']]);

    const yes = services(['wbr', true]);
    expect(deliverToGoogle(workbook, yes.services, NOW)).toHaveLength(2);
    expect(kinds(workbook)).toEqual(['Draft', 'Delivered', 'Delivered']);
  });

  it("Export's internal copy holds the appendix and is titled as the account team's", () => {
    const workbook = refreshed();
    const internal = services(['wbr', true]);
    exportToGoogle(workbook, internal.services, NOW);
    const [doc] = internal.fakes.documents.documents;
    expect(doc.name).toBe('DRAFT — Glow & Co — WBR — 2026-11-16 – 2026-11-22 (internal copy)');
    expect(headings(doc).pop()).toBe(APPENDIX_TITLE);
    expect(doc.texts()).toContain('Draft for review: Deliver needs a current QA sign-off.');
    expect(internal.fakes.slides.presentations[0].slides.map((slide) => slide.title()).pop()).toBe(APPENDIX_TITLE);
  });

  it('tells the user when the delivery is still refused after the override, instead of stopping without a word', () => {
    const workbook = withDraft(refreshed());
    const refused = { ok: false, reason: 'Not delivered: the QA log tab is unreadable.', overridable: true } as const;
    const prepare = jest.spyOn(exportPlan, 'prepareDelivery').mockReturnValue(refused);
    try {
      const { fakes, services: s } = services(['wbr', true, 'client call moved']);
      expect(deliverToGoogle(workbook, s, NOW)).toEqual([]);
      expect(fakes.ui.asked.pop()).toBe(refused.reason);
      expect(fakes.documents.documents).toEqual([]);
    } finally {
      prepare.mockRestore();
    }
  });

  it('records no buyer name, username, phone, address or message anywhere in the demo’s Doc, deck, chart, draft or dialog', () => {
    const workbook = filledWorkbook();
    addDemoTrackerTabs(workbook);
    refreshReadout(workbook, { now: NOW });
    const { fakes, services: s } = services(['wbr', false, 'wbr', true, 'demo']);
    expect(exportToGoogle(workbook, s, NOW)).toHaveLength(2);
    expect(deliverToGoogle(workbook, s, NOW)).toHaveLength(2);
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
