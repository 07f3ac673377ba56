import { evidencePack } from '../../../src/core/health/evidence/evidencePack';
import { reportFormat } from '../../../src/core/format/reportFormat';
import { withSettings } from '../../../src/core/settings/settings';
import { dayFromParts } from '../../../src/core/values/calendarDay';
import { DEFAULT_CLIENT } from '../../../src/core/workbook/clientProfile';
import { withMarket } from '../../../src/core/workbook/settingsTab';

const thailand = withMarket({ settings: withSettings(), client: DEFAULT_CLIENT }, 'TH').settings;

/** A Thai export: three orders paid Thursday 14 May 2026, shipped the next Wednesday (late), by two carriers and one shifted paste. */
const THAI_EXPORT = [
  [
    'Order ID',
    'Order Status',
    'SKU ID',
    'Quantity',
    'SKU Subtotal After Discount',
    'Paid Time',
    'Shipped Time',
    'Tracking ID',
    'Shipping Provider Name',
  ],
  [
    '583870900000000001\t',
    'จัดส่งแล้ว',
    '172900000000000011\t',
    1,
    '1,250.00',
    '14/05/2026 10:06:01\t',
    '20/05/2026 15:00:00\t',
    'TH01234567890A',
    'Flash Express',
  ],
  [
    '583870900000000002\t',
    'จัดส่งแล้ว',
    '172900000000000011\t',
    1,
    '1,250.00',
    '14/05/2026 11:06:01\t',
    '20/05/2026 15:00:00\t',
    '850012345678',
    'Kerry Express',
  ],
  [
    '583870900000000003\t',
    'จัดส่งแล้ว',
    '172900000000000011\t',
    1,
    '1,250.00',
    '14/05/2026 12:06:01\t',
    '20/05/2026 15:00:00\t',
    '850012345679',
    'Somchai Jaidee',
  ],
];

describe('evidence pack of a Thai shop', () => {
  it('names the Thai carriers a reviewer knows, and still shows a buyer’s name only by its shape', () => {
    const pack = evidencePack(
      THAI_EXPORT,
      { metric: 'LDR', from: dayFromParts(2026, 5, 1), to: dayFromParts(2026, 5, 31), exemptDays: [], format: reportFormat('THB', 'TH', '.') },
      thailand,
      'Orders',
    );
    expect(pack.orders.map((order) => order.carrier)).toEqual([
      'Flash Express',
      'Kerry Express',
      '(text of 14 characters (letters and spaces), not shown)',
    ]);
  });
});
