import type { Settings } from '../settings/settings';
import { MS_PER_DAY } from '../values/calendarDay';
import { plausibleWindow } from '../values/plausibleDates';
import { slashTextDay } from '../values/slashTextDay';
import { dayCellReader, detectDateOrder } from './readDayColumn';
import type { Table } from './readTable';

/**
 * dayCellReader with a fast path for Seller Center's timestamp text (most cells of a Paid Time
 * column): the same days and the same errors, at a fraction of the cost on a cold call.
 */
export function shopDayReader(table: Table, col: number, settings: Settings): (row: number) => number | undefined {
  const order = detectDateOrder(table, col, settings.dateOrder);
  const { values } = table;
  // Days the whole of which is plausible; a day at either edge goes to the full reader, which decides.
  const window = plausibleWindow(settings);
  const firstPlausibleDay = Math.ceil(window.from / MS_PER_DAY);
  const lastPlausibleDay = Math.floor(window.to / MS_PER_DAY) - 1;
  let full: ((row: number) => number | undefined) | undefined;
  // The lines of one order carry the same timestamp: read it once.
  let lastCell: unknown = undefined;
  let lastDay: number | undefined = undefined;
  return (row) => {
    const cell = values[row][col];
    if (cell === lastCell && typeof cell === 'string') return lastDay;
    let day = typeof cell === 'string' && order !== undefined ? slashTextDay(cell, order) : undefined;
    if (day === undefined || day < firstPlausibleDay || day > lastPlausibleDay) {
      full ??= dayCellReader(table, col, settings);
      day = full(row);
    }
    lastCell = cell;
    lastDay = day;
    return day;
  };
}
