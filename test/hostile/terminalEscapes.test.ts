import { join } from 'node:path';
import { generateOrderExport } from '../../src/demo/orderExport';
import { terminalText } from '../../src/local/cli/terminalText';
import { useTempFolder } from '../local/tempFolder';
import { runCli, writeOrderCsv } from './hostileCli';

const folder = useTempFolder();
const SLOW = 120_000;
/** A window title, a screen clear, a colour, a C1 CSI, a carriage return and a right-to-left override. */
const EVIL = 'Evil \x1b]0;pwned\x07\x1b[2J\x1b[31m\x9b1m\r\u202e';
const [HEADER, DESCRIPTION, ...LINES] = generateOrderExport({ seed: 3, endDay: '2026-03-29', days: 3, orders: 3 });

/** The export with `extra` columns added after Seller Center's own (blank in every line). */
const withColumns = (extra: readonly string[]): unknown[][] => [
  [...HEADER, ...extra],
  DESCRIPTION,
  ...LINES.map((line) => [...line, ...extra.map(() => '')]),
];

describe('file content printed to the terminal', () => {
  it(
    'a header and a file name holding escape sequences and control characters print as plain text',
    async () => {
      const client = join(folder(), 'client.xlsx');
      expect((await runCli(['setup', client])).code).toBe(0);
      const csv = writeOrderCsv(folder(), `orders\x1b[31m.csv`, withColumns([EVIL]));
      const run = await runCli(['import-orders', csv, client]);
      expect(run.code).toBe(0);
      expect(run.out + run.err).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
      expect(run.out).toContain(`Imported orders.csv into ${client}`);
      expect(run.out).toContain('New columns added: Evil .');
    },
    SLOW,
  );

  it(
    'a 10,000-column export names ten new columns and counts the rest',
    async () => {
      const client = join(folder(), 'client.xlsx');
      expect((await runCli(['setup', client])).code).toBe(0);
      const extra = Array.from({ length: 10_000 }, (_, i) => `Extra ${i + 1}`);
      const run = await runCli(['import-orders', writeOrderCsv(folder(), 'wide.csv', withColumns(extra)), client]);
      expect(run.code).toBe(0);
      expect(run.out).toContain(
        'New columns added: 10,000 columns: Extra 1, Extra 2, Extra 3, Extra 4, Extra 5, Extra 6, Extra 7, Extra 8, Extra 9, Extra 10, … and 9,990 more.',
      );
      expect(run.out.length).toBeLessThan(1_000);
    },
    SLOW,
  );
});

describe('terminalText', () => {
  it('keeps line feeds, tabs and every script, and drops what a terminal would act on', () => {
    expect(terminalText(`Order ID\tSKU\nPaid Time ${EVIL}ถนนสุขุมวิท 王`)).toBe('Order ID\tSKU\nPaid Time Evil ถนนสุขุมวิท 王');
  });
});
