import { readFile, stat } from 'node:fs/promises';

/** A file the CLI cannot read or write, said in one line the user can act on. */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileProblem';
  }
}

/** The error code of a failed fs call (ENOENT, EACCES, ...), '' for anything else. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/** An error as a failed fs call would give it, for a case found by looking first (a file where a folder should be). */
export function errnoError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

/** Why a file could not be read, or rethrows an error that is not about the file. */
function readProblem(error: unknown, path: string): FileProblem {
  switch (errorCode(error)) {
    case 'ENOENT':
      return new FileProblem(`No such file: ${path}`);
    case 'EISDIR':
      return new FileProblem(`${path} is a folder, not a file.`);
    case 'EACCES':
    case 'EPERM':
      return new FileProblem(`Cannot read ${path}: permission denied.`);
    case 'EBUSY':
      return new FileProblem(`Cannot read ${path}: another program has it locked; close it and try again.`);
    case 'ENOTDIR':
      return new FileProblem(`Cannot read ${path}: part of its folder path is a file.`);
    default:
      return commonProblem(error, `Cannot read ${path}`);
  }
}

/** Why a file could not be written, or rethrows an error that is not about the file. */
export function writeProblem(error: unknown, path: string): FileProblem {
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
    case 'EDQUOT':
      return new FileProblem(`Cannot write ${path}: your disk quota is used up.`);
    case 'EFBIG':
      return new FileProblem(`Cannot write ${path}: the file is too large for its disk.`);
    case 'ENOENT':
      return new FileProblem(`Cannot write ${path}: its folder does not exist and cannot be made there.`);
    default:
      return commonProblem(error, `Cannot write ${path}`);
  }
}

/** Errors reading and writing share; anything else is rethrown as it is (a bug, not the file). */
function commonProblem(error: unknown, cannot: string): FileProblem {
  switch (errorCode(error)) {
    case 'ENAMETOOLONG':
      return new FileProblem(`${cannot}: its name is too long.`);
    case 'ELOOP':
      return new FileProblem(`${cannot}: its symbolic links point in a loop.`);
    case 'EIO':
      return new FileProblem(`${cannot}: the disk reported an input/output error.`);
    case 'EMFILE':
    case 'ENFILE':
      return new FileProblem(`${cannot}: too many files are open; close some programs and try again.`);
    default:
      throw error;
  }
}

/** The most of a file TTS Ops reads (a workbook or an export) unless TTS_OPS_MAX_INPUT_MB says otherwise. */
const DEFAULT_MAX_INPUT_MB = 1024;
export const MAX_INPUT_ENV = 'TTS_OPS_MAX_INPUT_MB';
const MB = 1024 * 1024;

/**
 * A file's bytes; a missing or unreadable file is a FileProblem naming it. Only a regular file of at
 * most the input limit is read: /dev/zero, a FIFO or a socket would never end (or never start).
 */
export async function readBytes(path: string): Promise<Buffer> {
  const limitMb = Number(process.env[MAX_INPUT_ENV]) > 0 ? Number(process.env[MAX_INPUT_ENV]) : DEFAULT_MAX_INPUT_MB;
  const found = await stat(path).catch((error: unknown) => {
    throw readProblem(error, path);
  });
  if (found.isDirectory()) throw readProblem(errnoError('EISDIR', path), path);
  if (!found.isFile()) throw new FileProblem(`${path} is not a regular file (a device, a pipe or a special file); give the path of a saved file.`);
  const tooBig = (size: number): FileProblem =>
    new FileProblem(
      `${path} is ${(size / MB).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB; TTS Ops reads files up to ${limitMb.toLocaleString('en-US')} MB (set ${MAX_INPUT_ENV} to change it).`,
    );
  if (found.size > limitMb * MB) throw tooBig(found.size);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw readProblem(error, path);
  });
  if (bytes.length > limitMb * MB) throw tooBig(bytes.length); // a file that grew, or one that reports no size (/proc)
  return bytes;
}
