import { MS_PER_DAY } from '../../values/calendarDay';
import { dayTextMs } from '../../values/plausibleDates';
import { InputError } from '../../values/errors';
import { quoteCell } from '../../values/personalData';

/** Announced exemption days as typed (YYYY-MM-DD, comma- or space-separated lists allowed), each once, in order. */
export function exemptDays(typed: readonly string[]): number[] {
  const days = new Set<number>();
  for (const text of typed.flatMap((t) => t.split(/[\s,;]+/)).filter(Boolean)) {
    const day = dayTextMs(text) / MS_PER_DAY;
    if (isNaN(day)) throw new InputError(`An exemption day must be a date written YYYY-MM-DD; got ${quoteCell(text)}.`);
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}
