import { isCancelledStatus, isReturnType } from '../metrics/orderFlags';
import type { OrderColumnKey } from '../table/columns';
import { cleanText } from '../values/cleanText';

const FULFILLED_BY_TIKTOK = /tiktok/i;
const PRE_ORDER = /pre/i;

/**
 * What an order-level column says about an order, tested once on the order's value in it. A
 * column not listed flags the orders that have a value ('Cancel Reason' given, say).
 */
export const ORDER_LEVEL_TESTS: Partial<Record<OrderColumnKey, (cell: unknown) => boolean>> = {
  /** 'Fulfillment Type' names TikTok (fulfilledByTikTok). */
  fulfillmentType: (cell) => FULFILLED_BY_TIKTOK.test(cleanText(cell)),
  /** A pre-order's SLA runs from the pre-order close date, which the export lacks. */
  preOrder: (cell) => PRE_ORDER.test(cleanText(cell)),
  orderStatus: isCancelledStatus,
  cancelReturnType: isReturnType,
};

/** Columns read as times (wall-clock ms). */
export const ORDER_LEVEL_TIMES: ReadonlySet<OrderColumnKey> = new Set(['paidTime', 'shippedTime', 'rtsTime', 'deliveredTime']);
