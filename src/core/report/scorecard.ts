import type { Accumulated } from '../metrics/aggregate';
import type { DayRange } from '../metrics/dayRange';
import { metricValue } from '../metrics/evaluate';
import { findMetric } from '../metrics/parseMetricList';
import { CHANNEL_METRICS, CHANNEL_SHARES, type MetricDef } from '../metrics/metricCatalog';
import { formatDay } from '../values/calendarDay';
import type { CadencePeriods } from './cadence';
import type { Direction, Scorecard, ScorecardRow, Tone } from './clientUpdate';
import { covers, partialPeriodNote } from '../metrics/periodCoverage';
import { sumsOver, type ReportFrame } from './reportFrame';
import type { ReportFormat } from '../format/reportFormat';

export const SCORECARD_METRICS = ['GMV', 'Net GMV', 'Orders', 'Units', 'AOV', 'CTR', 'CVR', 'Refund rate', 'Cancel rate'];

/** The metrics that move as returns come in after the order: not final for a recent period. */
const RETURN_METRICS = new Set(['Net GMV', 'Refund rate']);

/**
 * Days after a period ends before its returns are taken as final. The facts give no return-window length; they give
 * the 60 days over which TikTok Shop's Shop Performance Score measures the return/refund rate (SU-US:7823403742840619),
 * so a period is final 60 days after its last day.
 */
export const RETURNS_SETTLE_DAYS = 60;

/** `Refund rate and Net GMV are not final …` for the client; undefined when the period is old enough. */
function returnsNotFinal(period: DayRange, dataThrough: number): string | undefined {
  if (period.to + RETURNS_SETTLE_DAYS <= dataThrough) return undefined;
  return (
    `Refund rate and Net GMV are not final: buyers can still return orders of this period, so they read low and their change is ` +
    `shown without judging it; they are taken as final ${RETURNS_SETTLE_DAYS} days after a period ends (from ${formatDay(period.to + RETURNS_SETTLE_DAYS)}).`
  );
}

/** An input tab read for the report, or why it could not be. */
export type ReportSource = { readonly ok: true; readonly data: ReportFrame } | { readonly ok: false; readonly problem: string };

export const spanText = (range: DayRange): string => `${formatDay(range.from)} – ${formatDay(range.to)}`;

/** What one source gives every metric it serves: sums over the compared periods and over the trend buckets. */
interface SourceSums {
  readonly data: ReportFrame;
  readonly periods: Accumulated;
  readonly trend: Accumulated;
}

function direction(change: number | null, metric: MetricDef): Direction | null {
  if (change === null) return null;
  const precision = metric.format === 'money' ? 0.005 : metric.format === 'percent' ? 0.00005 : 0.5;
  return Math.abs(change) < precision ? 'flat' : change > 0 ? 'up' : 'down';
}

function tone(dir: Direction | null, metric: MetricDef): Tone {
  if (dir === null || dir === 'flat') return 'neutral';
  return (dir === 'up') === metric.higherIsBetter ? 'good' : 'bad';
}

/** `Traffic data, this period 2026-11-16 – 2026-11-22: data through 2026-11-20, 5 of 7 days, so it is left out.` (the partial-period rule); undefined when covered. */
export function coverageProblem(data: ReportFrame, range: DayRange, what: string): string | undefined {
  const note = partialPeriodNote(data.span, range, what);
  return note && `${data.sales.kind === 'orders' ? 'Order data' : 'Traffic data'}, ${note}`;
}

/** KPI rows: current, previous, change (rates in points), change %, year ago, arrows that know which way is good. */
export function buildScorecard(
  orders: ReportSource,
  analytics: ReportSource,
  periods: CadencePeriods,
  format: ReportFormat,
  dataThrough: number,
): Scorecard {
  const notFinal = returnsNotFinal(periods.current, dataThrough);
  const ranges = [periods.current, periods.previous, periods.yearAgo];
  const sums = (source: ReportSource): SourceSums | string =>
    source.ok ? { data: source.data, periods: sumsOver(source.data, ranges), trend: sumsOver(source.data, periods.trend) } : source.problem;
  const fromOrders = sums(orders);
  const fromAnalytics = sums(analytics);
  const details = [fromOrders, fromAnalytics].filter((s): s is string => typeof s === 'string');
  const notes = typeof fromAnalytics === 'string' ? ['CTR and CVR are not shown: there is no traffic data for this update.'] : [];
  // Channel rows only where the analytics export has the channel's column: an empty block is left out.
  const channels = typeof fromAnalytics === 'string' ? [] : CHANNEL_METRICS.filter((m) => fromAnalytics.data.measures.has(m.numerator));
  const rows = [...SCORECARD_METRICS.map(findMetric), ...channels].map((metric) => {
    const source = metric.tables.includes('orders') ? fromOrders : fromAnalytics;
    if (typeof source === 'string') return missingRow(metric, source, periods.trend.length);
    const row = scorecardRow(metric, source, periods, format);
    // A share moves in points, and a mix shift is not good or bad news in itself.
    if (CHANNEL_SHARES.has(metric.name)) return { ...row, tone: 'neutral' as const, changePercent: null, text: { ...row.text, changePercent: '' } };
    return notFinal && RETURN_METRICS.has(metric.name) && row.current !== null
      ? { ...row, direction: null, tone: 'neutral' as const, notFinal: true }
      : row;
  });
  for (const source of [fromOrders, fromAnalytics]) {
    if (typeof source === 'string') continue;
    for (const [range, what] of [
      [periods.current, 'this period'],
      [periods.previous, 'previous period'],
    ] as const) {
      const problem = coverageProblem(source.data, range, what);
      if (problem) notes.push(problem);
    }
  }
  if (notFinal && rows.some((row) => row.notFinal)) notes.push(notFinal);
  const yearAgoShown = typeof fromOrders !== 'string' && covers(fromOrders.data.span, periods.yearAgo);
  return {
    rows,
    yearAgo: yearAgoShown
      ? { shown: true, label: `${periods.names.yearAgo}, ${spanText(periods.yearAgo)} (${periods.yearAgoRule})` }
      : {
          shown: false,
          reason: `No year-ago comparison: the order data does not reach back to ${spanText(periods.yearAgo)} (${periods.yearAgoRule}).`,
        },
    notes,
    details,
  };
}

function missingRow(metric: MetricDef, problem: string, buckets: number): ScorecardRow {
  const blank = { current: '', previous: '', change: '', changePercent: '', yearAgo: '', yearAgoChangePercent: '' };
  return {
    metric: metric.name,
    format: metric.format,
    current: null,
    previous: null,
    change: null,
    changePercent: null,
    yearAgo: null,
    yearAgoChangePercent: null,
    direction: null,
    tone: 'neutral',
    text: blank,
    spark: new Array<null>(buckets).fill(null),
    missing: problem,
  };
}

function scorecardRow(metric: MetricDef, source: SourceSums, periods: CadencePeriods, format: ReportFormat): ScorecardRow {
  const value = (index: number, range: DayRange): number | null =>
    covers(source.data.span, range) ? metricValue(metric, source.periods, index) : null;
  const current = value(0, periods.current);
  const previous = value(1, periods.previous);
  const yearAgo = value(2, periods.yearAgo);
  const change = current !== null && previous !== null ? current - previous : null;
  const relative = (base: number | null): number | null => (current !== null && base ? (current - base) / base : null);
  const changePercent = relative(previous);
  const yearAgoChangePercent = relative(yearAgo);
  const dir = direction(change, metric);
  const show = (v: number | null): string => (v === null ? '' : format.value(metric.format, v));
  const spark = periods.trend.map((range, i) => (covers(source.data.span, range) ? metricValue(metric, source.trend, i) : null));
  return {
    metric: metric.name,
    format: metric.format,
    current,
    previous,
    change,
    changePercent,
    yearAgo,
    yearAgoChangePercent,
    direction: dir,
    tone: tone(dir, metric),
    text: {
      current: show(current),
      previous: show(previous),
      change: change === null ? '' : format.change(metric.format, change),
      changePercent: changePercent === null ? '' : format.changePercent(changePercent),
      yearAgo: show(yearAgo),
      yearAgoChangePercent: yearAgoChangePercent === null ? '' : format.changePercent(yearAgoChangePercent),
    },
    spark,
    ...(current === null ? { missing: coverageProblem(source.data, periods.current, 'this period') } : {}),
  };
}
