/** Apps Script ends an execution at 6 minutes; a batch leaves room to write the board and its state. */
const RUN_LIMIT_MS = 6 * 60_000;
const WRITE_RESERVE_MS = 45_000;

/** Whether another client fits in this execution: the slowest one so far, once and a half, before the limit less the writes. */
export function hasTimeForAnother(elapsedMs: number, slowestMs: number): boolean {
  return elapsedMs + 1.5 * slowestMs < RUN_LIMIT_MS - WRITE_RESERVE_MS;
}

/** Seconds left in this execution before the writes' reserve: what a client's pull may take. */
export function secondsLeft(elapsedMs: number): number {
  return Math.max(0, (RUN_LIMIT_MS - WRITE_RESERVE_MS - elapsedMs) / 1000);
}
