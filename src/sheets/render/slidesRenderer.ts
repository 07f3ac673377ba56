import type { ClientUpdate } from '../../core/report/clientUpdate';
import {
  bridgeBlock,
  healthBlock,
  moversBlock,
  promotionBlock,
  scorecardTable,
  trackerBlock,
  APPENDIX_TITLE,
  SPARK_TO_DATE_NOTE,
  type BlockCell,
  type NoteBlock,
  type TableBlock,
} from '../../core/report/reportBlocks';
import { DRAFT_MARK } from '../../core/report/draftMark';
import { cellColor, cellFill, cellText, DRAFT_COLOR } from './blockCellStyle';
import type { BlobLike, PresentationLike, SlideLike, SlidesAppLike } from './renderServices';

const LEFT = 30;
const TOP = 90;
const WIDTH = 660;
/** Rows a slide's table holds at 9 pt; more are counted in a line under it. */
const MAX_ROWS = 9;

type Section = TableBlock | NoteBlock;

function titledSlide(deck: PresentationLike, slides: SlidesAppLike, title: string): SlideLike {
  const slide = deck.appendSlide(slides.PredefinedLayout.TITLE_ONLY);
  slide.getPlaceholder(slides.PlaceholderType.TITLE)?.asShape().getText().setText(title);
  return slide;
}

/** A report table as the Doc has it (arrows, OVERDUE, colours), at most MAX_ROWS rows. */
function slideTable(slide: SlideLike, table: TableBlock): void {
  const shown = table.rows.slice(0, MAX_ROWS);
  const t = slide.insertTable(shown.length + 1, table.header.length);
  table.header.forEach((text, c) => {
    const style = t.getCell(0, c).getText().setText(text).getTextStyle();
    style.setBold(true);
    style.setFontSize(9);
  });
  shown.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = t.getCell(r + 1, c);
      const style = target.getText().setText(cellText(cell)).getTextStyle();
      style.setFontSize(9);
      const color = cellColor(cell);
      const fill = cellFill(cell);
      if (color) style.setForegroundColor(color);
      if (fill) target.getFill().setSolidFill(fill);
    }),
  );
  if (table.rows.length > shown.length) note(slide, `${table.rows.length - shown.length} more in the Doc.`, TOP + 300);
}

/** DRAFT in the top right corner, on every slide of a draft. */
function markDraft(slide: SlideLike): void {
  const style = slide
    .insertTextBox(DRAFT_MARK, LEFT + WIDTH - 90, 8, 90, 28)
    .getText()
    .getTextStyle();
  style.setBold(true);
  style.setFontSize(14);
  style.setForegroundColor(DRAFT_COLOR);
}

function note(slide: SlideLike, text: string, top = TOP): void {
  slide.insertTextBox(text, LEFT, top, WIDTH, 40).getText().getTextStyle().setFontSize(11);
}

/** The columns a slide has room for, by their header in the report. */
function columns(table: TableBlock, headers: readonly string[]): TableBlock {
  const at = headers.map((header) => table.header.indexOf(header));
  const missing = headers.filter((_, i) => at[i] < 0);
  if (missing.length) throw new Error(`The deck asks for report columns ${missing.join(', ')}, which the table (${table.header.join(', ')}) lacks.`);
  return { kind: 'table', header: headers, rows: table.rows.map((row) => at.map((c) => row[c])) };
}

function sectionSlide(slide: SlideLike, section: Section, headers?: readonly string[]): void {
  if (section.kind === 'note') note(slide, section.text);
  else slideTable(slide, headers ? columns(section, headers) : section);
}

/**
 * Several sections in one table, each row led by its section’s label (`Risk`); no slide when all are empty (the client
 * copy has no empty sections). Columns are kept by position: the trackers name theirs differently (Action / Risk, Due / Review by).
 */
function mergedSlide(
  addSlide: () => SlideLike,
  sections: readonly (readonly [label: string, section: TableBlock | undefined])[],
  header: readonly string[],
): void {
  const rows: BlockCell[][] = [];
  for (const [label, section] of sections) for (const row of section?.rows ?? []) rows.push([{ text: label }, ...row.slice(0, header.length - 1)]);
  if (rows.length) slideTable(addSlide(), { kind: 'table', header, rows });
}

/**
 * A new Slides deck named after the update: title; headlines with the trend chart; then the report's own
 * tables (reportBlocks.ts), cut to the columns a slide holds: scorecard, GMV bridge, SKU movers, health,
 * promotions, next steps (the 30-60-90 plan, open actions and risks). A draft has DRAFT on every slide.
 */
export function renderDeck(update: ClientUpdate, slides: SlidesAppLike, chart: BlobLike): string {
  const deck = slides.create(update.title);
  const cover = deck.getSlides()[0];
  cover.getPlaceholder(slides.PlaceholderType.CENTERED_TITLE)?.asShape().getText().setText(`${update.client} — ${update.cadenceLabel}`);
  cover
    .getPlaceholder(slides.PlaceholderType.SUBTITLE)
    ?.asShape()
    .getText()
    .setText([update.periodLabel, `Prepared by ${update.preparedBy} on ${update.preparedAt}`, ...update.freshness].join('\n'));

  const { items } = update.commentary;
  const headlines = titledSlide(deck, slides, 'Headlines');
  note(headlines, [...update.narrative, ...items.filter((i) => i.section === 'Headlines').map((i) => i.text)].join('\n'));
  headlines.insertImage(chart, LEFT + 60, TOP + 150, 540, 225);
  const onSections = items.filter((i) => i.section !== 'Headlines');
  if (onSections.length) note(titledSlide(deck, slides, 'From the account team'), onSections.map((i) => `${i.section}: ${i.text}`).join('\n'));

  const scorecard = scorecardTable(update);
  const scorecardSlide = titledSlide(deck, slides, `KPI scorecard: ${update.periodLabel}`);
  sectionSlide(scorecardSlide, scorecard, ['Metric', 'This period', 'Previous', 'Change', 'Change %', 'Trend']);
  if (scorecard.rows[0]?.at(-1)?.sparkToDate) note(scorecardSlide, SPARK_TO_DATE_NOTE, TOP + 275);
  sectionSlide(titledSlide(deck, slides, 'GMV bridge'), bridgeBlock(update.bridge));
  const movers = moversBlock(update.movers);
  if (movers) sectionSlide(titledSlide(deck, slides, 'SKUs that moved GMV most'), movers);
  sectionSlide(titledSlide(deck, slides, `Account health: ${update.health.window}`), healthBlock(update.health), [
    'Metric',
    'Status',
    'Value',
    'Target',
  ]);
  const promotions = (when: 'inPeriod' | 'upcoming'): TableBlock | undefined => {
    const block = promotionBlock(update.promotions, when);
    return block && columns(block, ['Event', 'Type', 'Dates', 'Discount', 'Status']);
  };
  mergedSlide(
    () => titledSlide(deck, slides, 'Promotions'),
    [
      ['In the period', promotions('inPeriod')],
      ['Next 14 days', promotions('upcoming')],
    ],
    ['When', 'Event', 'Type', 'Dates', 'Discount', 'Status'],
  );
  mergedSlide(
    () => titledSlide(deck, slides, 'Next steps'),
    [
      ['Plan', trackerBlock(update, 'nextSteps')],
      ['Action', trackerBlock(update, 'actions')],
      ['Risk', trackerBlock(update, 'risks')],
    ],
    ['', 'What', 'Owner', 'Due', 'Status'],
  );

  if (update.appendix) note(titledSlide(deck, slides, APPENDIX_TITLE), update.internal.join('\n'));
  if (update.draft) for (const slide of deck.getSlides()) markDraft(slide);
  deck.saveAndClose();
  return deck.getUrl();
}
