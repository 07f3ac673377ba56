import { dayFromParts, dayOfWallClock, MS_PER_DAY, partsOfDay } from './calendarDay';
import { cleanText } from './cleanText';
import { parseDateTime, type DateOrder } from './parseDateTime';
import type { ReadOptions } from './readOptions';

/** Thai people type the Buddhist era's year: 2569 is 2026 CE. Years this far ahead are no typo of a CE year (2026 ± a digit). */
const BUDDHIST_ERA_OFFSET = 543;
const BUDDHIST_YEARS = { from: 2400, to: 2700 };
const BUDDHIST_YEAR = /(^|\D)(2[4-6]\d\d|2700)(?!\d)/;

/**
 * A date a person typed (a formula's argument, `--as-of`, a Promos or plan cell) as wall-clock ms, in the order people type
 * there; where they type the Buddhist era (typedBuddhistEra), a year 2400–2700 is read as one. Export dates never come here.
 */
export function parseTypedDate(
  cell: unknown,
  order: DateOrder | undefined,
  options: Pick<ReadOptions, 'timeZone' | 'typedBuddhistEra'>,
): number | undefined {
  const text = typeof cell === 'string' ? cleanText(cell) : cell;
  if (!options.typedBuddhistEra) return parseDateTime(text, order, options.timeZone);
  // The text's own year, before it is parsed: 29/02/2567 is a leap day of 2024 CE, though 2567 is no leap year.
  if (typeof text === 'string')
    return parseDateTime(
      text.replace(BUDDHIST_YEAR, (_match, before: string, year: string) => `${before}${Number(year) - BUDDHIST_ERA_OFFSET}`),
      order,
      options.timeZone,
    );
  const wall = parseDateTime(text, order, options.timeZone);
  if (wall === undefined || isNaN(wall)) return wall;
  const day = dayOfWallClock(wall);
  const { year, month, day: date } = partsOfDay(day);
  if (year < BUDDHIST_YEARS.from || year > BUDDHIST_YEARS.to) return wall;
  return (dayFromParts(year - BUDDHIST_ERA_OFFSET, month, date) - day) * MS_PER_DAY + wall;
}
