import { constants } from 'node:fs';
import { access, chmod, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode, FileProblem } from './fileProblem';

/** Lock files Excel and LibreOffice keep beside a workbook while it is open. */
const lockFileNames = (name: string): string[] => [`~$${name}`, `.~lock.${name}#`];

/**
 * Writes to a temporary file in the target's folder, then renames it into place: the target is
 * either untouched or complete, never half-written. `bytes` may be a function that writes the temporary file. Refuses a target that is read-only or open in Excel.
 */
export async function writeFileAtomically(path: string, bytes: Buffer | ((temporary: string) => Promise<void>)): Promise<void> {
  // A link is followed (the file it points to is updated), and the file keeps its permissions.
  const target = (await exists(path)) ? await realpath(path) : path;
  const mode = (await exists(target)) ? (await stat(target)).mode & 0o7777 : undefined;
  await assertWritable(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, Buffer.isBuffer(bytes) ? bytes : '', { mode: mode === undefined ? 0o666 : 0o600 });
    if (!Buffer.isBuffer(bytes)) await bytes(temporary); // a large file is streamed into the temporary file
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeProblem(error, path);
  }
}

/** Fails early, before slow work, when `path` cannot be written: open in Excel, read-only, a folder in the way. */
export async function assertWritable(path: string): Promise<void> {
  const folder = dirname(path);
  for (const lock of lockFileNames(basename(path))) {
    if (await exists(join(folder, lock))) throw new FileProblem(`${path} is open in another program (lock file ${lock}); close it and try again.`);
  }
  try {
    await mkdir(folder, { recursive: true });
    if (await exists(path)) await access(path, constants.W_OK);
  } catch (error) {
    throw writeProblem(error, path);
  }
}

function writeProblem(error: unknown, path: string): FileProblem {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new FileProblem(`Cannot write ${path}: the file or its folder is read-only (or open in another program).`);
    case 'EBUSY':
      return new FileProblem(`Cannot write ${path}: another program has it locked; close it and try again.`);
    case 'ENOTDIR':
    case 'EEXIST':
      return new FileProblem(`Cannot write ${path}: part of its folder path is a file.`);
    case 'EISDIR':
      return new FileProblem(`Cannot write ${path}: it is a folder.`);
    case 'ENOSPC':
      return new FileProblem(`Cannot write ${path}: the disk is full.`);
    default:
      throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
