import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { QA_LOG_TAB, readQaLog } from '../../src/core/actions/qaLogTab';
import { signOffStatus } from '../../src/core/actions/signOffStatus';
import { main } from '../../src/local/cli/cli';
import { silentReporter } from '../../src/local/xlsx/reporter';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { fixDemoErrors } from '../support/fixDemoErrors';
import { useTempFolder } from './tempFolder';

const NOW = new Date('2026-11-23T17:00:00Z');
const folder = useTempFolder();
const SLOW = 300_000;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { reporter: silentReporter, print: (t) => (out += `${t}\n`), printError: (t) => (err += `${t}\n`), now: () => NOW });
  return { code, out, err };
}

describe('tts-ops check and sign-off on the demo client', () => {
  it(
    'check prints the grouped checklist and exits 1 while an ERROR remains; sign-off is refused; once fixed, both pass and the log row is in the file',
    async () => {
      const file = join(folder(), 'client.xlsx');
      expect((await run('demo', '--out', file)).code).toBe(0);

      const checked = await run('check', file);
      expect(checked.code).toBe(1);
      const lines = checked.out.split('\n');
      expect(lines[0]).toMatch(/^Data through 2026-11-22 23:47, America\/Los_Angeles; refreshed /);
      expect(lines.filter((line) => /^\S/.test(line) && line.includes(':') && !line.startsWith('Data') && !line.startsWith('Manual'))).toEqual([
        'Accuracy: OK',
        'Links: ERROR (2 errors, 1 warning, 0 notes)',
        'Pricing: ERROR (1 error, 0 warnings, 0 notes)',
        'Promo eligibility: ERROR (2 errors, 0 warnings, 0 notes)',
        'Compliance: ERROR (2 errors, 4 warnings, 1 note)',
        expect.stringMatching(/^Checks run: health; /),
        'Result: 7 errors, 5 warnings, 1 note; not ready to sign off: fix the 7 errors first.',
      ]);
      expect(checked.out).toContain('  ERROR   Promos!E7  Promo price $52.99 is not below the list price $49.99; expected a lower price.');
      expect(checked.out).toContain('  [ ] Deck numbers match the read-out');

      const refused = await run('sign-off', file, '--by', 'ana', '--tick', 'all');
      expect(refused.code).toBe(1);
      expect(refused.err.trim()).toMatch(/^tts-ops: Sign-off refused: 7 errors remain \(first: Links!I5 .*\); fix them and check again\.$/);
      expect((await openXlsx(file)).listTabs()).not.toContain(QA_LOG_TAB);

      const fixed = join(folder(), 'fixed.xlsx');
      copyFileSync(file, fixed);
      expect(await fixDemoErrors(fixed, NOW)).toEqual({ Links: 2, Promos: 4, Products: 2 });
      expect((await run('check', fixed)).code).toBe(0);

      const unticked = await run('sign-off', fixed, '--by', 'ana', '--tick', 'Deck numbers match the read-out');
      expect(unticked.code).toBe(1);
      expect(unticked.err.trim()).toBe(
        'tts-ops: Sign-off refused: not ticked yet: Promo dates match the calendar; Client name and period right on every slide.',
      );

      const signed = await run('sign-off', fixed, '--by', 'ana@agency.example', '--note', 'Week 47 deck', '--tick', 'all');
      expect(signed.err).toBe('');
      expect(signed.code).toBe(0);
      expect(signed.out.trim()).toBe(
        'Signed off by ana@agency.example at 2026-11-23 09:00 America/Los_Angeles: TTS · QA log row 4 (0 errors, 4 warnings, 1 note).',
      );
      const workbook = await openXlsx(fixed);
      const [row] = readQaLog(workbook.readTab(QA_LOG_TAB));
      expect([row.row, row.at.toISOString(), row.by, row.errors, row.note]).toEqual([4, NOW.toISOString(), 'ana@agency.example', 0, 'Week 47 deck']);
      expect(signOffStatus(workbook).signedOff).toBe(true);
    },
    SLOW,
  );

  it('sign-off needs --by, and check takes no --by', async () => {
    expect((await run('sign-off', join(folder(), 'x.xlsx'))).err.trim()).toBe('tts-ops: sign-off needs --by <name>: who signs off.');
    const wrong = await run('check', 'x.xlsx', '--by', 'ana');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('check takes no --by.');
  });
});
