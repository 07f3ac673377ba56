import { chmod, copyFile, link, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { makeFolder } from '../files/makeFolder';
import { constants } from 'node:fs';
import { basename, join } from 'node:path';
import { isProcessAlive } from '../files/processAlive';
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

const STAGING_PREFIX = '.tts-ops-export-';
/** In a staging folder: which workbook staged it, and where each file goes (the name in its folder, and the path its log row names). */
const MANIFEST = 'export.json';

interface Manifest {
  readonly workbook: string;
  readonly files: readonly { readonly staged: string; readonly target: string; readonly logged: string }[];
}

/**
 * Writes each extension's content as `<base>.<ext>` into a hidden staging folder in `dir`, and picks the
 * first name of which no file exists in `dir`: an earlier export is never overwritten, and the files of
 * one export share a name. Nothing appears under its name until `publish`, so a command killed before
 * its log row lands leaves no unlogged export. Files get `mode` (the workbook's; 0600 by default).
 * The folder names this process and holds a manifest naming `workbook` (its path), so that the next
 * export can finish or remove it after a kill (recoverInterruptedExports).
 */
export async function stageExportFiles(
  dir: string,
  base: string,
  contents: ReadonlyMap<string, string | Buffer>,
  workbook: string,
  mode = PRIVATE_FILE_MODE,
): Promise<StagedExport> {
  await makeFolder(dir).catch((error: unknown) => {
    throw writeProblem(error, dir);
  });
  const staging = await mkdtemp(join(dir, `${STAGING_PREFIX}${process.pid}-`)).catch((error: unknown) => {
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
  const manifest: Manifest = {
    workbook,
    files: [...contents.keys()].map((ext, i) => ({ staged: `${base}.${ext}`, target: `${name}.${ext}`, logged: files[i] })),
  };
  await writeFile(join(staging, MANIFEST), JSON.stringify(manifest), { mode }).catch(async (error: unknown) => {
    await discard();
    throw writeProblem(error, join(dir, base));
  });
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

/**
 * Finishes or removes the staging folders in `dir` that an export killed midway left (none while its process runs): one whose
 * files `logged` names (its log row landed) is published, each file put in place unless one is there already; one never
 * logged is removed; one staged for another workbook, or by a version without a manifest, is left and named. Returns what
 * it did, one line each.
 */
export async function recoverInterruptedExports(dir: string, workbook: string, logged: ReadonlySet<string>): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const lines: string[] = [];
  for (const name of names) {
    const owner = /^\.tts-ops-export-(?:(\d+)-)?[A-Za-z0-9]{6}$/.exec(name);
    if (!owner) continue;
    const pid = Number(owner[1] ?? 0);
    if (pid !== process.pid && isProcessAlive(pid)) continue; // an export writing it now
    const staging = join(dir, name);
    const manifest = await readManifest(staging);
    if (!manifest && !owner[1]) lines.push(`Left ${staging}: an export interrupted under an earlier version of TTS Ops; its files are inside.`);
    else if (manifest && manifest.workbook !== workbook)
      lines.push(`Left ${staging}: an interrupted export of ${manifest.workbook}; export that workbook again to finish it.`);
    else if (!manifest || !manifest.files.every((file) => logged.has(file.logged))) {
      await rm(staging, { recursive: true, force: true });
      lines.push(`Removed ${staging}: an export interrupted before it was logged.`);
    } else {
      lines.push(...(await finishPublish(dir, staging, manifest)));
    }
  }
  return lines;
}

async function readManifest(staging: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(staging, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Puts a logged export's staged files in place (a file already there with the same content was placed before the kill). */
async function finishPublish(dir: string, staging: string, manifest: Manifest): Promise<string[]> {
  const placed: string[] = [];
  for (const { staged, target } of manifest.files) {
    const from = join(staging, staged);
    const to = join(dir, target);
    const there = await readFile(to).catch(() => undefined);
    if (there?.equals(await readFile(from))) continue;
    try {
      await placeExclusively(from, to, staging);
    } catch (error) {
      if (error instanceof FileProblem) return [`Kept ${staging}: ${basename(to)} of an interrupted export is taken by another file.`];
      throw error;
    }
    placed.push(to);
  }
  await rm(staging, { recursive: true, force: true });
  return [`Finished an export interrupted after it was logged: ${placed.map((file) => `wrote ${file}`).join(', ') || 'its files were in place'}.`];
}
