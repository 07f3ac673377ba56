import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runChecklist } from '../../src/core/actions/check';
import { checklistText } from '../../src/core/actions/checklistText';
import { signOff } from '../../src/core/actions/signOff';
import { ttsCompare } from '../../src/core/formulas/compareFormula';
import { ttsHealth } from '../../src/core/formulas/healthFormulas';
import { ttsGmv, ttsOrders, ttsUnits } from '../../src/core/formulas/kpiFormulas';
import { UNREADABLE_CHECKS } from '../../src/core/actions/accuracy/unreadableCells';
import { prepareDelivery, prepareDraft } from '../../src/core/actions/export/exportPlan';
import { SHEETS_SURFACE } from '../../src/core/workbook/surface';
import { withSettings } from '../../src/core/settings/settings';
import { columnLetter } from '../../src/core/values/columnLetter';
import { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateOrderExport } from '../../src/demo/orderExport';
import { NAMED_SETTINGS } from '../core/workbook/clientFixture';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { useTempFolder } from '../local/tempFolder';
import { BUYER_MESSAGE, TIKTOK_BUYER_VALUES } from './buyerValues';
import { runCli, writeOrderCsv } from './hostileCli';

const ZONE = 'America/Los_Angeles';
const NOW = new Date('2026-11-23T17:00:00Z');
const EXPORT = generateOrderExport({ seed: 31, endDay: '2026-11-22', days: 21, orders: 50 }) as CellValue[][];
const HEADER = EXPORT[0] as string[];
const filled = (line: readonly CellValue[], header: string): boolean => String(line[HEADER.indexOf(header)] ?? '').trim() !== '';
/** A delivered order's line: every number and date column below is read on it. */
const ROW = EXPORT.findIndex((line, r) => r >= 2 && ['Paid Time', 'Shipped Time', 'Delivered Time'].every((h) => filled(line, h)));

/** The number and date columns a shifted paste lands in (issue 24's hostile pass). */
const COLUMNS = ['Quantity', 'SKU Subtotal After Discount', 'Order Amount', 'Paid Time', 'Shipped Time', 'Delivered Time'];

function workbookWith(orders: CellValue[][]): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ Orders: orders, Settings: NAMED_SETTINGS }, ZONE);
  refreshReadout(workbook, { now: NOW });
  return workbook;
}

/** Everything the user or a log could see: formula errors, read-out tabs, the check output, sign-off and export refusals. */
function everythingShown(workbook: MemoryWorkbook, orders: CellValue[][]): string[] {
  const texts: string[] = [];
  const attempt = (run: () => unknown): void => {
    try {
      texts.push(JSON.stringify(run()));
    } catch (error) {
      texts.push(error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error));
    }
  };
  const settings = withSettings({ timeZone: ZONE });
  attempt(() => ttsGmv(orders, '', '', 'gross', settings));
  attempt(() => ttsOrders(orders, '', '', settings));
  attempt(() => ttsUnits(orders, '', '', settings));
  attempt(() => ttsCompare(orders, 'GMV, Orders, Units', 'WoW', '', settings));
  attempt(() => ttsHealth(orders, '', '', settings));
  attempt(() => checklistText(runChecklist(workbook, NOW)));
  attempt(() => signOff(workbook, { by: 'ana', note: '', ticked: 'all' }, NOW));
  attempt(() => prepareDraft(workbook, { cadence: 'wbr', now: NOW }));
  attempt(() => prepareDelivery(workbook, { cadence: 'wbr', now: NOW, override: 'client call in 10 minutes' }, SHEETS_SURFACE));
  for (const tab of workbook.listTabs()) if (tab !== 'Orders') texts.push(JSON.stringify(workbook.readTab(tab)));
  texts.push(JSON.stringify(workbook.readProperties()), ...workbook.progressMessages);
  return texts;
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');

describe("a buyer's data pasted into a number or date column of Orders", () => {
  it('the clean export signs off and exports (so each refusal below is the planted cell)', () => {
    const workbook = workbookWith(EXPORT);
    expect(runChecklist(workbook, NOW).counts.ERROR).toBe(0);
    signOff(workbook, { by: 'ana', note: '', ticked: 'all' }, NOW);
    expect(prepareDraft(workbook, { cadence: 'wbr', now: NOW }).ok).toBe(true);
  });

  it.each(COLUMNS)('in %s: is an ERROR naming the cell by position, sign-off, export and deliver refuse, and no output holds the value', (column) => {
    const col = HEADER.indexOf(column);
    for (const value of [...TIKTOK_BUYER_VALUES, BUYER_MESSAGE]) {
      const orders = EXPORT.map((line, r) => (r === ROW ? line.map((cell, c) => (c === col ? value : cell)) : line));
      const workbook = workbookWith(orders);
      const checklist = runChecklist(workbook, NOW);
      const finding = checklist.groups.flatMap((group) => group.findings).find((f) => UNREADABLE_CHECKS.includes(f.check));
      expect([value, finding?.severity, finding?.tab, finding?.a1]).toEqual([value, 'ERROR', 'Orders', `${columnLetter(col)}${ROW + 1}`]);
      expect(finding?.message).toMatch(
        new RegExp(`^Orders: row ${ROW + 1}, column ${columnLetter(col)} '${column}': expected .*, found text of \\d+ characters`),
      );
      expect(() => signOff(workbook, { by: 'ana', note: '', ticked: 'all' }, NOW)).toThrow(/^Sign-off refused: /);
      const draft = prepareDraft(workbook, { cadence: 'wbr', now: NOW });
      expect([value, draft.ok ? 'exported' : draft.reason]).toEqual([value, expect.stringMatching(/^Export refused: .* cannot be read/)]);
      const overridden = prepareDelivery(workbook, { cadence: 'wbr', now: NOW, override: 'client call in 10 minutes' }, SHEETS_SURFACE);
      expect([value, overridden.ok ? 'delivered' : overridden.reason]).toEqual([
        value,
        expect.stringMatching(/^Delivery refused: .* cannot be read/),
      ]);
      const shown = everythingShown(workbook, orders).join('\n');
      expect([value, shown.includes(value)]).toEqual([value, false]);
      if (digitsOf(value).length >= 7) expect([value, digitsOf(shown).includes(digitsOf(value))]).toEqual([value, false]);
    }
  });
});

describe('the same through the CLI, on an .xlsx client workbook', () => {
  const folder = useTempFolder();

  it('check exits 1, sign-off, export and deliver (even with --override) refuse, and nothing printed or written holds the value', async () => {
    const value = '(+1)917*****88';
    const col = HEADER.indexOf('Quantity');
    const client = join(folder(), 'client.xlsx');
    const orders = EXPORT.map((line, r) => (r === ROW ? line.map((cell, c) => (c === col ? value : cell)) : line));
    expect((await runCli(['setup', client])).code).toBe(0);
    expect((await runCli(['import-orders', writeOrderCsv(folder(), 'orders.csv', orders), client])).code).toBe(0);
    const runs = [
      await runCli(['refresh', client]),
      await runCli(['check', client]),
      await runCli(['sign-off', client, '--by', 'ana', '--tick', 'all']),
      await runCli(['export', client, '--cadence', 'wbr', '--out', folder()]),
      await runCli(['deliver', client, '--cadence', 'wbr', '--out', folder(), '--override', 'client call in 10 minutes']),
    ];
    expect(runs.map((run) => run.code)).toEqual([1, 1, 1, 1, 1]);
    expect(runs[3].err).toContain('tts-ops: Export refused: a tab holds data that cannot be read (first: Orders!K');
    expect(runs[0].err).toMatch(/could not be computed from the data/);
    expect(runs[1].out).toMatch(
      new RegExp(`Orders: row ${ROW + 1}, column ${columnLetter(col)} 'Quantity': expected .*, found text of 14 characters`),
    );
    expect(runs[4].err).toContain('tts-ops: Delivery refused: a tab holds data that cannot be read (first: Orders!K');
    expect(readdirSync(folder()).filter((file) => /\.(html|md|pdf)$/.test(file))).toEqual([]);
    const workbook = await openXlsx(client);
    const tabs = workbook.listTabs().filter((tab) => tab !== 'Orders');
    const written = tabs.map((tab) => JSON.stringify(workbook.readTab(tab))).join('\n');
    for (const text of [...runs.flatMap((run) => [run.out, run.err]), written]) expect(text.includes(value)).toBe(false);
  });
});
