import { formatDay } from '../values/calendarDay';
import type { Frame } from './aggregate';
import type { DayRange } from './dayRange';

/** The days an input table speaks for: an order export its whole span (a day without orders is a real zero); analytics the days it has rows for. */
export interface DataSpan {
  readonly kind: 'orders' | 'analytics';
  readonly firstDay: number;
  readonly lastDay: number;
  readonly days: ReadonlySet<number>;
}

export function dataSpan(frame: Frame, kind: DataSpan['kind']): DataSpan {
  const days = new Set<number>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < frame.length; i++) {
    const day = frame.day[i];
    days.add(day);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  return { kind, firstDay, lastDay, days };
}

function daysCovered(data: DataSpan, range: DayRange): number {
  if (data.kind === 'orders') return Math.max(0, Math.min(range.to, data.lastDay) - Math.max(range.from, data.firstDay) + 1);
  let count = 0;
  for (let day = range.from; day <= range.to; day++) if (data.days.has(day)) count++;
  return count;
}

export function covers(data: DataSpan, range: DayRange): boolean {
  return daysCovered(data, range) === range.to - range.from + 1;
}

/**
 * The one rule for a period the data covers only in part, used by TTS_COMPARE, the read-out tabs and the
 * client update: a period compared against is left out (a 5-day week beside a 7-day one is no comparison) and
 * this says why, with the coverage: "previous period 2025-10-13 – 2025-10-19: data from 2025-10-15, 5 of 7
 * days, so it is left out". The period reported on (`leftOut` false) keeps its values, and the note its
 * coverage. Undefined when the data covers the whole period.
 */
export function partialPeriodNote(data: DataSpan, range: DayRange, what: string, leftOut = true): string | undefined {
  const covered = daysCovered(data, range);
  const length = range.to - range.from + 1;
  if (covered === length) return undefined;
  const period = `${what} ${formatDay(range.from)} – ${formatDay(range.to)}`;
  const consequence = leftOut ? ', so it is left out' : '';
  if (covered === 0) return `${period}: no data${consequence}.`;
  const of = `${covered} of ${length} days`;
  const from = Math.max(range.from, data.firstDay);
  const through = Math.min(range.to, data.lastDay);
  const gapless = covered === through - from + 1;
  const coverage =
    gapless && from > range.from ? `data from ${formatDay(from)}, ${of}` : gapless ? `data through ${formatDay(through)}, ${of}` : `data for ${of}`;
  return `${period}: ${coverage}${consequence}.`;
}
