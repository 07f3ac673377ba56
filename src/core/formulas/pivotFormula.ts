import type { Settings } from '../settings/settings';
import { aggregate } from '../metrics/aggregate';
import { loadFrame, measuresFor, metricValue } from '../metrics/evaluate';
import { groupFrame, isDateGrouping, parseGroupBy } from '../metrics/grouping';
import { parseMetricList } from '../metrics/parseMetricList';
import { readSalesTable } from '../metrics/readSalesTable';
import { dayRangeArguments } from '../metrics/dayArgument';

export type Cell = string | number;

/** TTS_PIVOT: a header row, one row per group in order, and a Total row computed from its own sums. */
export function ttsPivot(table: unknown, rows: unknown, metrics: unknown, start: unknown, end: unknown, settings: Settings): Cell[][] {
  const sales = readSalesTable(table);
  const groupBy = parseGroupBy(rows);
  const metricDefs = parseMetricList(metrics);
  const measures = measuresFor(metricDefs, sales);
  const frame = loadFrame(sales, measures, dayRangeArguments(start, end, settings), isDateGrouping(groupBy), settings);
  const groups = groupFrame(frame, sales.table, groupBy, settings);
  const accumulated = aggregate(frame, groups, measures);
  const line = (label: string, group: number): Cell[] => [label, ...metricDefs.map((m) => metricValue(m, accumulated, group) ?? '')];
  return [[groups.title, ...metricDefs.map((m) => m.name)], ...groups.order.map((g) => line(groups.labels[g], g)), line('Total', groups.count)];
}
