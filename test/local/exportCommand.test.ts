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

describe('tts-ops export and deliver', () => {
  it(
    'the demo: export writes the draft marked DRAFT on every page; deliver refuses it unsigned, delivers with --override beside it; all logged',
    async () => {
      const demo = await run('demo', '--out', at('demo-client.xlsx'));
      expect([demo.code, demo.err]).toEqual([0, '']);
      expect(demo.out).toContain(`Wrote ${at(`${BASE}-draft.html`)}`);
      const draftFiles = [`${BASE}-draft.html`, `${BASE}-draft.md`, `${BASE}-draft.pdf`];
      const draftHtml = readFileSync(at(draftFiles[0]), 'utf8');
      expect(draftHtml).toContain('<div class="draft-mark">DRAFT</div>');
      expect(draftHtml).toContain('<title>DRAFT — Demo client — WBR — 2026-11-16 – 2026-11-22</title>');
      expect(readFileSync(at(draftFiles[1]), 'utf8')).toMatch(/^# DRAFT — Demo client/);
      const draftPdf = await pdfText(readFileSync(at(draftFiles[2])));
      expect(draftPdf.match(/^DRAFT$/gm)?.length).toBeGreaterThan(1); // the mark on every page
      const draftBytes = draftFiles.map((f) => readFileSync(at(f)));

      const file = at('demo-client.xlsx');
      expect(await run('deliver', file)).toEqual({
        code: 1,
        out: '',
        err:
          `tts-ops: Not delivered: the QA log has no sign-off yet; run tts-ops check ${file}, then tts-ops sign-off ${file} --by NAME. ` +
          'Or deliver anyway with a reason: add --override "reason".\n',
      });
      expect(await run('deliver', at('demo-client.xlsx'), '--cadence', 'mbr')).toMatchObject({
        code: 1,
        err: expect.stringMatching(
          /^tts-ops: Not delivered: there is no draft of the MBR 2026-10-01 – 2026-10-31 in TTS · Exports; make one with tts-ops export /,
        ),
      });

      // The demo's planted findings keep it from a sign-off (a clean client is signed off in deliverCommand.test.ts).
      const delivered = await run('deliver', at('demo-client.xlsx'), '--override', 'client call moved up');
      expect([delivered.code, delivered.err]).toEqual([0, '']);
      expect(delivered.out).toContain(
        `Delivered with an override: client call moved up\nWrote ${at(`${BASE}.html`)}\nWrote ${at(`${BASE}.md`)}\nWrote ${at(`${BASE}.pdf`)}`,
      );
      expect(draftFiles.map((f) => readFileSync(at(f)))).toEqual(draftBytes);
      const html = readFileSync(at(`${BASE}.html`), 'utf8');
      expect(html).not.toMatch(/DRAFT/);
      expect(await pdfText(readFileSync(at(`${BASE}.pdf`)))).not.toMatch(/DRAFT/);

      const again = await run('deliver', at('demo-client.xlsx'), '--override', 'second send', '--again');
      expect(again.out).toContain(`Wrote ${at(`${BASE}-2.html`)}`);

      const monthly = await run('export', at('demo-client.xlsx'), '--cadence', 'mbr', '--as-of', '2026-11-15', '--to-date', '--out', at('recaps'));
      expect(monthly.code).toBe(0);
      expect(readdirSync(at('recaps')).sort()).toEqual([
        'demo-client-mbr-2026-11-01_2026-11-15-draft.html',
        'demo-client-mbr-2026-11-01_2026-11-15-draft.md',
        'demo-client-mbr-2026-11-01_2026-11-15-draft.pdf',
      ]);

      // The account team's copy: its own file names, the appendix with the rows and sources the client copy leaves out.
      const team = await run('export', at('demo-client.xlsx'), '--internal', '--out', at('team'));
      expect(team.code).toBe(0);
      expect(readdirSync(at('team')).filter((f) => f.endsWith('.md'))).toEqual([`${BASE}-internal-draft.md`]);
      expect(readFileSync(join(at('team'), `${BASE}-internal-draft.md`), 'utf8')).toMatch(
        /## Internal appendix[\s\S]*First late order in the range: row \d+/,
      );

      const log = (await openXlsx(at('demo-client.xlsx'))).readTab(EXPORTS_TAB)!;
      expect(log.slice(2).map((row) => [row[2], row[3], row[7], row[9]])).toEqual([
        ['WBR', '2026-11-16 – 2026-11-22', '', 'Draft'],
        ['WBR', '2026-11-16 – 2026-11-22', 'client call moved up', 'Delivered'],
        ['WBR', '2026-11-16 – 2026-11-22', 'second send', 'Delivered'],
        ['MBR (month to date)', '2026-11-01 – 2026-11-15', '', 'Draft'],
        ['WBR', '2026-11-16 – 2026-11-22', '', 'Draft'],
      ]);
      expect(log[4][8]).toMatch(/First late order in the range: row \d+/);
      expect(String(log[3][5]).split('\n')).toEqual([at(`${BASE}.html`), at(`${BASE}.md`), at(`${BASE}.pdf`)]);

      const personal = demoBuyerData();
      expect(personal.length).toBeGreaterThan(1000);
      const delivery = readdirSync(folder())
        .filter((f) => /\.(html|md|pdf)$/.test(f))
        .map((f) => at(f));
      expect(delivery).toHaveLength(9);
      for (const file of delivery) {
        const text = file.endsWith('.pdf') ? await pdfText(readFileSync(file)) : readFileSync(file, 'utf8');
        expect(text).toMatch(/Demo client — WBR — 2026-11-16/);
        expect([file, personalDataIn(text, personal)]).toEqual([file, []]);
        if (!file.includes('-draft.')) expect([file, internalTextIn(text)]).toEqual([file, []]);
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
      err: expect.stringMatching(/^tts-ops: refresh takes no --cadence; only export and deliver do\./),
    });
    expect(await run('deliver', at('x.xlsx'), '--override', ' ')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^tts-ops: --override needs a reason/),
    });
    expect(await run('export', at('x.xlsx'), '--override', 'late')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^tts-ops: export takes no --override; only deliver does\./),
    });
    expect(await run('deliver', at('x.xlsx'), '--internal')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^tts-ops: deliver takes no --internal; only export does\./),
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
      const broken = cli(['export', workbook], { CHROMIUM_PATH: '/bin/false' });
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
