import { buildClientUpdate, withAppendix } from '../../../src/core/actions/export/buildClientUpdate';
import type { ClientUpdate } from '../../../src/core/report/clientUpdate';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { renderHtml } from '../../../src/core/report/render/htmlReport';
import { renderMarkdown } from '../../../src/core/report/render/markdownReport';
import { renderDoc } from '../../../src/sheets/render/docRenderer';
import { createSummaryDraft } from '../../../src/sheets/render/gmailDraft';
import { renderDeck } from '../../../src/sheets/render/slidesRenderer';
import { ordersTab, SETTINGS_TAB, TWO_WEEKS } from '../../core/report/reportFixture';
import { filledWorkbook } from '../../core/workbook/clientFixture';
import { FakeBlob, FakeDocumentApp, FakeGmailDrafts, FakeSlidesApp } from '../../sheets/fakeDocsServices';
import { internalTextIn } from '../../support/internalText';

const OVERRIDE = 'Exported without a current QA sign-off (the QA log has no sign-off yet). Override reason: client call in 10 minutes.';
const build = (workbook: MemoryWorkbook): ClientUpdate =>
  buildClientUpdate(workbook, { cadence: 'wbr', now: new Date('2026-11-23T17:00:00Z'), signOffLine: OVERRIDE });

/** Every client-copy renderer's text: HTML, Markdown, Google Doc, Slides deck, Gmail draft. */
function clientCopies(update: ClientUpdate): Record<string, string> {
  const documents = new FakeDocumentApp();
  renderDoc(update, documents, new FakeBlob('chart.png'));
  const slides = new FakeSlidesApp();
  renderDeck(update, slides, new FakeBlob('chart.png'));
  const gmail = new FakeGmailDrafts();
  createSummaryDraft(update, ['ana@client.example'], [{ label: 'Google Doc', url: 'https://docs.google.com/document/d/x/edit' }], gmail);
  return {
    html: renderHtml(update),
    markdown: renderMarkdown(update),
    doc: documents.documents[0].texts().join('\n'),
    slides: slides.presentations[0].slides.flatMap((slide) => slide.texts()).join('\n'),
    gmail: gmail.drafts.map((d) => `${d.subject}\n${d.body}\n${d.html}`).join('\n'),
  };
}

describe('the client copy holds only what the client should read', () => {
  // The demo: an override, LDR late orders (row numbers), an implausible UPS tracking number, the US holiday
  // calendar's citation, no tracker tabs; and two weeks without Analytics (a set-up step to paste it).
  const demo = build(filledWorkbook());
  const noAnalytics = build(new MemoryWorkbook({ Orders: ordersTab(TWO_WEEKS), Settings: SETTINGS_TAB }, 'America/Los_Angeles'));

  it.each([
    ['the demo', demo],
    ['two weeks without Analytics', noAnalytics],
  ])('no renderer writes QA state, overrides, fixes, tab or row references, citations, doc links or filler: %s', (_, update) => {
    for (const [renderer, text] of Object.entries(clientCopies(update))) expect([renderer, internalTextIn(text)]).toEqual([renderer, []]);
  });

  it('keeps every such line for the account team: in the internal notes (logged) and, asked for, the internal copy’s appendix', () => {
    const notes = demo.internal.join('\n');
    for (const kept of [
      OVERRIDE,
      'row 540',
      'text of 10 characters (digits) for UPS; expected 1Z',
      '5 U.S.C. 6103',
      "No 'Risks' tab",
      'docs/CLIENT-UPDATE.md',
    ])
      expect(notes).toContain(kept);
    expect(noAnalytics.internal.join('\n')).toContain("No 'Analytics' tab: set up the client workbook, then paste");
    const internal = clientCopies(withAppendix(demo));
    for (const renderer of ['html', 'markdown', 'doc', 'slides'])
      expect([renderer, internal[renderer]]).toEqual([renderer, expect.stringContaining('row 540')]);
    expect(internalTextIn(internal.gmail)).toEqual([]);
  });

  it('writes health notes the client can read: counts and the warning, without the rows and formats behind them', () => {
    const ldr = demo.health.items.find((item) => item.metric === 'LDR')!;
    expect(ldr.note).toBe(
      '64 of 1411 orders shipped after the 2-business-day SLA (end of day cut-off). Over the 4% limit by 8 late shipments (it allows 56 of 1411).',
    );
  });
});
