import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stageExportFiles } from '../../../src/local/render/exportFiles';
import { useTempFolder } from '../tempFolder';

const folder = useTempFolder();
const contents = new Map<string, string>([
  ['html', '<p>new</p>'],
  ['md', 'new'],
]);

/** Stages and publishes at once, as an export whose log row landed. */
async function writeExport(base: string, mode?: number): Promise<string[]> {
  const staged = await stageExportFiles(folder(), base, contents, mode);
  await staged.publish();
  return staged.files;
}

describe('stageExportFiles', () => {
  it('writes <base>.html and .md, then -2 beside them, never over an earlier export', async () => {
    expect(await writeExport('glow-co-wbr')).toEqual([join(folder(), 'glow-co-wbr.html'), join(folder(), 'glow-co-wbr.md')]);
    expect(await writeExport('glow-co-wbr')).toEqual([join(folder(), 'glow-co-wbr-2.html'), join(folder(), 'glow-co-wbr-2.md')]);
  });

  it('skips a name of which only one file is taken, leaving that file alone and no stray file of its own', async () => {
    writeFileSync(join(folder(), 'glow-co-wbr.md'), 'an earlier recap');
    const written = await writeExport('glow-co-wbr');
    expect(written).toEqual([join(folder(), 'glow-co-wbr-2.html'), join(folder(), 'glow-co-wbr-2.md')]);
    expect(readdirSync(folder()).sort()).toEqual(['glow-co-wbr-2.html', 'glow-co-wbr-2.md', 'glow-co-wbr.md']);
    expect(readFileSync(join(folder(), 'glow-co-wbr.md'), 'utf8')).toBe('an earlier recap');
  });

  it('shows no file under its name before publish, and leaves nothing when discarded (an export that was not logged)', async () => {
    const staged = await stageExportFiles(folder(), 'glow-co-wbr', contents);
    expect(readdirSync(folder()).filter((name) => !name.startsWith('.'))).toEqual([]);
    await staged.discard();
    expect(readdirSync(folder())).toEqual([]);
  });

  it('creates the files readable by their owner only, or with the mode given (the workbook’s)', async () => {
    const [html] = await writeExport('glow-co-wbr');
    const [shared] = await writeExport('glow-co-wbr', 0o640);
    expect([statSync(html).mode & 0o777, statSync(shared).mode & 0o777]).toEqual([0o600, 0o640]);
  });

  it('refuses to publish over a file that appeared after the name was picked, keeping both', async () => {
    const staged = await stageExportFiles(folder(), 'glow-co-wbr', contents);
    writeFileSync(join(folder(), 'glow-co-wbr.md'), 'another program');
    await expect(staged.publish()).rejects.toThrow(
      /glow-co-wbr\.md appeared while the export was being written; the logged export is kept in .*\.tts-ops-export-/,
    );
    expect(readFileSync(join(folder(), 'glow-co-wbr.md'), 'utf8')).toBe('another program');
  });
});
