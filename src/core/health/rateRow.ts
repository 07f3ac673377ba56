import type { Settings } from '../settings/settings';
import { reportFormat, type ReportFormat } from '../format/reportFormat';
import type { HealthMetric, HealthRow, HealthStatus } from './healthRow';

/** Limits as parts per million, so every comparison of a count with a limit is exact integer arithmetic. */
const SCALE = 1_000_000;

export const ppm = (fraction: number): number => Math.round(fraction * SCALE);

/** ⌊a ÷ b⌋ for non-negative integers, exact even where a ÷ b rounds up to the next integer. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q--;
  else if ((q + 1) * b <= a) q++;
  return q;
}

/** Whether bad ÷ total is above the limit (a share of exactly the limit is within it). */
export function isAbove(bad: number, total: number, limitPpm: number): boolean {
  return bad * SCALE > limitPpm * total;
}

/** The fewest extra bad orders (each also adding to the total) that put the share above the limit. */
export function moreToBreach(bad: number, total: number, limitPpm: number): number {
  return floorDiv(limitPpm * total - bad * SCALE, SCALE - limitPpm) + 1;
}

/** How many of the bad orders are beyond what the limit allows at this total. */
export function overLimitBy(bad: number, total: number, limitPpm: number): number {
  return bad - floorDiv(limitPpm * total, SCALE);
}

/** A health limit as the shop writes it, as few decimals as it has: 2.5%, 2,5 % (DE). */
export const limitText = (format: ReportFormat, limit: number): string => format.limit(limit, 4);

const plural = (count: number, [one, many]: readonly [string, string]): string => `${count} ${count === 1 ? one : many}`;

export interface RateSpec {
  metric: HealthMetric;
  label: string;
  numerator: number;
  denominator: number;
  /** The rate when the metric catalog computed it; else numerator ÷ denominator. */
  value?: number | null;
  limit: number;
  /** VTR: higher is better and the limit is a floor; its shortfall (orders without valid tracking) is held to 1 − target. */
  floor?: boolean;
  /** What the numbers mean: "3 of 41 orders shipped after the 2-business-day SLA." */
  counts: string;
  /** The orders that count against the limit: ['late shipment', 'late shipments']. */
  bad: readonly [string, string];
  /** Sentences after the early warning. */
  details?: readonly string[];
}

/**
 * A health row: status from exact counts (NOT ENOUGH DATA below the minimum; AT RISK past the
 * limit; WATCH within the watch margin of it), and a Note with the counts and the early warning.
 */
export function rateRow(
  spec: RateSpec,
  { health, decimalMark }: Pick<Settings, 'health' | 'decimalMark'>,
  format: ReportFormat = reportFormat('', '', decimalMark),
): HealthRow {
  const { numerator, denominator, limit, floor = false } = spec;
  const bad = floor ? denominator - numerator : numerator;
  const badLimit = floor ? SCALE - ppm(limit) : ppm(limit);
  const watchLimit = Math.round(badLimit * (1 - health.watchMargin));
  const breached = isAbove(bad, denominator, badLimit);
  const status: HealthStatus =
    denominator < health.minimumOrders ? 'NOT ENOUGH DATA' : breached ? 'AT RISK' : isAbove(bad, denominator, watchLimit) ? 'WATCH' : 'OK';
  const limitWritten = limitText(format, limit);
  const warning = breached
    ? `${floor ? 'Below the' : 'Over the'} ${limitWritten} ${floor ? 'target' : 'limit'} by ${plural(overLimitBy(bad, denominator, badLimit), spec.bad)} ` +
      `(it allows ${floorDiv(badLimit * denominator, SCALE)} of ${denominator}).`
    : `${plural(moreToBreach(bad, denominator, badLimit), ['more ' + spec.bad[0], 'more ' + spec.bad[1]])} this window would ` +
      `${floor ? `take ${spec.metric} below ${limitWritten}` : `breach ${limitWritten}`}.`;
  const sentences = [spec.counts];
  if (status === 'NOT ENOUGH DATA') sentences.push(`Fewer than ${health.minimumOrders} orders: too few to judge.`);
  sentences.push(warning);
  return {
    metric: spec.metric,
    label: spec.label,
    value: spec.value !== undefined ? spec.value : denominator === 0 ? null : numerator / denominator,
    target: `${floor ? '≥' : '≤'} ${limitWritten}`,
    limit,
    status,
    numerator,
    denominator,
    note: [...sentences, ...(spec.details ?? [])].join(' '),
    clientNote: sentences.join(' '),
    warning,
  };
}
