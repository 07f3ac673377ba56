import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recoverInterruptedExports, stageExportFiles } from '../../../src/local/render/exportFiles';
import { useTempFolder } from '../tempFolder';

const folder = useTempFolder();
const WORKBOOK = '/clients/glow-co.xlsx';
const contents = new Map<string, string>([
  ['html', '<p>new</p>'],
  ['md', 'new'],
]);

/** Stages and publishes at once, as an export whose log row landed. */
async function writeExport(base: string, mode?: number): Promise<string[]> {
  const staged = await stageExportFiles(folder(), base, contents, WORKBOOK, mode);
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
    const staged = await stageExportFiles(folder(), 'glow-co-wbr', contents, WORKBOOK);
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
    const staged = await stageExportFiles(folder(), 'glow-co-wbr', contents, WORKBOOK);
    writeFileSync(join(folder(), 'glow-co-wbr.md'), 'another program');
    await expect(staged.publish()).rejects.toThrow(
      /glow-co-wbr\.md appeared while the export was being written; the logged export is kept in .*\.tts-ops-export-/,
    );
    expect(readFileSync(join(folder(), 'glow-co-wbr.md'), 'utf8')).toBe('another program');
  });
});

describe('recoverInterruptedExports: the next export after a kill', () => {
  const staging = (): string[] => readdirSync(folder()).filter((name) => name.startsWith('.tts-ops-export-'));

  it('puts in place an export killed after its log row landed, next to the earlier one, and leaves no hidden folder', async () => {
    await writeExport('glow-co-wbr'); // an earlier export, published
    const killed = await stageExportFiles(folder(), 'glow-co-wbr', contents, WORKBOOK); // logged, then killed before publish
    const lines = await recoverInterruptedExports(folder(), WORKBOOK, new Set(killed.files));
    expect(lines).toEqual([`Finished an export interrupted after it was logged: wrote ${killed.files[0]}, wrote ${killed.files[1]}.`]);
    expect(readdirSync(folder()).sort()).toEqual(['glow-co-wbr-2.html', 'glow-co-wbr-2.md', 'glow-co-wbr.html', 'glow-co-wbr.md']);
    expect(readFileSync(killed.files[1], 'utf8')).toBe('new');
  });

  it('finishes one killed halfway through publishing: the file already linked is kept as it is', async () => {
    const killed = await stageExportFiles(folder(), 'glow-co-wbr', contents, WORKBOOK);
    writeFileSync(killed.files[0], '<p>new</p>');
    expect(await recoverInterruptedExports(folder(), WORKBOOK, new Set(killed.files))).toEqual([
      `Finished an export interrupted after it was logged: wrote ${killed.files[1]}.`,
    ]);
    expect([readdirSync(folder()).sort(), staging()]).toEqual([['glow-co-wbr.html', 'glow-co-wbr.md'], []]);
  });

  it('removes one killed before its log row landed, and leaves an earlier export alone', async () => {
    const earlier = await writeExport('glow-co-wbr');
    const killed = await stageExportFiles(folder(), 'glow-co-wbr', contents, WORKBOOK);
    const lines = await recoverInterruptedExports(folder(), WORKBOOK, new Set(earlier));
    expect(lines).toEqual([expect.stringMatching(/^Removed .*\.tts-ops-export-\d+-\w{6}: an export interrupted before it was logged\.$/)]);
    expect(readdirSync(folder()).sort()).toEqual(['glow-co-wbr.html', 'glow-co-wbr.md']);
    expect(killed.files.every((file) => !earlier.includes(file))).toBe(true);
  });

  it('leaves a folder another workbook staged in a shared folder, one an export still running writes, and one without a manifest', async () => {
    const other = await stageExportFiles(folder(), 'acme-wbr', contents, '/clients/acme.xlsx');
    const running = await stageExportFiles(folder(), 'glow-co-wbr', contents, WORKBOOK);
    const mine = staging().find((name) => readdirSync(join(folder(), name)).includes('glow-co-wbr.md'))!;
    renameSync(join(folder(), mine), join(folder(), mine.replace(`-${process.pid}-`, `-${process.ppid}-`)));
    mkdirSync(join(folder(), '.tts-ops-export-Ab12Cd'));
    writeFileSync(join(folder(), '.tts-ops-export-Ab12Cd', 'glow-co-wbr.md'), 'staged by an earlier version');
    const lines = await recoverInterruptedExports(folder(), WORKBOOK, new Set([...other.files, ...running.files]));
    expect(lines.sort()).toEqual([
      expect.stringMatching(/^Left .*: an interrupted export of \/clients\/acme\.xlsx; export that workbook again to finish it\.$/),
      expect.stringMatching(/^Left .*\.tts-ops-export-Ab12Cd: an export interrupted under an earlier version of TTS Ops; its files are inside\.$/),
    ]);
    expect(staging()).toHaveLength(3);
  });
});
