import type { DateOrder } from './parseDateTime';
import type { DecimalMark } from './parseNumber';

/** How cells are read: the part of Settings every reader of a table needs, so it lives below them all. */
export interface ReadOptions {
  /** IANA zone of the shop's reporting day; Date cells are read in it. */
  timeZone: string;
  /** 1 = weeks start on Monday (ISO), 0 = Sunday (Sheets' WEEKNUM default). */
  weekStart: 0 | 1;
  /** How `03/04/2026` reads when the data itself does not settle it; unset (no market, no row): such a date is refused. */
  dateOrder: DateOrder | undefined;
  /** How a date a person types as text (`03/04/2026` as a formula's start, in Promos or a plan tab) reads; unset: as dateOrder. */
  typedDateOrder: DateOrder | undefined;
  /** A typed year 2400–2700 is the Buddhist era (Thailand: 2569 = 2026); never for an export's dates. From the market only. */
  typedBuddhistEra: boolean;
  /** The decimal mark of text amounts no value of their column settles (`1.250`); unset: such an amount is refused. */
  decimalMark: DecimalMark | undefined;
  /** Dates before this day (YYYY-MM-DD) are typos, not data. */
  earliestDate: string;
  /** Dates more than this many years after today are typos, not data. */
  latestYearsAhead: number;
}
