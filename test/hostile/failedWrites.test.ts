import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileProblem } from '../../src/local/fileProblem';
import { writeFileAtomically } from '../../src/local/writeFileAtomically';
import { useTempFolder } from '../local/tempFolder';
import { DEAD_PID } from './hostileCli';

const folder = useTempFolder();
/** The module object the code under test calls into (a namespace import would be a frozen copy). */
const fsPromises = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises');
const fsError = (code: string, syscall: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: permission denied, ${syscall} '${path}'`), { code, syscall, path });

afterEach(() => jest.restoreAllMocks());

describe('writeFileAtomically when things go wrong', () => {
  it('says the folder is read-only even when removing its temporary file fails too (the clean-up never masks the cause)', async () => {
    const out = join(folder(), 'week47.xlsx');
    jest.spyOn(fsPromises, 'writeFile').mockRejectedValue(fsError('EACCES', 'open', `${out}.tmp`));
    jest.spyOn(fsPromises, 'rm').mockRejectedValue(fsError('EACCES', 'lstat', `${out}.tmp`));
    const failure = writeFileAtomically(out, Buffer.from('bytes'));
    await expect(failure).rejects.toBeInstanceOf(FileProblem);
    await expect(failure).rejects.toThrow(`Cannot write ${out}: the file or its folder is read-only (or open in another program).`);
  });

  it('tells a full disk as such, its temporary file removed', async () => {
    const out = join(folder(), 'client.xlsx');
    jest.spyOn(fsPromises, 'rename').mockRejectedValue(fsError('ENOSPC', 'rename', out));
    await expect(writeFileAtomically(out, Buffer.from('bytes'))).rejects.toThrow(`Cannot write ${out}: the disk is full.`);
    expect(readdirSync(folder())).toEqual([]);
  });

  it('removes temporary files a killed write left behind (their process is gone), and only those', async () => {
    const out = join(folder(), 'client.xlsx');
    const leftover = `.client.xlsx.${DEAD_PID}.1764547200000.tmp`;
    const running = `.client.xlsx.${process.pid}.1764547200000.tmp`; // a write still in progress
    const others = ['.other.xlsx.123.1764547200000.tmp', '.client.xlsx.notes.tmp', 'client.xlsx.bak'];
    for (const name of [leftover, running, ...others]) writeFileSync(join(folder(), name), 'partial');
    await writeFileAtomically(out, Buffer.from('complete'));
    expect(readFileSync(out, 'utf8')).toBe('complete');
    expect(existsSync(join(folder(), leftover))).toBe(false);
    expect(readdirSync(folder()).sort()).toEqual([running, ...others, 'client.xlsx'].sort());
  });
});
