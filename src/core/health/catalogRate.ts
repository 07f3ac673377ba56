import type { Accumulated } from '../metrics/aggregate';
import type { DayRange } from '../metrics/dayRange';
import { metricTotals, metricValue } from '../metrics/evaluate';
import { findMetric } from '../metrics/parseMetricList';
import type { HealthInput, HealthRate } from './healthInput';
import type { HealthOrders } from './healthOrders';
import type { HealthRow } from './healthRow';
import { rateRow } from './rateRow';

const ROWS = {
  'Cancel rate': {
    limit: 'cancelRateLimit',
    counted: 'were cancelled, by anyone',
    bad: ['cancellation', 'cancellations'],
  },
  'Refund rate': {
    limit: 'refundRateLimit',
    counted: 'had a return or refund',
    bad: ['refunded order', 'refunded orders'],
  },
} as const;

const BOTH = [findMetric('Cancel rate'), findMetric('Refund rate')];
const sharedByOrders = new WeakMap<HealthOrders, { readonly window: DayRange; readonly accumulated: Accumulated }>();

/**
 * Cancel rate and Refund rate from one pass over the orders (the refunded flag needs the cancelled
 * one anyway); undefined when the export has no refund column, so a missing column is only the
 * Refund rate's problem.
 */
function sharedTotals({ orders, window, settings }: Omit<HealthInput, 'format'>): Accumulated | undefined {
  const { table } = orders;
  if (!table.has('cancelReturnType') && !table.has('returnQuantity') && !table.has('orderRefundAmount')) return undefined;
  const known = sharedByOrders.get(orders);
  if (known && known.window.from === window.from && known.window.to === window.to) return known.accumulated;
  const accumulated = metricTotals({ kind: 'orders', table }, BOTH, window, settings, orders);
  sharedByOrders.set(orders, { window, accumulated });
  return accumulated;
}

/** Cancel rate and Refund rate as the metric catalog defines them, over orders paid in the window (FBT included). */
function catalogRate(metricName: keyof typeof ROWS, { orders, window, settings, format }: HealthInput): HealthRow {
  const row = ROWS[metricName];
  const metric = findMetric(metricName);
  const accumulated =
    sharedTotals({ orders, window, settings }) ?? metricTotals({ kind: 'orders', table: orders.table }, metric, window, settings, orders);
  const numerator = accumulated.get(metric.numerator)![1];
  const denominator = accumulated.get(metric.denominator!)![1];
  const health = settings.health;
  return rateRow(
    {
      metric: metricName,
      label: metricName,
      numerator,
      denominator,
      value: metricValue(metric, accumulated, 1),
      limit: health[row.limit],
      counts: `${numerator} of ${denominator} paid orders (FBT included) ${row.counted}.`,
      bad: row.bad,
      details: ['The limit is an agency default, not TikTok policy.'],
    },
    settings,
    format,
  );
}

/** The catalog's frame reads the lines it counts itself, given each line's order and Paid Time day from the one pass. */
export const CANCEL_RATE: HealthRate = { row: (input) => catalogRate('Cancel rate', input), columns: [], paidDayPerLine: true };
export const REFUND_RATE: HealthRate = { row: (input) => catalogRate('Refund rate', input), columns: [], paidDayPerLine: true };
