import { open, readFile, realpath, rm } from 'node:fs/promises';
import { makeFolder } from './makeFolder';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode, FileProblem, writeProblem } from './fileProblem';
import { isProcessAlive } from './processAlive';

/** How long a command waits for another one writing the same workbook, by default. */
export const DEFAULT_LOCK_WAIT_MS = 120_000;
const POLL_MS = 100;
/** A lock file with no readable owner yet is being written by its creator; older than this, it is a crash's leftover. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;

interface LockOwner {
  readonly pid: number;
  readonly since: string;
}

export interface LockOptions {
  /** How long to wait for another command's lock before giving up; 0 fails at once. */
  readonly waitMs?: number;
  /** Told once when the lock is held by another command and this one starts waiting. */
  readonly onWait?: (message: string) => void;
}

/** The lock file of a workbook: beside the file it guards (a link's target, so two names of one file share it). */
export async function lockPathOf(file: string): Promise<string> {
  const target = await realpath(file).catch(() => file);
  return join(dirname(target), `.${basename(target)}.tts-ops.lock`);
}

/**
 * Runs `action` holding an exclusive lock on `file`: a lock file created atomically (O_EXCL) holding
 * this process's pid and start time. Another command's lock is waited for; a lock whose process is
 * gone (killed, crashed) is removed and taken.
 */
export async function withWorkbookLock<T>(file: string, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = await lockPathOf(file);
  await makeFolder(dirname(lockPath)).catch(() => undefined); // a missing --out folder is created, as the write would
  await acquire(lockPath, file, options);
  try {
    return await action();
  } finally {
    await rm(lockPath, { force: true }).catch(() => undefined); // a lock left behind is recovered as stale
  }
}

async function acquire(lockPath: string, file: string, options: LockOptions): Promise<void> {
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_LOCK_WAIT_MS);
  let told = false;
  for (;;) {
    if (await tryCreate(lockPath, file)) return;
    const owner = await readOwner(lockPath);
    if (owner === 'gone') continue;
    if (owner === 'stale' || !isProcessAlive(owner.pid)) {
      await rm(lockPath, { force: true });
      continue;
    }
    const message = `another tts-ops command is writing ${basename(file)} (pid ${owner.pid} since ${owner.since})`;
    if (Date.now() >= deadline) {
      throw new FileProblem(`${message}; try again when it has finished (or delete ${lockPath} if no such command is running).`);
    }
    if (!told) options.onWait?.(`Waiting: ${message}.`);
    told = true;
    await sleep(POLL_MS);
  }
}

/** Creates the lock file with this process as its owner; false when it already exists. */
async function tryCreate(lockPath: string, file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (errorCode(error) === 'ENOENT') throw new FileProblem(`Cannot write ${file}: its folder does not exist.`);
    if (['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error))) {
      throw new FileProblem(`Cannot write ${file}: its folder is read-only.`);
    }
    throw writeProblem(error, file);
  }
  try {
    const owner: LockOwner = { pid: process.pid, since: new Date().toISOString() };
    await handle.writeFile(JSON.stringify(owner));
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(lockPath, { force: true }).catch(() => undefined); // an empty lock would make the next command wait for nothing
    throw writeProblem(error, file);
  }
  await handle.close();
  return true;
}

/** Who holds the lock; 'gone' when it was released meanwhile, 'stale' when it names no owner and is old. */
async function readOwner(lockPath: string): Promise<LockOwner | 'gone' | 'stale'> {
  let text: string;
  let modified: number;
  try {
    const handle = await open(lockPath, 'r');
    try {
      modified = (await handle.stat()).mtimeMs;
      text = await readFile(handle, 'utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
  const owner = parseOwner(text);
  if (owner) return owner;
  return Date.now() - modified > UNREADABLE_LOCK_GRACE_MS ? 'stale' : { pid: process.pid, since: new Date(modified).toISOString() };
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, since } = value as Record<string, unknown>;
    return Number.isInteger(pid) && typeof since === 'string' ? { pid: pid as number, since } : undefined;
  } catch {
    return undefined;
  }
}
