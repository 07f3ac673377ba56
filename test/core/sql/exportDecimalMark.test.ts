import { exportDecimalMark } from '../../../src/core/sql/exportDecimalMark';
import { ORDER_EXPORT_SPEC } from '../../../src/core/table/orderExportSpec';
import { readTable } from '../../../src/core/table/readTable';

const HEADER = ['Order ID', 'Order Status', 'SKU ID', 'Quantity', 'SKU Subtotal After Discount', 'Paid Time'];
const exportWith = (amount: string) =>
  readTable([HEADER, ['578000000000000001', 'Completed', '1729000000000001', 1, amount, '04/08/2026 6:54:12 AM']], ORDER_EXPORT_SPEC, 'orders.csv');

describe("an export's decimal mark, for the SQL load", () => {
  it("is the one its amounts show, before the market's", () => {
    expect(exportDecimalMark(exportWith('1.025,90 EUR'), 'orders.csv', '.')).toBe(',');
    expect(exportDecimalMark(exportWith('GBP 8.00'), 'orders.csv', ',')).toBe('.');
  });

  it('is the given one when no amount tells, and an amount that reads both ways with none given is refused by its cell', () => {
    expect(exportDecimalMark(exportWith('50.000'), 'orders.csv', ',')).toBe(',');
    expect(() => exportDecimalMark(exportWith('50.000'), 'orders.csv', undefined)).toThrow(
      "row 2, column E 'SKU Subtotal After Discount': an amount that reads as thousands or as decimals, and no amount in orders.csv tells which",
    );
    expect(exportDecimalMark(exportWith('1200'), 'orders.csv', undefined)).toBe('.');
  });
});
