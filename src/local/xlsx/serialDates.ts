const DAY_MS = 86_400_000;
const UNIX_EPOCH_1900 = 25_569; // serial of 1970-01-01 in the 1900 date system (Lotus' 1900 leap year included)
const UNIX_EPOCH_1904 = 24_107;

/** A date cell's serial number → its wall clock as a Date whose UTC fields show it. */
export function wallClockOfSerial(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - (date1904 ? UNIX_EPOCH_1904 : UNIX_EPOCH_1900)) * DAY_MS));
}

/** A wall clock (UTC fields) → the serial number a date cell stores (1900 date system). */
export function serialOfWallClock(wallClock: Date): number {
  return wallClock.getTime() / DAY_MS + UNIX_EPOCH_1900;
}
