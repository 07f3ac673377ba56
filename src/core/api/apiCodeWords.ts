/**
 * The API's code words as the order export writes them (the export's words are English in an English
 * shop; the metrics also read other languages). Pairings are inferred: an unknown code stops the pull.
 */

/** `status` → 'Order Status'. */
export const ORDER_STATUS_WORDS: Readonly<Record<string, string>> = {
  UNPAID: 'Unpaid',
  ON_HOLD: 'On hold',
  AWAITING_SHIPMENT: 'To ship',
  PARTIALLY_SHIPPING: 'To ship',
  AWAITING_COLLECTION: 'To ship',
  IN_TRANSIT: 'Shipped',
  DELIVERED: 'Delivered',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

/** Statuses of an order that has been paid and not cancelled: it must carry a `paid_time`. */
export const PAID_STATUSES: ReadonlySet<string> = new Set([
  'ON_HOLD',
  'AWAITING_SHIPMENT',
  'PARTIALLY_SHIPPING',
  'AWAITING_COLLECTION',
  'IN_TRANSIT',
  'DELIVERED',
  'COMPLETED',
]);

/** `cancellation_initiator` → 'Cancel By'. */
export const CANCELLER_WORDS: Readonly<Record<string, string>> = { BUYER: 'Buyer', SELLER: 'Seller', SYSTEM: 'System' };

/** `fulfillment_type` → 'Fulfillment Type' (the health rates tell TikTok-fulfilled orders by the word TikTok). */
export const FULFILLMENT_WORDS: Readonly<Record<string, string>> = {
  FULFILLMENT_BY_SELLER: 'Fulfillment by seller',
  FULFILLMENT_BY_TIKTOK: 'Fulfillment by TikTok',
};

/** `order_type` → 'Normal or Pre-order' (the late-dispatch rate leaves pre-orders out). */
export const ORDER_TYPE_WORDS: Readonly<Record<string, string>> = {
  NORMAL: 'Normal',
  ZERO_LOTTERY: 'Normal',
  PRE_ORDER: 'Pre-order',
  MADE_TO_ORDER: 'Pre-order',
  BACK_ORDER: 'Pre-order',
};

/**
 * What a return's `return_status` means for the export's return columns (inferred: no source says which
 * returns the export shows). open: a return or refund asked for, not refunded yet: the order shows
 * Return/Refund and its returned units; refunded: also its refund amount; void: rejected, cancelled, or
 * a replacement: not shown.
 */
export type ReturnState = 'open' | 'refunded' | 'void';

export const RETURN_STATES: Readonly<Record<string, ReturnState>> = {
  RETURN_OR_REFUND_REQUEST_PENDING: 'open',
  AWAITING_BUYER_SHIP: 'open',
  BUYER_SHIPPED_ITEM: 'open',
  AWAITING_BUYER_RESPONSE: 'open',
  RETURN_OR_REFUND_REQUEST_SUCCESS: 'refunded',
  RETURN_OR_REFUND_REQUEST_COMPLETE: 'refunded',
  REPLACEMENT_REQUEST_REFUND_SUCCESS: 'refunded',
  REFUND_OR_RETURN_REQUEST_REJECT: 'void',
  REJECT_RECEIVE_PACKAGE: 'void',
  RETURN_OR_REFUND_REQUEST_CANCEL: 'void',
  REPLACEMENT_REQUEST_PENDING: 'void',
  REPLACEMENT_REQUEST_REJECT: 'void',
  REPLACEMENT_REQUEST_CANCEL: 'void',
  REPLACEMENT_REQUEST_COMPLETE: 'void',
};

/** `return_type`: known so that a new kind stops the pull instead of being counted blindly. */
export const RETURN_TYPES: Readonly<Record<string, string>> = {
  REFUND: 'Refund',
  RETURN_AND_REFUND: 'Return and refund',
  REPLACEMENT: 'Replacement',
};
