import type { Settings } from '../settings/settings';
import { aggregate, type Accumulated, type Frame } from '../metrics/aggregate';
import { ALL_DAYS, type DayRange } from '../metrics/dayRange';
import { loadFrame, measuresFor } from '../metrics/evaluate';
import type { Measure } from '../metrics/measures';
import type { MetricDef } from '../metrics/metricCatalog';
import type { SalesTable } from '../metrics/readSalesTable';
import { dataSpan, type DataSpan } from '../metrics/periodCoverage';

/** An input tab's lines read once for the whole report, with the days it has data for. */
export interface ReportFrame {
  readonly sales: SalesTable;
  readonly frame: Frame;
  readonly measures: ReadonlySet<Measure>;
  readonly span: DataSpan;
}

export function reportFrame(sales: SalesTable, metrics: readonly MetricDef[], extra: readonly Measure[], settings: Settings): ReportFrame {
  const measures = measuresFor(metrics, sales);
  for (const m of extra) measures.add(m);
  const frame = loadFrame(sales, measures, ALL_DAYS, true, settings);
  return { sales, frame, measures, span: dataSpan(frame, sales.kind) };
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
