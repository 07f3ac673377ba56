import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileProblem } from '../../src/local/files/fileProblem';
import { writeFileAtomically } from '../../src/local/files/writeFileAtomically';
import { useTempFolder } from '../local/tempFolder';
import { DEAD_PID, runCli } from './hostileCli';

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

describe('writes that fail on the file system, told in one documented line', () => {
  it('a full disk while taking the lock: "the disk is full", and no empty lock left to make the next command wait', async () => {
    const client = join(folder(), 'client.xlsx');
    const open = fsPromises.open;
    jest.spyOn(fsPromises, 'open').mockImplementation(async (path, flags) => {
      const handle = await open(path, flags);
      if (!String(path).endsWith('.tts-ops.lock')) return handle;
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: () => Promise.reject(fsError('ENOSPC', 'write', String(path))),
        close: () => handle.close(),
      });
    });
    const run = await runCli(['setup', client]);
    expect([run.code, run.err]).toEqual([1, `tts-ops: Cannot write ${client}: the disk is full.\n`]);
    expect(readdirSync(folder())).toEqual([]);
  });

  it('--out under a file (book.xlsx/x.xlsx): "part of its folder path is a file"', async () => {
    writeFileSync(join(folder(), 'book.xlsx'), 'a file, not a folder');
    const out = join(folder(), 'book.xlsx', 'x.xlsx');
    const run = await runCli(['setup', out]);
    expect([run.code, run.err]).toEqual([1, `tts-ops: Cannot write ${out}: part of its folder path is a file.\n`]);
  });
});

describe('who can read a new file', () => {
  it('a new file is readable by its owner only; an existing one keeps its mode; a copy gets the mode it is given', async () => {
    const [fresh, kept, copy] = ['fresh.xlsx', 'kept.xlsx', 'copy.xlsx'].map((name) => join(folder(), name));
    await writeFileAtomically(fresh, Buffer.from('new'));
    writeFileSync(kept, 'old');
    chmodSync(kept, 0o644);
    await writeFileAtomically(kept, Buffer.from('new'));
    await writeFileAtomically(copy, Buffer.from('new'), { newFileMode: 0o640 });
    expect([fresh, kept, copy].map((path) => (statSync(path).mode & 0o777).toString(8))).toEqual(['600', '644', '640']);
  });

  it("setup creates the workbook (buyers' names, phones, addresses) readable by its owner only", async () => {
    const client = join(folder(), 'client.xlsx');
    expect((await runCli(['setup', client])).code).toBe(0);
    expect((statSync(client).mode & 0o777).toString(8)).toBe('600');
  });
});
