import type { ClientUpdate, PromotionItem, TrackerItem } from '../../core/report/clientUpdate';
import { sparkText } from '../../core/report/sparkText';
import { STATUS_FILLS } from '../../core/workbook/readout/healthTab';
import type { BlobLike, PresentationLike, SlideLike, SlidesAppLike } from './renderServices';
import { TONE_COLORS } from './toneColors';

/** A table cell's text, and its colours. */
interface SlideCell {
  readonly text: string;
  readonly color?: string | null;
  readonly fill?: string;
}

const LEFT = 30;
const TOP = 90;
const WIDTH = 660;
/** Rows a slide's table holds at 9 pt; more are counted in a line under it. */
const MAX_ROWS = 9;

function titledSlide(deck: PresentationLike, slides: SlidesAppLike, title: string): SlideLike {
  const slide = deck.appendSlide(slides.PredefinedLayout.TITLE_ONLY);
  slide.getPlaceholder(slides.PlaceholderType.TITLE)?.asShape().getText().setText(title);
  return slide;
}

function slideTable(slide: SlideLike, header: readonly string[], rows: readonly (readonly SlideCell[])[], top = TOP): void {
  const shown = rows.slice(0, MAX_ROWS);
  const t = slide.insertTable(shown.length + 1, header.length);
  header.forEach((text, c) => {
    const range = t.getCell(0, c).getText().setText(text);
    range.getTextStyle().setBold(true);
    range.getTextStyle().setFontSize(9);
  });
  shown.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = t.getCell(r + 1, c);
      const style = target.getText().setText(cell.text).getTextStyle();
      style.setFontSize(9);
      if (cell.color) style.setForegroundColor(cell.color);
      if (cell.fill) target.getFill().setSolidFill(cell.fill);
    }),
  );
  if (rows.length > shown.length) note(slide, `${rows.length - shown.length} more in the Doc.`, top + 300);
}

function note(slide: SlideLike, text: string, top = TOP): void {
  slide.insertTextBox(text, LEFT, top, WIDTH, 40).getText().getTextStyle().setFontSize(11);
}

const trackerRows = (items: readonly TrackerItem[], kind: string): SlideCell[][] =>
  items.map((item) => [
    { text: kind },
    { text: item.text },
    { text: item.owner },
    { text: item.overdue ? `${item.due} OVERDUE` : item.due, color: item.overdue ? TONE_COLORS.bad : null },
    { text: item.status },
  ]);

/**
 * A new Slides deck named after the update: title; headlines with the trend chart; scorecard; GMV
 * bridge and SKU movers; health; promotions; next steps (open actions, risks, the 30-60-90 plan).
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

  const headlines = titledSlide(deck, slides, 'Headlines');
  note(headlines, update.narrative.join('\n'));
  headlines.insertImage(chart, LEFT + 60, TOP + 150, 540, 225);

  const scorecard = titledSlide(deck, slides, `KPI scorecard: ${update.periodLabel}`);
  slideTable(
    scorecard,
    ['Metric', 'This period', 'Previous', 'Change', 'Change %', 'Trend'],
    update.scorecard.rows.map((row) => {
      const color = TONE_COLORS[row.tone];
      return [
        { text: row.metric },
        { text: row.current === null ? 'no data' : row.text.current },
        { text: row.text.previous },
        { text: row.text.change, color },
        { text: row.text.changePercent, color },
        { text: sparkText(row.spark) },
      ];
    }),
  );

  const bridge = titledSlide(deck, slides, 'GMV bridge and SKU movers');
  if (!update.bridge.ok) note(bridge, update.bridge.reason);
  else
    slideTable(
      bridge,
      ['Effect', 'Previous', 'This period', 'Effect on GMV'],
      [
        ...update.bridge.effects.map((e) => [
          { text: `${e.factor} (${e.measure})` },
          { text: e.previousText },
          { text: e.currentText },
          { text: e.effectText, color: TONE_COLORS[e.effect > 0 ? 'good' : e.effect < 0 ? 'bad' : 'neutral'] },
        ]),
        [{ text: 'GMV change' }, { text: '' }, { text: '' }, { text: update.bridge.changeText }],
      ],
    );
  const moves = [...update.movers.up, ...update.movers.down].map((m) => `${m.label} (${m.sku}): ${m.changeText}`);
  note(bridge, update.movers.note ?? (moves.length ? `SKU movers: ${moves.join('; ')}` : 'No SKU’s GMV changed.'), TOP + 190);

  const health = titledSlide(deck, slides, `Account health: ${update.health.window}`);
  if (update.health.note) note(health, update.health.note);
  else
    slideTable(
      health,
      ['Metric', 'Status', 'Value', 'Target'],
      update.health.items.map((h) => [
        { text: h.metric },
        { text: h.status, fill: STATUS_FILLS[h.status] },
        { text: h.valueText },
        { text: h.target },
      ]),
    );

  const promos = titledSlide(deck, slides, 'Promotions');
  const promoRows: [string, PromotionItem][] = [
    ...update.promotions.inPeriod.map((p): [string, PromotionItem] => ['In the period', p]),
    ...update.promotions.upcoming.map((p): [string, PromotionItem] => ['Next 14 days', p]),
  ];
  if (update.promotions.note) note(promos, update.promotions.note);
  else if (!promoRows.length) note(promos, 'None on the Promo calendar.');
  else
    slideTable(
      promos,
      ['When', 'Event', 'Type', 'Dates', 'Discount', 'Status'],
      promoRows.map(([when, p]) =>
        [when, p.event, p.type, p.start === p.end ? p.start : `${p.start} – ${p.end}`, p.discount, p.status].map((text) => ({ text })),
      ),
    );

  const next = titledSlide(deck, slides, 'Next steps');
  const rows = [
    ...trackerRows(update.nextSteps.items, 'Plan'),
    ...trackerRows(update.actions.items, 'Action'),
    ...trackerRows(update.risks.items, 'Risk'),
  ];
  const notes = [update.nextSteps.note, update.actions.note, update.risks.note].filter((n): n is string => !!n);
  if (rows.length) slideTable(next, ['', 'What', 'Owner', 'Due', 'Status'], rows);
  if (notes.length || !rows.length)
    note(next, notes.length ? notes.join('\n') : 'No open actions, risks or plan steps due.', rows.length ? TOP + 320 : TOP);

  deck.saveAndClose();
  return deck.getUrl();
}
