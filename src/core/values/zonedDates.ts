import { wallClockOf } from './wallClock';

/**
 * The instant a wall clock (a Date whose UTC fields are the wall-clock time, as an .xlsx cell stores it)
 * shows in a zone: the workbook port speaks in instants, as Sheets does.
 */
export function instantOfWallClock(wallClock: Date, timeZone: string): Date {
  const wall = wallClock.getTime();
  let instant = wall - (wallClockOf(new Date(wall), timeZone) - wall);
  // one correction settles a guess made on the other side of a DST change
  instant = wall - (wallClockOf(new Date(instant), timeZone) - instant);
  return new Date(instant);
}

/** The wall clock an instant shows in the zone, as a Date whose UTC fields are that wall clock. */
export function wallClockOfInstant(instant: Date, timeZone: string): Date {
  return new Date(wallClockOf(instant, timeZone));
}
