import fc from 'fast-check';
import { ttsCompare } from '../../src/core/formulas/compareFormula';
import { ttsHealth } from '../../src/core/formulas/healthFormulas';
import { ttsAov, ttsGmv, ttsOrders, ttsUnits } from '../../src/core/formulas/kpiFormulas';
import { ttsPivot } from '../../src/core/formulas/pivotFormula';
import { ttsListingQa, ttsPromoQa, ttsUtmBuild, ttsUtmCheck } from '../../src/core/formulas/qaFormulas';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/settings';
import { readSettingsTab, settingsTabRows } from '../../src/core/workbook/settingsTab';
import { generateOrderExport } from '../../src/demo/orderExport';
import { PRODUCTS_FOR_PROMOS, productTable } from '../core/qa/qaTestTables';
import { expectClearOutcome } from './cleanOutcome';

/** Every member name of Object.prototype, as typed into a cell, plus case and spacing variants. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const prototypeName = fc
  .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('', ' ', 'upper'))
  .map(([name, variant]) => (variant === 'upper' ? name.toUpperCase() : `${variant}${name}${variant}`));
const RUNS = { numRuns: 300, seed: 20261130 };

const ORDERS = generateOrderExport({ seed: 7, endDay: '2026-11-22', days: 28, orders: 80 });
const PROMOS = [
  ['Promotion name', 'Type', 'Seller SKU', 'Discount', 'Start time', 'End time'],
  ['Flash', 'Flash deal', 'MUG-01', '20%', '2026-11-20 10:00', '2026-11-21 10:00'],
];

/** Each formula with arguments that work; the property replaces one of them by a prototype name. */
const FORMULAS: Record<string, { run: (args: unknown[], settings: Settings) => unknown; args: unknown[] }> = {
  TTS_GMV: { run: ([t, s, e, b], st) => ttsGmv(t, s, e, b, st), args: [ORDERS, '2026-11-01', '2026-11-22', 'net'] },
  TTS_ORDERS: { run: ([t, s, e], st) => ttsOrders(t, s, e, st), args: [ORDERS, '2026-11-01', '2026-11-22'] },
  TTS_UNITS: { run: ([t, s, e], st) => ttsUnits(t, s, e, st), args: [ORDERS, '', ''] },
  TTS_AOV: { run: ([t, s, e], st) => ttsAov(t, s, e, st), args: [ORDERS, '2026-11-01', ''] },
  TTS_PIVOT: { run: ([t, r, m, s, e], st) => ttsPivot(t, r, m, s, e, st), args: [ORDERS, 'week', 'GMV, Orders, AOV', '', ''] },
  TTS_COMPARE: { run: ([t, m, p, a], st) => ttsCompare(t, m, p, a, st), args: [ORDERS, 'GMV, Orders', 'WoW', '2026-11-22'] },
  TTS_HEALTH: { run: ([t, a, w], st) => ttsHealth(t, a, w, st), args: [ORDERS, '2026-11-22', 30] },
  TTS_LISTING_QA: { run: ([p], st) => ttsListingQa(p, st), args: [productTable()] },
  TTS_PROMO_QA: { run: ([p, c], st) => ttsPromoQa(p, c, st), args: [PROMOS, PRODUCTS_FOR_PROMOS] },
  TTS_UTM_CHECK: { run: ([u], st) => ttsUtmCheck(u, st), args: ['https://shop.example.com/?utm_source=tiktok&utm_medium=social&utm_campaign=bf'] },
  TTS_UTM_BUILD: {
    run: ([b, s, m, c, n, t]) => ttsUtmBuild(b, s, m, c, n, t),
    args: ['https://shop.example.com/', 'tiktok', 'social', 'bf', '', ''],
  },
};

/** A table whose header row names a column after `name` (its cells A or B), the other columns as they were. */
function withColumnNamed(table: unknown[][], name: string): unknown[][] {
  return table.map((row, r) => [...row, r === 0 ? name : r === 1 ? 'Description.' : r % 2 ? 'A' : 'B']);
}

describe("names of Object.prototype's members as arguments, headers and settings", () => {
  it('every formula argument set to such a name gives a clear error or a correct answer, never garbage', () => {
    const formula = fc.constantFrom(...Object.keys(FORMULAS));
    fc.assert(
      fc.property(formula, fc.nat(), prototypeName, (name, position, value) => {
        const { run, args } = FORMULAS[name];
        const changed = args.slice();
        changed[position % args.length] = value;
        expectClearOutcome(() => run(changed, DEFAULT_SETTINGS));
      }),
      RUNS,
    );
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'TTS_PIVOT by a column named %s groups by that column, TTS_COMPARE with that period is refused by name',
    (name) => {
      const table = withColumnNamed(ORDERS, name);
      const pivot = ttsPivot(table, name, 'GMV', '', '', DEFAULT_SETTINGS);
      expect(pivot.map((row) => row[0])).toEqual([name, 'A', 'B', 'Total']);
      expect(pivot[3][1]).toBeCloseTo(ttsGmv(ORDERS, '', '', '', DEFAULT_SETTINGS) as number, 6);
      expect(() => ttsCompare(ORDERS, 'GMV', name, '', DEFAULT_SETTINGS)).toThrow(
        `Unknown period '${name}'. Use WoW, MoM, QoQ, YoY, YoY-week or YoY-month.`,
      );
      expect(() => ttsPivot(ORDERS, 'week', name, '', '', DEFAULT_SETTINGS)).toThrow(`Unknown metric '${name}'.`);
    },
  );

  it('every Settings value (and key) set to such a name is refused naming its row, or read as the text it is', () => {
    const rows = settingsTabRows();
    const keys = rows.slice(1).map((row) => String(row[0]));
    fc.assert(
      fc.property(fc.constantFrom(...keys), prototypeName, fc.boolean(), (key, value, asKey) => {
        const tab = [rows[0], asKey ? [value, 'x'] : [key, value]];
        const outcome = expectClearOutcome(() => {
          const read = readSettingsTab(tab);
          const settings = read.settings as unknown as Record<string, unknown>;
          // A setting read from text holds that text; anything else was refused.
          for (const [name, setting] of Object.entries(settings)) if (typeof setting === 'function') throw new Error(`${name} became a function`);
          return [ttsPivot(ORDERS, 'week', 'GMV', '', '', read.settings)];
        });
        if (outcome === 'refused' || asKey) return;
        // 'weekStart' of 'constructor' used to become one NaN-NaN-NaN week: it is refused now.
        if (key === 'weekStart' || key === 'dateOrder' || key === 'timeZone') throw new Error(`${key} '${value}' was accepted`);
      }),
      RUNS,
    );
  });
});
