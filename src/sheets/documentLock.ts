import { InputError } from '../core/errors';

const WAIT_MS = 30_000;

/** Runs a write under the document lock, so two people doing it at once both land, one after the other. */
export function withDocumentLock<T>(action: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(WAIT_MS)) throw new InputError('Someone else is writing to this spreadsheet; try again in a minute.');
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}
