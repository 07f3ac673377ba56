import { InputError } from '../values/errors';
import { describeCell } from '../values/personalData';
import type { Settings } from '../settings/settings';
import { dayOfWallClock, partsOfDay } from '../values/calendarDay';
import { clockStyle, dateOrderEvidence, dateReadings, parseDateTime, type DateOrder } from '../values/parseDateTime';
import { plausibleWindow } from '../values/plausibleDates';
import { parseTypedDate } from '../values/typedDate';
import { slashTextWallClock } from '../values/slashTextDay';
import type { Table } from './readTable';

/**
 * Day-first or month-first, from the table's own evidence before any setting: a value only one reading fits (in
 * this column, then the table's other date columns: a week's Shipped Times may all be ambiguous while its Paid
 * Times are not); else the clock of Seller Center's timestamps, a 12-hour clock with AM/PM being month-first (US,
 * Mexican, Brazilian and EU exports alike, whatever the locale writes); else the setting (the market's or the
 * dateOrder row); else a 24-hour clock, day-first in the exports that use it; undefined when nothing settles it.
 * A 24-hour clock ranks below the setting: a spreadsheet that re-saved a US export writes `11/3/2026 22:15`.
 * Tables a person types (QA tabs) have no export's clock: `{ byClock: false }` leaves it out.
 */
export function detectDateOrder(table: Table, col: number, fallback: DateOrder | undefined, { byClock = true } = {}): DateOrder | undefined {
  const { rows, values } = table;
  const others = (table.spec.dateColumns ?? []).map((key) => table.index(key)).filter((c) => c >= 0 && c !== col);
  let clock: ReturnType<typeof clockStyle>;
  for (const c of [col, ...others]) {
    for (let i = 0; i < rows.length; i++) {
      const cell = values[rows[i]][c];
      const evidence = dateOrderEvidence(cell);
      if (evidence) return evidence;
      if (byClock && clock !== '12-hour') clock = clockStyle(cell) ?? clock;
    }
  }
  if (clock === '12-hour') return 'MDY';
  return fallback ?? (clock === '24-hour' ? 'DMY' : undefined);
}

/** The order of a date a person typed as text (a formula's argument, a Promos or plan cell): the typedDateOrder row, else dateOrder. */
export function typedDateOrder(settings: Settings): DateOrder | undefined {
  return settings.typedDateOrder ?? settings.dateOrder;
}

/** Reads one date cell as wall-clock ms; blank → undefined; unreadable → an error naming the cell. */
export type DateCellReader = (row: number) => number | undefined;

/** `typed`: a column people type (a plan tab), read in the order they write, not by an export's clock. */
export function dateCellReader(table: Table, col: number, settings: Settings, { typed = false } = {}): DateCellReader {
  const order = typed ? detectDateOrder(table, col, typedDateOrder(settings), { byClock: false }) : detectDateOrder(table, col, settings.dateOrder);
  const { values } = table;
  const window = plausibleWindow(settings);
  // Seller Center's own timestamp text in one quick pass; anything else, or a time it cannot place, by the full parser.
  const readWall = (cell: unknown): number | undefined =>
    typed
      ? parseTypedDate(cell, order, settings)
      : ((typeof cell === 'string' && order !== undefined ? slashTextWallClock(cell, order) : undefined) ??
        parseDateTime(cell, order, settings.timeZone));
  let lastCell: unknown = undefined;
  let lastWall: number | undefined = undefined;
  return (row) => {
    const cell = values[row][col];
    // The lines of one order carry the same timestamp: parse it once.
    const wall = cell === lastCell && typeof cell === 'string' ? lastWall : readWall(cell);
    lastCell = cell;
    lastWall = wall;
    if (wall !== undefined && isNaN(wall)) {
      const readings = order === undefined ? dateReadings(cell) : undefined;
      if (readings) throw new InputError(ambiguousDateMessage(table.cellName(row, col), readings, 'the table', typed), { row, col });
      throw new InputError(
        `${table.cellName(row, col)}: expected a date such as 10/05/2026 10:22:04 PM, 2026-10-05 or a date cell, found ${describeCell(cell)}.`,
        { row, col },
      );
    }
    if (wall !== undefined && (wall < window.from || wall >= window.to)) {
      throw new InputError(
        `${table.cellName(row, col)}: a date in ${partsOfDay(dayOfWallClock(wall)).year} is outside the plausible dates ${window.text} (a typo?); ` +
          'fix the cell, or widen the window with the Settings rows earliestDate and latestYearsAhead.',
        { row, col },
      );
    }
    return wall;
  };
}

/** The calendar day (shop time) of each date cell, or undefined for a blank one. */
export function dayCellReader(table: Table, col: number, settings: Settings, options: { typed?: boolean } = {}): (row: number) => number | undefined {
  const read = dateCellReader(table, col, settings, options);
  return (row) => {
    const wall = read(row);
    return wall === undefined ? undefined : dayOfWallClock(wall);
  };
}

/** The refusal of a date no setting and no other date settles: both readings (not the cell's text), and what decides (`typed`: a date a person typed). */
export function ambiguousDateMessage(cell: string, readings: { dayFirst: string; monthFirst: string }, scope = 'the table', typed = false): string {
  const decide = typed
    ? "Type it year first (YYYY-MM-DD), or set the shop's market on the Settings tab (row client.market), or the row typedDateOrder (DMY or MDY)."
    : "Set the shop's market on the Settings tab (row client.market, e.g. ID or US), or the row dateOrder (DMY or MDY).";
  return `${cell}: a date that reads as ${readings.dayFirst} (day first) or ${readings.monthFirst} (month first), and no date in ${scope} settles which. ${decide}`;
}
