import type { SalesTable } from '../../metrics/readSalesTable';
import type { Settings } from '../../settings/settings';
import { dateCellReader } from '../../table/readDayColumn';
import { formatDay, MS_PER_DAY } from '../../values/calendarDay';
import { formatWallClock } from '../../values/formatWallClock';
import { wallClockOf } from '../../values/wallClock';

/** The last day the data covers, and how the read-outs print it. */
export interface DataThrough {
  readonly day: number;
  readonly text: string;
  /** The 0-based row and column of the cell holding it. */
  readonly row: number;
  readonly column: number;
}

/**
 * The latest time the sales data covers (shop time): the last Paid Time of an order export
 * (`2026-11-22 23:58`), the last Date of an analytics table (`2026-11-22`); undefined when no row has one.
 */
export function dataThrough(sales: SalesTable, settings: Settings): DataThrough | undefined {
  const col = sales.kind === 'orders' ? sales.table.index('paidTime') : sales.table.index('date');
  if (col < 0) return undefined;
  const read = dateCellReader(sales.table, col, settings);
  let last: number | undefined;
  let row = -1;
  for (const r of sales.table.rows) {
    const wall = read(r);
    if (wall !== undefined && (last === undefined || wall > last)) {
      last = wall;
      row = r;
    }
  }
  if (last === undefined) return undefined;
  const day = Math.floor(last / MS_PER_DAY);
  return { day, text: sales.kind === 'orders' ? formatWallClock(last) : formatDay(day), row, column: col };
}

/** "Data through 2026-11-22 23:58, America/Los_Angeles; refreshed 2026-11-23 09:15." */
export function freshnessLine(through: string | null, now: Date, timeZone: string): string {
  const refreshed = `refreshed ${formatWallClock(wallClockOf(now, timeZone))}`;
  return through ? `Data through ${through}, ${timeZone}; ${refreshed}.` : `No dated data yet (${timeZone}); ${refreshed}.`;
}
