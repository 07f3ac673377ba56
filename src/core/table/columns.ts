import { CHANNEL_GMV_HEADERS, translatedHeaders, type TranslatedAnalyticsColumn } from '../markets/analyticsHeaders';

/** A column the add-on reads, with every header it is known by (first = the canonical name). */
export interface ColumnDef {
  readonly key: string;
  readonly headers: readonly string[];
  /** The same header in other Seller Center languages (`Ngày`, `วันที่`), tried after `headers`. */
  readonly translations?: readonly string[];
}

const column = (key: string, ...headers: string[]): ColumnDef => ({ key, headers });

/** A table's columns from their headers by key (first = the canonical name), so each key is written once. */
export function columnsByKey<Key extends string>(headers: { readonly [key in Key]: readonly string[] }): { readonly [key in Key]: ColumnDef } {
  const columns = {} as { [key in Key]: ColumnDef };
  for (const key of Object.keys(headers) as Key[]) columns[key] = { key, headers: headers[key] };
  return columns;
}

/** A Data Compass column whose header follows the Seller Center language. */
const translated = (def: ColumnDef): ColumnDef => ({ ...def, translations: translatedHeaders(def.key as TranslatedAnalyticsColumn) });

/** Seller Center order export (US headers; variants seen in other regions and re-saved files). */
export const ORDER_COLUMNS = columnsByKey({
  orderId: ['Order ID'],
  orderStatus: ['Order Status'],
  orderSubstatus: ['Order Substatus', 'Order Sub Status'],
  cancelReturnType: ['Cancelation/Return Type', 'Cancellation/Return Type', 'Cancelation / Return Type'],
  skuId: ['SKU ID'],
  sellerSku: ['Seller SKU'],
  productName: ['Product Name'],
  variation: ['Variation'],
  quantity: ['Quantity'],
  returnQuantity: ['Sku Quantity of return', 'SKU Quantity of Return'],
  skuSubtotalAfterDiscount: ['SKU Subtotal After Discount'],
  orderAmount: ['Order Amount'],
  orderRefundAmount: ['Order Refund Amount'],
  createdTime: ['Created Time'],
  paidTime: ['Paid Time'],
  rtsTime: ['RTS Time', 'RTH Time'],
  shippedTime: ['Shipped Time'],
  deliveredTime: ['Delivered Time'],
  cancelledTime: ['Cancelled Time', 'Canceled Time'],
  cancelBy: ['Cancel By', 'Cancelled By', 'Canceled By'],
  cancelReason: ['Cancel Reason', 'Cancellation Reason'],
  fulfillmentType: ['Fulfillment Type'],
  trackingId: ['Tracking ID', 'Tracking Number'],
  shippingProvider: ['Shipping Provider Name', 'Shipping Provider', 'Carrier'],
  packageId: ['Package ID'],
  preOrder: ['Normal or Pre-order'],
});

/** Data Compass product analytics export, and the per-day sheets account managers keep from it. */
export const ANALYTICS_COLUMNS = {
  date: translated(column('date', 'Date', 'Day')),
  productName: translated(column('productName', 'Product name', 'Product', 'Product title')),
  productId: column('productId', 'Product ID'),
  gmv: column('gmv', 'GMV', 'Gross merchandise value'),
  orders: translated(column('orders', 'Orders', 'Paid orders')),
  itemsSold: translated(column('itemsSold', 'Items sold', 'Units sold')),
  customers: translated(column('customers', 'Customers', 'Buyers', 'Est. customers', 'Estimated customers')),
  visitors: translated(column('visitors', 'Visitors', 'Product visitors', 'Page visitors')),
  impressions: translated(column('impressions', 'Product impressions', 'Impressions')),
  clicks: translated(column('clicks', 'Product clicks', 'Clicks')),
  uniqueClicks: column('uniqueClicks', 'Unique clicks', 'Unique product clicks'),
  ...columnsByKey(CHANNEL_GMV_HEADERS),
} as const;

export type OrderColumnKey = keyof typeof ORDER_COLUMNS;
export type AnalyticsColumnKey = keyof typeof ANALYTICS_COLUMNS;
