import { InputError } from '../values/errors';
import type { DayRange } from '../metrics/dayRange';
import { addMonths, formatDay, partsOfDay, startOfMonth, startOfQuarter, startOfWeek } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';

export type Cadence = 'wbr' | 'mbr' | 'qbr';

export const CADENCES: readonly Cadence[] = ['wbr', 'mbr', 'qbr'];

/** What each cadence compares and charts. */
interface CadenceSpec {
  readonly label: 'WBR' | 'MBR' | 'QBR';
  /** How the previous period is named in sentences: "week over week". */
  readonly overWords: string;
  readonly unit: 'week' | 'month' | 'quarter';
  readonly trendBuckets: number;
}

export const CADENCE_SPECS: Readonly<Record<Cadence, CadenceSpec>> = {
  wbr: { label: 'WBR', overWords: 'week over week', unit: 'week', trendBuckets: 8 },
  mbr: { label: 'MBR', overWords: 'month over month', unit: 'month', trendBuckets: 6 },
  qbr: { label: 'QBR', overWords: 'quarter over quarter', unit: 'quarter', trendBuckets: 4 },
};

export function parseCadence(value: unknown): Cadence {
  const text = cleanText(value).toLowerCase();
  if ((CADENCES as readonly string[]).includes(text)) return text as Cadence;
  throw new InputError(`Unknown cadence '${cleanText(value)}'. Use wbr (weekly), mbr (monthly) or qbr (quarterly).`);
}

/** The Sheets dialog's answer: `mbr`, or `MBR to date` for the month in progress. */
export function parseCadenceAnswer(value: unknown): { cadence: Cadence; toDate: boolean } {
  const text = cleanText(value);
  const toDate = /\bto[\s-]?date$/i.test(text);
  return { cadence: parseCadence(toDate ? text.replace(/\bto[\s-]?date$/i, '') : text), toDate };
}

/** How the periods are chosen: complete periods (the default), or the period to date when asked; the shop's week start. */
export interface PeriodChoice {
  readonly toDate: boolean;
  /** 1 = Monday, 0 = Sunday (Settings). */
  readonly weekStart: 0 | 1;
}

export interface CadencePeriods {
  readonly toDate: boolean;
  readonly current: DayRange;
  readonly previous: DayRange;
  /** The same period a year earlier: same weekdays 364 days back (WBR), same calendar month or quarter (MBR, QBR). */
  readonly yearAgo: DayRange;
  /** How the year-ago period was chosen, said in the report. */
  readonly yearAgoRule: string;
  /** Each compared period named with its length: `November 2026 (30 days)`. */
  readonly names: { readonly current: string; readonly previous: string; readonly yearAgo: string };
  /** Trend buckets, oldest first; the last one is `current` (partial when `toDate`). */
  readonly trend: readonly DayRange[];
  /** Where next steps are due: the day after as-of through the end of the next period. */
  readonly coming: DayRange;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const dayCount = (range: DayRange): number => range.to - range.from + 1;
const days = (range: DayRange): string => `${dayCount(range)} day${dayCount(range) === 1 ? '' : 's'}`;

/** The period of a cadence that holds `day`, as a whole. */
function periodHolding(cadence: Cadence, day: number, weekStart: 0 | 1): DayRange {
  if (cadence === 'wbr') {
    const from = startOfWeek(day, weekStart);
    return { from, to: from + 6 };
  }
  const from = cadence === 'mbr' ? startOfMonth(day) : startOfQuarter(day);
  return { from, to: addMonths(from, cadence === 'mbr' ? 1 : 3) - 1 };
}

/** The whole period `count` periods before (negative) or after the one holding `day`. */
function shiftPeriod(cadence: Cadence, period: DayRange, count: number, weekStart: 0 | 1): DayRange {
  if (cadence === 'wbr') return { from: period.from + 7 * count, to: period.to + 7 * count };
  return periodHolding(cadence, addMonths(period.from, (cadence === 'mbr' ? 1 : 3) * count), weekStart);
}

/** `week of 2026-11-16`, `November 2026`, `Q4 2026`. */
function periodName(cadence: Cadence, whole: DayRange): string {
  const { year, month } = partsOfDay(whole.from);
  if (cadence === 'wbr') return `week of ${formatDay(whole.from)}`;
  if (cadence === 'mbr') return `${MONTHS[month - 1]} ${year}`;
  return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
}

/** The first `length` days of a whole period, never past its end (a shorter month or quarter). */
const firstDays = (whole: DayRange, length: number): DayRange => ({ from: whole.from, to: Math.min(whole.from + length - 1, whole.to) });

/**
 * The periods a client expects. By default the last complete week (the shop's week start), calendar month or
 * calendar quarter ending on or before as-of, against the previous complete one and the same one a year
 * earlier (a WBR: the same weekdays 364 days back, never "week N last year": ISO years have 52 or 53 weeks);
 * lengths may differ and are said. With `toDate`: the period holding as-of up to it, against the same first
 * days of the previous and the year-ago period.
 */
export function cadencePeriods(cadence: Cadence, asOf: number, choice: PeriodChoice): CadencePeriods {
  const { weekStart, toDate } = choice;
  const holding = periodHolding(cadence, asOf, weekStart);
  const whole = toDate || holding.to === asOf ? holding : shiftPeriod(cadence, holding, -1, weekStart);
  const previousWhole = shiftPeriod(cadence, whole, -1, weekStart);
  const yearAgoWhole =
    cadence === 'wbr' ? { from: whole.from - 364, to: whole.to - 364 } : shiftPeriod(cadence, whole, cadence === 'mbr' ? -12 : -4, weekStart);
  const current = toDate ? { from: whole.from, to: asOf } : whole;
  const length = dayCount(current);
  const previous = toDate ? firstDays(previousWhole, length) : previousWhole;
  const yearAgo = toDate ? firstDays(yearAgoWhole, length) : yearAgoWhole;
  const suffix = toDate ? ', same days' : '';
  const buckets = CADENCE_SPECS[cadence].trendBuckets;
  const trend = Array.from({ length: buckets }, (_, i) => (i === buckets - 1 ? current : shiftPeriod(cadence, whole, i - buckets + 1, weekStart)));
  return {
    toDate,
    current,
    previous,
    yearAgo,
    yearAgoRule: cadence === 'wbr' ? 'the same weekdays 364 days earlier' : `the same calendar ${CADENCE_SPECS[cadence].unit} a year earlier`,
    names: {
      current: `${periodName(cadence, whole)}${toDate ? ' to date' : ''} (${days(current)})`,
      previous: `${periodName(cadence, previousWhole)}${suffix} (${days(previous)})`,
      yearAgo: `${periodName(cadence, yearAgoWhole)}${suffix} (${days(yearAgo)})`,
    },
    trend,
    coming: { from: asOf + 1, to: cadence === 'wbr' ? asOf + 7 : shiftPeriod(cadence, holding, 1, weekStart).to },
  };
}
