import { ttsCompare } from '../../src/core/formulas/compareFormula';
import { ttsHealth } from '../../src/core/formulas/healthFormulas';
import { ttsCancelRate, ttsGmv, ttsOrders, ttsRefundRate, ttsUnits } from '../../src/core/formulas/kpiFormulas';
import { ttsPivot } from '../../src/core/formulas/pivotFormula';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { importOrders } from '../../src/core/actions/importOrders';
import { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { readSettingsTab } from '../../src/core/workbook/settingsTab';
import { INPUT_TABS } from '../../src/core/workbook/tabNames';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateOrderExport } from '../../src/demo/orderExport';
import { TIKTOK_BUYER_VALUES } from './buyerValues';

const EXPORT = generateOrderExport({ seed: 31, endDay: '2026-11-22', days: 21, orders: 50 }) as CellValue[][];
const HEADER = EXPORT[0] as string[];
const PAID = HEADER.indexOf('Paid Time');
const ROW = EXPORT.findIndex((line, r) => r >= 2 && String(line[PAID]).trim() !== '');

/** A buyer's data as it turns up one column off: names (in scripts with and without capitals), phones, an email, a street address. */
const PERSONAL = [
  'Jane Q. Doe',
  'María José Núñez',
  'Nguyễn Thị Thu',
  'สมชาย ใจดี',
  '王小明',
  '佐藤 花子',
  '김민준',
  '+1 (555) 010-0199',
  '555-010-0199',
  'jane.doe+tts@example.com',
  '1234 Elm Street Apt 5',
  ...TIKTOK_BUYER_VALUES,
];
/** Every column a formula or the read-out parses as a number or a date (a buyer's value there is an error about that cell). */
const PARSED_COLUMNS = [
  'Order ID',
  'SKU ID',
  'Quantity',
  'Sku Quantity of return',
  'SKU Subtotal After Discount',
  'Order Amount',
  'Order Refund Amount',
  'Created Time',
  'Paid Time',
  'RTS Time',
  'Shipped Time',
  'Delivered Time',
  'Cancelled Time',
];
/** The parsed columns the formulas read on this line (a to-ship order: no shipped, delivered or cancelled time is read). */
const READ_COLUMNS = ['Quantity', 'Sku Quantity of return', 'SKU Subtotal After Discount', 'Order Refund Amount', 'Paid Time'];
const BUYER_COLUMNS = [
  'Buyer Message',
  'Buyer Nickname',
  'Buyer Username',
  'Recipient',
  'Phone #',
  'Zipcode',
  'Address Line 1',
  'Address Line 2',
  'Delivery Instruction',
];

/** Everything a user or a log could see from running every formula, the import and the refresh on `orders`. */
function everythingShown(orders: CellValue[][]): { texts: string[]; errors: string[] } {
  const texts: string[] = [];
  const errors: string[] = [];
  const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void texts.push(args.map(String).join(' '))),
  );
  const attempt = (run: () => unknown): void => {
    try {
      texts.push(JSON.stringify(run()));
    } catch (error) {
      const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      errors.push(message);
      texts.push(message);
    }
  };
  const s = DEFAULT_SETTINGS;
  attempt(() => ttsGmv(orders, '', '', 'net', s));
  attempt(() => ttsOrders(orders, '', '', s));
  attempt(() => ttsUnits(orders, '', '', s));
  attempt(() => ttsRefundRate(orders, '', '', s));
  attempt(() => ttsCancelRate(orders, '', '', s));
  attempt(() => ttsPivot(orders, 'week', 'GMV, Net GMV, Orders, Units, AOV, Refund rate, Cancel rate', '', '', s));
  attempt(() => ttsPivot(orders, 'Seller SKU', 'GMV, Units', '', '', s));
  attempt(() => ttsCompare(orders, 'GMV, Orders, Units, Refund rate', 'WoW', '', s));
  attempt(() => ttsHealth(orders, '', '', s));
  attempt(() => importOrders(undefined, orders, 'orders.csv').added);
  const workbook = new MemoryWorkbook({ [INPUT_TABS.orders]: orders });
  attempt(() => refreshReadout(workbook, { now: new Date('2026-11-23T12:00:00Z') }));
  for (const tab of workbook.listTabs()) if (tab !== INPUT_TABS.orders) texts.push(JSON.stringify(workbook.readTab(tab)));
  texts.push(JSON.stringify(workbook.readProperties()));
  texts.push(...workbook.progressMessages);
  for (const spy of logged) spy.mockRestore();
  return { texts, errors };
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');

function expectNoneShown(texts: readonly string[], values: readonly string[]): void {
  const all = texts.join('\n');
  for (const value of values) {
    expect(all.includes(value) ? `'${value}' is shown` : 'not shown').toBe('not shown');
    if (digitsOf(value).length >= 7)
      expect(digitsOf(all).includes(digitsOf(value)) ? `the digits of '${value}' are shown` : 'not shown').toBe('not shown');
  }
}

describe('buyer data never reaches a message, a read-out or a log', () => {
  it.each(PARSED_COLUMNS)('a name, phone, email or address pasted into %s is named by its position only', (column) => {
    const c = HEADER.indexOf(column);
    for (const value of PERSONAL) {
      const orders = EXPORT.map((line, r) => (r === ROW ? line.map((cell, k) => (k === c ? value : cell)) : line));
      const { texts, errors } = everythingShown(orders);
      expectNoneShown(texts, [value]);
      if (READ_COLUMNS.includes(column)) {
        expect(errors.join('\n')).toContain(`row ${ROW + 1}, column `);
        expect(errors.join('\n')).toMatch(/found (text of \d+ characters \([a-z ,]+\)|a date that reads)/);
      }
    }
  });

  it('the buyer columns of a well-formed export (names, phones, addresses) appear in no read-out', () => {
    const values = BUYER_COLUMNS.flatMap((column) => EXPORT.slice(2).map((line) => String(line[HEADER.indexOf(column)] ?? '').trim())).filter(
      (value) => value.length >= 4,
    );
    expect(values.length).toBeGreaterThan(100);
    const { texts, errors } = everythingShown(EXPORT);
    expect(errors).toEqual([]);
    expectNoneShown(
      texts.slice(0),
      [...new Set(values)].filter((value) => !/^\d{1,5}$/.test(value) && !['Leave at door', 'Ring the bell'].includes(value)),
    );
  });

  it('a name, phone, email or address typed into a Settings value is described by its shape, whatever its script or capitals', () => {
    for (const value of PERSONAL) {
      expect(() =>
        readSettingsTab([
          ['Key', 'Value'],
          ['health.ldrLimit', value],
        ]),
      ).toThrow(
        /^Settings: row 2, column B 'Value': 'health.ldrLimit' must be a number; found text of \d+ characters \([a-z ,]+\), not shown \(it may be personal data\)\.$/,
      );
    }
  });
});
