import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrderExport } from '../../src/demo/orderExport';
import { useTempFolder } from '../local/tempFolder';
import { runCli, writeOrderCsv } from './hostileCli';

const folder = useTempFolder();
const SLOW = 180_000;
const at = (name: string): string => join(folder(), name);

/** A UK client's workbook with a few days of orders: what a refresh reads. */
async function ukClient(): Promise<string> {
  expect((await runCli(['setup', at('client.xlsx'), '--market', 'UK'])).code).toBe(0);
  const csv = writeOrderCsv(folder(), 'orders.csv', generateOrderExport({ seed: 7, endDay: '2026-03-29', days: 8, orders: 10 }));
  expect((await runCli(['import-orders', csv, at('client.xlsx')])).code).toBe(0);
  return at('client.xlsx');
}

const refusal = (out: string, what: string): string =>
  `tts-ops: ${out} exists and is ${what}; refresh would replace it. Choose another --out, or add --force to replace it.\n`;

describe('refresh --out onto an existing file', () => {
  it(
    "refuses the user's notes, their order export and another client's workbook; replaces its own earlier output, and anything with --force",
    async () => {
      const client = await ukClient();
      writeFileSync(at('notes.txt'), 'call the client on Monday');
      expect((await runCli(['setup', at('other.xlsx'), '--market', 'ID'])).code).toBe(0);
      const other = readFileSync(at('other.xlsx'));
      const csv = readFileSync(at('orders.csv'));

      const runs = await Promise.all(['notes.txt', 'orders.csv', 'other.xlsx'].map((name) => runCli(['refresh', client, '--out', at(name)])));
      expect(runs.map((run) => [run.code, run.err.split('\n').at(-2) + '\n'])).toEqual([
        [1, refusal(at('notes.txt'), 'not an .xlsx workbook')],
        [1, refusal(at('orders.csv'), 'not an .xlsx workbook')],
        [1, refusal(at('other.xlsx'), 'the workbook of another client (no name, market ID)')],
      ]);
      expect([
        readFileSync(at('notes.txt'), 'utf8'),
        readFileSync(at('orders.csv')).equals(csv),
        readFileSync(at('other.xlsx')).equals(other),
      ]).toEqual(['call the client on Monday', true, true]);

      expect((await runCli(['refresh', client, '--out', at('week13.xlsx')])).code).toBe(0);
      expect((await runCli(['refresh', client, '--out', at('week13.xlsx')])).code).toBe(0);
      expect((await runCli(['refresh', client, '--out', at('notes.txt'), '--force'])).code).toBe(0);
      expect(readFileSync(at('notes.txt')).subarray(0, 2).toString()).toBe('PK');
    },
    SLOW,
  );

  it('takes --force from refresh only', async () => {
    const run = await runCli(['check', at('client.xlsx'), '--force']);
    expect([run.code, run.err.split('\n')[0]]).toEqual([1, 'tts-ops: check takes no --force.']);
  });
});
