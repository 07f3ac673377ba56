import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeExportFiles } from '../../../src/local/render/exportFiles';
import { useTempFolder } from '../tempFolder';

const folder = useTempFolder();
const contents = new Map<string, string>([
  ['html', '<p>new</p>'],
  ['md', 'new'],
]);

describe('writeExportFiles', () => {
  it('writes <base>.html and .md, then -2 beside them, never over an earlier export', async () => {
    expect(await writeExportFiles(folder(), 'glow-co-wbr', contents)).toEqual([join(folder(), 'glow-co-wbr.html'), join(folder(), 'glow-co-wbr.md')]);
    expect(await writeExportFiles(folder(), 'glow-co-wbr', contents)).toEqual([
      join(folder(), 'glow-co-wbr-2.html'),
      join(folder(), 'glow-co-wbr-2.md'),
    ]);
  });

  it('skips a name of which only one file is taken, leaving that file alone and no stray file of its own', async () => {
    writeFileSync(join(folder(), 'glow-co-wbr.md'), 'an earlier recap');
    const written = await writeExportFiles(folder(), 'glow-co-wbr', contents);
    expect(written).toEqual([join(folder(), 'glow-co-wbr-2.html'), join(folder(), 'glow-co-wbr-2.md')]);
    expect(readdirSync(folder()).sort()).toEqual(['glow-co-wbr-2.html', 'glow-co-wbr-2.md', 'glow-co-wbr.md']);
    expect(readFileSync(join(folder(), 'glow-co-wbr.md'), 'utf8')).toBe('an earlier recap');
  });
});
