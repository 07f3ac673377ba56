import { InputError } from '../core/values/errors';

/** How long an action waits for another one writing the same spreadsheet (a colleague's refresh). */
const LOCK_WAIT_MS = 30_000;

/**
 * Runs a menu action that writes the spreadsheet holding its document lock, so two refreshes or
 * imports at once never interleave their writes; the lock is released however the action ends (a promise: once it settles).
 * `lock`: another lock (the user's, which a scheduled run without a spreadsheet can hold).
 */
export function withDocumentLock<T>(action: () => T, lock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock()): T {
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    throw new InputError('Another TTS Ops action (yours or a colleague’s) is writing this spreadsheet; try again when it has finished.');
  }
  let result: T;
  try {
    result = action();
  } catch (error) {
    lock.releaseLock();
    throw error;
  }
  // An action that pulls from TikTok Shop returns a promise: the lock is held until it settles.
  if (result instanceof Promise) return result.finally(() => lock.releaseLock()) as T;
  lock.releaseLock();
  return result;
}
