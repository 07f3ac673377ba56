import type { Settings } from '../settings/settings';
import type { Table } from '../table/readTable';
import { detectDateOrder, typedDateOrder } from '../table/readDayColumn';
import { columnDecimalMark } from '../table/readNumberCell';
import { cleanText } from '../values/cleanText';
import { MS_PER_DAY } from '../values/calendarDay';
import { isDateOnly, type DateOrder } from '../values/parseDateTime';
import { parseTypedDate } from '../values/typedDate';
import { parseNumber } from '../values/parseNumber';
import { plausibleWindow } from '../values/plausibleDates';
import type { CommonRuleId } from './commonRules';
import type { FindingList } from './findingList';
import { excerpt } from '../values/errors';

const EXPECTED_NUMBER = 'a number such as 12.99 or $12.99';
const EXPECTED_DATE = 'a date such as 11/27/2026 8:00 PM, 2026-11-27 20:00 or a date cell';

/**
 * Cells of a QA table read without throwing: an unreadable cell becomes a 'value-unreadable'
 * finding naming the cell, and reads as NaN so that no check compares against it.
 */
export class QaCells<K extends string> {
  /** Settled on the first date read; boxed, as "no order" (ISO dates only) is an answer too and must not be sought again per cell. */
  private dateOrder?: { readonly value: DateOrder | undefined };

  /** `dateKeys`: the table's date columns; one settles the day-month order of all (a tracker writes dates one way). */
  constructor(
    readonly table: Table<K>,
    private readonly findings: FindingList<CommonRuleId>,
    private readonly settings: Settings,
    private readonly dateKeys: readonly K[] = [],
  ) {}

  /** The row's position in the given range, counting the header row as 1. */
  rowNumber(r: number): number {
    return r - this.table.headerRow + 1;
  }

  has(key: K): boolean {
    return this.table.has(key);
  }

  header(key: K): string {
    return this.table.headerAt(this.table.index(key));
  }

  /** Cleaned text; '' when blank or when the table has no such column. */
  text(r: number, key: K): string {
    const col = this.table.index(key);
    return col < 0 ? '' : cleanText(this.table.values[r][col]);
  }

  /** A number; undefined when blank or absent; NaN (reported) when not a number. */
  number(r: number, key: K): number | undefined {
    const col = this.table.index(key);
    if (col < 0) return undefined;
    const cell = this.table.values[r][col];
    const value = parseNumber(cell, columnDecimalMark(this.table, col) ?? this.settings.decimalMark);
    if (value !== undefined && isNaN(value)) this.unreadable(r, key, cell, EXPECTED_NUMBER);
    return value;
  }

  /** Wall-clock ms; undefined when blank or absent; NaN (reported) for text that is no real date (31/02/2026). */
  dateTime(r: number, key: K): number | undefined {
    const col = this.table.index(key);
    if (col < 0) return undefined;
    const cell = this.table.values[r][col];
    this.dateOrder ??= {
      value: this.dateKeys.reduceRight((fallback, dateKey) => {
        const dateCol = this.table.index(dateKey);
        return dateCol < 0 ? fallback : detectDateOrder(this.table, dateCol, fallback, { byClock: false });
      }, typedDateOrder(this.settings)),
    };
    const wall = parseTypedDate(cell, this.dateOrder.value, this.settings);
    if (wall !== undefined && isNaN(wall)) this.unreadable(r, key, cell, EXPECTED_DATE);
    const window = plausibleWindow(this.settings);
    if (wall === undefined || isNaN(wall) || (wall >= window.from && wall < window.to)) return wall;
    // a promotion typed for 2062 instead of 2026 is a typo, not a plan: the window of the date columns applies here too
    this.unreadable(r, key, cell, `a date from ${window.text} (Settings rows earliestDate and latestYearsAhead)`);
    return NaN;
  }

  /** An end date: a date without a time of day means the whole day, so it ends at 23:59:59.999. */
  endDateTime(r: number, key: K): number | undefined {
    const wall = this.dateTime(r, key);
    if (wall === undefined || isNaN(wall)) return wall;
    return isDateOnly(this.table.values[r][this.table.index(key)], wall) ? wall + MS_PER_DAY - 1 : wall;
  }

  private unreadable(r: number, key: K, cell: unknown, expected: string): void {
    const header = this.header(key);
    this.findings.add('value-unreadable', this.rowNumber(r), header, { column: header, value: excerpt(cleanText(cell)), expected });
  }
}
