import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrderExport } from '../../src/demo/orderExport';
import { MAX_INPUT_ENV } from '../../src/local/files/fileProblem';
import { useTempFolder } from '../local/tempFolder';
import { runCli, writeOrderCsv } from './hostileCli';

const folder = useTempFolder();
/** Each of these hung for good before: a failure shows as this timeout, far above the seconds they take. */
const HANG = 60_000;
const at = (name: string): string => join(folder(), name);
const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';
jest.mock('../../src/local/render/chromium', () => ({
  ...jest.requireActual('../../src/local/render/chromium'),
  chromiumInstalled: () => false,
  launchChromiumEarly: () => undefined,
}));

/** A named pipe: opening it to read waits for a writer that never comes. */
function fifo(name: string): string {
  expect(spawnSync('mkfifo', [at(name)]).status).toBe(0);
  return at(name);
}

describe('inputs that are not regular files', () => {
  it(
    'import-orders of /dev/zero or of a FIFO is refused at once; setup of a FIFO too',
    async () => {
      expect((await runCli(['setup', at('client.xlsx')])).code).toBe(0);
      const pipe = fifo('orders.csv');
      const runs = await Promise.all([
        runCli(['import-orders', '/dev/zero', at('client.xlsx')]),
        runCli(['import-orders', pipe, at('client.xlsx')]),
        runCli(['setup', fifo('pipe.xlsx')]),
      ]);
      expect(runs.map((run) => [run.code, lastLine(run.err)])).toEqual([
        [1, 'tts-ops: /dev/zero is not a regular file (a device, a pipe or a special file); give the path of a saved file.'],
        [1, `tts-ops: ${pipe} is not a regular file (a device, a pipe or a special file); give the path of a saved file.`],
        [1, `tts-ops: Cannot write ${at('pipe.xlsx')}: it is not a regular file (a device, a pipe or a special file).`],
      ]);
    },
    HANG,
  );

  it(
    'a file over the input limit is refused by its size before it is read',
    async () => {
      expect((await runCli(['setup', at('client.xlsx')])).code).toBe(0);
      process.env[MAX_INPUT_ENV] = '0.01';
      try {
        const run = await runCli(['refresh', at('client.xlsx')]);
        expect([run.code, lastLine(run.err)]).toEqual([
          1,
          `tts-ops: ${at('client.xlsx')} is 0.1 MB; TTS Ops reads files up to 0.01 MB (set ${MAX_INPUT_ENV} to change it).`,
        ]);
      } finally {
        delete process.env[MAX_INPUT_ENV];
      }
    },
    HANG,
  );
});

describe('outputs that are not a regular file or a folder', () => {
  it(
    'refresh --out onto a FIFO or /dev/null, export --out under /proc or under a file, are refused at once',
    async () => {
      expect((await runCli(['setup', at('client.xlsx'), '--market', 'UK'])).code).toBe(0);
      const csv = writeOrderCsv(folder(), 'orders.csv', generateOrderExport({ seed: 2, endDay: '2026-03-29', days: 8, orders: 10 }));
      expect((await runCli(['import-orders', csv, at('client.xlsx')])).code).toBe(0);
      const pipe = fifo('week13.xlsx');
      const refreshes = await Promise.all([pipe, '/dev/null'].map((out) => runCli(['refresh', at('client.xlsx'), '--out', out, '--force'])));
      expect(refreshes.map((run) => [run.code, lastLine(run.err)])).toEqual([
        [1, `tts-ops: Cannot write ${pipe}: it is not a regular file (a device, a pipe or a special file).`],
        [1, 'tts-ops: Cannot write /dev/null: it is not a regular file (a device, a pipe or a special file).'],
      ]);
      writeFileSync(at('recaps'), 'a file');
      const underFile = await runCli(['export', at('client.xlsx'), '--as-of', '2026-03-29', '--out', join(at('recaps'), 'week13')]);
      expect([underFile.code, lastLine(underFile.err)]).toEqual([
        1,
        `tts-ops: Cannot write ${join(at('recaps'), 'week13')}: part of its folder path is a file.`,
      ]);
      if (!existsSync('/proc/self')) return; // Linux only
      const run = await runCli(['export', at('client.xlsx'), '--as-of', '2026-03-29', '--out', '/proc/tts-ops-x']);
      expect([run.code, lastLine(run.err)]).toEqual([
        1,
        'tts-ops: Cannot write /proc/tts-ops-x: its folder does not exist and cannot be made there.',
      ]);
    },
    HANG,
  );
});
