import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ANALYTICS_HEADERS } from '../../src/core/table/exportHeaders';
import { generateAnalyticsExport } from '../../src/demo/analyticsExport';
import { CATALOG, CATALOG_SKUS } from '../../src/demo/catalog';
import { addBusinessDays, formatUsTimestamp, parseDay } from '../../src/demo/calendar';
import { toCsv } from '../../src/demo/csv';
import { demoCsvFiles } from '../../src/demo/demoFiles';
import { generateOrderExport } from '../../src/demo/orderExport';
import { Rng } from '../../src/demo/random';
import { pinZipDates } from '../../src/demo/zipDates';

/** The US order export headers, in the order Seller Center writes them. */
const US_HEADERS = [
  'Order ID', 'Order Status', 'Order Substatus', 'Cancelation/Return Type', 'Normal or Pre-order', 'SKU ID', 'Seller SKU',
  ' Virtual Bundle Seller SKU', 'Product Name', 'Variation', 'Quantity', 'Sku Quantity of return', 'SKU Unit Original Price',
  'SKU Subtotal Before Discount', 'SKU Platform Discount', 'SKU Seller Discount', 'SKU Subtotal After Discount',
  'Shipping Fee After Discount', 'Original Shipping Fee', 'Shipping Fee Seller Discount', 'Co-Funded Shipping Fee Discount',
  'Shipping Fee Platform Discount', 'Payment platform discount', 'Retail Delivery Fee', 'Taxes', 'Order Amount',
  'Order Refund Amount', 'Created Time', 'Paid Time', 'RTS Time', 'Shipped Time', 'Delivered Time', 'Cancelled Time',
  'Cancel By', 'Cancel Reason', 'Fulfillment Type', 'Warehouse Name', 'Tracking ID', 'Delivery Option Type', 'Delivery Option',
  'Shipping Provider Name', 'Buyer Message', 'Buyer Nickname', 'Buyer Username', 'Recipient', 'Phone #', 'Country', 'State',
  'City', 'Zipcode', 'Address Line 1', 'Address Line 2', 'Delivery Instruction', 'Payment Method', 'Weight(kg)',
  'Product Category', 'Package ID', 'Seller Note', 'Shipping Information', 'Combined Listing', 'Checked Status', 'Checked Marked by',
]; // prettier-ignore

const ORDER_LEVEL = [
  'Order Status', 'Cancelation/Return Type', 'Shipping Fee After Discount', 'Original Shipping Fee', 'Shipping Fee Seller Discount',
  'Co-Funded Shipping Fee Discount', 'Shipping Fee Platform Discount', 'Payment platform discount', 'Retail Delivery Fee', 'Taxes',
  'Order Amount', 'Order Refund Amount', 'Created Time', 'Paid Time', 'Shipped Time', 'Cancel By', 'Tracking ID', 'Recipient',
]; // prettier-ignore

const options = { seed: 7, endDay: '2026-11-22', days: 56 };
const orders = generateOrderExport(options);
const col = (name: string): number => US_HEADERS.indexOf(name);
const lines = orders.slice(2);
const cells = (name: string): unknown[] => lines.map((r) => r[col(name)]);
const TIMESTAMP = /^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/20\d\d (0[1-9]|1[0-2]):[0-5]\d:[0-5]\d (AM|PM)\t$/;

/** Money as a number, whether the cell holds 12.5, "12.50" or "$1,234.56". */
function money(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\$?\d{1,3}(,\d{3})*\.\d\d$|^\d+\.\d\d$/.test(value)) return Number(value.replace(/[$,]/g, ''));
  throw new Error(`not money: ${JSON.stringify(value)}`);
}

describe('random', () => {
  it('repeats a sequence for a seed and differs between seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(new Rng(43).next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('calendar', () => {
  it('formats US timestamps with a 12-hour clock', () => {
    const day = parseDay('2026-03-05');
    expect(formatUsTimestamp(day * 86400)).toBe('03/05/2026 12:00:00 AM');
    expect(formatUsTimestamp(day * 86400 + 13 * 3600 + 62)).toBe('03/05/2026 01:01:02 PM');
  });
  it('skips weekends and US federal holidays', () => {
    // Friday 2026-11-20 + 1 BD = Monday 11-23; Wednesday 11-25 + 1 BD skips Thanksgiving (11-26).
    expect(addBusinessDays(parseDay('2026-11-20'), 1)).toBe(parseDay('2026-11-23'));
    expect(addBusinessDays(parseDay('2026-11-25'), 1)).toBe(parseDay('2026-11-27'));
    expect(addBusinessDays(parseDay('2026-07-04'), 0)).toBe(parseDay('2026-07-06')); // Saturday; Friday 07-03 is the observed holiday
  });
});

describe('generateOrderExport', () => {
  it('is deterministic for a seed and changes with the seed', () => {
    expect(generateOrderExport(options)).toEqual(orders);
    expect(generateOrderExport({ ...options, seed: 8 })).not.toEqual(orders);
  });

  it('has the exact US headers and a description row', () => {
    expect(orders[0]).toEqual(US_HEADERS);
    expect(orders[1]).toHaveLength(62);
    expect(orders[1][0]).toBe('Platform unique order ID.');
    expect(orders[1][1]).toBe('Order status.');
    for (const d of orders[1]) expect(d).toMatch(/^[A-Z].*\.$/);
    for (const row of orders) expect(row).toHaveLength(62);
  });

  it('writes IDs and times as tab-terminated text', () => {
    expect(cells('Order ID').filter((id) => !/^\d{18}\t$/.test(id as string))).toEqual([]);
    for (const name of ['Created Time', 'Paid Time', 'Shipped Time', 'Cancelled Time']) {
      expect(cells(name).filter((t) => t !== '' && !TIMESTAMP.test(t as string))).toEqual([]);
    }
    expect(cells('Created Time').every((t) => t !== '')).toBe(true);
  });

  it('repeats order-level columns on every line of a multi-SKU order', () => {
    const byOrder = new Map<unknown, unknown[][]>();
    for (const row of lines) {
      const id = row[col('Order ID')];
      const group = byOrder.get(id);
      if (group) group.push(row);
      else byOrder.set(id, [row]);
    }
    const multi = [...byOrder.values()].filter((rs) => rs.length > 1);
    expect(multi.length).toBeGreaterThan(byOrder.size * 0.2);
    expect(Math.max(...multi.map((rs) => rs.length))).toBe(4);
    const problems: string[] = [];
    for (const rs of multi) {
      const id = String(rs[0][col('Order ID')]);
      for (const name of ORDER_LEVEL) if (rs.some((r) => r[col(name)] !== rs[0][col(name)])) problems.push(`${id} ${name} differs`);
      if (new Set(rs.map((r) => r[col('Seller SKU')])).size !== rs.length) problems.push(`${id} repeats a SKU`);
      const items = rs.reduce((a, r) => a + money(r[col('SKU Subtotal After Discount')]), 0);
      // Order Amount = items + shipping + taxes + fees - payment discount (at most $5).
      if (money(rs[0][col('Order Amount')]) < items - 5 - 1e-9) problems.push(`${id} Order Amount below its lines`);
    }
    expect(problems).toEqual([]);
  });

  it('covers statuses, cancellations, returns, FBT and messy values', () => {
    const rowsWhere = (name: string, value: unknown): unknown[][] => lines.filter((r) => r[col(name)] === value);
    for (const status of ['Completed', 'Delivered', 'Shipped', 'To ship', 'Cancelled', 'Unpaid']) {
      expect(rowsWhere('Order Status', status).length).toBeGreaterThan(0);
    }
    const unpaid = rowsWhere('Order Status', 'Unpaid');
    expect(unpaid.every((r) => r[col('Paid Time')] === '')).toBe(true);
    const sellerCancels = rowsWhere('Cancel By', 'Seller');
    expect(sellerCancels.length).toBeGreaterThan(0);
    expect(sellerCancels.every((r) => r[col('Cancelation/Return Type')] === 'Cancel' && r[col('Cancelled Time')] !== '')).toBe(true);
    expect(new Set(rowsWhere('Cancel By', 'System').map((r) => r[col('Cancel Reason')]))).toContain('Failed to ship in time');
    expect(rowsWhere('Cancel By', 'Buyer').length).toBeGreaterThan(0);
    const returns = rowsWhere('Cancelation/Return Type', 'Return/Refund');
    expect(returns.length).toBeGreaterThan(0);
    expect(returns.every((r) => money(r[col('Order Refund Amount')]) > 0)).toBe(true);
    expect(returns.some((r) => (r[col('Sku Quantity of return')] as number) > 0)).toBe(true);
    const fbt = rowsWhere('Fulfillment Type', 'Fulfillment by TikTok').length;
    expect(fbt / lines.length).toBeGreaterThan(0.04);
    expect(fbt / lines.length).toBeLessThan(0.12);
    const texts = cells('SKU Subtotal After Discount').filter((v) => typeof v === 'string');
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((v) => (v as string).startsWith('$'))).toBe(true);
    for (const name of ['Order Amount', 'Taxes', 'SKU Subtotal After Discount']) for (const v of cells(name)) money(v);
    expect(new Set(cells('Shipping Provider Name'))).toEqual(new Set(['', 'USPS', 'UPS', 'FedEx', 'DHL eCommerce', 'OnTrac']));
    expect(cells('Recipient').every((v) => /^Demo Buyer \d{4,}$/.test(v as string))).toBe(true);
    expect(cells('Phone #').every((v) => /555-01\d\d$/.test(v as string))).toBe(true);
  });

  it('produces an exact number of lines on request', () => {
    const big = generateOrderExport({ seed: 3, endDay: '2026-11-22', days: 28, lines: 5000 });
    expect(big.length - 2).toBe(5000);
  });
});

describe('generateAnalyticsExport', () => {
  const analytics = generateAnalyticsExport({ seed: 7, endDay: '2026-11-22', days: 14 });
  const data = analytics.slice(3);
  const a = (row: unknown[], name: string): unknown => row[ANALYTICS_HEADERS.indexOf(name as (typeof ANALYTICS_HEADERS)[number])];

  it('has the date range, a blank row, headers and a row per product per day', () => {
    expect(analytics[0][0]).toBe('Date range: 2026-11-09 ~ 2026-11-22');
    expect(analytics[1].every((v) => v === '')).toBe(true);
    expect(analytics[2]).toEqual([...ANALYTICS_HEADERS]);
    expect(data).toHaveLength(14 * CATALOG.length);
    expect(new Set(data.map((r) => a(r, 'Product ID')))).toEqual(new Set(CATALOG.map((p) => p.productId)));
  });

  it('keeps the metrics consistent', () => {
    for (const r of data) {
      const n = (name: string): number => a(r, name) as number;
      expect(a(r, 'Date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a(r, 'Conversion rate')).toMatch(/^\d+\.\d\d%$/);
      expect(a(r, 'Unique CTR')).toMatch(/^\d+\.\d\d%$/);
      expect(n('Customers')).toBeLessThanOrEqual(n('Visitors'));
      expect(n('Product clicks')).toBeLessThan(n('Product impressions'));
      expect(n('Unique clicks')).toBeLessThan(n('Unique product impressions'));
      expect(n('Orders')).toBeLessThanOrEqual(n('SKU orders'));
      expect(n('LIVE-attributed GMV') + n('Video-attributed GMV') + n('Product card GMV')).toBeLessThanOrEqual(n('GMV') + 1e-9);
    }
  });

  it('agrees with the order export of the same seed', () => {
    const orderRows = generateOrderExport({ seed: 7, endDay: '2026-11-22', days: 14 }).slice(2);
    const gmv = orderRows.filter((r) => r[col('Paid Time')] !== '').reduce((s, r) => s + money(r[col('SKU Subtotal After Discount')]), 0);
    expect(data.reduce((s, r) => s + (a(r, 'GMV') as number), 0)).toBeCloseTo(gmv, 2);
  });
});

describe('catalog', () => {
  it('has about 25 SKUs with unique Seller SKUs within listing limits', () => {
    expect(CATALOG_SKUS.length).toBe(25);
    expect(new Set(CATALOG_SKUS.map((s) => s.sellerSku)).size).toBe(25);
    for (const s of CATALOG_SKUS) {
      expect(s.sellerSku.length).toBeLessThanOrEqual(50);
      expect(s.price).toBeGreaterThan(0);
    }
  });
});

describe('files', () => {
  it('quotes CSV fields per RFC 4180 with a BOM', () => {
    expect(toCsv([[' a', 'b,c', 'say "hi"', 1.5, '', 'x\t']])).toBe('\uFEFF" a","b,c","say ""hi""",1.5,,"x\t"\r\n');
  });

  it('matches the committed examples/ CSVs', () => {
    for (const [name, text] of Object.entries(demoCsvFiles())) {
      const committed = readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8');
      expect(committed === text).toBe(true);
    }
  });

  it('pins zip entry dates so a workbook written at two times has the same bytes', async () => {
    const write = async (now: string): Promise<Buffer> => {
      // Fake only Date: JSZip needs real timers to finish.
      jest.useFakeTimers({
        now: new Date(now),
        doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask'],
      });
      try {
        const wb = new ExcelJS.Workbook();
        const fixed = new Date(Date.UTC(2026, 10, 23));
        wb.created = wb.modified = wb.lastPrinted = fixed;
        wb.addWorksheet('Orders').addRows(orders.slice(0, 5));
        return Buffer.from(pinZipDates(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), fixed));
      } finally {
        jest.useRealTimers();
      }
    };
    const a = await write('2026-01-01T10:00:00Z');
    const b = await write('2027-06-30T23:59:58Z');
    expect(a.equals(b)).toBe(true);
  });
});
