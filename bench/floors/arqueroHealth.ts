/**
 * TTS_HEALTH's five rates written with arquero 8 from the same 2-D values: lines parsed in derived
 * columns, rolled up per order, then one filtered rollup per rate; the per-value rules are the
 * engine's (dispatch deadline, tracking patterns, seller-fault reasons), as in healthFloor.ts.
 */
import * as aq from 'arquero';
import { BusinessCalendar } from '../../src/core/health/businessCalendar';
import { DispatchDeadline } from '../../src/core/health/dispatchDeadline';
import type { HealthSettings } from '../../src/core/settings/healthSettings';
import { isSellerFaultCancel } from '../../src/core/health/sellerFault';
import { judgeTracking } from '../../src/core/health/trackingNumbers';
import { columns, parseAmount } from '../arqueroPivot';
import { HEALTH_HEADERS, usTime, type RateCounts } from './healthFloor';

const { op } = aq;
const DAY_MS = 86_400_000;

interface Order {
  paid: number;
  shipped: number;
  fbt: boolean;
  pre: boolean;
  cancelled: boolean;
  returned: boolean;
  refundAmount: number;
  cancelBy: string;
  cancelReason: string;
  tracking: string;
  provider: string;
}

export function arqueroHealth(values: readonly (readonly unknown[])[], health: HealthSettings): Record<string, RateCounts> {
  const lines = aq.table(columns(values, HEALTH_HEADERS)).derive({
    paidMs: aq.escape((d: { paid: unknown }) => usTime(d.paid)),
    shippedMs: aq.escape((d: { shipped: unknown }) => usTime(d.shipped)),
    lineReturned: aq.escape((d: { type: unknown; returnQty: unknown }) => /return|refund/i.test(String(d.type)) || parseAmount(d.returnQty) > 0),
    refundAmount: aq.escape((d: { refund: unknown }) => parseAmount(d.refund)),
  });
  const orders = lines
    .groupby('id')
    .rollup({
      paid: op.max('paidMs'),
      shipped: op.max('shippedMs'),
      fulfillment: op.any('fulfillment'),
      preOrder: op.any('preOrder'),
      status: op.any('status'),
      returned: op.max('lineReturned'),
      refundAmount: op.max('refundAmount'),
      cancelBy: op.any('cancelBy'),
      cancelReason: op.any('cancelReason'),
      tracking: op.any('tracking'),
      provider: op.any('provider'),
    })
    .derive({
      fbt: aq.escape((d: { fulfillment: unknown }) => /tiktok/i.test(String(d.fulfillment))),
      pre: aq.escape((d: { preOrder: unknown }) => /pre/i.test(String(d.preOrder))),
      cancelled: aq.escape((d: { status: unknown }) => /cancel/i.test(String(d.status))),
    });
  const lastMs = Math.max(orders.rollup({ p: op.max('paid') }).get('p', 0) as number, orders.rollup({ s: op.max('shipped') }).get('s', 0) as number);
  const to = Math.floor(lastMs / DAY_MS);
  const from = to - health.windowDays + 1;
  const inWindow = (wall: number): boolean => wall >= from * DAY_MS && wall < (to + 1) * DAY_MS;
  const deadline = new DispatchDeadline(new BusinessCalendar(health.holidays), health.dispatchSlaBusinessDays, health.dispatchCutoff);
  const flagged = orders.derive({
    paidIn: aq.escape((d: Order) => inWindow(d.paid)),
    shippedIn: aq.escape((d: Order) => !d.fbt && inWindow(d.shipped)),
    refunded: aq.escape((d: Order) => d.returned || (d.refundAmount > 0 && !d.cancelled)),
    sellerFault: aq.escape((d: Order) => !d.fbt && d.cancelled && !d.returned && isSellerFaultCancel(d.cancelBy, String(d.cancelReason).trim())),
    validTracking: aq.escape((d: Order) => judgeTracking(d.tracking, d.provider) === 'valid'),
    dispatched: aq.escape((d: Order) => !d.pre && !isNaN(d.paid)),
    late: aq.escape((d: Order) => !d.pre && !isNaN(d.paid) && d.shipped > deadline.of(d.paid)),
  });
  const paidIn = flagged.filter((d: { paidIn: boolean }) => d.paidIn);
  const shippedIn = flagged.filter((d: { shippedIn: boolean }) => d.shippedIn);
  const count = (table: typeof flagged, field: string): number => table.rollup({ n: op.sum(field) }).get('n', 0) as number;
  const sellerOrders = paidIn.filter((d: { fbt: boolean }) => !d.fbt);
  return {
    LDR: { numerator: count(shippedIn, 'late'), denominator: count(shippedIn, 'dispatched') },
    VTR: { numerator: count(shippedIn, 'validTracking'), denominator: shippedIn.numRows() },
    SFCR: { numerator: count(sellerOrders, 'sellerFault'), denominator: sellerOrders.numRows() },
    'Cancel rate': { numerator: count(paidIn, 'cancelled'), denominator: paidIn.numRows() },
    'Refund rate': { numerator: count(paidIn, 'refunded'), denominator: paidIn.numRows() },
  };
}
