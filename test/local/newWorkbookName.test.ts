import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

describe('a new workbook under a name that is not .xlsx', () => {
  it('is refused by setup and refresh --out before anything is written, naming the .xlsx name to use', async () => {
    const client = join(folder(), 'client.xlsx');
    expect((await runCli(['setup', client, '--market', 'TH', '--client', 'Siam Glow'])).code).toBe(0);
    const typo = join(folder(), 'orders.csv');
    const setup = await runCli(['setup', typo, '--market', 'TH']);
    expect(setup).toMatchObject({ code: 1, out: '' });
    expect(setup.err).toContain(`${typo} would be a new workbook: give it a name ending in .xlsx (${join(folder(), 'orders.xlsx')})`);
    const week = join(folder(), 'week20.csv');
    const refresh = await runCli(['refresh', client, '--out', week]);
    expect(refresh).toMatchObject({ code: 1, out: '' });
    expect(refresh.err).toContain(`${week} would be a new workbook`);
    expect([existsSync(typo), existsSync(week)]).toEqual([false, false]);
  });
});
