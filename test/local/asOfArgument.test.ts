import { join } from 'node:path';
import { generateOrderExport } from '../../src/demo/orderExport';
import { writeOrderCsv } from '../hostile/hostileCli';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
// No PDF: the refusal comes before anything is printed.
jest.mock('../../src/local/render/chromium', () => ({
  ...jest.requireActual('../../src/local/render/chromium'),
  chromiumInstalled: () => false,
  launchChromiumEarly: () => undefined,
}));

describe('a bad --as-of', () => {
  it('is named as the terminal names it, with a hint that names no cell', async () => {
    const client = join(folder(), 'client.xlsx');
    expect((await runCli(['setup', client, '--market', 'UK'])).code).toBe(0);
    const csv = writeOrderCsv(folder(), 'orders.csv', generateOrderExport({ seed: 5, endDay: '2026-03-29', days: 3, orders: 4 }));
    expect((await runCli(['import-orders', csv, client])).code).toBe(0);
    for (const command of ['export', 'deliver']) {
      const run = await runCli([command, client, '--cadence', 'wbr', '--as-of', 'tomorrow']);
      expect([run.code, run.err]).toEqual([1, "tts-ops: --as-of must be a date such as 2026-11-22; got 'tomorrow'.\n"]);
    }
  });
});
