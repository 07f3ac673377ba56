import type { OrderHeader } from '../table/exportHeaders';
import type { CellValue } from '../values/cellValue';
import { roundToCents } from '../values/roundToCents';
import type { ApiFields } from './apiFields';
import { CANCELLER_WORDS, FULFILLMENT_WORDS, ORDER_STATUS_WORDS, ORDER_TYPE_WORDS } from './apiCodeWords';
import { exportTime } from './exportTime';
import type { OrderReturns } from './orderReturns';

/** One export row's sources: an API order and its line items (one per unit) of one SKU. */
export interface SkuLines {
  readonly order: ApiFields;
  readonly payment: ApiFields;
  /** At least one; checked to share one SKU, price and state (see mapApiOrders). */
  readonly lines: readonly ApiFields[];
  /** The order's open and refunded returns; undefined when it has none. */
  readonly returns: OrderReturns | undefined;
  readonly timeZone: string;
}

/** direct: one API field, same meaning; derived: computed from several; none: no API field (blank); dropped: buyer data, never written. */
export type ColumnSource = 'direct' | 'derived' | 'none' | 'dropped';

export interface ColumnMapping {
  readonly source: ColumnSource;
  /** Where the value comes from, for docs/API.md. */
  readonly from: string;
  readonly value?: (row: SkuLines) => CellValue;
}

/** Cents, so a sum of decimal amounts is the amount the export writes. */
const sumOf = (row: SkuLines, name: string): number => roundToCents(row.lines.reduce((sum, line) => sum + line.money(name), 0));
const first = (row: SkuLines): ApiFields => row.lines[0];
const returnedUnits = (row: SkuLines): number => row.returns?.unitsBySku.get(first(row).text('sku_id')) ?? 0;
const time = (name: string) => (row: SkuLines) => exportTime(row.order.optionalSeconds(name), row.timeZone);
/** An order-level amount, repeated on every row of the order as in the export. */
const paymentField = (name: string, note = ''): ColumnMapping => ({
  source: 'direct',
  from: `\`payment.${name}\`${note}`,
  value: (row) => row.payment.optionalMoney(name) ?? '',
});
const none = (from = 'no API field found'): ColumnMapping => ({ source: 'none', from });
const dropped = (from: string): ColumnMapping => ({ source: 'dropped', from: `${from}: buyer personal data, dropped` });

/**
 * Every column of the order export, and how an API order fills it. The type holds every header, so a
 * column added to the export without a decision here fails to compile. Pairings are inferred (no
 * source documents them); docs/API.md prints this table.
 */
export const ORDER_COLUMN_MAP: { readonly [header in OrderHeader]: ColumnMapping } = {
  'Order ID': { source: 'direct', from: '`id`', value: (row) => row.order.orderId },
  'Order Status': { source: 'direct', from: '`status`, as the export words it', value: (row) => row.order.word('status', ORDER_STATUS_WORDS) },
  'Order Substatus': none(),
  'Cancelation/Return Type': {
    source: 'derived',
    from: '"Cancel" when `status` is CANCELLED, else "Return/Refund" on the SKU\'s rows when an open or refunded return (returns search) holds units of it',
    value: (row) => (row.order.text('status') === 'CANCELLED' ? 'Cancel' : returnedUnits(row) > 0 ? 'Return/Refund' : ''),
  },
  'Normal or Pre-order': { source: 'direct', from: '`order_type`', value: (row) => row.order.optionalWord('order_type', ORDER_TYPE_WORDS) },
  'SKU ID': { source: 'direct', from: 'line `sku_id`', value: (row) => first(row).text('sku_id') },
  'Seller SKU': { source: 'direct', from: 'line `seller_sku`', value: (row) => first(row).optionalText('seller_sku') },
  ' Virtual Bundle Seller SKU': none('virtual bundles (`combined_listing_skus`) are refused for now'),
  'Product Name': { source: 'direct', from: 'line `product_name`', value: (row) => first(row).optionalText('product_name') },
  Variation: { source: 'direct', from: 'line `sku_name`', value: (row) => first(row).optionalText('sku_name') },
  Quantity: { source: 'derived', from: 'the number of line items with the SKU (one line item per unit)', value: (row) => row.lines.length },
  'Sku Quantity of return': {
    source: 'derived',
    from: "the number of `return_line_items` with the SKU in the order's open and refunded returns (one per unit)",
    value: returnedUnits,
  },
  'SKU Unit Original Price': { source: 'direct', from: 'line `original_price`', value: (row) => first(row).money('original_price') },
  'SKU Subtotal Before Discount': { source: 'derived', from: 'Σ line `original_price`', value: (row) => sumOf(row, 'original_price') },
  'SKU Platform Discount': { source: 'derived', from: 'Σ line `platform_discount`', value: (row) => sumOf(row, 'platform_discount') },
  'SKU Seller Discount': { source: 'derived', from: 'Σ line `seller_discount`', value: (row) => sumOf(row, 'seller_discount') },
  'SKU Subtotal After Discount': {
    source: 'derived',
    from: 'Σ line `sale_price`, checked to equal Σ (`original_price` − `seller_discount` − `platform_discount`)',
    value: (row) => sumOf(row, 'sale_price'),
  },
  'Shipping Fee After Discount': paymentField('shipping_fee'),
  'Original Shipping Fee': paymentField('original_shipping_fee'),
  'Shipping Fee Seller Discount': paymentField('shipping_fee_seller_discount'),
  'Co-Funded Shipping Fee Discount': paymentField('shipping_fee_cofunded_discount'),
  'Shipping Fee Platform Discount': paymentField('shipping_fee_platform_discount'),
  'Payment platform discount': none(),
  'Retail Delivery Fee': paymentField('retail_delivery_fee', ' (US)'),
  Taxes: paymentField('tax'),
  'Order Amount': { source: 'direct', from: '`payment.total_amount`, on every row of the order', value: (row) => row.payment.money('total_amount') },
  'Order Refund Amount': {
    source: 'derived',
    from: "Σ `refund_amount.refund_total` of the order's refunded returns (returns search), on every row of the order; blank when none",
    value: (row) => (row.returns?.refundTotal ? row.returns.refundTotal : ''),
  },
  'Created Time': { source: 'direct', from: '`create_time`', value: (row) => exportTime(row.order.seconds('create_time'), row.timeZone) },
  'Paid Time': { source: 'direct', from: '`paid_time` (required once the order is paid)', value: time('paid_time') },
  'RTS Time': { source: 'direct', from: '`rts_time`', value: time('rts_time') },
  'Shipped Time': {
    source: 'direct',
    from: '`collection_time` (uncertain: the export may mean the first carrier scan)',
    value: time('collection_time'),
  },
  'Delivered Time': { source: 'direct', from: '`delivery_time`', value: time('delivery_time') },
  'Cancelled Time': { source: 'direct', from: '`cancel_time` (required when CANCELLED)', value: time('cancel_time') },
  'Cancel By': {
    source: 'direct',
    from: '`cancellation_initiator`',
    value: (row) => row.order.optionalWord('cancellation_initiator', CANCELLER_WORDS),
  },
  'Cancel Reason': { source: 'direct', from: '`cancel_reason`', value: (row) => row.order.optionalText('cancel_reason') },
  'Fulfillment Type': { source: 'direct', from: '`fulfillment_type`', value: (row) => row.order.optionalWord('fulfillment_type', FULFILLMENT_WORDS) },
  'Warehouse Name': none('only `warehouse_id` (the name needs the logistics API)'),
  'Tracking ID': {
    source: 'direct',
    from: 'line `tracking_number`, else `tracking_number`',
    value: (row) => first(row).optionalText('tracking_number') || row.order.optionalText('tracking_number'),
  },
  'Delivery Option Type': none(),
  'Delivery Option': { source: 'direct', from: '`delivery_option_name`', value: (row) => row.order.optionalText('delivery_option_name') },
  'Shipping Provider Name': {
    source: 'direct',
    from: 'line `shipping_provider_name`, else `shipping_provider`',
    value: (row) => first(row).optionalText('shipping_provider_name') || row.order.optionalText('shipping_provider'),
  },
  'Buyer Message': dropped('`buyer_message`'),
  'Buyer Nickname': none(),
  'Buyer Username': dropped('`user_id` (the buyer)'),
  Recipient: dropped('`recipient_address.name`'),
  'Phone #': dropped('`recipient_address.phone_number`'),
  Country: dropped('`recipient_address.region_code`'),
  State: dropped('`recipient_address.district_info`'),
  City: dropped('`recipient_address.district_info`'),
  Zipcode: dropped('`recipient_address.postal_code`'),
  'Address Line 1': dropped('`recipient_address.address_line1`'),
  'Address Line 2': dropped('`recipient_address.address_line2`'),
  'Delivery Instruction': dropped('`recipient_address` delivery notes'),
  'Payment Method': { source: 'direct', from: '`payment_method_name`', value: (row) => row.order.optionalText('payment_method_name') },
  'Weight(kg)': none(),
  'Product Category': none(),
  'Package ID': { source: 'direct', from: 'line `package_id`', value: (row) => first(row).optionalText('package_id') },
  'Seller Note': dropped('`seller_note` (free text that often quotes the buyer)'),
  'Shipping Information': none(),
  'Combined Listing': none(),
  'Checked Status': none(),
  'Checked Marked by': none(),
};
