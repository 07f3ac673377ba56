import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode, FileProblem } from '../fileProblem';

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

/**
 * Writes each extension's content as `<base>.<ext>` in `dir`, or `<base>-2.<ext>`, `-3`, ... when any
 * of them exists: an earlier export is never overwritten, and the files of one export share a name.
 * Files are created exclusively ('wx'), so a file appearing meanwhile is not overwritten either; a name
 * with only some of its files taken (an old .md beside no .html) is skipped whole, leaving no stray file.
 */
export async function writeExportFiles(dir: string, base: string, contents: ReadonlyMap<string, string | Buffer>): Promise<string[]> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new FileProblem(`cannot create the output folder ${dir} (${errorCode(error)}).`);
  });
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    const written: string[] = [];
    try {
      for (const [ext, content] of contents) {
        const path = join(dir, `${name}.${ext}`);
        await writeFile(path, content, { flag: 'wx' });
        written.push(path);
      }
      return written;
    } catch (error) {
      // This attempt created `written` exclusively, so they are ours to take back before trying the next name.
      await Promise.all(written.map((path) => rm(path, { force: true })));
      if (errorCode(error) !== 'EEXIST') throw new FileProblem(`cannot write the export to ${dir} (${errorCode(error)}).`);
    }
  }
  throw new FileProblem(`${dir} already holds 999 exports named ${base}; choose another --out folder.`);
}
