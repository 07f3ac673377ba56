import type { HealthStatus } from '../health/healthRow';
import type { Bridge, ClientUpdate, HealthSection, Promotions, ScorecardRow, SkuMovers, Tone, Trend } from './clientUpdate';

/** A table cell: its text, and how to colour it (good/bad news, a health status). */
export interface BlockCell {
  readonly text: string;
  readonly tone?: Tone;
  readonly status?: HealthStatus;
  /** A sparkline of these values (oldest first) drawn after the text. */
  readonly spark?: readonly (number | null)[];
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

function changeCell(row: ScorecardRow, text: string): BlockCell {
  if (!text || row.direction === null) return cell(text);
  return cell(`${ARROWS[row.direction]} ${text}`, { tone: row.tone });
}

export type TableBlock = Extract<Block, { kind: 'table' }>;
export type NoteBlock = Extract<Block, { kind: 'note' }>;

export function scorecardTable(update: ClientUpdate): TableBlock {
  const yearAgo = update.scorecard.yearAgo.shown;
  const header = ['Metric', 'This period', 'Previous', 'Change', 'Change %', ...(yearAgo ? ['Year ago', 'vs year ago'] : []), 'Trend'];
  const rows = update.scorecard.rows.map((row) => [
    cell(row.metric),
    cell(row.missing && row.current === null ? 'no data' : row.text.current),
    cell(row.text.previous),
    changeCell(row, row.text.change),
    changeCell(row, row.text.changePercent),
    ...(yearAgo ? [cell(row.text.yearAgo), cell(row.text.yearAgoChangePercent)] : []),
    cell('', { spark: row.spark }),
  ]);
  return { kind: 'table', header, rows };
}

/** The tracker tabs the update lists: its heading, the tracker's own column, and what an empty one says. */
export const TRACKERS = {
  actions: { title: 'Open action items', detailHeader: 'Priority', empty: 'No open action items.' },
  risks: { title: 'Open risks', detailHeader: 'Mitigation', empty: 'No open risks.' },
  nextSteps: {
    title: 'Next steps (30-60-90 plan)',
    detailHeader: 'Phase and goal',
    empty: 'Nothing on the 30-60-90 plan is due in the coming period.',
  },
} as const;

/** A tracker's open items (overdue ones flagged), or why there are none. */
export function trackerBlock(update: ClientUpdate, tracker: keyof typeof TRACKERS): TableBlock | NoteBlock {
  const section = update[tracker];
  const { detailHeader, empty } = TRACKERS[tracker];
  if (section.note) return { kind: 'note', text: section.note };
  if (!section.items.length) return { kind: 'note', text: empty };
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

/** The promotions that ran in the period, or those starting in the next 14 days; or why there are none. */
export function promotionBlock(promotions: Promotions, when: 'inPeriod' | 'upcoming'): TableBlock | NoteBlock {
  if (promotions.note) return { kind: 'note', text: promotions.note };
  const items = promotions[when];
  if (!items.length) return { kind: 'note', text: 'None on the Promo calendar.' };
  return {
    kind: 'table',
    header: ['Event', 'Type', 'Dates', 'SKUs', 'Discount', 'Owner', 'Status'],
    rows: items.map((p) =>
      [p.event, p.type, p.start === p.end ? p.start : `${p.start} – ${p.end}`, p.skus, p.discount, p.owner, p.status].map((t) => cell(t)),
    ),
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
        cell(e.previousText),
        cell(e.currentText),
        cell(e.effectText, { tone: e.effect > 0 ? 'good' : e.effect < 0 ? 'bad' : 'neutral' }),
      ]),
      [cell('GMV change'), cell(''), cell(''), cell(''), cell(bridge.changeText)],
    ],
  };
}

/** The SKUs that moved GMV most, or why none is named. */
export function moversBlock(movers: SkuMovers): TableBlock | NoteBlock {
  if (movers.note) return { kind: 'note', text: movers.note };
  const moves = [...movers.up, ...movers.down];
  if (!moves.length) return { kind: 'note', text: 'No SKU’s GMV changed between the two periods.' };
  return {
    kind: 'table',
    header: ['Product', 'Seller SKU', 'Previous', 'This period', 'Change'],
    rows: moves.map((m) => [
      cell(m.label),
      cell(m.sku),
      cell(m.previousText),
      cell(m.currentText),
      cell(m.changeText, { tone: m.change > 0 ? 'good' : 'bad' }),
    ]),
  };
}

/** Each health metric with its status, or why there are none. */
export function healthBlock(health: HealthSection): TableBlock | NoteBlock {
  if (health.note) return { kind: 'note', text: health.note };
  return {
    kind: 'table',
    header: ['Metric', 'Status', 'Value', 'Target', 'Note'],
    rows: health.items.map((h) => [cell(h.metric), cell(h.status, { status: h.status }), cell(h.valueText), cell(h.target), cell(h.note)]),
  };
}

const trackerBlocks = (update: ClientUpdate, tracker: keyof typeof TRACKERS): Block[] => [
  { kind: 'heading', text: TRACKERS[tracker].title },
  trackerBlock(update, tracker),
];

/** The whole update, top to bottom. The title itself is the renderer's (a document title, an h1). */
export function reportBlocks(update: ClientUpdate): Block[] {
  const { health, promotions } = update;
  return [
    { kind: 'paragraphs', lines: [`Prepared by ${update.preparedBy} on ${update.preparedAt}; as of ${update.asOf}.`, ...update.freshness] },
    { kind: 'heading', text: 'Agenda' },
    { kind: 'list', items: update.agenda, ordered: true },
    { kind: 'heading', text: 'Headlines' },
    { kind: 'list', items: update.narrative, ordered: false },
    { kind: 'heading', text: 'KPI scorecard' },
    { kind: 'paragraphs', lines: update.comparisons },
    scorecardTable(update),
    ...update.scorecard.notes.map((text): Block => ({ kind: 'note', text })),
    { kind: 'chart', trend: update.trend },
    { kind: 'heading', text: 'GMV bridge' },
    bridgeBlock(update.bridge),
    ...(update.bridge.ok ? [{ kind: 'note', text: update.bridge.method } as const] : []),
    { kind: 'heading', text: 'SKUs that moved GMV most' },
    moversBlock(update.movers),
    { kind: 'heading', text: `Account health (${health.window || 'no window'})` },
    healthBlock(health),
    { kind: 'heading', text: 'Promotions in the period' },
    promotionBlock(promotions, 'inPeriod'),
    { kind: 'heading', text: `Promotions starting in the next 14 days (${promotions.upcomingWindow})` },
    promotionBlock(promotions, 'upcoming'),
    ...trackerBlocks(update, 'actions'),
    ...trackerBlocks(update, 'risks'),
    ...trackerBlocks(update, 'nextSteps'),
    { kind: 'heading', text: 'Definitions' },
    { kind: 'list', items: update.definitions, ordered: false },
  ];
}
