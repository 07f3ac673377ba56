import { chmod, copyFile, link, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { makeFolder } from '../files/makeFolder';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { errorCode, FileProblem, writeProblem } from '../files/fileProblem';
import { PRIVATE_FILE_MODE } from '../files/writeFileAtomically';

/** `Glow & Co` → `glow-co` (file names keep to letters, digits and dashes). */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'client';
}

/** An export written in full to a hidden folder beside its place, moved there by `publish` once it is logged. */
export interface StagedExport {
  /** Where the files will be: `<base>.<ext>`, or `<base>-2.<ext>`, `-3`, ... when any of them exists. */
  readonly files: string[];
  /** Moves the files into place, each created there exclusively (never over a file that appeared meanwhile). */
  publish(): Promise<void>;
  /** Removes the staged files: the export was not logged. */
  discard(): Promise<void>;
}

/**
 * Writes each extension's content as `<base>.<ext>` into a hidden staging folder in `dir`, and picks the
 * first name of which no file exists in `dir`: an earlier export is never overwritten, and the files of
 * one export share a name. Nothing appears under its name until `publish`, so a command killed before
 * its log row lands leaves no unlogged export. Files get `mode` (the workbook's; 0600 by default).
 */
export async function stageExportFiles(
  dir: string,
  base: string,
  contents: ReadonlyMap<string, string | Buffer>,
  mode = PRIVATE_FILE_MODE,
): Promise<StagedExport> {
  await makeFolder(dir).catch((error: unknown) => {
    throw writeProblem(error, dir);
  });
  const staging = await mkdtemp(join(dir, '.tts-ops-export-')).catch((error: unknown) => {
    throw writeProblem(error, dir);
  });
  const discard = (): Promise<void> => rm(staging, { recursive: true, force: true }).catch(() => undefined);
  try {
    for (const [ext, content] of contents) {
      const path = join(staging, `${base}.${ext}`);
      await writeFile(path, content, { mode });
      await chmod(path, mode); // exactly the workbook's, whatever the umask
    }
  } catch (error) {
    await discard();
    throw writeProblem(error, join(dir, base));
  }
  const name = await freeName(dir, base, [...contents.keys()]);
  const files = [...contents.keys()].map((ext) => join(dir, `${name}.${ext}`));
  const publish = async (): Promise<void> => {
    for (const [i, ext] of [...contents.keys()].entries()) await placeExclusively(join(staging, `${base}.${ext}`), files[i], staging);
    await discard();
  };
  return { files, publish, discard };
}

/** The first of `base`, `base-2`, ... with none of its files in `dir`. */
async function freeName(dir: string, base: string, extensions: readonly string[]): Promise<string> {
  const taken = new Set(await readdir(dir));
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (extensions.every((ext) => !taken.has(`${name}.${ext}`))) return name;
  }
  throw new FileProblem(`${dir} already holds 999 exports named ${base}; choose another --out folder.`);
}

/** A hard link fails rather than replace a file; where links are not supported, an exclusive copy. */
async function placeExclusively(staged: string, target: string, staging: string): Promise<void> {
  try {
    await link(staged, target).catch((error: unknown) => {
      if (errorCode(error) === 'EEXIST') throw error;
      return copyFile(staged, target, constants.COPYFILE_EXCL);
    });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw writeProblem(error, target);
    throw new FileProblem(`${target} appeared while the export was being written; the logged export is kept in ${staging}.`);
  }
}
