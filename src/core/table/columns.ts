import { translatedHeaders, type TranslatedAnalyticsColumn } from '../markets/analyticsHeaders';

/** A column the add-on reads, with every header it is known by (first = the canonical name). */
export interface ColumnDef {
  readonly key: string;
  readonly headers: readonly string[];
  /** The same header in other Seller Center languages (`Ngày`, `วันที่`), tried after `headers`. */
  readonly translations?: readonly string[];
}

const column = (key: string, ...headers: string[]): ColumnDef => ({ key, headers });

/** A Data Compass column whose header follows the Seller Center language. */
const translated = (def: ColumnDef): ColumnDef => ({ ...def, translations: translatedHeaders(def.key as TranslatedAnalyticsColumn) });

/** Seller Center order export (US headers; variants seen in other regions and re-saved files). */
export const ORDER_COLUMNS = {
  orderId: column('orderId', 'Order ID'),
  orderStatus: column('orderStatus', 'Order Status'),
  orderSubstatus: column('orderSubstatus', 'Order Substatus', 'Order Sub Status'),
  cancelReturnType: column('cancelReturnType', 'Cancelation/Return Type', 'Cancellation/Return Type', 'Cancelation / Return Type'),
  skuId: column('skuId', 'SKU ID'),
  sellerSku: column('sellerSku', 'Seller SKU'),
  productName: column('productName', 'Product Name'),
  variation: column('variation', 'Variation'),
  quantity: column('quantity', 'Quantity'),
  returnQuantity: column('returnQuantity', 'Sku Quantity of return', 'SKU Quantity of Return'),
  skuSubtotalAfterDiscount: column('skuSubtotalAfterDiscount', 'SKU Subtotal After Discount'),
  orderAmount: column('orderAmount', 'Order Amount'),
  orderRefundAmount: column('orderRefundAmount', 'Order Refund Amount'),
  createdTime: column('createdTime', 'Created Time'),
  paidTime: column('paidTime', 'Paid Time'),
  rtsTime: column('rtsTime', 'RTS Time'),
  shippedTime: column('shippedTime', 'Shipped Time'),
  deliveredTime: column('deliveredTime', 'Delivered Time'),
  cancelledTime: column('cancelledTime', 'Cancelled Time', 'Canceled Time'),
  cancelBy: column('cancelBy', 'Cancel By', 'Cancelled By', 'Canceled By'),
  cancelReason: column('cancelReason', 'Cancel Reason', 'Cancellation Reason'),
  fulfillmentType: column('fulfillmentType', 'Fulfillment Type'),
  trackingId: column('trackingId', 'Tracking ID', 'Tracking Number'),
  shippingProvider: column('shippingProvider', 'Shipping Provider Name', 'Shipping Provider', 'Carrier'),
  preOrder: column('preOrder', 'Normal or Pre-order'),
} as const;

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
} as const;

export type OrderColumnKey = keyof typeof ORDER_COLUMNS;
export type AnalyticsColumnKey = keyof typeof ANALYTICS_COLUMNS;
