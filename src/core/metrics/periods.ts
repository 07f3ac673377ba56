import { excerpt, InputError } from '../values/errors';
import { addMonths, dayFromParts, formatDay, partsOfDay, startOfMonth, startOfQuarter } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';
import { ownValue } from '../values/ownValue';
import type { DayRange } from './dayRange';

export type PeriodKind = 'WoW' | 'MoM' | 'QoQ' | 'YoY' | 'YoY-week' | 'YoY-month';

export interface Comparison {
  readonly period: PeriodKind;
  readonly current: DayRange;
  readonly previous: DayRange;
  /** e.g. "2026-11-16 – 2026-11-22 vs 2026-11-09 – 2026-11-15" */
  readonly description: string;
}

const PERIODS: Record<string, PeriodKind> = {
  wow: 'WoW',
  mom: 'MoM',
  qoq: 'QoQ',
  yoy: 'YoY',
  'yoy-week': 'YoY-week',
  'yoy-month': 'YoY-month',
};

export function parsePeriod(value: unknown): PeriodKind {
  const kind = ownValue(PERIODS, cleanText(value).toLowerCase().replace(/\s+/g, ''));
  if (!kind) throw new InputError(`Unknown period '${excerpt(cleanText(value))}'. Use WoW, MoM, QoQ, YoY, YoY-week or YoY-month.`);
  return kind;
}

/** The same span from `startDay` on, never past `lastAllowed` (a shorter month or quarter). */
function sameSpan(startDay: number, length: number, lastAllowed: number): DayRange {
  return { from: startDay, to: Math.min(startDay + length, lastAllowed) };
}

/** A period of `months` starting `start`, to `asOf`, a year earlier: same dates, cut at that period's end (29 Feb → 28 Feb). */
function sameDatesLastYear(start: number, asOf: number, months: number): DayRange {
  const previousStart = addMonths(start, -12);
  return sameSpan(previousStart, asOf - start, addMonths(previousStart, months) - 1);
}

/**
 * WoW: the 7 days ending asOf vs the 7 before. MoM / QoQ / YoY: the calendar month / quarter / year
 * to asOf vs the one before, cut to the same number of days. YoY-week: the 7 days ending asOf vs the
 * same weekdays 364 days earlier. YoY-month: month to date vs the same dates a year earlier.
 */
export function comparisonWindows(period: PeriodKind, asOf: number): Comparison {
  const windows = ((): [DayRange, DayRange] => {
    switch (period) {
      case 'WoW':
        return [
          { from: asOf - 6, to: asOf },
          { from: asOf - 13, to: asOf - 7 },
        ];
      case 'YoY-week':
        return [
          { from: asOf - 6, to: asOf },
          { from: asOf - 370, to: asOf - 364 },
        ];
      case 'MoM': {
        const start = startOfMonth(asOf);
        return [{ from: start, to: asOf }, sameSpan(addMonths(start, -1), asOf - start, start - 1)];
      }
      case 'QoQ': {
        const start = startOfQuarter(asOf);
        return [{ from: start, to: asOf }, sameSpan(addMonths(start, -3), asOf - start, start - 1)];
      }
      case 'YoY-month': {
        const start = startOfMonth(asOf);
        return [{ from: start, to: asOf }, sameDatesLastYear(start, asOf, 1)];
      }
      case 'YoY': {
        const { year } = partsOfDay(asOf);
        const start = dayFromParts(year, 1, 1);
        const previousStart = dayFromParts(year - 1, 1, 1);
        return [{ from: start, to: asOf }, sameSpan(previousStart, asOf - start, start - 1)];
      }
    }
  })();
  const [current, previous] = windows;
  const span = (r: DayRange): string => `${formatDay(r.from)} – ${formatDay(r.to)}`;
  return { period, current, previous, description: `${span(current)} vs ${span(previous)}` };
}
