import type { EvidencePack } from '../health/evidence/evidencePack';
import type { DisputeRule } from '../health/evidence/disputeRules';
import type { ReportFormat } from '../format/reportFormat';
import { formatDay } from '../values/calendarDay';
import type { Trend } from './clientUpdate';
import type { Block, BlockCell } from './reportBlocks';
import { EVIDENCE_SHOWN_COLUMNS, evidenceShownRows } from './evidenceTable';

/** What each rate counts, in the words of TikTok Shop's definition, and its unit (VTR: a package, or an order where the export has no 'Package ID'). */
const COUNTED = {
  LDR: ['orders shipped in the window after their dispatch deadline', 'seller-fulfilled orders shipped in the window', 'shipped day', 'orders'],
  VTR: ['shipments with a valid tracking number', 'seller-fulfilled shipments shipped in the window', 'shipped day', 'shipments'],
  SFCR: ['orders cancelled for a seller reason', 'seller-fulfilled orders paid in the window', 'paid day', 'orders'],
} as const;

/** Past this many days with orders against the shop, the chart's title counts them instead of listing them. */
const LISTED_DAYS = 10;

const percent = (format: ReportFormat, value: number | null): string => (value === null ? 'n/a' : format.percent(value, 1));

/** The daily rate with the limit line, the days orders counted against the shop fell on marked. */
export function evidenceTrend(pack: EvidencePack, format: ReportFormat): Trend {
  const marked = pack.timeline.filter((d) => d.against);
  const days =
    marked.length > LISTED_DAYS
      ? `${marked.length} of ${pack.timeline.length} days (in red)`
      : marked.map((d) => `${format.shortDay(d.day)} (${d.against})`).join(', ');
  return {
    title: `Daily ${pack.metric} by ${COUNTED[pack.metric][2]}, limit ${pack.row.target}${days ? `; ${COUNTED[pack.metric][3]} counted against the shop on ${days}` : ''}`,
    points: pack.timeline.map((d) => ({
      label: format.shortDay(d.day),
      value: d.value,
      text: d.value === null ? '' : percent(format, d.value),
      partial: false,
      marked: d.against > 0,
    })),
    limit: { value: pack.row.limit, text: format.limit(pack.row.limit) },
  };
}

function ruleItem(rule: DisputeRule, count: number, rtsHeader: string): string {
  const source = rule.source
    ? `Source: ${rule.source.title}, ${rule.source.url}.`
    : 'Possible ground, unsourced: no Seller University page states it.';
  return `${rule.id} — ${rule.title} (${count} order${count === 1 ? '' : 's'}). ${rule.matches(rtsHeader)} Attach: ${rule.attach.join('; ')}. ${source}`;
}

/** The pack laid out as renderer-neutral blocks: the summary, the what-if, the timeline, the order table, the grounds. */
export function evidenceBlocks(pack: EvidencePack, format: ReportFormat): Block[] {
  const { row, window, metric } = pack;
  const [bad, base] = COUNTED[metric];
  const status: BlockCell = { text: row.status, status: row.status };
  return [
    { kind: 'heading', text: `${row.label} (${metric}) as TikTok Shop computes it` },
    {
      kind: 'table',
      header: ['Rate', 'Counted', 'Limit', 'Status', 'Window'],
      rows: [
        [
          { text: percent(format, row.value), figure: true },
          { text: `${row.numerator} ${bad} of ${row.denominator} ${base}` },
          { text: row.target },
          status,
          { text: `${formatDay(window.from)} – ${formatDay(window.to)} (${window.to - window.from + 1} days)` },
        ],
      ],
    },
    {
      kind: 'paragraphs',
      lines: [
        `Dispatch deadlines: ${pack.calendar}`,
        ...(pack.exemptDays.length ? [`Announced exemption days considered: ${pack.exemptDays.join(', ')}.`] : []),
      ],
    },
    { kind: 'heading', text: 'If the disputable orders are excused' },
    { kind: 'paragraphs', lines: [pack.whatIf] },
    { kind: 'heading', text: 'Daily timeline' },
    { kind: 'chart', trend: evidenceTrend(pack, format) },
    { kind: 'heading', text: `Orders counted against the shop (${pack.orders.length})` },
    { kind: 'table', header: EVIDENCE_SHOWN_COLUMNS, rows: evidenceShownRows(pack).map((cells) => cells.map((text) => ({ text }))) },
    { kind: 'heading', text: 'Dispute grounds and what to attach' },
    pack.ifExcused.byRule.length
      ? { kind: 'list', ordered: false, items: pack.ifExcused.byRule.map(([rule, count]) => ruleItem(rule, count, pack.rtsHeader)) }
      : { kind: 'paragraphs', lines: ['The export shows no ground to dispute any of these orders.'] },
    { kind: 'note', text: 'Order IDs and times only: this pack holds no buyer names, phones, addresses or messages.' },
  ];
}
