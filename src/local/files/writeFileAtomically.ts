import { constants } from 'node:fs';
import { access, chmod, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { makeFolder } from './makeFolder';
import { basename, dirname, join } from 'node:path';
import { errnoError, FileProblem, writeProblem } from './fileProblem';
import { assertUnchanged, type FileSnapshot } from './fileSnapshot';
import { isProcessAlive } from './processAlive';

/** Lock files Excel and LibreOffice keep beside a workbook while it is open. */
const lockFileNames = (name: string): string[] => [`~$${name}`, `.~lock.${name}#`];

/** `.client.xlsx.<pid>.<ms>.tmp`: the temporary files this module writes beside `client.xlsx`. */
const temporaryName = (name: string, pid: number, ms: number): string => `.${name}.${pid}.${ms}.tmp`;

export interface WriteOptions {
  /** The target as this command read it: the write is refused if the file changed since. */
  readonly unchangedSince?: FileSnapshot;
  /** The permissions of a file this write creates (the source's, for a copy); 0600 when not given. */
  readonly newFileMode?: number;
}

/** A new file holds buyers' names, phones and addresses: readable by its owner only unless its source was readable by more. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Writes to a temporary file in the target's folder, then renames it into place: the target is
 * either untouched or complete, never half-written. `bytes` may be a function that writes the temporary file. Refuses a target that is read-only or open in Excel.
 */
export async function writeFileAtomically(
  path: string,
  bytes: Buffer | ((temporary: string) => Promise<void>),
  options: WriteOptions = {},
): Promise<void> {
  // A link is followed (the file it points to is updated), and the file keeps its permissions; a new one gets `newFileMode`.
  const target = (await exists(path)) ? await realpath(path) : path;
  const mode = (await exists(target)) ? (await stat(target)).mode & 0o7777 : undefined;
  await assertWritable(target);
  await removeStaleTemporaries(target);
  const temporary = join(dirname(target), temporaryName(basename(target), process.pid, Date.now()));
  try {
    await writeFile(temporary, Buffer.isBuffer(bytes) ? bytes : '', { mode: PRIVATE_FILE_MODE });
    if (!Buffer.isBuffer(bytes)) await bytes(temporary); // a large file is streamed into the temporary file
    await chmod(temporary, mode ?? options.newFileMode ?? PRIVATE_FILE_MODE);
    if (options.unchangedSince) await assertUnchanged(options.unchangedSince, path);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined); // the write's own error is the one to tell
    throw error instanceof FileProblem ? error : writeProblem(error, path);
  }
}

/** Temporary files of an earlier write to `target` whose process is gone (killed mid-write): removed. */
async function removeStaleTemporaries(target: string): Promise<void> {
  const name = basename(target);
  const prefix = `.${name}.`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const entry of names) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const match = /^(\d+)\.(\d+)\.tmp$/.exec(entry.slice(prefix.length));
    if (!match || entry !== temporaryName(name, Number(match[1]), Number(match[2])) || isProcessAlive(Number(match[1]))) continue;
    await rm(join(dirname(target), entry), { force: true }).catch(() => undefined);
  }
}

/** Fails early, before slow work, when `path` cannot be written: open in Excel, read-only, a folder in the way, a device or a pipe. */
export async function assertWritable(path: string): Promise<void> {
  const folder = dirname(path);
  for (const lock of lockFileNames(basename(path))) {
    if (await exists(join(folder, lock))) throw new FileProblem(`${path} is open in another program (lock file ${lock}); close it and try again.`);
  }
  let found;
  try {
    await makeFolder(folder);
    found = await stat(path).catch(() => undefined);
    if (found?.isFile()) await access(path, constants.W_OK);
  } catch (error) {
    throw writeProblem(error, path);
  }
  if (found?.isDirectory()) throw writeProblem(errnoError('EISDIR', path), path);
  if (found && !found.isFile()) throw new FileProblem(`Cannot write ${path}: it is not a regular file (a device, a pipe or a special file).`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
