import type { Settings } from '../settings/settings';
import { aggregate, type Accumulated, type Frame } from '../metrics/aggregate';
import { ALL_DAYS, type DayRange } from '../metrics/dayRange';
import { loadFrame, measuresFor } from '../metrics/evaluate';
import type { Measure } from '../metrics/measures';
import type { MetricDef } from '../metrics/metricCatalog';
import type { SalesTable } from '../metrics/readSalesTable';

/** An input tab's lines read once for the whole report, with the days it has data for. */
export interface ReportFrame {
  readonly sales: SalesTable;
  readonly frame: Frame;
  readonly measures: ReadonlySet<Measure>;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly days: ReadonlySet<number>;
}

export function reportFrame(sales: SalesTable, metrics: readonly MetricDef[], extra: readonly Measure[], settings: Settings): ReportFrame {
  const measures = measuresFor(metrics, sales);
  for (const m of extra) measures.add(m);
  const frame = loadFrame(sales, measures, ALL_DAYS, true, settings);
  const days = new Set<number>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < frame.length; i++) {
    const day = frame.day[i];
    days.add(day);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  return { sales, frame, measures, firstDay, lastDay, days };
}

/**
 * Whether the data speaks for the whole range. Orders: the range lies within the export's span (a
 * day without orders is a real zero). Analytics: every day of the range has a row (a missing day is unknown).
 */
export function covers(data: ReportFrame, range: DayRange): boolean {
  if (range.from < data.firstDay || range.to > data.lastDay) return false;
  if (data.sales.kind === 'orders') return true;
  for (let day = range.from; day <= range.to; day++) if (!data.days.has(day)) return false;
  return true;
}

/** How many days of the range the data has rows for. */
export function daysWithData(data: ReportFrame, range: DayRange): number {
  let count = 0;
  for (let day = range.from; day <= range.to; day++) if (data.days.has(day)) count++;
  return count;
}

/** Measure sums per range (group i = ranges[i]); ranges must not overlap. */
export function sumsOver(data: ReportFrame, ranges: readonly DayRange[]): Accumulated {
  const { frame } = data;
  const ids = new Int32Array(frame.length);
  for (let i = 0; i < frame.length; i++) {
    const day = frame.day[i];
    ids[i] = ranges.findIndex((r) => day >= r.from && day <= r.to);
  }
  return aggregate(frame, { count: ranges.length, ids }, data.measures);
}
