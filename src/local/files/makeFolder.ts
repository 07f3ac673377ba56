import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { errnoError, errorCode, FileProblem, writeProblem } from './fileProblem';

/** The folders of `dir` that do not exist yet, outermost first; ENOTDIR when a file stands where one of them should be. */
async function missingFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const found = await stat(at).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined; // ENOTDIR: the file is found further up
      throw error;
    });
    if (found?.isDirectory()) break;
    if (found) throw errnoError('ENOTDIR', at);
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  return missing;
}

/**
 * Creates `dir` and its missing parents one level at a time. Node's recursive mkdir spins for good
 * where the kernel answers ENOENT to a mkdir (under /proc); a file where a folder should be is ENOTDIR.
 */
export async function makeFolder(dir: string): Promise<void> {
  for (const folder of await missingFolders(dir)) {
    await mkdir(folder).catch((error: unknown) => {
      if (errorCode(error) !== 'EEXIST') throw error;
    });
  }
}

/** Refuses, before any work, an output folder that is a file or lies under one (`--out report.pdf`); creates nothing. */
export async function assertOutputFolder(dir: string): Promise<void> {
  await missingFolders(dir).catch((error: unknown) => {
    const isTheFolder = errorCode(error) === 'ENOTDIR' && (error as NodeJS.ErrnoException).path === resolve(dir);
    throw isTheFolder
      ? new FileProblem(`Cannot write into ${dir}: it is a file, not a folder; give the folder for the files.`)
      : writeProblem(error, dir);
  });
}
