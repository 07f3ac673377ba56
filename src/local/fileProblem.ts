import { readFile } from 'node:fs/promises';

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
    default:
      throw error;
  }
}

/** A file's bytes; a missing or unreadable file is a FileProblem naming it. */
export function readBytes(path: string): Promise<Buffer> {
  return readFile(path).catch((error: unknown) => {
    throw readProblem(error, path);
  });
}
