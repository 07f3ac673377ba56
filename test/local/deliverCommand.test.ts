import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORTS_TAB } from '../../src/core/actions/export/exportsLog';
import { generateOrderExport } from '../../src/demo/orderExport';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { writeOrderCsv } from '../hostile/hostileCli';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const SLOW = 120_000;
// No PDF: the draft and the delivered copy differ in HTML and Markdown the same way (exportCommand.test.ts prints the PDFs).
jest.mock('../../src/local/render/chromium', () => ({
  ...jest.requireActual('../../src/local/render/chromium'),
  chromiumInstalled: () => false,
  launchChromiumEarly: () => undefined,
}));

const BASE = 'glow-co-wbr-2026-03-23_2026-03-29';
const files = (): string[] =>
  readdirSync(folder())
    .filter((name) => /\.(html|md)$/.test(name))
    .sort();

describe('tts-ops deliver on a clean client', () => {
  it(
    'refuses the draft until it is signed off, then writes the unmarked copy beside the untouched draft; a second time only with --again; refuses once the data changes',
    async () => {
      const client = join(folder(), 'client.xlsx');
      const week = (seed: number, days: number) =>
        writeOrderCsv(folder(), `orders-${seed}.csv`, generateOrderExport({ seed, endDay: '2026-03-29', days, orders: days * 2 }));
      expect((await runCli(['setup', client, '--market', 'US', '--client', 'Glow & Co'])).code).toBe(0);
      expect((await runCli(['import-orders', week(5, 15), client])).code).toBe(0);
      expect((await runCli(['refresh', client])).code).toBe(0);
      const cli = (...args: string[]) => runCli([...args, client, '--as-of', '2026-03-29'].filter((a) => a !== '-'));

      const exported = await cli('export');
      expect(exported.code).toBe(0);
      expect(exported.out).toContain(
        `Next: check the draft, sign off (tts-ops check, tts-ops sign-off), then tts-ops deliver ${client} with the same options.`,
      );
      expect(files()).toEqual([`${BASE}-draft.html`, `${BASE}-draft.md`]);
      const draft = files().map((name) => readFileSync(join(folder(), name), 'utf8'));
      expect(draft[0]).toContain('<div class="draft-mark">DRAFT</div><main><h1>DRAFT — Glow &amp; Co — WBR — 2026-03-23 – 2026-03-29</h1>');
      expect(draft[1]).toMatch(/^# DRAFT — Glow &amp; Co — WBR — 2026-03-23 – 2026-03-29\n\n_DRAFT for review: not for the client\./);

      const refused = await cli('deliver');
      expect([refused.code, refused.err]).toEqual([
        1,
        `tts-ops: Not delivered: the QA log has no sign-off yet; run tts-ops check ${client}, then tts-ops sign-off ${client} --by NAME. ` +
          'Or deliver anyway with a reason: add --override "reason".\n',
      ]);
      expect(files()).toHaveLength(2);

      expect(await runCli(['sign-off', client, '--by', 'ana@agency.example', '--tick', 'all'])).toMatchObject({ code: 0 });
      const delivered = await cli('deliver');
      expect([delivered.code, delivered.err]).toEqual([0, '']);
      expect(delivered.out).toContain(`Wrote ${join(folder(), `${BASE}.html`)}\nWrote ${join(folder(), `${BASE}.md`)}`);
      expect(files()).toEqual([`${BASE}-draft.html`, `${BASE}-draft.md`, `${BASE}.html`, `${BASE}.md`]);
      expect(
        files()
          .slice(0, 2)
          .map((name) => readFileSync(join(folder(), name), 'utf8')),
      ).toEqual(draft);
      for (const name of files().slice(2)) expect(readFileSync(join(folder(), name), 'utf8')).not.toMatch(/DRAFT/);
      const log = (await openXlsx(client)).readTab(EXPORTS_TAB)!;
      expect(log.slice(2).map((row) => [row[6], row[9]])).toEqual([
        ['', 'Draft'],
        [expect.stringMatching(/^QA signed off by ana@agency\.example at 2026-03-30 /), 'Delivered'],
      ]);

      const twice = await cli('deliver');
      expect([twice.code, twice.err]).toEqual([
        1,
        expect.stringMatching(
          /^tts-ops: Not delivered: the WBR 2026-03-23 – 2026-03-29 was already delivered from this data at 2026-03-30 \d\d:\d\d \(America\/Los_Angeles\)( by [^(]+)? \(TTS · Exports row 4\)\. To deliver it again: add --again\.\n$/,
        ),
      ]);
      expect(files()).toHaveLength(4);
      expect((await cli('deliver', '--again')).code).toBe(0);
      expect(files()).toHaveLength(6);

      expect((await runCli(['import-orders', week(6, 3), client])).code).toBe(0);
      expect((await cli('deliver')).err).toMatch(
        /^tts-ops: Not delivered: the data changed after the draft of the WBR 2026-03-23 – 2026-03-29 \(TTS · Exports row 3\); make a new one with tts-ops export /,
      );
    },
    SLOW,
  );
});
