import type { Settings } from '../settings';
import { findMetric } from '../metrics/parseMetricList';
import { aggregate } from '../metrics/aggregate';
import { loadFrame, measuresFor, metricValue } from '../metrics/evaluate';
import { readSalesTable } from '../metrics/readSalesTable';
import { dayRangeArguments } from './dayArgument';

/** One metric over a table and optional date range, as a single number ('' when undefined, e.g. AOV of no orders). */
export function metricFormula(metricName: string, table: unknown, start: unknown, end: unknown, settings: Settings): number | '' {
  const sales = readSalesTable(table);
  const metric = findMetric(metricName);
  const measures = measuresFor([metric], sales);
  const frame = loadFrame(sales, measures, dayRangeArguments(start, end, settings), false, settings);
  const accumulated = aggregate(frame, { count: 1, ids: new Int32Array(frame.length) }, measures);
  return metricValue(metric, accumulated, 1) ?? '';
}
