import { ORDER_EXPORT_SPEC } from '../../../src/core/table/orderExportSpec';
import { readTable, type TableSpec } from '../../../src/core/table/readTable';
import type { OrderColumnKey } from '../../../src/core/table/columns';
import { smallOrderExport } from '../../fixtures/smallOrderExport';

const SPEC: TableSpec<OrderColumnKey> = ORDER_EXPORT_SPEC;

describe('readTable', () => {
  it('finds the header under a date-range line and keeps only data lines', () => {
    const values = smallOrderExport();
    const table = readTable(values, SPEC, 'Orders');
    expect(table.headerRow).toBe(1);
    // Skipped: the description row (2), the blank row (6) and the repeated header (9).
    expect(Array.from(table.rows)).toEqual([3, 4, 5, 7, 8, 10, 11]);
  });

  it('skips the header and description rows that concatenated exports repeat inside the data', () => {
    const first = smallOrderExport();
    const second = smallOrderExport().slice(1); // header, description row, lines
    const table = readTable([...first, ...second], SPEC, 'Orders');
    expect(table.rows.length).toBe(14);
    expect(Array.from(table.rows).every((r) => /^\d+\t$/.test(String([...first, ...second][r][0])))).toBe(true);
  });

  it('matches header variants: case, surrounding spaces, Canceled/Cancelled', () => {
    const values = [
      [' ORDER ID ', 'Canceled Time', 'order sub status'],
      ['1', '', ''],
    ];
    const table = readTable(values, SPEC);
    expect(table.index('orderId')).toBe(0);
    expect(table.index('cancelledTime')).toBe(1);
    expect(table.index('orderSubstatus')).toBe(2);
    expect(table.index('paidTime')).toBe(-1);
  });

  it('names the sheet, the aliases tried and the headers found when a needed column is missing', () => {
    const table = readTable(
      [
        ['Order ID', 'Paid Time'],
        ['1', '2026-11-01'],
      ],
      SPEC,
      'Orders',
    );
    expect(() => table.require('cancelledTime', 'cancellations')).toThrow(
      "Orders: the order export has no column 'Cancelled Time' (also tried: 'Canceled Time'), needed for cancellations. Its header row (row 1) has: 'Order ID', 'Paid Time'.",
    );
  });

  it('refuses a range with no header row in its first ten rows', () => {
    const values = [...Array.from({ length: 10 }, () => ['x']), ['Order ID']];
    expect(() => readTable(values, SPEC, 'Orders')).toThrow(
      "Orders: could not find the order export's header row: none of the first 10 rows holds 'Order ID'.",
    );
  });

  it('names a bad cell by row, column letter and header', () => {
    const table = readTable(smallOrderExport(), SPEC, 'Orders');
    expect(table.cellName(7, table.index('skuSubtotalAfterDiscount'))).toBe("Orders: row 8, column G 'SKU Subtotal After Discount'");
  });
});
