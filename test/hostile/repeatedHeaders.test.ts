import { ttsGmv, ttsOrders } from '../../src/core/formulas/kpiFormulas';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { importOrders } from '../../src/core/actions/importOrders';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateOrderExport } from '../../src/demo/orderExport';

const EXPORT = generateOrderExport({ seed: 12, endDay: '2026-11-22', days: 14, orders: 60 }) as CellValue[][];
const HEADER = EXPORT[0] as string[];
const ID = HEADER.indexOf('Order ID');
const SUBTOTAL = HEADER.indexOf('SKU Subtotal After Discount');
const MESSAGE = HEADER.indexOf('Buyer Message');

/** The export with copies of some columns appended at its right end, each cell changed by `change` (unchanged by default). */
function withRepeats(columns: number[], change: (cell: CellValue, row: number) => CellValue = (cell) => cell): CellValue[][] {
  return EXPORT.map((row, r) => [...row, ...columns.map((c) => (r < 2 ? row[c] : change(row[c], r)))]);
}

describe('a header that appears twice', () => {
  it('identical repeats of Order ID and the subtotal: the first is read, the repeats are named and left out, and a re-import adds nothing', () => {
    const repeated = withRepeats([ID, SUBTOTAL]);
    const once = importOrders(undefined, repeated, 'orders.csv');
    expect(once.repeatedColumns).toEqual([`column BK 'Order ID' (repeats column A)`, `column BL 'SKU Subtotal After Discount' (repeats column Q)`]);
    expect(once.values[0]).toEqual(HEADER.map((h) => h.trim()));
    const twice = importOrders(once.values, repeated, 'orders.csv');
    expect(twice.added).toBe(0);
    expect(twice.duplicates).toBe(once.added);
    expect(twice.values).toEqual(once.values);
    expect(ttsGmv(repeated, '', '', '', DEFAULT_SETTINGS)).toBeCloseTo(ttsGmv(EXPORT, '', '', '', DEFAULT_SETTINGS) as number, 6);
    expect(ttsOrders(once.values, '', '', DEFAULT_SETTINGS)).toBe(ttsOrders(EXPORT, '', '', DEFAULT_SETTINGS));
  });

  it('a repeated column the add-on reads that disagrees is refused by the formulas and the import alike, naming both columns and the row', () => {
    const shifted = withRepeats([SUBTOTAL], (cell, r) => (r === 5 ? 999 : cell));
    const message = `orders.csv: column Q 'SKU Subtotal After Discount' and column BK 'SKU Subtotal After Discount' are the same column twice but differ from row 6 on;`;
    expect(() => importOrders(undefined, shifted, 'orders.csv')).toThrow(message);
    expect(() => ttsGmv(shifted, '', '', '', DEFAULT_SETTINGS)).toThrow(message.replace('orders.csv: ', ''));
    const otherIds = withRepeats([ID], (cell, r) => `${String(cell).trim()}${r}`);
    expect(() => importOrders(undefined, otherIds, 'orders.csv')).toThrow(
      /column A 'Order ID' and column BK 'Order ID' are the same column twice but differ from row 3 on/,
    );
  });

  it('another name of the same known column counts as a repeat (Canceled Time beside Cancelled Time)', () => {
    const cancelled = HEADER.indexOf('Cancelled Time');
    const aliased = EXPORT.map((row, r) => [
      ...row,
      r === 0 ? 'Canceled Time' : r === 1 ? 'Time the order was cancelled.' : r === 4 ? '11/01/2026 10:00:00 AM' : row[cancelled],
    ]);
    expect(() => importOrders(undefined, aliased, 'orders.csv')).toThrow(
      /column AG 'Cancelled Time' and column BK 'Canceled Time' are the same column twice but differ from row 5 on/,
    );
  });

  it("a repeated column of the user's own (Buyer Message) may differ: the first is imported, the repeat named", () => {
    const notes = withRepeats([MESSAGE], () => 'a second note');
    const result = importOrders(undefined, notes, 'orders.csv');
    expect(result.repeatedColumns).toEqual([`column BK 'Buyer Message' (repeats column AP)`]);
    expect(result.values.slice(1).map((row) => row[MESSAGE])).toEqual(EXPORT.slice(2).map((row) => row[MESSAGE]));
    expect(result.values[0]).toHaveLength(HEADER.length);
  });
});

describe('a Data Compass product list, its metrics repeated once per section under a row of section labels', () => {
  const sections = ['', '', 'All', '', '', 'LIVE', '', '', 'Video', '', '', 'Product card', '', ''];
  const header = ['Product name', 'Product ID', ...Array(4).fill(['GMV', 'Items sold', 'Orders']).flat()];
  const productList = (labels: unknown[]): CellValue[][] => [
    ['Date range: 2026-11-16 ~ 2026-11-22'],
    [],
    labels as CellValue[],
    header,
    ['Hydra Serum 30ml', '1729000000000000011', 500, 20, 18, 300, 12, 11, 150, 6, 5, 50, 2, 2],
    ['Clay Mask', '1729000000000000022', 120, 6, 6, 0, 0, 0, 100, 5, 5, 20, 1, 1],
  ];

  it('reads the first (overall) block: GMV, units and orders of every section together', () => {
    const table = productList(sections);
    expect(ttsGmv(table, '', '', '', DEFAULT_SETTINGS)).toBe(620);
    expect(ttsOrders(table, '', '', DEFAULT_SETTINGS)).toBe(24);
  });

  it('still refuses a duplicate within one section (a paste), and the same layout without its section row', () => {
    const pasted = productList(sections).map((row, r) => (r < 2 ? row : [...row.slice(0, 3), row[2], ...row.slice(3)]));
    pasted[4][3] = 499;
    pasted[2] = [...sections.slice(0, 3), '', ...sections.slice(3)];
    expect(() => ttsGmv(pasted, '', '', '', DEFAULT_SETTINGS)).toThrow(
      "column C 'GMV' and column D 'GMV' are the same column twice but differ from row 5 on",
    );
    expect(() => ttsGmv(productList([]), '', '', '', DEFAULT_SETTINGS)).toThrow("column C 'GMV' and column F 'GMV' are the same column twice");
  });
});
