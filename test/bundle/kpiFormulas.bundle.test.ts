import { KPI_ORDER_HEADERS } from '../fixtures/smallOrderExport';
import { bundleSource, customFunctionStubs, itHasCustomFunctionStubs, loadBundle } from '../support/loadBundle';

const HEADERS = KPI_ORDER_HEADERS;
const ORDERS = [
  HEADERS,
  ['Platform unique order ID.', 'Order status.', 'Cancel or return.', 'Seller SKU.', 'Quantity.', 'Subtotal.', 'Refund.', 'Paid time.'],
  ['576000000000000001\t', 'Completed', '', 'MUG-01', 1, '$10.00', 0, '11/16/2026 10:00:00 PM\t'],
  ['576000000000000001\t', 'Completed', '', 'TEE-02', 2, 20, 0, '11/16/2026 10:00:00 PM\t'],
  ['576000000000000002\t', 'Cancelled', 'Cancel', 'MUG-01', 1, 10, 10, new Date('2026-11-17T09:00:00Z')],
  ['576000000000000003\t', 'Completed', 'Return/Refund', 'TEE-02', 1, '1,000.50', 5, '11/10/2026 11:59:59 PM\t'],
];

const EXPECTED_PARAMS: Record<string, string[]> = {
  TTS_GMV: ['table', 'start', 'end', 'basis'],
  TTS_ORDERS: ['table', 'start', 'end'],
  TTS_UNITS: ['table', 'start', 'end'],
  TTS_AOV: ['table', 'start', 'end'],
  TTS_CTR: ['table', 'start', 'end'],
  TTS_CVR: ['table', 'start', 'end'],
  TTS_REFUND_RATE: ['table', 'start', 'end'],
  TTS_CANCEL_RATE: ['table', 'start', 'end'],
  TTS_PIVOT: ['table', 'rows', 'metrics', 'start', 'end'],
  TTS_COMPARE: ['table', 'metrics', 'period', 'asOf'],
};

describe('the built Apps Script bundle (dist/Code.js)', () => {
  itHasCustomFunctionStubs(EXPECTED_PARAMS);

  it('onOpen and onInstall are top-level functions', () => {
    const stubs = customFunctionStubs(bundleSource());
    expect(stubs.get('onOpen')?.params).toEqual(['e']);
    expect(stubs.get('onInstall')?.params).toEqual(['e']);
  });

  it('computes the KPIs from 2-D arrays as Sheets passes them', () => {
    const sheets = loadBundle();
    expect(sheets.TTS_GMV(ORDERS)).toBe(1040.5);
    expect(sheets.TTS_GMV(ORDERS, '', '', 'net')).toBe(1025.5);
    expect(sheets.TTS_ORDERS(ORDERS)).toBe(3);
    expect(sheets.TTS_UNITS(ORDERS)).toBe(5);
    expect(sheets.TTS_CANCEL_RATE(ORDERS)).toBeCloseTo(1 / 3, 12);
    expect(sheets.TTS_ORDERS(ORDERS, '2026-11-16', '2026-11-22')).toBe(2);
  });

  it('spills pivots and comparisons', () => {
    const sheets = loadBundle();
    expect(sheets.TTS_PIVOT(ORDERS, 'Seller SKU', 'GMV,Orders')).toEqual([
      ['Seller SKU', 'GMV', 'Orders'],
      ['MUG-01', 20, 2],
      ['TEE-02', 1020.5, 2],
      ['Total', 1040.5, 3],
    ]);
    const compare = sheets.TTS_COMPARE(ORDERS, 'Orders', 'WoW') as unknown[][];
    // The data starts on 10 November, the last day of the previous week: that week is left out, and the row under says why.
    expect(compare.slice(1)).toEqual([
      ['Orders', 2, '', '', ''],
      ['Previous period 2026-11-04 – 2026-11-10: data from 2026-11-10, 1 of 7 days, so it is left out.', '', '', '', ''],
    ]);
  });

  it('reads Date cells in the spreadsheet time zone, not UTC', () => {
    // 2026-11-17T07:30Z is still 16 Nov in Los Angeles but already 17 Nov in Tokyo.
    const table = [HEADERS, ['1', 'Completed', '', 'A', 1, 5, 0, new Date('2026-11-17T07:30:00Z')]];
    expect(loadBundle('America/Los_Angeles').TTS_PIVOT(table, 'day', 'Orders')).toEqual([
      ['Day', 'Orders'],
      ['2026-11-16', 1],
      ['Total', 1],
    ]);
    expect(loadBundle('Asia/Tokyo').TTS_PIVOT(table, 'day', 'Orders')).toEqual([
      ['Day', 'Orders'],
      ['2026-11-17', 1],
      ['Total', 1],
    ]);
  });

  it('throws an Error naming the cell for bad input, without a stack trace in the message', () => {
    const sheets = loadBundle();
    const bad = [HEADERS, ['1', 'Completed', '', 'A', 1, 'ten dollars', 0, '11/16/2026']];
    expect(() => sheets.TTS_GMV(bad)).toThrow("row 2, column F 'SKU Subtotal After Discount': expected a number");
    expect(() => sheets.TTS_CTR(ORDERS)).toThrow('CTR needs a product analytics table');
    expect(() => sheets.TTS_GMV('just text')).toThrow("'table' must be a range");
  });
});
