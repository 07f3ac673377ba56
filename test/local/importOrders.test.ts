import { InputError } from '../../src/core/values/errors';
import { ttsGmv } from '../../src/core/formulas/kpiFormulas';
import { withSettings } from '../../src/core/settings/settings';
import { importOrders } from '../../src/core/actions/importOrders';
import { ORDERS_TAB, setupTabContent } from '../../src/core/workbook/setupTabs';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateOrderExport } from '../../src/demo/orderExport';

const HEADER = ['Order ID', 'Order Status', 'SKU ID', 'Seller SKU', 'Quantity', 'SKU Subtotal After Discount', 'Paid Time'];
const DESCRIPTION = [
  'Platform unique order ID.',
  'Order status.',
  'Platform unique SKU ID.',
  'SKU code set by the seller.',
  'Quantity.',
  'Subtotal.',
  'Paid time.',
];
const line = (order: string, status: string, sku: string, quantity: number, subtotal: number, paid: string): CellValue[] => [
  `${order}\t`,
  status,
  `${sku}\t`,
  `SKU-${sku.slice(-2)}`,
  quantity,
  subtotal,
  `${paid}\t`,
];

// Week 1 and week 2 exports overlap on order ...002: in week 2 it has been delivered.
const WEEK_1: CellValue[][] = [
  HEADER,
  DESCRIPTION,
  line('576000000000000001', 'Completed', '172900000000000011', 1, 19.99, '03/02/2026 10:15:00 AM'),
  line('576000000000000002', 'Shipped', '172900000000000011', 2, 39.98, '03/06/2026 08:01:12 PM'),
  line('576000000000000002', 'Shipped', '172900000000000022', 1, 24.99, '03/06/2026 08:01:12 PM'),
];
const WEEK_2: CellValue[][] = [
  HEADER,
  DESCRIPTION,
  line('576000000000000002', 'Delivered', '172900000000000011', 2, 39.98, '03/06/2026 08:01:12 PM'),
  line('576000000000000002', 'Delivered', '172900000000000022', 1, 24.99, '03/06/2026 08:01:12 PM'),
  line('576000000000000003', 'To ship', '172900000000000022', 3, 74.97, '03/10/2026 09:30:00 AM'),
];

const dataLines = (values: CellValue[][]): number => values.filter((row) => /^\d{18}/.test(String(row[0]))).length;

describe('importOrders', () => {
  it('fills a blank Orders tab with the header and the lines, leaving the description row out', () => {
    const result = importOrders(undefined, WEEK_1);
    expect(result.values).toEqual([HEADER, WEEK_1[2], WEEK_1[3], WEEK_1[4]]);
    expect(result).toMatchObject({ headerRow: 0, added: 3, duplicates: 0, skipped: 0, newColumns: [] });
  });

  it('adds nothing when the same export is imported twice', () => {
    const once = importOrders(undefined, WEEK_1);
    const twice = importOrders(once.values, WEEK_1);
    expect(twice.values).toEqual(once.values);
    expect(twice).toMatchObject({ added: 0, duplicates: 3 });
  });

  it('adds only the new lines of an overlapping week, and the newer status replaces the older one', () => {
    const first = importOrders(undefined, WEEK_1);
    const second = importOrders(first.values, WEEK_2);
    expect(second).toMatchObject({ added: 1, duplicates: 2 });
    expect(second.values.map((row) => [row[0], row[1], row[2]])).toEqual([
      ['Order ID', 'Order Status', 'SKU ID'],
      ['576000000000000001\t', 'Completed', '172900000000000011\t'],
      ['576000000000000002\t', 'Delivered', '172900000000000011\t'],
      ['576000000000000002\t', 'Delivered', '172900000000000022\t'],
      ['576000000000000003\t', 'To ship', '172900000000000022\t'],
    ]);
    // GMV: 19.99 + 39.98 + 24.99 + 74.97, each line once.
    expect(ttsGmv(second.values, '', '', '', withSettings({ dateOrder: 'MDY' }))).toBeCloseTo(159.93, 2); // a US shop's March dates
  });

  it('matches IDs without the trailing tab and keeps the later of two lines for the same order and SKU in one export', () => {
    const existing = importOrders(undefined, WEEK_1).values;
    const retyped = [HEADER, ['576000000000000001', 'Completed', '172900000000000011', 'SKU-11', 1, 19.99, '03/02/2026 10:15:00 AM']];
    expect(importOrders(existing, retyped)).toMatchObject({ added: 0, duplicates: 1 });
    const repeated = [HEADER, ...WEEK_2.slice(2), WEEK_2[4].map((cell, c) => (c === 1 ? 'Shipped' : cell))];
    const result = importOrders(undefined, repeated);
    expect(result).toMatchObject({ added: 3, duplicates: 1 });
    expect(result.values[3][1]).toBe('Shipped');
  });

  it('puts each column under its header in a set-up Orders tab, whatever the export order, extra or missing columns', () => {
    const setUp = setupTabContent(ORDERS_TAB).values.map((row) => row.slice());
    const header = setUp[1];
    // Reversed columns, 'Canceled Time' for 'Cancelled Time', an extra column, and no 'Paid Time'.
    const exported = [
      ['Internal note', 'Canceled Time', 'SKU Subtotal After Discount', 'Seller SKU', 'SKU ID', 'Order Status', 'Order ID'],
      ['gift', '03/07/2026 09:00:00 AM', 12.5, 'PADS16-WHITE', '172900000000000033', 'Cancelled', '576000000000000009'],
    ];
    const result = importOrders(setUp, exported);
    expect(result).toMatchObject({ headerRow: 1, added: 1, newColumns: ['Internal note'] });
    const [instruction, newHeader, row] = result.values;
    expect(instruction[0]).toBe(ORDERS_TAB.instruction);
    expect(newHeader).toEqual([...header, 'Internal note']);
    const at = (name: string): CellValue => row[newHeader.indexOf(name)];
    expect([at('Order ID'), at('Order Status'), at('SKU ID'), at('Seller SKU'), at('SKU Subtotal After Discount')]).toEqual([
      '576000000000000009',
      'Cancelled',
      '172900000000000033',
      'PADS16-WHITE',
      12.5,
    ]);
    expect([at('Cancelled Time'), at('Internal note'), at('Paid Time')]).toEqual(['03/07/2026 09:00:00 AM', 'gift', '']);
    expect(row).toHaveLength(newHeader.length);
  });

  it('keeps the old value of a column the newer export does not have', () => {
    const first = importOrders(undefined, WEEK_1).values;
    const withoutPaidTime = [HEADER.slice(0, 3), ['576000000000000001\t', 'Refunded', '172900000000000011\t']];
    const result = importOrders(first, withoutPaidTime);
    expect(result.values[1]).toEqual(first[1].map((cell, c) => (c === 1 ? 'Refunded' : cell)));
  });

  it('leaves out a line without an Order ID and says so', () => {
    const result = importOrders(undefined, [...WEEK_1, ['', '', '', '', 3, 84.96, '']]);
    expect(result).toMatchObject({ added: 3, skipped: 1 });
  });

  it('refuses a table that is not an order export, naming the headers it looked for', () => {
    const analytics = [
      ['Date', 'Product name', 'GMV'],
      ['2026-03-02', 'Serum', 19.99],
    ];
    expect(() => importOrders(undefined, analytics, 'analytics.csv')).toThrow(InputError);
    expect(() => importOrders(undefined, analytics, 'analytics.csv')).toThrow(
      /^analytics\.csv is a Data Compass analytics export, not an order export/,
    );
    const notes = [
      ['Order notes', 'Owner'],
      ['Call the carrier', 'Ana'],
    ];
    expect(() => importOrders(undefined, notes, 'notes.csv')).toThrow(/^notes\.csv: .*'Order ID', 'SKU ID'/);
  });

  it('merges two overlapping exports of a realistic shop into exactly the lines of the whole period', () => {
    const whole = generateOrderExport({ seed: 11, endDay: '2026-03-29', days: 21 }) as CellValue[][];
    const [header, description, ...lines] = whole;
    const third = Math.floor(lines.length / 3);
    // Newest first: the later export holds the first two thirds, the earlier one the last two.
    const later = [header, description, ...lines.slice(0, 2 * third)];
    const earlier = [header, description, ...lines.slice(third)];
    const first = importOrders(undefined, earlier);
    const merged = importOrders(first.values, later);
    expect(first.added).toBe(lines.length - third);
    expect(merged.added).toBe(third);
    expect(merged.duplicates).toBe(third);
    expect(dataLines(merged.values)).toBe(lines.length);
    expect(ttsGmv(merged.values, '', '', '', withSettings())).toBeCloseTo(ttsGmv(whole, '', '', '', withSettings()) as number, 6);
  });
});

describe('an export that has order IDs but is not an order export', () => {
  it('is refused: an affiliate commission export lands nowhere', () => {
    const affiliate = [
      ['Order ID', 'SKU ID', 'Creator Username', 'Commission Rate', 'Estimated Commission'],
      ['576000000000000001', '172900000000000011', '@creator', '10%', 1.23],
    ];
    expect(() => importOrders(undefined, affiliate)).toThrow(
      'export is an affiliate orders export, not an order export; import the All orders export',
    );
  });

  it("refuses a seller's affiliate orders export by name, though it has Order ID, SKU ID and Order Status", () => {
    const affiliateOrders = [
      ['Order ID', 'Order Status', 'SKU ID', 'Product ID', 'Product Name', 'Price', 'Payment Amount', 'Quantity', 'Fully returned or refunded'],
      ['576000000000000001', 'Completed', '172900000000000011', '1729000000000000', 'Hydra Serum 30ml', '150000', '150000', '1', 'No'],
    ].map((row, r) => [
      ...row,
      ...(r
        ? ['@glowdaily', 'Video', '0.1', '15000', '03/11/2026 10:15:00']
        : ['Creator Username', 'Content Type', 'Standard commission rate', 'Est. standard commission payment', 'Time Created']),
    ]);
    expect(() => importOrders(undefined, affiliateOrders, 'affiliate.csv')).toThrow(
      'affiliate.csv is an affiliate orders export, not an order export; import the All orders export (Seller Center › Orders › Export) instead.',
    );
  });

  it('refuses a returns export by name', () => {
    const returns = [
      [
        'Return Order ID',
        'Order ID',
        'Order Amount',
        'Order Status',
        'Order Substatus',
        'Payment Method',
        'SKU ID',
        'Seller SKU',
        'Return Reason',
        'Return Quantity',
        'Return Status',
        'Return Type',
        'Return Sub Status',
        'Time Requested',
      ],
      [
        '4035000000000001',
        '576000000000000001',
        '$24.00',
        'Completed',
        'Delivered',
        'Card',
        '172900000000000011',
        'SERUM-30',
        'Damaged',
        '1',
        'In Process',
        'Refund only',
        'To Process',
        '11/03/2026 9:15:04 AM',
      ],
    ];
    expect(() => importOrders(undefined, returns, 'returns.xlsx')).toThrow('returns.xlsx is a returns export, not an order export;');
  });
});
