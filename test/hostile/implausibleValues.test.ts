import fc from 'fast-check';
import { ttsCompare } from '../../src/core/formulas/compareFormula';
import { ttsHealth } from '../../src/core/formulas/healthFormulas';
import { ttsGmv, ttsUnits } from '../../src/core/formulas/kpiFormulas';
import { ttsPivot } from '../../src/core/formulas/pivotFormula';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/settings';
import { assertFiniteCells } from '../../src/core/values/finiteCells';
import { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { readSettingsTab } from '../../src/core/workbook/settingsTab';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateOrderExport } from '../../src/demo/orderExport';
import { userFacing } from '../../src/sheets/userFacing';
import { expectClearOutcome } from './cleanOutcome';

const EXPORT = generateOrderExport({ seed: 21, endDay: '2026-11-22', days: 21, orders: 60 }) as CellValue[][];
const HEADER = EXPORT[0] as string[];
const col = (name: string): number => HEADER.indexOf(name);
/** Two paid data lines (an unpaid line's amounts are never read). */
const [ROW, NEXT] = EXPORT.map((line, r) => (r >= 2 && String(line[col('Paid Time')]).trim() ? r : -1)).filter((r) => r >= 0);
const AT = `row ${ROW + 1}`;

/** The export with one cell changed. */
function planted(column: string, value: CellValue, row = ROW): CellValue[][] {
  return EXPORT.map((line, r) => (r === row ? line.map((cell, c) => (c === col(column) ? value : cell)) : line));
}
const settings: Settings = DEFAULT_SETTINGS;

describe('implausible dates and quantities are errors naming the cell', () => {
  it('a Paid Time of 11/22/20255 is refused, naming the cell, instead of moving the as-of date by 18,000 years', () => {
    const table = planted('Paid Time', '11/22/20255 10:00:00 AM');
    const message = new RegExp(
      `^${AT}, column AC 'Paid Time': a date in 20255 is outside the plausible dates 2016-01-01 to \\d{4}-\\d\\d-\\d\\d \\(a typo\\?\\); fix the cell, or widen the window with the Settings rows earliestDate and latestYearsAhead\\.$`,
    );
    expect(() => ttsGmv(table, '', '', '', settings)).toThrow(message);
    expect(() => ttsCompare(table, 'GMV', 'WoW', '', settings)).toThrow(message);
    expect(() => ttsHealth(table, '', '', settings)).toThrow(message);
    expect(() => ttsGmv(planted('Paid Time', '01/05/2015 10:00:00 AM'), '', '', '', settings)).toThrow(
      /is outside the plausible dates 2016-01-01 to/,
    );
  });

  it('a start, end or asOf argument typed as 2062 instead of 2026 is refused, naming the argument, instead of giving 0', () => {
    const outside = (name: string, day: string): RegExp =>
      new RegExp(
        `^'${name}' \\(${day}\\) is outside the plausible dates 2016-01-01 to \\d{4}-\\d\\d-\\d\\d \\(a typo\\?\\); leave it blank for no limit`,
      );
    expect(() => ttsGmv(EXPORT, '2062-11-01', '', '', settings)).toThrow(outside('start', '2062-11-01'));
    expect(() => ttsGmv(EXPORT, '2026-11-01', '11/30/2062', '', settings)).toThrow(outside('end', '2062-11-30'));
    expect(() => ttsPivot(EXPORT, 'week', 'GMV', '2006-11-01', '', settings)).toThrow(outside('start', '2006-11-01'));
    expect(() => ttsCompare(EXPORT, 'GMV', 'WoW', '2062-11-22', settings)).toThrow(outside('asOf', '2062-11-22'));
    expect(ttsGmv(EXPORT, '2026-11-01', '2026-11-22', '', settings)).toBeGreaterThan(0);
  });

  it('the window is a setting: earliestDate and latestYearsAhead on the Settings tab', () => {
    const older = readSettingsTab([
      ['Key', 'Value'],
      ['earliestDate', '2014-01-01'],
    ]).settings;
    expect(ttsGmv(planted('Paid Time', '01/05/2015 10:00:00 AM'), '', '', '', older)).toBeGreaterThan(0);
    expect(() =>
      readSettingsTab([
        ['Key', 'Value'],
        ['earliestDate', '2014-02-30'],
      ]),
    ).toThrow("Settings: row 2, column B 'Value': 'earliestDate' must be a date such as 2016-01-01; found '2014-02-30'.");
    expect(() =>
      readSettingsTab([
        ['Key', 'Value'],
        ['latestYearsAhead', '1e400'],
      ]),
    ).toThrow("'latestYearsAhead' must be a whole number of years from 0 to 100; found '1e400'.");
    const later = readSettingsTab([
      ['Key', 'Value'],
      ['latestYearsAhead', 30],
    ]).settings;
    const shipped = EXPORT.findIndex((line, r) => r >= 2 && String(line[col('Shipped Time')]).trim() !== '');
    const future = planted('Shipped Time', '03/01/2040 10:00:00 AM', shipped);
    // TTS_HEALTH keeps the other rates and names the cell on the LDR row.
    const ldrNote = (rows: unknown[][]): string => String(rows.find((row) => row[0] === 'LDR')?.[6]);
    expect(ldrNote(ttsHealth(future, '2026-11-22', '', settings))).toMatch(
      new RegExp(`^row ${shipped + 1}, column AE 'Shipped Time': a date in 2040 is outside the plausible dates`),
    );
    expect(ldrNote(ttsHealth(future, '2026-11-22', '', later))).not.toContain('plausible');
  });

  it.each([
    [-5, 'a negative number'],
    [2.5, 'a number with decimals'],
    [1e308, 'a whole number of 309 digits'],
    ['1e400', 'a number too large to be an amount'],
    ['three', 'text of 5 characters (letters)'],
  ])('a Quantity of %p is refused naming the cell and describing, not quoting, its value', (value, shown) => {
    const table = planted('Quantity', value);
    expect(() => ttsUnits(table, '', '', settings)).toThrow(
      value === '1e400' || value === 'three'
        ? `${AT}, column K 'Quantity': expected a number or an amount such as 1234.56, $1,234.56 or (5.00), found ${shown}`
        : `${AT}, column K 'Quantity': expected a whole number of units from 0 to 1,000,000, found ${shown}.`,
    );
  });

  it("the text 1e400 in an amount is refused ('too large'), and sums that overflow never reach a cell or a read-out", () => {
    expect(() => ttsGmv(planted('SKU Subtotal After Discount', '1e400'), '', '', '', settings)).toThrow(
      `${AT}, column Q 'SKU Subtotal After Discount': expected a number or an amount such as 1234.56, $1,234.56 or (5.00), found a number too large to be an amount.`,
    );
    const subtotal = col('SKU Subtotal After Discount');
    const overflowing = EXPORT.map((line, r) => (r === ROW || r === NEXT ? line.map((cell, c) => (c === subtotal ? 1.5e308 : cell)) : line));
    expect(ttsGmv(overflowing, '', '', '', settings)).toBe(Infinity); // the core sums; the adapters guard what is shown
    expect(() => userFacing(() => ttsGmv(overflowing, '', '', '', settings))).toThrow(
      'TTS Ops: a result is too large to show: some amount or quantity in the data is absurdly large; look for a typo such as 1e400.',
    );
    expect(() => refreshReadout(new MemoryWorkbook({ Orders: overflowing }), { now: new Date('2026-11-23T12:00:00Z') })).toThrow(
      /^TTS · KPIs: a result is too large to show/,
    );
  });

  it('property: any amount or quantity text or number gives a finite answer or a clear error, never Infinity or NaN', () => {
    const hostileNumber = fc.oneof(
      fc.double(),
      fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -1e308, Number.MAX_VALUE, 5e-324),
      fc.constantFrom('1e400', '-1e400', '1e308', 'Infinity', 'NaN', '$1e400', '(1e400)', '1,000,000,000,000,000,000,000', '0x10', '1_000'),
      fc.double().map(String),
    );
    const columns = fc.constantFrom('Quantity', 'SKU Subtotal After Discount', 'Order Refund Amount', 'Sku Quantity of return');
    const guarded = (run: () => unknown) => () => {
      const result = run();
      assertFiniteCells(result, 'TTS Ops');
      return result;
    };
    fc.assert(
      fc.property(columns, fc.array(hostileNumber, { minLength: 1, maxLength: 3 }), (column, numbers) => {
        const table = EXPORT.map((line, r) =>
          r >= 2 && r < 2 + numbers.length ? line.map((cell, c) => (c === col(column) ? numbers[r - 2] : cell)) : line,
        );
        expectClearOutcome(guarded(() => ttsPivot(table, 'week', 'GMV, Net GMV, Units, AOV, Refund rate', '', '', settings)));
        expectClearOutcome(guarded(() => ttsCompare(table, 'GMV, Units', 'WoW', '', settings)));
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });
});
