/**
 * The floor of TTS_HEALTH: one pass over the lines gathering each order's few cells (its lines sit
 * together; times zero-padded as Seller Center writes them), then one loop over the orders for the
 * five rates. The per-value rules are the engine's own (dispatch deadline, tracking patterns,
 * seller-fault reasons); none of its column lookups, checks or notes.
 */
import { BusinessCalendar } from '../../src/core/health/businessCalendar';
import { DispatchDeadline } from '../../src/core/health/dispatchDeadline';
import type { HealthSettings } from '../../src/core/settings/healthSettings';
import { isSellerFaultCancel } from '../../src/core/health/sellerFault';
import { judgeTracking } from '../../src/core/health/trackingNumbers';

export interface RateCounts {
  numerator: number;
  denominator: number;
}

export const HEALTH_HEADERS = {
  id: 'Order ID',
  status: 'Order Status',
  type: 'Cancelation/Return Type',
  preOrder: 'Normal or Pre-order',
  returnQty: 'Sku Quantity of return',
  refund: 'Order Refund Amount',
  paid: 'Paid Time',
  shipped: 'Shipped Time',
  cancelBy: 'Cancel By',
  cancelReason: 'Cancel Reason',
  fulfillment: 'Fulfillment Type',
  tracking: 'Tracking ID',
  provider: 'Shipping Provider Name',
} as const;

const DAY_MS = 86_400_000;
const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

/** Wall-clock ms of 'MM/DD/YYYY hh:mm:ss AM' (zero-padded); NaN when blank. */
export function usTime(cell: unknown): number {
  if (typeof cell !== 'string' || cell.length < 22) return NaN;
  const hour = (two(cell, 11) % 12) + (cell.charCodeAt(20) === 80 ? 12 : 0);
  return Date.UTC(two(cell, 6) * 100 + two(cell, 8), two(cell, 0) - 1, two(cell, 3), hour, two(cell, 14), two(cell, 17));
}

const amount = (cell: unknown): number =>
  typeof cell === 'number' ? cell : typeof cell === 'string' && cell !== '' ? Number(cell.replace(/[$,]/g, '')) : 0;

export function healthFloor(values: readonly (readonly unknown[])[], health: HealthSettings): Record<string, RateCounts> {
  const names = values[0].map((h) => String(h).trim());
  const col = Object.fromEntries(Object.entries(HEALTH_HEADERS).map(([k, h]) => [k, names.indexOf(h)])) as Record<
    keyof typeof HEALTH_HEADERS,
    number
  >;
  const n = values.length;
  const paid = new Float64Array(n);
  const shipped = new Float64Array(n);
  const fbt = new Uint8Array(n);
  const preOrder = new Uint8Array(n);
  const cancelled = new Uint8Array(n);
  const returned = new Uint8Array(n);
  const refunded = new Uint8Array(n);
  const firstRow = new Int32Array(n);
  let orders = 0;
  let lastId: unknown = undefined;
  let refundAmount = 0;
  const close = (): void => {
    if (orders && refundAmount > 0 && !cancelled[orders - 1]) refunded[orders - 1] = 1;
  };
  let last = -Infinity;
  for (let r = 2; r < n; r++) {
    const row = values[r];
    const id = row[col.id];
    if (id !== lastId) {
      close();
      lastId = id;
      const o = orders++;
      firstRow[o] = r;
      paid[o] = usTime(row[col.paid]);
      shipped[o] = usTime(row[col.shipped]);
      fbt[o] = /tiktok/i.test(String(row[col.fulfillment])) ? 1 : 0;
      preOrder[o] = /pre/i.test(String(row[col.preOrder])) ? 1 : 0;
      cancelled[o] = /cancel/i.test(String(row[col.status])) ? 1 : 0;
      refundAmount = 0;
      if (paid[o] > last) last = paid[o];
      if (shipped[o] > last) last = shipped[o];
    }
    const o = orders - 1;
    refundAmount = Math.max(refundAmount, amount(row[col.refund]));
    if (/return|refund/i.test(String(row[col.type])) || amount(row[col.returnQty]) > 0) returned[o] = refunded[o] = 1;
  }
  close();
  const to = Math.floor(last / DAY_MS);
  const from = to - health.windowDays + 1;
  const inWindow = (wall: number): boolean => wall >= from * DAY_MS && wall < (to + 1) * DAY_MS;
  const deadline = new DispatchDeadline(new BusinessCalendar(health.holidays), health.dispatchSlaBusinessDays, health.dispatchCutoff);
  const rate = (): RateCounts => ({ numerator: 0, denominator: 0 });
  const out = { LDR: rate(), VTR: rate(), SFCR: rate(), 'Cancel rate': rate(), 'Refund rate': rate() };
  for (let o = 0; o < orders; o++) {
    const row = values[firstRow[o]];
    if (inWindow(paid[o])) {
      out['Cancel rate'].denominator++;
      out['Refund rate'].denominator++;
      out['Cancel rate'].numerator += cancelled[o];
      out['Refund rate'].numerator += refunded[o];
      if (!fbt[o]) {
        out.SFCR.denominator++;
        if (cancelled[o] && !returned[o] && isSellerFaultCancel(row[col.cancelBy], String(row[col.cancelReason]).trim())) out.SFCR.numerator++;
      }
    }
    if (fbt[o] || !inWindow(shipped[o])) continue;
    out.VTR.denominator++;
    if (judgeTracking(row[col.tracking], row[col.provider]) === 'valid') out.VTR.numerator++;
    if (preOrder[o] || isNaN(paid[o])) continue;
    out.LDR.denominator++;
    if (shipped[o] > deadline.of(paid[o])) out.LDR.numerator++;
  }
  return out;
}
