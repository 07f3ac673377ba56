import type { HealthStatus } from '../health/healthRow';
import type { ClientUpdate, PromotionItem, ScorecardRow, Tone, TrackerSection, Trend } from './clientUpdate';

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

function scorecardTable(update: ClientUpdate): Block {
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

function trackerBlocks(section: TrackerSection, title: string, detailHeader: string, empty: string): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: title }];
  if (section.note) return [...blocks, { kind: 'note', text: section.note }];
  if (!section.items.length) return [...blocks, { kind: 'note', text: empty }];
  const rows = section.items.map((item) => [
    cell(item.text),
    cell(item.owner),
    cell(item.overdue ? `${item.due} OVERDUE` : item.due, item.overdue ? { tone: 'bad' } : {}),
    cell(item.status),
    cell(item.detail),
  ]);
  return [
    ...blocks,
    {
      kind: 'table',
      header: [section.tab === 'Risks' ? 'Risk' : 'Action', 'Owner', section.tab === 'Risks' ? 'Review by' : 'Due', 'Status', detailHeader],
      rows,
    },
  ];
}

function promotionTable(items: readonly PromotionItem[], empty: string): Block {
  if (!items.length) return { kind: 'note', text: empty };
  return {
    kind: 'table',
    header: ['Event', 'Type', 'Dates', 'SKUs', 'Discount', 'Owner', 'Status'],
    rows: items.map((p) =>
      [p.event, p.type, p.start === p.end ? p.start : `${p.start} – ${p.end}`, p.skus, p.discount, p.owner, p.status].map((t) => cell(t)),
    ),
  };
}

function bridgeBlocks(update: ClientUpdate): Block[] {
  const { bridge, movers } = update;
  const blocks: Block[] = [{ kind: 'heading', text: 'GMV bridge' }];
  if (!bridge.ok) blocks.push({ kind: 'note', text: bridge.reason });
  else {
    blocks.push({
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
    });
    blocks.push({ kind: 'note', text: bridge.method });
  }
  blocks.push({ kind: 'heading', text: 'SKUs that moved GMV most' });
  if (movers.note) blocks.push({ kind: 'note', text: movers.note });
  else {
    const moves = [...movers.up, ...movers.down];
    if (!moves.length) blocks.push({ kind: 'note', text: 'No SKU’s GMV changed between the two periods.' });
    else
      blocks.push({
        kind: 'table',
        header: ['Product', 'Seller SKU', 'Previous', 'This period', 'Change'],
        rows: moves.map((m) => [
          cell(m.label),
          cell(m.sku),
          cell(m.previousText),
          cell(m.currentText),
          cell(m.changeText, { tone: m.change > 0 ? 'good' : 'bad' }),
        ]),
      });
  }
  return blocks;
}

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
    ...bridgeBlocks(update),
    { kind: 'heading', text: `Account health (${health.window || 'no window'})` },
    health.note
      ? { kind: 'note', text: health.note }
      : {
          kind: 'table',
          header: ['Metric', 'Status', 'Value', 'Target', 'Note'],
          rows: health.items.map((h) => [cell(h.metric), cell(h.status, { status: h.status }), cell(h.valueText), cell(h.target), cell(h.note)]),
        },
    { kind: 'heading', text: 'Promotions in the period' },
    promotions.note ? { kind: 'note', text: promotions.note } : promotionTable(promotions.inPeriod, 'None on the Promo calendar.'),
    { kind: 'heading', text: `Promotions starting in the next 14 days (${promotions.upcomingWindow})` },
    promotions.note ? { kind: 'note', text: promotions.note } : promotionTable(promotions.upcoming, 'None on the Promo calendar.'),
    ...trackerBlocks(update.actions, 'Open action items', 'Priority', 'No open action items.'),
    ...trackerBlocks(update.risks, 'Open risks', 'Mitigation', 'No open risks.'),
    ...trackerBlocks(update.nextSteps, 'Next steps (30-60-90 plan)', 'Phase and goal', 'Nothing on the 30-60-90 plan is due in the coming period.'),
    { kind: 'heading', text: 'Definitions' },
    { kind: 'list', items: update.definitions, ordered: false },
  ];
}
