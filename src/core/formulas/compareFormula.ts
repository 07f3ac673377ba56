import { InputError } from '../values/errors';
import type { Settings } from '../settings/settings';
import { aggregate } from '../metrics/aggregate';
import { ALL_DAYS, inRange } from '../metrics/dayRange';
import { loadFrame, measuresFor, metricValue } from '../metrics/evaluate';
import { parseMetricList } from '../metrics/parseMetricList';
import { comparisonWindows, parsePeriod, type Comparison } from '../metrics/periods';
import { readSalesTable } from '../metrics/readSalesTable';
import { dataSpan, partialPeriodNote } from '../metrics/periodCoverage';
import { dayArgument } from '../metrics/dayArgument';
import type { Cell } from './pivotFormula';

export const COMPARE_HEADER: Cell[] = ['Metric', 'Current', 'Previous', 'Change', 'Change %'];

export interface ComparisonResult {
  readonly comparison: Comparison;
  readonly rows: Cell[][];
  /** A period the data covers only in part, left out and why (the partial-period rule). */
  readonly notes: readonly string[];
}

/** The comparison table plus the windows it used (read-outs print them; the formula returns rows only). */
export function compareMetrics(table: unknown, metrics: unknown, period: unknown, asOf: unknown, settings: Settings): ComparisonResult {
  const sales = readSalesTable(table);
  const metricDefs = parseMetricList(metrics);
  const kind = parsePeriod(period);
  const measures = measuresFor(metricDefs, sales);
  const frame = loadFrame(sales, measures, ALL_DAYS, true, settings);
  let asOfDay = dayArgument(asOf, "'asOf'", settings);
  if (asOfDay === undefined) {
    if (!frame.length) throw new InputError('The table has no dated rows (no paid orders), so there is no last date to compare from; give asOf.');
    asOfDay = frame.day.reduce((max, day) => (day > max ? day : max), frame.day[0]);
  }
  const comparison = comparisonWindows(kind, asOfDay);
  const ids = new Int32Array(frame.length);
  for (let i = 0; i < frame.length; i++) {
    const day = frame.day[i];
    ids[i] = inRange(day, comparison.current) ? 0 : inRange(day, comparison.previous) ? 1 : -1;
  }
  const accumulated = aggregate(frame, { count: 2, ids }, measures);
  const span = dataSpan(frame, sales.kind);
  const [currentNote, previousNote] = [
    partialPeriodNote(span, comparison.current, 'Current period', false),
    partialPeriodNote(span, comparison.previous, 'Previous period'),
  ];
  const rows = metricDefs.map((metric): Cell[] => {
    const current = metricValue(metric, accumulated, 0);
    const previous = previousNote ? null : metricValue(metric, accumulated, 1);
    const change = current !== null && previous !== null && !currentNote ? current - previous : null;
    const changePercent = change !== null && previous ? change / previous : null;
    return [metric.name, current ?? '', previous ?? '', change ?? '', changePercent ?? ''];
  });
  return { comparison, rows: [COMPARE_HEADER, ...rows], notes: [currentNote, previousNote].filter((n): n is string => !!n) };
}

/** TTS_COMPARE: `Metric, Current, Previous, Change, Change %`; rate changes are percentage points; under them, why a period is left out. */
export function ttsCompare(table: unknown, metrics: unknown, period: unknown, asOf: unknown, settings: Settings): Cell[][] {
  const { rows, notes } = compareMetrics(table, metrics, period, asOf, settings);
  return [...rows, ...notes.map((note) => [note, '', '', '', ''])];
}
