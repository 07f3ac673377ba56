import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Worksheet } from 'exceljs';
import { ttsGmv } from '../../src/core/formulas/kpiFormulas';
import { withSettings } from '../../src/core/settings/settings';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { moneyDecimals, toCsv } from '../../src/demo/csv';
import { generateOrderExport } from '../../src/demo/orderExport';
import { ORDER_HEADERS, ORDER_MONEY_HEADERS } from '../../src/core/table/exportHeaders';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { COMMANDS } from '../../src/local/cli/cliHelp';
import { excelView } from './excelView';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const BIN = resolve(__dirname, '../../bin/tts-ops.js');
const folder = useTempFolder();
const at = (name: string): string => join(folder(), name);

/** The CLI as a user runs it: a child process, started from the temporary folder. */
function runBin(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: folder(), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI in this process, its output collected. */
const run = (...args: string[]): Promise<{ code: number; out: string; err: string }> => runCli(args, { now: new Date('2026-03-30T16:00:00Z') });

/** Three weeks of a realistic US shop, ending Sunday 2026-03-29, as Seller Center's CSV. */
function writeExport(name: string, rows: unknown[][]): string {
  writeFileSync(at(name), toCsv(rows, moneyDecimals(ORDER_HEADERS, ORDER_MONEY_HEADERS)));
  return at(name);
}
const WHOLE = generateOrderExport({ seed: 5, endDay: '2026-03-29', days: 21, orders: 420 });
/** Workbooks are written several times: seconds each on a small machine. */
const SLOW = 180_000;

/** stderr holds progress lines, then the error: exactly one line, never a stack trace. */
const errorLine = (stderr: string): string => {
  expect(stderr).not.toMatch(/^\s+at /m);
  return stderr.trimEnd().split('\n').pop() ?? '';
};

describe('tts-ops (child process)', () => {
  it('prints the help of the CLI and of every command', () => {
    const top = runBin('--help');
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(
      /tts-ops setup <file\.xlsx>[\s\S]*tts-ops import <export> <file\.xlsx>[\s\S]*tts-ops import-orders <export> <file\.xlsx>[\s\S]*tts-ops refresh <file\.xlsx> \[--out <file>\][\s\S]*tts-ops demo/,
    );
    for (const command of COMMANDS) {
      const help = runBin(command, '--help');
      expect([help.status, help.stderr]).toEqual([0, '']);
      expect(help.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: tts-ops ${command}`));
    }
    expect(runBin('refresh', '--help').stdout).toContain('without --out, <file.xlsx> itself is updated');
  });

  it('answers a wrong command line with one line and the usage, exit code 1', () => {
    expect(runBin()).toMatchObject({ status: 1 });
    expect(runBin('rfresh', 'a.xlsx')).toEqual({
      status: 1,
      stdout: '',
      stderr:
        "tts-ops: unknown command 'rfresh'. Commands: setup, refresh, import, import-orders, connect, pull, demo, export, check, sign-off, deliver, sidebar, sql, evidence, board (tts-ops --help).\n",
    });
    expect(runBin('setup', 'a.xlsx', '--out', 'b.xlsx')).toMatchObject({
      status: 1,
      stderr:
        'tts-ops: setup takes no --out; it writes to the workbook it is given.\nUsage: tts-ops setup <file.xlsx> [--market CODE] [--client NAME] [--manager NAME] [--contacts a@b,c@d]\n',
    });
  });

  it('gives one clear line, no stack trace, for a missing file, a corrupt workbook, a CSV that is not an order export, a locked output', () => {
    writeFileSync(at('corrupt.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]));
    writeFileSync(at('analytics.csv'), 'Date,Product name,GMV\n2026-03-02,Serum,19.99\n');
    writeFileSync(at('client.xlsx'), readFileSync(at('corrupt.xlsx')));
    writeFileSync(at('~$locked.xlsx'), 'lock');
    const cases: [string[], RegExp][] = [
      [['refresh', 'missing.xlsx'], /^tts-ops: No such file: missing\.xlsx$/],
      [['refresh', 'corrupt.xlsx', '--out', 'x.xlsx'], /^tts-ops: corrupt\.xlsx is damaged or not an \.xlsx workbook \(.+\)\.$/],
      [['refresh', 'analytics.csv', '--out', 'x.xlsx'], /^tts-ops: analytics\.csv is not an \.xlsx workbook \(not a zip file\)\.$/],
      [['import-orders', 'analytics.csv', 'new.xlsx'], /^tts-ops: No such file: new\.xlsx$/],
      [
        ['refresh', 'corrupt.xlsx', '--out', 'locked.xlsx'],
        /^tts-ops: locked\.xlsx is open in another program \(lock file ~\$locked\.xlsx\); close it and try again\.$/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = runBin(...args);
      expect([result.status, result.stdout]).toEqual([1, '']);
      expect(errorLine(result.stderr)).toMatch(message);
    }
  });

  it(
    'refuses an order import from an analytics CSV, pointing to tts-ops import',
    async () => {
      expect((await run('setup', at('client.xlsx'))).code).toBe(0);
      writeFileSync(at('analytics.csv'), 'Date,Product name,GMV\n2026-03-02,Serum,19.99\n');
      const before = readFileSync(at('client.xlsx'));
      const result = runBin('import-orders', 'analytics.csv', 'client.xlsx');
      expect([result.status, result.stdout]).toEqual([1, '']);
      expect(errorLine(result.stderr)).toBe(
        'tts-ops: analytics.csv is a Data Compass analytics export, not an order export; import it with: tts-ops import analytics.csv <file.xlsx>',
      );
      expect(readFileSync(at('client.xlsx')).equals(before)).toBe(true);
    },
    SLOW,
  );
});

describe('tts-ops end to end on temporary files', () => {
  it(
    'sets up a new workbook, imports overlapping exports once, refreshes to --out without touching the input',
    async () => {
      const client = at('client.xlsx');
      const setup = await run('setup', client);
      expect(setup).toMatchObject({ code: 0, err: '' });
      expect(setup.out).toContain(`Wrote ${client}.`);
      const tabs = [
        'Orders',
        'Analytics',
        'Products',
        'Promos',
        'Links',
        'Action items',
        'Risks',
        '30-60-90 plan',
        'Commentary',
        'Promo calendar',
        'Settings',
      ];
      expect((await openXlsx(client)).listTabs()).toEqual(tabs);
      expect((await run('setup', client)).out).toContain(`${client} is unchanged.`);

      // A tab of the user's that merely has the read-out's name.
      const withUserTab = await openXlsx(client);
      withUserTab.writeTab({ name: 'TTS · KPIs', values: [['My own KPI notes'], ['GMV target', 20000]] });
      await saveXlsx(withUserTab, client);

      const [header, description, ...lines] = WHOLE;
      const third = Math.floor(lines.length / 3);
      const older = writeExport('weeks-1-2.csv', [header, description, ...lines.slice(third)]);
      const newer = writeExport('weeks-2-3.csv', [header, description, ...lines.slice(0, 2 * third)]);
      expect((await run('import-orders', older, client)).out).toContain(
        `: read ${lines.length - third + 1} lines; ${lines.length - third} added, 0 updated (already there, replaced by this export's version), 1 skipped (1 description row).`,
      );
      expect((await run('import-orders', newer, client)).out).toContain(`; ${third} added, ${third} updated`);
      expect((await run('import-orders', newer, client)).out).toContain('; 0 added');
      const orders = (await openXlsx(client)).readTab('Orders') as CellValue[][];
      const settings = withSettings();
      expect(ttsGmv(orders, '', '', '', settings)).toBeCloseTo(ttsGmv(WHOLE, '', '', '', settings) as number, 6);

      const before = readFileSync(client);
      const modified = statSync(client).mtimeMs;
      const out = at('refreshed.xlsx');
      const refresh = await run('refresh', client, '--out', out);
      expect(refresh).toMatchObject({ code: 0, err: '' });
      expect(refresh.out).toContain('Wrote TTS · KPIs (2), TTS · SKUs, TTS · Health, TTS · QA.');
      expect(refresh.out).toContain('Data through 2026-03-29');
      expect(refresh.out).toContain(`Output: ${out}`);
      expect(readFileSync(client).equals(before)).toBe(true);
      expect(statSync(client).mtimeMs).toBe(modified);

      const result = await openXlsx(out);
      expect(result.listTabs()).toEqual([...tabs, 'TTS · KPIs', 'TTS · KPIs (2)', 'TTS · SKUs', 'TTS · Health', 'TTS · QA']);
      expect(result.ownedTabs()).toEqual(new Set(['TTS · KPIs (2)', 'TTS · SKUs', 'TTS · Health', 'TTS · QA']));
      expect(result.readTab('TTS · KPIs')).toEqual([
        ['My own KPI notes', ''],
        ['GMV target', 20000],
      ]);
      expect(result.readProperties()['tts-ops.lastRefresh']).toBe('2026-03-30T16:00:00.000Z');

      // The read-out's GMV for the week equals the formula's on the same Orders tab, and keeps its money format.
      const kpis = result.readTab('TTS · KPIs (2)') as CellValue[][];
      const title = kpis.findIndex((row) => /^Orders, week over week: /.test(String(row[0])));
      const [, from, to] = /(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})/.exec(String(kpis[title][0])) ?? [];
      const gmvRow = kpis.findIndex((row, r) => r > title && row[0] === 'GMV');
      expect(kpis[gmvRow][1]).toBeCloseTo(ttsGmv(orders, from, to, '', settings) as number, 6);
      const excel = await excelView(out);
      const sheet = excel.getWorksheet('TTS · KPIs (2)') as Worksheet;
      expect(sheet.getCell(gmvRow + 1, 2).numFmt).toBe('$#,##0.00');
      const health = excel.getWorksheet('TTS · Health') as Worksheet;
      const statuses = (result.readTab('TTS · Health') as CellValue[][]).filter((row) =>
        ['OK', 'WATCH', 'AT RISK', 'NOT ENOUGH DATA'].includes(String(row[3])),
      );
      expect(statuses.length).toBeGreaterThanOrEqual(3);
      const fills = new Set<string>();
      health.eachRow((row) => {
        const argb = (row.getCell(4).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        if (argb && argb !== 'FFEFEFEF') fills.add(argb);
      });
      expect([...fills].every((argb) => ['FFD9EAD3', 'FFFFF2CC', 'FFF4CCCC', 'FFEFEFEF'].includes(argb))).toBe(true);
      expect(fills.size).toBeGreaterThan(0);

      // Refreshing the output again in place gives the same tabs.
      expect((await run('refresh', out)).code).toBe(0);
      expect((await openXlsx(out)).listTabs()).toEqual(result.listTabs());
    },
    SLOW,
  );

  it(
    'runs the demo from another folder and writes where --out says',
    () => {
      const demo = runBin('demo', '--out', 'demo.xlsx');
      expect(demo.stderr).toContain('Reading ');
      expect(demo.status).toBe(0);
      expect(demo.stdout).toMatch(
        /Added demo rows to Products, Promos, Links, Action items, Risks, 30-60-90 plan, Promo calendar\.[\s\S]*GMV last 7 days: \$[\d,.]+ \([+-][\d.]+% WoW[\s\S]*Health: LDR [A-Z ]+ \([\d.]+%\)[\s\S]*QA checklist: \d+ errors, \d+ warnings[\s\S]*Output: demo\.xlsx/,
      );
      expect(statSync(at('demo.xlsx')).size).toBeGreaterThan(100_000);
      expect(demo.stdout).toContain('Client update (WBR), the draft (never delivered: its QA findings are planted):');
      expect(demo.stdout).toContain('Wrote demo-client-wbr-2026-11-16_2026-11-22-draft.html');
      expect(readFileSync(at('demo-client-wbr-2026-11-16_2026-11-22-draft.md'), 'utf8')).toMatch(
        /^# DRAFT — Demo client — WBR — 2026-11-16 – 2026-11-22\n\n_DRAFT for review: not for the client\./,
      );
    },
    SLOW,
  );
});
