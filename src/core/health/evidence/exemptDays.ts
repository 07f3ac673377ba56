import { dayFromParts, formatDay } from '../../values/calendarDay';
import { InputError } from '../../values/errors';
import { quoteCell } from '../../values/personalData';

/** Announced exemption days as typed (YYYY-MM-DD, comma- or space-separated lists allowed), each once, in order. */
export function exemptDays(typed: readonly string[]): number[] {
  const days = new Set<number>();
  for (const text of typed.flatMap((t) => t.split(/[\s,;]+/)).filter(Boolean)) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const day = match ? dayFromParts(+match[1], +match[2], +match[3]) : NaN;
    if (!match || formatDay(day) !== text) throw new InputError(`An exemption day must be a date written YYYY-MM-DD; got ${quoteCell(text)}.`);
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}
