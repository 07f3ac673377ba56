import { roundToCents } from '../values/roundToCents';
import { InputError } from '../values/errors';
import type { Settings } from '../settings/settings';
import { aggregate, type Accumulated, type Frame } from './aggregate';
import { buildAnalyticsFrame } from './analyticsFrame';
import type { DayRange } from './dayRange';
import type { Measure } from './measures';
import type { MetricDef } from './metricCatalog';
import { buildOrderFrame, type LineOrders } from './orderFrame';
import type { SalesTable } from './readSalesTable';

const TABLE_NAMES = { orders: 'an order export', analytics: 'a product analytics table' } as const;

/** The measures the metrics need, after checking each metric can come from this kind of table. */
export function measuresFor(metrics: readonly MetricDef[], sales: SalesTable): Set<Measure> {
  const measures = new Set<Measure>();
  for (const metric of metrics) {
    if (!metric.tables.includes(sales.kind)) {
      const wanted = metric.tables.map((kind) => TABLE_NAMES[kind]).join(' or ');
      throw new InputError(`${metric.name} needs ${wanted}; the range given is ${TABLE_NAMES[sales.kind]}.`);
    }
    measures.add(metric.numerator);
    if (metric.denominator) measures.add(metric.denominator);
  }
  return measures;
}

export function loadFrame(
  sales: SalesTable,
  measures: ReadonlySet<Measure>,
  range: DayRange,
  needDay: boolean,
  settings: Settings,
  lineOrders?: LineOrders,
): Frame {
  return sales.kind === 'orders'
    ? buildOrderFrame(sales.table, measures, range, settings, lineOrders)
    : buildAnalyticsFrame(sales.table, measures, range, needDay, settings);
}

/** The metrics' measures over a day range, as a single group (one pass for all): index 1 holds the total. */
export function metricTotals(
  sales: SalesTable,
  metric: MetricDef | readonly MetricDef[],
  range: DayRange,
  settings: Settings,
  lineOrders?: LineOrders,
): Accumulated {
  const measures = measuresFor(Array.isArray(metric) ? metric : [metric as MetricDef], sales);
  const frame = loadFrame(sales, measures, range, false, settings, lineOrders);
  return aggregate(frame, { count: 1, ids: new Int32Array(frame.length) }, measures);
}

/** A metric from accumulated measures; null when a ratio's denominator is 0. */
export function metricValue(metric: MetricDef, accumulated: Accumulated, group: number): number | null {
  const numerator = accumulated.get(metric.numerator)![group];
  if (!metric.denominator) return metric.format === 'money' ? roundToCents(numerator) : numerator;
  const denominator = accumulated.get(metric.denominator)![group];
  return denominator === 0 ? null : numerator / denominator;
}
