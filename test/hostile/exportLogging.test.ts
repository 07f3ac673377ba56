import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrderExport } from '../../src/demo/orderExport';
import { useTempFolder } from '../local/tempFolder';
import { runCli, writeOrderCsv } from './hostileCli';

const folder = useTempFolder();
/** The module object the code under test calls into (a namespace import would be a frozen copy). */
const fsPromises = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises');
const SLOW = 120_000;

afterEach(() => jest.restoreAllMocks());
// No PDF: this test is about the files' order, not Chromium's start-up (seconds of CPU).
jest.mock('../../src/local/chromium', () => ({
  ...jest.requireActual('../../src/local/chromium'),
  chromiumInstalled: () => false,
  launchChromiumEarly: () => undefined,
}));

describe('an export whose log row does not land', () => {
  it(
    'leaves no export file behind when saving the log row fails (as a kill between the two would)',
    async () => {
      const client = join(folder(), 'client.xlsx');
      expect((await runCli(['setup', client, '--market', 'UK'])).code).toBe(0);
      const csv = writeOrderCsv(folder(), 'orders.csv', generateOrderExport({ seed: 5, endDay: '2026-03-29', days: 8, orders: 12 }));
      expect((await runCli(['import-orders', csv, client])).code).toBe(0);
      const rename = fsPromises.rename;
      jest.spyOn(fsPromises, 'rename').mockImplementation(async (from, to) => {
        if (String(to) === client) throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${String(from)}'`), { code: 'ENOSPC' });
        return rename(from, to);
      });
      const run = await runCli(['export', client, '--cadence', 'wbr', '--as-of', '2026-03-29']);
      expect([run.code, run.err.split('\n').at(-2)]).toEqual([1, `tts-ops: Cannot write ${client}: the disk is full.`]);
      expect(readdirSync(folder()).sort()).toEqual(['client.xlsx', 'orders.csv']);
    },
    SLOW,
  );
});
