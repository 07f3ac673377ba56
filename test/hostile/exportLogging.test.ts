import { readdirSync } from 'node:fs';
import { EXPORTS_TAB } from '../../src/core/actions/export/exportsLog';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
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
jest.mock('../../src/local/render/chromium', () => ({
  ...jest.requireActual('../../src/local/render/chromium'),
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

describe('an export killed after its log row landed, before its files were put in place', () => {
  it(
    'is finished by the next export: its logged files appear under their logged names, beside the new ones, and no hidden folder is left',
    async () => {
      const client = join(folder(), 'client.xlsx');
      expect((await runCli(['setup', client, '--market', 'UK'])).code).toBe(0);
      const csv = writeOrderCsv(folder(), 'orders.csv', generateOrderExport({ seed: 5, endDay: '2026-03-29', days: 8, orders: 12 }));
      expect((await runCli(['import-orders', csv, client])).code).toBe(0);
      const exportWbr = () => runCli(['export', client, '--cadence', 'wbr', '--as-of', '2026-03-29']);
      // The kill: neither a link nor a copy puts a file in place once the log row is saved.
      const killed = Object.assign(new Error('EINTR: interrupted system call'), { code: 'EINTR' });
      jest.spyOn(fsPromises, 'link').mockRejectedValue(killed);
      jest.spyOn(fsPromises, 'copyFile').mockRejectedValue(killed);
      expect((await exportWbr()).code).toBe(1);
      jest.restoreAllMocks();
      const logged = String((await openXlsx(client)).readTab(EXPORTS_TAB)![2][5]).split('\n');
      expect(readdirSync(folder()).filter((name) => name.startsWith('.tts-ops-export-'))).toHaveLength(1);

      const next = await exportWbr();
      expect(next.code).toBe(0);
      expect(next.out).toContain(`Finished an export interrupted after it was logged: ${logged.map((file) => `wrote ${file}`).join(', ')}.`);
      const outputs = (await openXlsx(client))
        .readTab(EXPORTS_TAB)!
        .slice(2)
        .flatMap((row) => String(row[5]).split('\n'));
      expect(readdirSync(folder()).sort()).toEqual([...outputs.map((file) => file.slice(folder().length + 1)), 'client.xlsx', 'orders.csv'].sort());
      expect(outputs.map((file) => file.slice(folder().length + 1))).toEqual([
        'client-name-not-set-wbr-2026-03-23_2026-03-29-draft.html',
        'client-name-not-set-wbr-2026-03-23_2026-03-29-draft.md',
        'client-name-not-set-wbr-2026-03-23_2026-03-29-draft-2.html',
        'client-name-not-set-wbr-2026-03-23_2026-03-29-draft-2.md',
      ]);
    },
    SLOW,
  );
});
