import { constants } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode, FileProblem } from './fileProblem';

/** Lock files Excel and LibreOffice keep beside a workbook while it is open. */
const lockFileNames = (name: string): string[] => [`~$${name}`, `.~lock.${name}#`];

/**
 * Writes to a temporary file in the target's folder, then renames it into place: the target is
 * either untouched or complete, never half-written. Refuses a target that is read-only or open in Excel.
 */
export async function writeFileAtomically(path: string, bytes: Buffer): Promise<void> {
  const folder = dirname(path);
  await assertWritable(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
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
