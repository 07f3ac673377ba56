import { InputError } from '../values/errors';
import type { DayRange } from '../metrics/dayRange';
import { comparisonWindows, sameDatesLastYear } from '../metrics/periods';
import { addMonths, startOfMonth, startOfQuarter } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';

export type Cadence = 'wbr' | 'mbr' | 'qbr';

export const CADENCES: readonly Cadence[] = ['wbr', 'mbr', 'qbr'];

/** What each cadence compares and charts. */
interface CadenceSpec {
  readonly label: 'WBR' | 'MBR' | 'QBR';
  /** How the previous period is named in sentences: "week over week". */
  readonly overWords: string;
  readonly previousWords: string;
  readonly trendBuckets: number;
  readonly trendUnit: string;
}

export const CADENCE_SPECS: Readonly<Record<Cadence, CadenceSpec>> = {
  wbr: { label: 'WBR', overWords: 'week over week', previousWords: 'the previous 7 days', trendBuckets: 8, trendUnit: 'weeks' },
  mbr: { label: 'MBR', overWords: 'month over month', previousWords: 'the same days of the previous month', trendBuckets: 6, trendUnit: 'months' },
  qbr: {
    label: 'QBR',
    overWords: 'quarter over quarter',
    previousWords: 'the same days of the previous quarter',
    trendBuckets: 4,
    trendUnit: 'quarters',
  },
};

export function parseCadence(value: unknown): Cadence {
  const text = cleanText(value).toLowerCase();
  if ((CADENCES as readonly string[]).includes(text)) return text as Cadence;
  throw new InputError(`Unknown cadence '${cleanText(value)}'. Use wbr (weekly), mbr (monthly) or qbr (quarterly).`);
}

export interface CadencePeriods {
  readonly current: DayRange;
  readonly previous: DayRange;
  /** The same period a year earlier: same weekdays 364 days back (WBR), same calendar dates (MBR, QBR). */
  readonly yearAgo: DayRange;
  /** How the year-ago period was chosen, said in the report. */
  readonly yearAgoRule: string;
  /** Trend buckets, oldest first; the last one is `current`. */
  readonly trend: readonly DayRange[];
  /** Where next steps are due: the day after as-of through the end of the next period. */
  readonly coming: DayRange;
}

/**
 * WBR: the 7 days ending as-of vs the 7 before and vs the same weekdays 364 days earlier (never "week N
 * last year": ISO years have 52 or 53 weeks). MBR / QBR: the calendar month / quarter to as-of vs the
 * previous one cut to the same number of days, and vs the same dates a year earlier.
 */
export function cadencePeriods(cadence: Cadence, asOf: number): CadencePeriods {
  switch (cadence) {
    case 'wbr': {
      const { current, previous } = comparisonWindows('WoW', asOf);
      const trend = Array.from({ length: 8 }, (_, i) => ({ from: asOf - 7 * (7 - i) - 6, to: asOf - 7 * (7 - i) }));
      return {
        current,
        previous,
        yearAgo: comparisonWindows('YoY-week', asOf).previous,
        yearAgoRule: 'the same weekdays 364 days earlier',
        trend,
        coming: { from: asOf + 1, to: asOf + 7 },
      };
    }
    case 'mbr':
    case 'qbr': {
      const months = cadence === 'mbr' ? 1 : 3;
      const start = cadence === 'mbr' ? startOfMonth(asOf) : startOfQuarter(asOf);
      const { current, previous } = comparisonWindows(cadence === 'mbr' ? 'MoM' : 'QoQ', asOf);
      const buckets = CADENCE_SPECS[cadence].trendBuckets;
      const trend = Array.from({ length: buckets }, (_, i) => {
        const from = addMonths(start, -months * (buckets - 1 - i));
        return { from, to: i === buckets - 1 ? asOf : addMonths(from, months) - 1 };
      });
      return {
        current,
        previous,
        yearAgo: sameDatesLastYear(start, asOf, months),
        yearAgoRule: 'the same calendar dates a year earlier',
        trend,
        coming: { from: asOf + 1, to: addMonths(start, 2 * months) - 1 },
      };
    }
  }
}
