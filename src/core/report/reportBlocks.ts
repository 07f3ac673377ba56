import type { HealthStatus } from '../health/healthRow';
import { DRAFT_NOTE } from './draftMark';
import { TO_DATE_MARK } from './sparkText';
import type { ReportSection } from './reportSections';
import type { Bridge, ClientUpdate, HealthSection, Promotions, ScorecardRow, SkuMovers, Tone, Trend } from './clientUpdate';

/** A table cell: its text, and how to colour it (good/bad news, a health status). */
export interface BlockCell {
  readonly text: string;
  readonly tone?: Tone;
  readonly status?: HealthStatus;
  /** The cell holds a number, amount or percent (kept on one line), not text such as a product name. */
  readonly figure?: boolean;
  /** A sparkline of these values (oldest first) drawn after the text. */
  readonly spark?: readonly (number | null)[];
  /** The sparkline's last point is a period to date: drawn hollow (◦ after it in text). */
  readonly sparkToDate?: boolean;
}

/**
 * The client update laid out once, as a sequence of renderer-neutral blocks: HTML, Markdown and the
 * Google Doc each draw these, so the three never disagree on what the report says or in what order.
 */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraphs'; readonly lines: readonly string[] }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered: boolean }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly BlockCell[])[] }
  | { readonly kind: 'chart'; readonly trend: Trend }
  | { readonly kind: 'note'; readonly text: string };

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

const cell = (text: string, extra: Omit<BlockCell, 'text'> = {}): BlockCell => ({ text, ...extra });
const figure = (text: string, extra: Omit<BlockCell, 'text' | 'figure'> = {}): BlockCell => cell(text, { ...extra, figure: true });

function changeCell(row: ScorecardRow, text: string): BlockCell {
  if (!text || row.direction === null) return figure(text);
  return figure(`${ARROWS[row.direction]} ${text}`, { tone: row.tone });
}

export type TableBlock = Extract<Block, { kind: 'table' }>;
export type NoteBlock = Extract<Block, { kind: 'note' }>;

/** Whether the trend's last point is a period to date (the same rule as the chart's outlined bar). */
const lastPointToDate = (update: ClientUpdate): boolean => update.trend.points.at(-1)?.partial === true;

/** The scorecard's legend when its sparklines end on a period to date. */
export const SPARK_TO_DATE_NOTE = `Trend: the last point is to date, not a complete period (hollow in the chart lines, ${TO_DATE_MARK} after it in text).`;

/** What the client reads under the scorecard: its notes, and the sparklines' legend when their last point is to date. */
export function scorecardNotes(update: ClientUpdate): string[] {
  return [...update.scorecard.notes, ...(lastPointToDate(update) ? [SPARK_TO_DATE_NOTE] : [])];
}

export function scorecardTable(update: ClientUpdate): TableBlock {
  const yearAgo = update.scorecard.yearAgo.shown;
  const header = ['Metric', 'This period', 'Previous', 'Change', 'Change %', ...(yearAgo ? ['Year ago', 'vs year ago'] : []), 'Trend'];
  const rows = update.scorecard.rows.map((row) => [
    cell(row.metric),
    figure(row.missing && row.current === null ? 'no data' : row.notFinal ? `${row.text.current} (not final)` : row.text.current),
    figure(row.text.previous),
    changeCell(row, row.text.change),
    changeCell(row, row.text.changePercent),
    ...(yearAgo ? [figure(row.text.yearAgo), figure(row.text.yearAgoChangePercent)] : []),
    cell('', { spark: row.spark, sparkToDate: lastPointToDate(update) }),
  ]);
  return { kind: 'table', header, rows };
}

/** The tracker tabs the update lists: its heading and the tracker's own column. */
export const TRACKERS = {
  actions: { title: 'Open action items', detailHeader: 'Priority' },
  risks: { title: 'Open risks', detailHeader: 'Mitigation' },
  nextSteps: { title: 'Next steps', detailHeader: 'Phase and goal' },
} as const;

/** A tracker's open items (overdue ones flagged); undefined when it has none (the section is left out). */
export function trackerBlock(update: ClientUpdate, tracker: keyof typeof TRACKERS): TableBlock | undefined {
  const section = update[tracker];
  const { detailHeader } = TRACKERS[tracker];
  if (!section.items.length) return undefined;
  const risks = section.tab === 'Risks';
  return {
    kind: 'table',
    header: [risks ? 'Risk' : 'Action', 'Owner', risks ? 'Review by' : 'Due', 'Status', detailHeader],
    rows: section.items.map((item) => [
      cell(item.text),
      cell(item.owner),
      cell(item.overdue ? `${item.due} OVERDUE` : item.due, item.overdue ? { tone: 'bad' } : {}),
      cell(item.status),
      cell(item.detail),
    ]),
  };
}

/** The promotions that ran in the period, or those starting in the next 14 days; undefined when there are none (left out). */
export function promotionBlock(promotions: Promotions, when: 'inPeriod' | 'upcoming'): TableBlock | undefined {
  const items = promotions[when];
  if (!items.length) return undefined;
  return {
    kind: 'table',
    header: ['Event', 'Type', 'Dates', 'SKUs', 'Discount', 'Owner', 'Status'],
    rows: items.map((p) => [
      ...[p.event, p.type, p.start === p.end ? p.start : `${p.start} – ${p.end}`, p.skus].map((t) => cell(t)),
      figure(p.discount),
      cell(p.owner),
      cell(p.status),
    ]),
  };
}

/** The traffic, conversion and basket effects on GMV, or why they cannot be split. */
export function bridgeBlock(bridge: Bridge): TableBlock | NoteBlock {
  if (!bridge.ok) return { kind: 'note', text: bridge.reason };
  return {
    kind: 'table',
    header: ['Effect', 'Measure', 'Previous', 'This period', 'Effect on GMV'],
    rows: [
      ...bridge.effects.map((e) => [
        cell(e.factor),
        cell(e.measure),
        figure(e.previousText),
        figure(e.currentText),
        figure(e.effectText, { tone: e.effect > 0 ? 'good' : e.effect < 0 ? 'bad' : 'neutral' }),
      ]),
      [cell('GMV change'), cell(''), cell(''), cell(''), figure(bridge.changeText)],
    ],
  };
}

/** The SKUs that moved GMV most, why none is named; undefined when no SKU's GMV changed (left out). */
export function moversBlock(movers: SkuMovers): TableBlock | NoteBlock | undefined {
  if (movers.note) return { kind: 'note', text: movers.note };
  const moves = [...movers.up, ...movers.down];
  if (!moves.length) return undefined;
  return {
    kind: 'table',
    header: ['Product', 'Seller SKU', 'Previous', 'This period', 'Change'],
    rows: moves.map((m) => [
      cell(m.label),
      cell(m.sku),
      figure(m.previousText),
      figure(m.currentText),
      figure(m.changeText, { tone: m.change > 0 ? 'good' : 'bad' }),
    ]),
  };
}

/** Each health metric with its status, or why there are none. */
export function healthBlock(health: HealthSection): TableBlock | NoteBlock {
  if (health.note) return { kind: 'note', text: health.note };
  return {
    kind: 'table',
    header: ['Metric', 'Status', 'Value', 'Target', 'Note'],
    rows: health.items.map((h) => [cell(h.metric), cell(h.status, { status: h.status }), figure(h.valueText), cell(h.target), cell(h.note)]),
  };
}

/** A heading and its block, or nothing when the block is empty: the client copy has no empty sections. */
const section = (heading: string, block: Block | undefined): Block[] => (block ? [{ kind: 'heading', text: heading }, block] : []);

const trackerBlocks = (update: ClientUpdate, tracker: keyof typeof TRACKERS): Block[] =>
  section(TRACKERS[tracker].title, trackerBlock(update, tracker));

/** The account team's appendix (export --internal): never part of the copy sent to the client. */
export const APPENDIX_TITLE = 'Internal appendix (account team only, not for the client)';

/** The whole update, top to bottom. The title itself is the renderer's (a document title, an h1). */
export function reportBlocks(update: ClientUpdate): Block[] {
  const { health, promotions } = update;
  const promotionBlocks = [
    ...section('Promotions in the period', promotionBlock(promotions, 'inPeriod')),
    ...section(`Promotions starting in the next 14 days (${promotions.upcomingWindow})`, promotionBlock(promotions, 'upcoming')),
  ];
  const trackers = [...trackerBlocks(update, 'actions'), ...trackerBlocks(update, 'risks'), ...trackerBlocks(update, 'nextSteps')];
  return [
    ...(update.draft ? [{ kind: 'note', text: DRAFT_NOTE } as const] : []),
    { kind: 'paragraphs', lines: [`Prepared by ${update.preparedBy} on ${update.preparedAt}; as of ${update.asOf}.`, ...update.freshness] },
    { kind: 'heading', text: 'Agenda' },
    { kind: 'list', items: update.agenda, ordered: true },
    { kind: 'heading', text: 'Headlines' },
    { kind: 'list', items: update.narrative, ordered: false },
    ...commentaryOn(update, 'Headlines'),
    { kind: 'heading', text: 'KPI scorecard' },
    { kind: 'paragraphs', lines: update.comparisons },
    scorecardTable(update),
    ...scorecardNotes(update).map((text): Block => ({ kind: 'note', text })),
    { kind: 'chart', trend: update.trend },
    ...commentaryOn(update, 'KPI scorecard'),
    { kind: 'heading', text: 'GMV bridge' },
    bridgeBlock(update.bridge),
    ...(update.bridge.ok ? [{ kind: 'note', text: update.bridge.method } as const] : []),
    ...section('SKUs that moved GMV most', moversBlock(update.movers)),
    ...commentaryOn(update, 'GMV bridge and SKU movers'),
    { kind: 'heading', text: health.window ? `Account health (${health.window})` : 'Account health' },
    healthBlock(health),
    ...commentaryOn(update, 'Account health'),
    ...withCommentary(update, 'Promotions', promotionBlocks),
    ...withCommentary(update, 'Actions, risks and next steps', trackers),
    { kind: 'heading', text: 'Definitions' },
    { kind: 'list', items: update.definitions, ordered: false },
    ...(update.appendix ? section(APPENDIX_TITLE, { kind: 'list', items: update.internal, ordered: false }) : []),
  ];
}

/** The account team's own words on a section, under its machine text. */
function commentaryOn(update: ClientUpdate, name: ReportSection): Block[] {
  const lines = update.commentary.items.filter((item) => item.section === name).map((item) => item.text);
  return lines.length ? [{ kind: 'paragraphs', lines }] : [];
}

/** A section's blocks and its commentary; commentary on a section with nothing else to show gets the section's heading. */
function withCommentary(update: ClientUpdate, name: ReportSection, blocks: Block[]): Block[] {
  const said = commentaryOn(update, name);
  return blocks.length || !said.length ? [...blocks, ...said] : [{ kind: 'heading', text: name }, ...said];
}
