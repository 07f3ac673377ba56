import type { Settings } from '../settings/settings';
import { metricTotals, metricValue } from '../metrics/evaluate';
import { findMetric } from '../metrics/parseMetricList';
import { readSalesTable } from '../metrics/readSalesTable';
import { dayRangeArguments } from '../metrics/dayArgument';

/** One metric over a table and optional date range, as a single number ('' when undefined, e.g. AOV of no orders). */
export function metricFormula(metricName: string, table: unknown, start: unknown, end: unknown, settings: Settings): number | '' {
  const metric = findMetric(metricName);
  const accumulated = metricTotals(readSalesTable(table), metric, dayRangeArguments(start, end, settings), settings);
  return metricValue(metric, accumulated, 1) ?? '';
}
