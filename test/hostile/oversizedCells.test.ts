import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { excerpt } from '../../src/core/values/errors';
import { ttsGmv } from '../../src/core/formulas/kpiFormulas';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { importOrders } from '../../src/core/actions/importOrders';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateOrderExport } from '../../src/demo/orderExport';
import { useTempFolder } from '../local/tempFolder';
import { runCli } from './hostileCli';

const folder = useTempFolder();
const EXPORT = generateOrderExport({ seed: 41, endDay: '2026-11-22', days: 14, orders: 30 }) as CellValue[][];
const HEADER = EXPORT[0] as string[];

describe('cells over the cap and long values in messages', () => {
  it('a 5 MB single line is refused as an export, naming the cell, in one short line; the workbook is not touched', async () => {
    const client = join(folder(), 'client.xlsx');
    expect((await runCli(['setup', client])).code).toBe(0);
    const before = readFileSync(client);
    writeFileSync(join(folder(), 'huge.csv'), `Order ID,Order Status,SKU ID,${'A'.repeat(5_000_000)}`);
    const run = await runCli(['import-orders', join(folder(), 'huge.csv'), client]);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    const line = run.err.trimEnd().split('\n').pop();
    expect(line).toBe(
      'tts-ops: huge.csv: row 1, column D holds 5,000,000 characters; a spreadsheet cell holds at most 32,767. Is this the right file?',
    );
    expect(run.err.length).toBeLessThan(1_000);
    expect(readFileSync(client).equals(before)).toBe(true);
  }, 120_000);

  it('a data cell one character over 32,767 is refused with its position; one at the cap is imported', () => {
    const withCell = (text: string) =>
      EXPORT.map((line, r) => (r === 3 ? line.map((cell, c) => (c === HEADER.indexOf('Buyer Message') ? text : cell)) : line));
    expect(() => importOrders(undefined, withCell('x'.repeat(32_768)), 'orders.csv')).toThrow(
      'orders.csv: row 4, column AP holds 32,768 characters; a spreadsheet cell holds at most 32,767. Is this the right file?',
    );
    expect(importOrders(undefined, withCell('x'.repeat(32_767)), 'orders.csv').added).toBeGreaterThan(0);
  });

  it('a long argument is quoted as a 60-character excerpt with its length; a long Orders cell is described by its shape, never quoted', () => {
    expect(excerpt('y'.repeat(10_000))).toBe(`${'y'.repeat(60)}… (10,000 characters)`);
    const long = `12${'z'.repeat(9_998)}`;
    const amount = EXPORT.map((line, r) =>
      r === 2 ? line.map((cell, c) => (c === HEADER.indexOf('SKU Subtotal After Discount') ? long : cell)) : line,
    );
    const messages: string[] = [];
    for (const run of [
      () => ttsGmv(amount, '', '', '', DEFAULT_SETTINGS),
      () => ttsGmv(EXPORT, long, '', '', DEFAULT_SETTINGS),
      () => ttsGmv(EXPORT, '', '', long, DEFAULT_SETTINGS),
    ]) {
      try {
        run();
      } catch (error) {
        messages.push((error as Error).message);
      }
    }
    expect(messages).toHaveLength(3);
    const [ordersCell, ...typedArguments] = messages;
    expect(ordersCell).toContain('found text of 10,000 characters');
    expect(ordersCell).not.toContain('zzzz');
    for (const message of typedArguments) expect(message).toContain(`${long.slice(0, 60)}… (10,000 characters)`);
    for (const message of messages) expect(message.length).toBeLessThan(400);
  });
});
