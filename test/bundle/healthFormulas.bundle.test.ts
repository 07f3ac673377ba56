import { HEADERS, orderExport } from '../core/health/orderExport';
import { itHasCustomFunctionStubs, loadBundle } from '../support/loadBundle';

// Week of Mon 2026-11-16. Order 2 (paid Friday, shipped Wednesday) is late; order 4 has a cut-short UPS number;
// order 5 was cancelled out of stock; order 6 (FBT) has its times as Date cells, as Sheets passes them.
const ORDERS = orderExport([
  { id: '576000000000000001', paid: '2026-11-16 10:00', shipped: '2026-11-18 18:00', tracking: '9400111202555842761234', carrier: 'USPS', lines: 2 },
  { id: '576000000000000002', paid: '2026-11-13 09:00', shipped: '2026-11-18 08:00', tracking: '1Z999AA10123456784', carrier: 'UPS' },
  { id: '576000000000000003', paid: '2026-11-17 09:00', shipped: '2026-11-19 10:00', tracking: '123456789012', carrier: 'FedEx' },
  { id: '576000000000000004', paid: '2026-11-18 08:00', shipped: '2026-11-20 07:00', tracking: '1Z123', carrier: 'UPS' },
  { id: '576000000000000005', paid: '2026-11-20 14:00', cancelBy: 'Seller', reason: 'Out of stock' },
  { id: '576000000000000006', paid: '2026-11-16 09:00', shipped: '2026-11-20 09:00', fbt: true, tracking: 'TBD' },
]);
const lastLine = ORDERS[ORDERS.length - 1];
lastLine[HEADERS.indexOf('Paid Time')] = new Date('2026-11-16T17:00:00Z');
lastLine[HEADERS.indexOf('Shipped Time')] = new Date('2026-11-20T17:00:00Z');

const EXPECTED_PARAMS: Record<string, string[]> = {
  TTS_LDR: ['orders', 'asOf', 'windowDays'],
  TTS_VTR: ['orders', 'asOf', 'windowDays'],
  TTS_SFCR: ['orders', 'asOf', 'windowDays'],
  TTS_HEALTH: ['orders', 'asOf', 'windowDays'],
};

describe('health formulas in the built Apps Script bundle (dist/Code.js)', () => {
  itHasCustomFunctionStubs(EXPECTED_PARAMS);

  it('computes LDR, VTR and SFCR from 2-D arrays as Sheets passes them', () => {
    const sheets = loadBundle();
    expect(sheets.TTS_LDR(ORDERS, '2026-11-22', 7)).toBeCloseTo(1 / 4, 12); // FBT order 6 left out
    expect(sheets.TTS_VTR(ORDERS, '2026-11-22', 7)).toBeCloseTo(3 / 4, 12);
    expect(sheets.TTS_SFCR(ORDERS, '2026-11-22', 7)).toBeCloseTo(1 / 4, 12); // orders 1, 3, 4, 5 paid in the window
    expect(sheets.TTS_SFCR(ORDERS, '2026-11-22', 1)).toBe(''); // nobody paid on the Sunday
  });

  it('spills the health table', () => {
    const table = loadBundle().TTS_HEALTH(ORDERS, '2026-11-22', 7) as unknown[][];
    expect(table[0]).toEqual(['Metric', 'Value', 'Target', 'Status', 'Numerator', 'Denominator', 'Note']);
    expect(table.map((r) => r[0])).toEqual(['Metric', 'LDR', 'VTR', 'SFCR', 'Cancel rate', 'Refund rate']);
    expect(table[1].slice(1, 6)).toEqual([0.25, '≤ 4%', 'NOT ENOUGH DATA', 1, 4]);
    expect(table[1][6]).toContain('1 of 4 orders shipped after the 2-business-day SLA');
  });

  it('throws an Error naming the missing column', () => {
    const noShipped = ORDERS.map((row) => row.filter((_, c) => c !== HEADERS.indexOf('Shipped Time')));
    expect(() => loadBundle().TTS_LDR(noShipped)).toThrow("no column 'Shipped Time', needed for the late dispatch rate (LDR)");
  });
});
