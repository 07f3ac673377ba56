import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { errnoError, errorCode } from './fileProblem';

/**
 * Creates `dir` and its missing parents one level at a time. Node's recursive mkdir spins for good
 * where the kernel answers ENOENT to a mkdir (under /proc); a file where a folder should be is ENOTDIR.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const found = await stat(at).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    });
    if (found?.isDirectory()) break;
    if (found) throw errnoError('ENOTDIR', at);
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: unknown) => {
      if (errorCode(error) !== 'EEXIST') throw error;
    });
  }
}
