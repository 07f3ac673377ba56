import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORTS_TAB } from '../../src/core/actions/export/exportsLog';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { demoBuyerData, personalDataIn } from './demoOutputs';
import { internalTextIn } from '../support/internalText';
import { pdfText } from './pdfText';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const at = (name: string): string => join(folder(), name);
const SLOW = 240_000;
const BASE = 'demo-client-wbr-2026-11-16_2026-11-22';

const run = (...args: string[]): Promise<{ code: number; out: string; err: string }> => runCli(args, { now: new Date('2026-11-23T17:00:00Z') });

describe('tts-ops export', () => {
  it(
    'refuses without a sign-off, exports with --override (never over an earlier export), logs each export, and no output holds buyer data',
    async () => {
      const demo = await run('demo', '--out', at('demo-client.xlsx'));
      expect([demo.code, demo.err]).toEqual([0, '']);
      expect(demo.out).toContain(`Wrote ${at(`${BASE}.html`)}`);

      const refused = await run('export', at('demo-client.xlsx'), '--cadence', 'wbr');
      expect(refused.code).toBe(1);
      expect(refused.err).toBe(
        'tts-ops: Not signed off: the QA log has no sign-off yet; run the QA checklist (TTS Ops › Open QA checklist, or tts-ops check) and sign off. ' +
          'Or export anyway with a reason: tts-ops export … --override "reason" (in Sheets, confirm the dialog).\n',
      );

      const again = await run('export', at('demo-client.xlsx'), '--cadence', 'wbr', '--override', 'client call moved up');
      expect(again.code).toBe(0);
      expect(again.out).toContain(`Wrote ${at(`${BASE}-2.html`)}\nWrote ${at(`${BASE}-2.md`)}\nWrote ${at(`${BASE}-2.pdf`)}`);
      expect(readFileSync(at(`${BASE}.md`), 'utf8')).not.toBe('');

      const monthly = await run(
        'export',
        at('demo-client.xlsx'),
        '--cadence',
        'mbr',
        '--as-of',
        '2026-11-15',
        '--to-date',
        '--out',
        at('recaps'),
        '--override',
        'MBR draft',
      );
      expect(monthly.code).toBe(0);
      expect(readdirSync(at('recaps')).sort()).toEqual([
        'demo-client-mbr-2026-11-01_2026-11-15.html',
        'demo-client-mbr-2026-11-01_2026-11-15.md',
        'demo-client-mbr-2026-11-01_2026-11-15.pdf',
      ]);

      // The account team's copy: its own file names, the appendix with the rows and sources the client copy leaves out.
      const team = await run('export', at('demo-client.xlsx'), '--internal', '--out', at('team'), '--override', 'team copy');
      expect(team.code).toBe(0);
      expect(readdirSync(at('team')).filter((f) => f.endsWith('.md'))).toEqual([`${BASE}-internal.md`]);
      expect(readFileSync(join(at('team'), `${BASE}-internal.md`), 'utf8')).toMatch(
        /## Internal appendix[\s\S]*First late order in the range: row \d+/,
      );

      const log = (await openXlsx(at('demo-client.xlsx'))).readTab(EXPORTS_TAB)!;
      const rows = log.slice(2).map((row) => [row[2], row[3], row[4], row[7]]);
      expect(rows).toEqual([
        ['WBR', '2026-11-16 – 2026-11-22', '2026-11-22', expect.stringMatching(/^demo workbook: its QA findings are planted/)],
        ['WBR', '2026-11-16 – 2026-11-22', '2026-11-22', 'client call moved up'],
        ['MBR (month to date)', '2026-11-01 – 2026-11-15', '2026-11-15', 'MBR draft'],
        ['WBR', '2026-11-16 – 2026-11-22', '2026-11-22', 'team copy'],
      ]);
      expect(log[2][8]).toMatch(/First late order in the range: row \d+/);
      expect(String(log[3][5]).split('\n')).toEqual([at(`${BASE}-2.html`), at(`${BASE}-2.md`), at(`${BASE}-2.pdf`)]);

      const personal = demoBuyerData();
      expect(personal.length).toBeGreaterThan(1000);
      const outputs = [...readdirSync(folder()).map((f) => at(f)), ...readdirSync(at('recaps')).map((f) => join(at('recaps'), f))].filter((f) =>
        /\.(html|md|pdf)$/.test(f),
      );
      expect(outputs).toHaveLength(9);
      for (const file of outputs) {
        const text = file.endsWith('.pdf') ? await pdfText(readFileSync(file)) : readFileSync(file, 'utf8');
        expect(text).toMatch(/demo.client — (WBR|MBR \(month to date\)) — 2026-11-/i);
        expect([file, personalDataIn(text, personal)]).toEqual([file, []]);
        expect([file, internalTextIn(text)]).toEqual([file, []]);
      }
    },
    SLOW,
  );

  it('answers a wrong cadence or an export option on another command with one line', async () => {
    expect(await run('export', at('x.xlsx'), '--cadence', 'weekly')).toEqual({
      code: 1,
      out: '',
      err: "tts-ops: Unknown cadence 'weekly'. Use wbr (weekly), mbr (monthly) or qbr (quarterly).\n",
    });
    expect(await run('export', at('x.xlsx'))).toMatchObject({ code: 1, err: expect.stringMatching(/^tts-ops: No such file: .*x\.xlsx/) });
    expect(await run('refresh', at('x.xlsx'), '--cadence', 'wbr')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^tts-ops: refresh takes no --cadence; only export does\./),
    });
    expect(await run('export', at('x.xlsx'), '--override', ' ')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^tts-ops: --override needs a reason/),
    });
    expect(existsSync(at('x.xlsx'))).toBe(false);
  });
});

describe('tts-ops export when Chromium cannot start', () => {
  it(
    'says so in one line, naming CHROMIUM_PATH, and writes no recap file',
    () => {
      const root = join(__dirname, '../..');
      const workbook = at('client.xlsx');
      copyFileSync(join(root, 'examples/demo-client.xlsx'), workbook);
      const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
        spawnSync(process.execPath, [join(root, 'bin/tts-ops.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
      expect(cli(['refresh', workbook]).status).toBe(0);
      const broken = cli(['export', workbook, '--override', 'printer test'], { CHROMIUM_PATH: '/bin/false' });
      expect(broken.status).toBe(1);
      expect(
        broken.stderr
          .trim()
          .split('\n')
          .filter((line) => line.startsWith('tts-ops:') || /^\s+at /.test(line)),
      ).toEqual([expect.stringMatching(/^tts-ops: could not print the PDF with \/bin\/false \(.+\); set CHROMIUM_PATH/)]);
      expect(readdirSync(folder()).filter((name) => /\.(html|md|pdf)$/.test(name))).toEqual([]);
    },
    SLOW,
  );
});
