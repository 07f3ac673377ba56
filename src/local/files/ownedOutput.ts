import { readFile, stat } from 'node:fs/promises';
import { errorCode, FileProblem, writeProblem } from './fileProblem';

/** A file a command replaces on every run (board.html, a digest), and how to tell one it wrote from a file of the user's. */
export interface OwnedOutput {
  readonly path: string;
  /** What the command writes there, for the message: `a board page`. */
  readonly what: string;
  readonly isOurs: (text: string) => boolean;
}

/** Larger than any board file or digest: a file this size is the user's, and is not read to find out. */
const LARGEST_OWNED_BYTES = 64 * 1024 * 1024;

/**
 * Refuses, before anything is written, to replace an existing file the command did not write earlier (the user's notes,
 * a client workbook, another export): `tts-ops board --digest client.xlsx` would otherwise turn the workbook into an email.
 */
export async function assertOwnedOutputs(command: string, outputs: readonly OwnedOutput[]): Promise<void> {
  for (const { path, what, isOurs } of outputs) {
    const info = await stat(path).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw writeProblem(error, path); // a file where its folder should be: said now, before any workbook is read
    });
    if (!info) continue;
    const ours = info.isFile() && info.size <= LARGEST_OWNED_BYTES && isOurs(await readFile(path, 'utf8'));
    if (!ours)
      throw new FileProblem(
        `${path} exists and is not ${what} written by tts-ops ${command}; ${command} would replace it. Choose another path, or move that file away.`,
      );
  }
}
