import type { Settings } from '../settings/settings';
import type { OrderColumnKey } from '../table/columns';
import { readCountCell, readNumberCell } from '../table/readNumberCell';
import { shopDayReader } from '../table/shopDayReader';
import type { Table } from '../table/readTable';
import { isBlank } from '../values/isBlank';
import { inRange, type DayRange } from './dayRange';
import type { Measure } from './measures';
import { isCancelledStatus, isReturnType } from './orderFlags';
import { checkOrderId, OrderIdIndex } from './orderIdIndex';

/**
 * The paid SKU lines of an order export in a day range, column by column (no per-line objects),
 * with each order's flags gathered once from all of its lines.
 */
export interface OrderFrame {
  readonly kind: 'orders';
  readonly length: number;
  readonly tableRow: Int32Array;
  readonly day: Int32Array;
  /** Order index per line; empty when no measure counts orders (GMV, Units). */
  readonly order: Int32Array;
  readonly gmv: Float64Array;
  readonly units: Float64Array;
  readonly netGmv: Float64Array;
  readonly orderCount: number;
  readonly cancelled: Uint8Array;
  readonly refunded: Uint8Array;
  /** Per line: its own columns show a return (Return/Refund type, or a returned quantity). */
  readonly lineReturned: Uint8Array;
  /** Per order: some line shows a return, so a SKU group counts the refund only where a line does. */
  readonly returnOnLines: Uint8Array;
}

/** The table's lines as account health's one pass read them: line i of table.rows is of order orderOfLine[i] (every ID checked). */
export interface LineOrders {
  readonly orderOfLine: Int32Array;
  readonly count: number;
  /** The line's Paid Time day as shopDayReader reads it, dayOfWallClock of dateCellReader's time (undefined: blank); throws its error for an unreadable cell. */
  paidDayOf(line: number): number | undefined;
}

export function buildOrderFrame(
  table: Table<OrderColumnKey>,
  measures: ReadonlySet<Measure>,
  range: DayRange,
  settings: Settings,
  lineOrders?: LineOrders,
): OrderFrame {
  const need = (m: Measure): boolean => measures.has(m);
  const idCol = table.require('orderId', 'counting orders');
  const paidCol = table.require('paidTime', 'dating orders by payment (GMV is counted by Paid Time)');
  const gmvCol = need('gmv') || need('netGmv') ? table.require('skuSubtotalAfterDiscount', 'GMV') : -1;
  const qtyCol = need('units') ? table.require('quantity', 'units') : -1;
  const wantCancel = need('cancelledOrders') || need('netGmv') || need('refundedOrders');
  const statusCol = wantCancel ? table.index('orderStatus') : -1;
  const cancelledTimeCol = wantCancel && statusCol < 0 ? table.index('cancelledTime') : -1;
  if (wantCancel && statusCol < 0 && cancelledTimeCol < 0) table.require('orderStatus', 'telling cancelled orders');
  const wantRefund = need('refundedOrders') || need('netGmv');
  const typeCol = wantRefund ? table.index('cancelReturnType') : -1;
  const returnQtyCol = wantRefund ? table.index('returnQuantity') : -1;
  const refundCol = wantRefund ? table.index('orderRefundAmount') : -1;
  if (need('netGmv')) table.require('orderRefundAmount', 'net GMV');
  if (wantRefund && typeCol < 0 && returnQtyCol < 0 && refundCol < 0) table.require('cancelReturnType', 'telling refunded orders');

  // GMV and Units alone never count orders: each ID is checked, not looked up.
  const countsOrders = need('orders') || wantCancel || wantRefund;

  const { rows, values } = table;
  const readDay = lineOrders ? undefined : shopDayReader(table, paidCol, settings);
  const n = rows.length;
  const tableRow = new Int32Array(n);
  const day = new Int32Array(n);
  const order = new Int32Array(countsOrders ? n : 0);
  const gmv = new Float64Array(gmvCol >= 0 ? n : 0);
  const units = new Float64Array(qtyCol >= 0 ? n : 0);
  const orderIds = new OrderIdIndex();
  // The lines of one order usually sit together: look its ID up once.
  let lastRawId: unknown = undefined;
  let lastOrder = -1;
  // Per order (there are never more orders than lines).
  const cancelled = new Uint8Array(countsOrders ? n : 0);
  const refunded = new Uint8Array(countsOrders ? n : 0);
  const refundAmount = new Float64Array(wantRefund ? n : 0);
  const orderGmv = new Float64Array(wantRefund && gmvCol >= 0 ? n : 0);
  const lineReturned = new Uint8Array(wantRefund ? n : 0);
  const returnOnLines = new Uint8Array(wantRefund ? n : 0);
  const returnedGmv = new Float64Array(wantRefund && gmvCol >= 0 ? n : 0);
  let length = 0;

  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const paidDay = readDay ? readDay(r) : lineOrders!.paidDayOf(i);
    if (paidDay === undefined || !inRange(paidDay, range)) continue;
    const row = values[r];
    let o: number;
    if (lineOrders) o = lineOrders.orderOfLine[i];
    else {
      const rawId = row[idCol];
      if (rawId !== lastRawId) {
        if (countsOrders) lastOrder = orderIds.indexAt(table, r, idCol);
        else checkOrderId(table, r, idCol);
        lastRawId = rawId;
      }
      o = lastOrder;
    }
    tableRow[length] = r;
    day[length] = paidDay;
    if (countsOrders) order[length] = o;
    if (gmvCol >= 0) {
      const amount = readNumberCell(table, r, gmvCol, settings.decimalMark);
      gmv[length] = amount;
      if (wantRefund) orderGmv[o] += amount;
    }
    if (qtyCol >= 0) units[length] = readCountCell(table, r, qtyCol, settings.decimalMark);
    if (wantCancel && !cancelled[o]) {
      if (statusCol >= 0 ? isCancelledStatus(row[statusCol]) : !isBlank(row[cancelledTimeCol])) cancelled[o] = 1;
    }
    if (wantRefund) {
      if (refundCol >= 0) refundAmount[o] = Math.max(refundAmount[o], readNumberCell(table, r, refundCol, settings.decimalMark));
      if ((typeCol >= 0 && isReturnType(row[typeCol])) || (returnQtyCol >= 0 && readCountCell(table, r, returnQtyCol, settings.decimalMark) > 0)) {
        refunded[o] = 1;
        returnOnLines[o] = 1;
        lineReturned[length] = 1;
        if (gmvCol >= 0) returnedGmv[o] += gmv[length];
      }
    }
    length++;
  }

  const orderCount = lineOrders ? lineOrders.count : orderIds.size;
  // A refund on a cancelled order is its payment returned, not a return.
  if (refundCol >= 0) for (let o = 0; o < orderCount; o++) if (refundAmount[o] > 0 && !cancelled[o]) refunded[o] = 1;
  const refunds: Refunds = { amount: refundAmount, orderGmv, returnedGmv, lineReturned, returnOnLines };
  const netGmv = need('netGmv') ? netOfRefunds(length, order, gmv, cancelled, refunds) : new Float64Array(0);
  return {
    kind: 'orders',
    length,
    tableRow: tableRow.subarray(0, length),
    day: day.subarray(0, length),
    order: order.subarray(0, countsOrders ? length : 0),
    gmv: gmv.subarray(0, gmvCol >= 0 ? length : 0),
    units: units.subarray(0, qtyCol >= 0 ? length : 0),
    netGmv,
    orderCount,
    cancelled: cancelled.subarray(0, orderCount),
    refunded: refunded.subarray(0, orderCount),
    lineReturned: lineReturned.subarray(0, wantRefund ? length : 0),
    returnOnLines: returnOnLines.subarray(0, wantRefund ? orderCount : 0),
  };
}

interface Refunds {
  readonly amount: Float64Array;
  readonly orderGmv: Float64Array;
  readonly returnedGmv: Float64Array;
  readonly lineReturned: Uint8Array;
  readonly returnOnLines: Uint8Array;
}

/**
 * Each line's GMV less its share of the order's refund, taken once per order: shared by the lines
 * that show the return when some do (a partial return), else by all lines; cancelled orders 0.
 */
function netOfRefunds(length: number, order: Int32Array, gmv: Float64Array, cancelled: Uint8Array, refunds: Refunds): Float64Array {
  const net = new Float64Array(length);
  const refundTaken = new Uint8Array(cancelled.length);
  for (let i = 0; i < length; i++) {
    const o = order[i];
    if (cancelled[o]) continue;
    const partial = refunds.returnOnLines[o] === 1;
    if (partial && !refunds.lineReturned[i]) {
      net[i] = gmv[i];
      continue;
    }
    const base = partial ? refunds.returnedGmv[o] : refunds.orderGmv[o];
    if (base > 0) net[i] = gmv[i] - (refunds.amount[o] * gmv[i]) / base;
    else {
      net[i] = gmv[i] - (refundTaken[o] ? 0 : refunds.amount[o]);
      refundTaken[o] = 1;
    }
  }
  return net;
}
