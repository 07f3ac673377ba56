import { apiOrdersToExportRows } from '../../../src/core/api/mapApiOrders';
import { returnsByOrder } from '../../../src/core/api/orderReturns';
import { apiOrders, apiReturns } from '../../fixtures/apiOrders';

type Json = Record<string, unknown>;
const refunded = (returns: Json[]) => returns[0];
const firstLine = (ret: Json) => (ret.return_line_items as Json[])[0];

describe('returnsByOrder', () => {
  it('gathers refunded units by SKU and the refund total per order, leaving out rejected and superseded returns', () => {
    const byOrder = returnsByOrder(apiReturns());
    expect([...byOrder.keys()]).toEqual(['576000000000000001']);
    const order1 = byOrder.get('576000000000000001');
    expect([order1?.refundTotal, order1?.currency, [...(order1?.unitsBySku ?? [])]]).toEqual([17, 'USD', [['1729000000000000011', 1]]]);
  });

  it('shows an open request as a return of its units, without a refund yet', () => {
    const returns = apiReturns();
    refunded(returns).return_status = 'BUYER_SHIPPED_ITEM';
    const order1 = returnsByOrder(returns).get('576000000000000001');
    expect([order1?.refundTotal, order1?.unitsBySku.get('1729000000000000011')]).toEqual([0, 1]);
  });

  it.each([
    [
      'an unknown status',
      (r: Json[]) => (refunded(r).return_status = 'PARTIALLY_REFUNDED'),
      "'return_status' is 'PARTIALLY_REFUNDED', which the mapping does not know",
    ],
    ['an unknown type', (r: Json[]) => (refunded(r).return_type = 'EXCHANGE'), "'return_type' is 'EXCHANGE'"],
    ['a return without units', (r: Json[]) => (refunded(r).return_line_items = []), "'return_line_items' is empty"],
    [
      'a refund that is not decimal text',
      (r: Json[]) => ((refunded(r).refund_amount as Json).refund_total = 17),
      "'refund_amount.refund_total' is not an amount",
    ],
    [
      'a unit in two live returns',
      (r: Json[]) => r.push({ ...refunded(r), return_id: '4035000000000000009', pre_return_id: '' }),
      "TikTok Shop return 4035000000000000009 of order 576000000000000001: 'return_line_items[0].order_line_item_id' is in another open or refunded return",
    ],
    [
      'a return without its order',
      (r: Json[]) => delete refunded(r).order_id,
      "TikTok Shop return number 1 of the answer has no 'return_id' and 'order_id'",
    ],
  ])('refuses %s, naming the return', (_case, change, message) => {
    const returns = apiReturns();
    change(returns);
    expect(() => returnsByOrder(returns)).toThrow(message);
  });
});

describe('apiOrdersToExportRows with returns', () => {
  const mapped = (change: (returns: Json[]) => void) => () => {
    const returns = apiReturns();
    change(returns);
    return apiOrdersToExportRows(apiOrders(), 'America/Los_Angeles', returnsByOrder(returns));
  };

  it('refuses a return of a SKU the order did not sell', () => {
    expect(mapped((r) => (firstLine(refunded(r)).sku_id = '1729000000000000099'))).toThrow(
      "TikTok Shop order 576000000000000001: 'line_items' hold no unit of a SKU its returns name",
    );
  });

  it('refuses more units returned than sold', () => {
    expect(
      mapped((r) =>
        (refunded(r).return_line_items as Json[]).push(
          { ...firstLine(refunded(r)), order_line_item_id: '5770001' },
          { ...firstLine(refunded(r)), order_line_item_id: '5770099' },
        ),
      ),
    ).toThrow('hold fewer units of a SKU than its returns give back');
  });

  it('refuses a refund in another currency than the order', () => {
    expect(mapped((r) => ((refunded(r).refund_amount as Json).currency = 'CAD'))).toThrow(
      "'payment.currency' is USD but the order's refunds are in CAD",
    );
  });
});
