import { realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { FileProblem } from './fileProblem';

/** What identifies one version of a file: a save by another program changes its inode (a rename), size or time. */
export interface FileSnapshot {
  readonly path: string;
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  /** Its permission bits, which a copy of it is given. */
  readonly mode: number;
}

/** The file's identity now (taken before reading it, so a save during the read shows as a change). */
export async function snapshotOf(path: string): Promise<FileSnapshot | undefined> {
  try {
    const real = await realpath(path);
    const { dev, ino, size, mtimeMs, mode } = await stat(real);
    return { path: real, dev, ino, size, mtimeMs, mode: mode & 0o7777 };
  } catch {
    return undefined;
  }
}

/** Whether `path` names the file the snapshot was taken of. */
export async function isSameFile(snapshot: FileSnapshot, path: string): Promise<boolean> {
  return (await realpath(path).catch(() => path)) === snapshot.path;
}

/** Refuses to replace a file another program (or another command) changed since this command read it. */
export async function assertUnchanged(snapshot: FileSnapshot, shownPath: string): Promise<void> {
  const now = await snapshotOf(snapshot.path);
  const same =
    now !== undefined && now.dev === snapshot.dev && now.ino === snapshot.ino && now.size === snapshot.size && now.mtimeMs === snapshot.mtimeMs;
  if (!same) {
    throw new FileProblem(
      `${shownPath} changed since this command read it (another program saved it); nothing was written, so its changes are kept. ` +
        `Run the command again on the new ${basename(shownPath)}.`,
    );
  }
}
