import { InputError } from '../values/errors';
import { CHANNEL_GMV_HEADERS, type ChannelMeasure } from '../markets/analyticsHeaders';
import type { Settings } from '../settings/settings';
import type { AnalyticsColumnKey } from '../table/columns';
import { dayCellReader } from '../table/readDayColumn';
import { readNumberCell } from '../table/readNumberCell';
import type { Table } from '../table/readTable';
import { inRange, type DayRange } from './dayRange';
import type { Measure } from './measures';
import { analyticsRepeats } from './analyticsRepeats';

/** Rows of a product analytics table in a day range, each needed measure as one column; a row pasted twice counted once (analyticsRepeats). */
export interface AnalyticsFrame {
  readonly kind: 'analytics';
  readonly length: number;
  readonly tableRow: Int32Array;
  /** Calendar day per row; empty when the table has no Date column and none was needed. */
  readonly day: Int32Array;
  readonly sums: ReadonlyMap<Measure, Float64Array>;
}

const SOURCE_COLUMNS: Partial<Record<Measure, AnalyticsColumnKey>> = {
  gmv: 'gmv',
  orders: 'orders',
  units: 'itemsSold',
  impressions: 'impressions',
  clicks: 'clicks',
  customers: 'customers',
  visitors: 'visitors',
  ...Object.fromEntries(Object.keys(CHANNEL_GMV_HEADERS).map((key) => [key, key])),
};

/** Measures read as money (`Rp100.000.000`), the rest as counts. */
const AMOUNTS: ReadonlySet<Measure> = new Set<Measure>(['gmv', ...(Object.keys(CHANNEL_GMV_HEADERS) as ChannelMeasure[])]);

function sourceColumn(table: Table<AnalyticsColumnKey>, measure: Measure): number {
  const key = SOURCE_COLUMNS[measure];
  if (!key) throw new InputError(`'${measure}' needs an order export; a product analytics table does not have it.`);
  if (measure === 'visitors' && !table.has('visitors') && table.has('uniqueClicks')) return table.index('uniqueClicks');
  return table.require(key, measure === 'visitors' ? "CVR (or 'Unique clicks' on product-level exports)" : measure);
}

export function buildAnalyticsFrame(
  table: Table<AnalyticsColumnKey>,
  measures: ReadonlySet<Measure>,
  range: DayRange,
  needDay: boolean,
  settings: Settings,
): AnalyticsFrame {
  const bounded = range.from > -Infinity || range.to < Infinity;
  const dateCol = needDay || bounded ? table.require('date', bounded ? 'a start or end date' : 'grouping by date') : -1;
  const readDay = dateCol >= 0 ? dayCellReader(table, dateCol, settings) : undefined;
  const columns = [...measures].map((m) => [m, sourceColumn(table, m)] as const);
  const { rows } = table;
  const { repeated } = analyticsRepeats(table, settings);
  const n = rows.length;
  const tableRow = new Int32Array(n);
  const day = new Int32Array(readDay ? n : 0);
  const sums = new Map(columns.map(([m]) => [m, new Float64Array(n)] as const));
  let length = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (repeated.has(r)) continue;
    if (readDay) {
      const d = readDay(r);
      if (d === undefined) {
        if (!bounded) throw new InputError(`${table.cellName(r, dateCol)}: the row has no date; every row needs one to be grouped by date.`);
        continue;
      }
      if (!inRange(d, range)) continue;
      day[length] = d;
    }
    tableRow[length] = r;
    for (const [m, col] of columns) sums.get(m)![length] = readNumberCell(table, r, col, settings.decimalMark, AMOUNTS.has(m) ? 'amount' : 'count');
    length++;
  }
  return {
    kind: 'analytics',
    length,
    tableRow: tableRow.subarray(0, length),
    day: day.subarray(0, readDay ? length : 0),
    sums: new Map([...sums].map(([m, values]) => [m, values.subarray(0, length)] as const)),
  };
}
