import { buildClientUpdate } from '../../src/core/actions/export/buildClientUpdate';
import { PLAN_TABS } from '../../src/core/workbook/setupTabs';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { APPENDIX_TITLE, SPARK_TO_DATE_NOTE } from '../../src/core/report/reportBlocks';
import { renderDeck } from '../../src/sheets/render/slidesRenderer';
import { ordersTab, SETTINGS_TAB, TWO_WEEKS } from '../core/report/reportFixture';
import { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { FakeBlob, FakeSlidesApp, type FakeSlide } from './fakeDocsServices';

const planTab = (name: string, rows: CellValue[][]): CellValue[][] => {
  const layout = PLAN_TABS.find((t) => t.name === name)!;
  return [[layout.instruction], layout.headers.slice(), ...rows];
};

/** The two hand-checked weeks without an Analytics tab, one action overdue on the as-of day 2026-11-22, one promotion in the week and none ahead. */
function deck(): FakeSlide[] {
  const workbook = new MemoryWorkbook(
    {
      Orders: ordersTab(TWO_WEEKS),
      Settings: SETTINGS_TAB,
      'Promo calendar': planTab('Promo calendar', [['Serum week', 'Campaign', '2026-11-18', '2026-11-20', 'A', 0.2, 'Account manager', 'Done', '']]),
      Commentary: planTab('Commentary', [
        ['2026-11-16', 'Headlines', 'Serum stock is back for Black Friday.'],
        ['2026-11-16', 'Account health', 'A second carrier starts on Monday.'],
      ]),
      'Action items': planTab('Action items', [
        ['Fix listings', 'Account manager', '2026-11-20', 'In progress', 'High', 'QA', '', ''],
        ['Brief creators', 'Creator partnerships', '2026-11-25', 'Not started', 'Medium', 'WBR', '', ''],
      ]),
    },
    'America/Los_Angeles',
  );
  const update = buildClientUpdate(workbook, { cadence: 'wbr', now: new Date('2026-11-23T17:00:00Z'), signOffLine: 'QA signed off.' });
  const slides = new FakeSlidesApp();
  renderDeck(update, slides, new FakeBlob('trend-chart.png'));
  return slides.presentations[0].slides;
}

const slideTitled = (slides: FakeSlide[], title: string): FakeSlide => slides.find((slide) => slide.title().startsWith(title))!;

describe('the Slides deck shows the report’s own cells', () => {
  const slides = deck();

  it('writes the scorecard’s arrows beside its colours, so direction never rests on colour alone, and “no data” where the report does', () => {
    const [table] = slideTitled(slides, 'KPI scorecard').tables;
    const texts = table.cells.map((row) => row.map((cell) => cell.text));
    expect(texts[0]).toEqual(['Metric', 'This period', 'Previous', 'Change', 'Change %', 'Trend']);
    expect(texts[1].slice(0, 5)).toEqual(['GMV', '$100.00', '$60.00', '▲ +$40.00', '▲ +66.7%']);
    expect(table.cells[1][3].style.color).toBe('#137333');
    const ctr = texts.find((row) => row[0] === 'CTR')!;
    expect(ctr.slice(0, 4)).toEqual(['CTR', 'no data', '', '']);
  });

  it('flags an overdue action in words and red, and leaves out the empty trackers and why (internal), as the Doc does', () => {
    const next = slideTitled(slides, 'Next steps');
    const [table] = next.tables;
    expect(table.cells.map((row) => row.map((cell) => cell.text))).toEqual([
      ['', 'What', 'Owner', 'Due', 'Status'],
      ['Action', 'Fix listings', 'Account manager', '2026-11-20 OVERDUE', 'In progress'],
      ['Action', 'Brief creators', 'Creator partnerships', '2026-11-25', 'Not started'],
    ]);
    expect(table.cells[1][3].style.color).toBe('#b3261e');
    expect(next.textBoxes).toEqual([]);
  });

  it('puts the account team’s words under the headlines and on a slide of their own for the other sections', () => {
    expect(slideTitled(slides, 'Headlines').textBoxes[0].range.text.split('\n').pop()).toBe('Serum stock is back for Black Friday.');
    expect(slideTitled(slides, 'From the account team').textBoxes.map((box) => box.range.text)).toEqual([
      'Account health: A second carrier starts on Monday.',
    ]);
  });

  it('says why the GMV bridge is missing, in the report’s words', () => {
    const bridge = slideTitled(slides, 'GMV bridge');
    expect(bridge.tables).toEqual([]);
    expect(bridge.textBoxes[0].range.text).toBe('No GMV bridge: it needs traffic data (visitors) for both periods.');
  });

  it('shows the promotions of the period and leaves out the empty “next 14 days” without a filler line', () => {
    const promotions = slideTitled(slides, 'Promotions');
    expect(promotions.tables[0].cells.map((row) => row[0].text)).toEqual(['When', 'In the period']);
    expect(promotions.tables[0].cells[1][1].text).toBe('Serum week');
    expect(promotions.textBoxes).toEqual([]);
    expect(slides.map((slide) => slide.title())).not.toContain(APPENDIX_TITLE);
  });
});

describe('the Slides deck of a period to date', () => {
  it('ends each scorecard sparkline with ◦ and says why on the slide; a complete week has neither', () => {
    const workbook = new MemoryWorkbook({ Orders: ordersTab(TWO_WEEKS), Settings: SETTINGS_TAB }, 'America/Los_Angeles');
    const scorecardSlide = (toDate: boolean): FakeSlide => {
      const update = buildClientUpdate(workbook, {
        cadence: 'wbr',
        asOf: '2026-11-20',
        toDate,
        now: new Date('2026-11-23T17:00:00Z'),
        signOffLine: '',
      });
      const slides = new FakeSlidesApp();
      renderDeck(update, slides, new FakeBlob('trend-chart.png'));
      return slideTitled(slides.presentations[0].slides, 'KPI scorecard');
    };
    const toDate = scorecardSlide(true);
    expect(toDate.tables[0].cells[1].map((cell) => cell.text)).toEqual([
      'GMV',
      expect.any(String),
      '$20.00',
      expect.any(String),
      expect.any(String),
      '      ▁█◦',
    ]);
    expect(toDate.texts()).toContain(SPARK_TO_DATE_NOTE);
    const week = scorecardSlide(false);
    expect(week.texts().join('\n')).not.toMatch(/◦|to date/);
  });
});
