/** The order export's money columns, in their order in the export. */
const ORDER_MONEY_COLUMNS = [
  'SKU Unit Original Price',
  'SKU Subtotal Before Discount',
  'SKU Platform Discount',
  'SKU Seller Discount',
  'SKU Subtotal After Discount',
  'Shipping Fee After Discount',
  'Original Shipping Fee',
  'Shipping Fee Seller Discount',
  'Co-Funded Shipping Fee Discount',
  'Shipping Fee Platform Discount',
  'Payment platform discount',
  'Retail Delivery Fee',
  'Taxes',
  'Order Amount',
  'Order Refund Amount',
] as const;

/** The US Seller Center order export's columns, in order (the demo's description row is in src/demo/orderDescriptions.ts). */
const ORDER_EXPORT_HEADERS = [
  'Order ID',
  'Order Status',
  'Order Substatus',
  'Cancelation/Return Type',
  'Normal or Pre-order',
  'SKU ID',
  'Seller SKU',
  ' Virtual Bundle Seller SKU',
  'Product Name',
  'Variation',
  'Quantity',
  'Sku Quantity of return',
  ...ORDER_MONEY_COLUMNS,
  'Created Time',
  'Paid Time',
  'RTS Time',
  'Shipped Time',
  'Delivered Time',
  'Cancelled Time',
  'Cancel By',
  'Cancel Reason',
  'Fulfillment Type',
  'Warehouse Name',
  'Tracking ID',
  'Delivery Option Type',
  'Delivery Option',
  'Shipping Provider Name',
  'Buyer Message',
  'Buyer Nickname',
  'Buyer Username',
  'Recipient',
  'Phone #',
  'Country',
  'State',
  'City',
  'Zipcode',
  'Address Line 1',
  'Address Line 2',
  'Delivery Instruction',
  'Payment Method',
  'Weight(kg)',
  'Product Category',
  'Package ID',
  'Seller Note',
  'Shipping Information',
  'Combined Listing',
  'Checked Status',
  'Checked Marked by',
] as const;

export type OrderHeader = (typeof ORDER_EXPORT_HEADERS)[number];

export const ORDER_HEADERS: readonly OrderHeader[] = ORDER_EXPORT_HEADERS;

/** Columns holding money, for CSV formatting with two decimals. */
export const ORDER_MONEY_HEADERS: ReadonlySet<string> = new Set<OrderHeader>(ORDER_MONEY_COLUMNS);

/** Data Compass product analytics columns. */
export const ANALYTICS_HEADERS = [
  'Date',
  'Product name',
  'Product ID',
  'GMV',
  'Orders',
  'SKU orders',
  'Items sold',
  'Customers',
  'Visitors',
  'Page views',
  'Product impressions',
  'Unique product impressions',
  'Product clicks',
  'Unique clicks',
  'Unique CTR',
  'Conversion rate',
  'Add-to-cart count',
  'Refunds',
  'LIVE-attributed GMV',
  'Video-attributed GMV',
  'Product card GMV',
] as const;

/** Columns holding money, for CSV formatting with two decimals. */
export const ANALYTICS_MONEY_HEADERS: ReadonlySet<string> = new Set([
  'GMV',
  'Refunds',
  'LIVE-attributed GMV',
  'Video-attributed GMV',
  'Product card GMV',
]);
