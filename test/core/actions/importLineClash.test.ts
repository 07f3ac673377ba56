import { importOrders } from '../../../src/core/actions/importOrders';
import { importSummaryText } from '../../../src/core/actions/importSummary';

const HEADER = ['Order ID', 'Order Status', 'SKU ID', 'Seller SKU', 'Quantity', 'SKU Subtotal After Discount', 'Paid Time'];
const MUG = ['578000000000000001\t', 'Completed', '1729000000000001\t', 'MUG', 1, '$10.00', '10/03/2026 10:15:00 AM\t'];
const GIFT_MUG = ['578000000000000001\t', 'Completed', '1729000000000001\t', 'MUG', 1, '$0.00', '10/03/2026 10:15:00 AM\t'];
const PLATE = ['578000000000000002\t', 'Completed', '1729000000000002\t', 'PLATE', 2, '$20.00', '10/03/2026 11:15:00 AM\t'];

describe('an export with two lines of one order and SKU', () => {
  it('says when they differ (only the later is kept), into a blank tab and into one that holds them', () => {
    const exported = [HEADER, MUG, PLATE, GIFT_MUG];
    const first = importOrders(undefined, exported, 'week40.csv');
    expect([first.added, first.duplicates]).toEqual([2, 1]);
    const said =
      ' 1 line has the Order ID and SKU ID of an earlier line of week40.csv but other values (first: row 4): only the later line is kept, so check the export.';
    expect(importSummaryText(first, 'week40.csv', 'client.xlsx', 'Orders')).toContain(`0 skipped.${said}`);
    const again = importOrders(first.values, exported, 'week40.csv');
    expect(importSummaryText(again, 'week40.csv', 'client.xlsx', 'Orders')).toContain(`0 skipped.${said}`);
  });

  it('says nothing for a line repeated as it was (two overlapping exports pasted into one file)', () => {
    const result = importOrders(undefined, [HEADER, MUG, PLATE, HEADER, MUG], 'weeks39-40.csv');
    expect([result.added, result.duplicates, result.clashes.count]).toEqual([2, 1, 0]);
    expect(importSummaryText(result, 'weeks39-40.csv', 'client.xlsx', 'Orders')).toMatch(/repeated header row\)\.$/);
  });
});
