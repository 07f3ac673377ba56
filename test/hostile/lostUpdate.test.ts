import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUT_TABS } from '../../src/core/workbook/tabNames';
import { generateOrderExport } from '../../src/demo/orderExport';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { lockPathOf } from '../../src/local/files/workbookLock';
import { useTempFolder } from '../local/tempFolder';
import { DEAD_PID, runCli, writeOrderCsv } from './hostileCli';

const folder = useTempFolder();
const SLOW = 240_000;
const [HEADER, DESCRIPTION, ...LINES] = generateOrderExport({ seed: 11, endDay: '2026-03-29', days: 14, orders: 120 });
const HALF = Math.floor(LINES.length / 2);

/** The Order ID + SKU ID of every line in the workbook's Orders tab. */
async function orderLines(file: string): Promise<Set<string>> {
  const values = (await openXlsx(file)).readTab(INPUT_TABS.orders) ?? [];
  const headerRow = values.findIndex((row) => row.includes('Order ID'));
  const [header, ...rows] = values.slice(headerRow);
  const id = header.indexOf('Order ID');
  const sku = header.indexOf('SKU ID');
  return new Set(rows.filter((row) => /^\d{18}/.test(String(row[id]))).map((row) => `${String(row[id]).trim()}/${String(row[sku]).trim()}`));
}
const keysOf = (rows: readonly unknown[][]): string[] => rows.map((row) => `${String(row[0]).trim()}/${String(row[5]).trim()}`);

describe('two commands writing one workbook', () => {
  it(
    'two concurrent imports of the two halves of an export both land: the second waits for the first',
    async () => {
      const client = join(folder(), 'client.xlsx');
      expect((await runCli(['setup', client])).code).toBe(0);
      const first = writeOrderCsv(folder(), 'first.csv', [HEADER, DESCRIPTION, ...LINES.slice(0, HALF)]);
      const second = writeOrderCsv(folder(), 'second.csv', [HEADER, DESCRIPTION, ...LINES.slice(HALF)]);
      const runs = await Promise.all([runCli(['import-orders', first, client]), runCli(['import-orders', second, client])]);
      expect(runs.map((run) => run.code)).toEqual([0, 0]);
      expect(runs.map((run) => run.err).join('')).toMatch(/Waiting: another tts-ops command is writing client\.xlsx \(pid \d+ since 20\d\d-/);
      const lines = await orderLines(client);
      expect(keysOf(LINES).filter((key) => !lines.has(key))).toEqual([]);
      expect(lines.size).toBe(new Set(keysOf(LINES)).size);
      expect(existsSync(await lockPathOf(client))).toBe(false);
    },
    SLOW,
  );

  it(
    'a command finding the workbook locked by a live process says who holds it, once its wait is over, and writes nothing',
    async () => {
      const client = join(folder(), 'client.xlsx');
      expect((await runCli(['setup', client])).code).toBe(0);
      const before = readFileSync(client);
      const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
      try {
        writeFileSync(await lockPathOf(client), JSON.stringify({ pid: holder.pid, since: '2026-03-30T15:59:00.000Z' }));
        const csv = writeOrderCsv(folder(), 'orders.csv', [HEADER, DESCRIPTION, ...LINES]);
        const run = await runCli(['import-orders', csv, client], { lockWaitMs: 0 });
        expect(run.code).toBe(1);
        expect(run.err.trimEnd().split('\n').pop()).toBe(
          `tts-ops: another tts-ops command is writing client.xlsx (pid ${holder.pid} since 2026-03-30T15:59:00.000Z); ` +
            `try again when it has finished (or delete ${await lockPathOf(client)} if no such command is running).`,
        );
        expect(readFileSync(client).equals(before)).toBe(true);
      } finally {
        holder.kill();
      }
    },
    SLOW,
  );

  it('every command that writes a workbook takes its lock first (setup, refresh, refresh --out, import-orders, demo --out, connect, pull, import, export, deliver, sign-off)', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
    try {
      const at = (name: string): string => join(folder(), name);
      const commands: [string[], string][] = [
        [['setup', at('a.xlsx')], at('a.xlsx')],
        [['refresh', at('b.xlsx')], at('b.xlsx')],
        [['refresh', at('b.xlsx'), '--out', at('c.xlsx')], at('c.xlsx')],
        [['import-orders', at('orders.csv'), at('d.xlsx')], at('d.xlsx')],
        [['demo', '--out', at('e.xlsx')], at('e.xlsx')],
        [['connect', at('f.xlsx'), '--code', 'TTP_code'], at('f.xlsx')],
        [['pull', at('g.xlsx')], at('g.xlsx')],
        [['import', at('analytics.csv'), at('h.xlsx')], at('h.xlsx')],
        [['export', at('i.xlsx'), '--cadence', 'wbr'], at('i.xlsx')],
        [['deliver', at('j.xlsx'), '--cadence', 'wbr'], at('j.xlsx')],
        [['sign-off', at('k.xlsx'), '--by', 'ana'], at('k.xlsx')],
      ];
      for (const [args, written] of commands) {
        writeFileSync(await lockPathOf(written), JSON.stringify({ pid: holder.pid, since: '2026-03-30T15:59:00.000Z' }));
        const run = await runCli(args, { lockWaitMs: 0 });
        expect([args[0], run.code, run.err.trimEnd().split('\n').pop()]).toEqual([
          args[0],
          1,
          expect.stringMatching(/^tts-ops: another tts-ops command is writing [a-k]\.xlsx \(pid \d+ since 2026-03-30T15:59:00\.000Z\)/),
        ]);
        expect(existsSync(written)).toBe(false);
      }
    } finally {
      holder.kill();
    }
  });

  it(
    'a lock left by a killed command (its pid is gone) is taken over, and a torn lock file with no owner too',
    async () => {
      const client = join(folder(), 'client.xlsx');
      const lock = await lockPathOf(client);
      writeFileSync(lock, JSON.stringify({ pid: DEAD_PID, since: '2026-03-01T00:00:00.000Z' }));
      expect((await runCli(['setup', client], { lockWaitMs: 0 })).code).toBe(0);
      expect(existsSync(lock)).toBe(false);
      const csv = writeOrderCsv(folder(), 'orders.csv', [HEADER, DESCRIPTION, ...LINES]);
      writeFileSync(lock, '');
      const old = new Date(Date.now() - 60_000);
      utimesSync(lock, old, old);
      expect((await runCli(['import-orders', csv, client], { lockWaitMs: 0 })).code).toBe(0);
      expect((await orderLines(client)).size).toBe(new Set(keysOf(LINES)).size);
    },
    SLOW,
  );

  it(
    'a save refuses to replace a workbook that another program changed after this command read it',
    async () => {
      const client = join(folder(), 'client.xlsx');
      expect((await runCli(['setup', client])).code).toBe(0);
      const mine = await openXlsx(client);
      const theirs = await openXlsx(client);
      theirs.writeTab({ name: 'Notes', values: [['saved by another program']] });
      await saveXlsx(theirs, client);
      const saved = readFileSync(client);
      mine.writeTab({ name: 'Mine', values: [['would overwrite it']] });
      await expect(saveXlsx(mine, client)).rejects.toThrow(
        `${client} changed since this command read it (another program saved it); nothing was written, so its changes are kept. Run the command again on the new client.xlsx.`,
      );
      expect(readFileSync(client).equals(saved)).toBe(true);
      await saveXlsx(mine, join(folder(), 'copy.xlsx')); // another target: nothing to compare with
    },
    SLOW,
  );
});
