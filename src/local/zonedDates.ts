import { wallClockOf } from '../core/values/wallClock';

/**
 * An .xlsx file stores a date as a wall clock with no zone; exceljs hands it over as a Date whose UTC
 * fields are that wall clock. The port speaks in instants (as Sheets does), read in the workbook's zone.
 */
export function instantOfWallClock(wallClock: Date, timeZone: string): Date {
  const wall = wallClock.getTime();
  let instant = wall - (wallClockOf(new Date(wall), timeZone) - wall);
  // one correction settles a guess made on the other side of a DST change
  instant = wall - (wallClockOf(new Date(instant), timeZone) - instant);
  return new Date(instant);
}

/** The wall clock an instant shows in the workbook's zone, as the Date exceljs writes. */
export function wallClockOfInstant(instant: Date, timeZone: string): Date {
  return new Date(wallClockOf(instant, timeZone));
}
