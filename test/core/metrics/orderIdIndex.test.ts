import { OrderIdIndex } from '../../../src/core/metrics/orderIdIndex';
import { ORDER_COLUMNS } from '../../../src/core/table/columns';
import { readTable } from '../../../src/core/table/readTable';

const indicesOf = (ids: unknown[]): number[] => {
  const table = readTable([['Order ID', 'Quantity'], ...ids.map((id) => [id, 1])], {
    kind: 'order export',
    columns: ORDER_COLUMNS,
    required: ['orderId'],
    key: 'orderId',
  });
  const index = new OrderIdIndex();
  return Array.from(table.rows, (r) => index.indexAt(table, r, 0));
};

describe('OrderIdIndex', () => {
  it('numbers orders in order of first appearance', () => {
    expect(indicesOf(['576001\t', '576002\t', '576001\t', '576003\t'])).toEqual([0, 1, 0, 2]);
  });

  it('treats the tab-ended and bare forms of one ID as one order, whichever comes first', () => {
    expect(indicesOf(['576001\t', '576002\t', '576001', ' 576002 ', 576003, '576003'])).toEqual([0, 1, 0, 1, 2, 2]);
    expect(indicesOf(['576001', '576001\t'])).toEqual([0, 0]);
  });

  it('names the cell of a rounded or missing ID', () => {
    expect(() => indicesOf(['576001\t', '5.76E+17'])).toThrow(
      "row 3, column A 'Order ID': an ID a spreadsheet turned into a rounded number (such as 5.8387E+17)",
    );
    expect(() => indicesOf(['576001\t', '\t', 'x'])).toThrow("row 3, column A 'Order ID': the line has no Order ID");
  });
});
