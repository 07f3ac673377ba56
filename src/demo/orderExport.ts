import { formatUsTimestamp } from './calendar';
import { ORDER_HEADERS, type OrderHeader } from '../core/table/exportHeaders';
import { ORDER_DESCRIPTIONS } from './orderDescriptions';
import { Rng } from './random';
import { cat } from './text';
import { simulate, type SimOrder, type SimulationOptions } from './simulate';

export type OrderExportOptions = SimulationOptions;

const COL = Object.fromEntries(ORDER_HEADERS.map((h, i) => [h, i])) as Record<OrderHeader, number>;

/** Share of money cells that arrive as text ("$1,234.56" or "12.50") instead of numbers. */
const TEXT_MONEY_RATE = 0.03;

/**
 * A US Seller Center order export as Google Sheets passes it to a custom function: header row,
 * description row, then one row per SKU line, newest order first. IDs and times are text ending
 * with a tab; blanks are ''.
 */
export function generateOrderExport(options: OrderExportOptions): unknown[][] {
  return renderOrders(simulate(options).orders, options.seed);
}

export function renderOrders(orders: readonly SimOrder[], seed: number): unknown[][] {
  const rng = Rng.derive(seed, 404);
  const money = (cents: number): number | string => (rng.chance(TEXT_MONEY_RATE) ? moneyText(cents, rng) : cents / 100);
  const rows: unknown[][] = [ORDER_HEADERS.slice(), ORDER_DESCRIPTIONS.slice()];
  for (let o = orders.length - 1; o >= 0; o--) {
    const order = orders[o];
    const base = orderRow(order, money);
    for (const line of order.lines) {
      const row = base.slice();
      row[COL['SKU ID']] = skuIdCell(line.sku.skuId);
      row[COL['Seller SKU']] = line.sku.sellerSku;
      row[COL['Product Name']] = line.sku.product.name;
      row[COL['Variation']] = line.sku.variation;
      row[COL['Quantity']] = line.quantity;
      row[COL['Sku Quantity of return']] = line.returnQuantity;
      row[COL['SKU Unit Original Price']] = money(line.unitPrice);
      row[COL['SKU Subtotal Before Discount']] = money(line.before);
      row[COL['SKU Platform Discount']] = money(line.platformDiscount);
      row[COL['SKU Seller Discount']] = money(line.sellerDiscount);
      row[COL['SKU Subtotal After Discount']] = money(line.after);
      row[COL['Product Category']] = line.sku.product.category;
      rows.push(row);
    }
  }
  return rows;
}

/** The columns every line of an order shares. */
function orderRow(order: SimOrder, money: (cents: number) => number | string): unknown[] {
  const row: unknown[] = new Array(ORDER_HEADERS.length).fill('');
  const m = order.money;
  const b = order.buyer;
  row[COL['Order ID']] = cat(order.orderId, '\t');
  row[COL['Order Status']] = order.status;
  row[COL['Order Substatus']] = order.substatus;
  row[COL['Cancelation/Return Type']] = order.cancelType;
  row[COL['Normal or Pre-order']] = 'Normal';
  row[COL['Shipping Fee After Discount']] = money(m.shippingAfter);
  row[COL['Original Shipping Fee']] = money(m.originalShipping);
  row[COL['Shipping Fee Seller Discount']] = money(m.shippingSellerDiscount);
  row[COL['Co-Funded Shipping Fee Discount']] = money(m.shippingCoFunded);
  row[COL['Shipping Fee Platform Discount']] = money(m.shippingPlatformDiscount);
  row[COL['Payment platform discount']] = money(m.paymentPlatformDiscount);
  row[COL['Retail Delivery Fee']] = money(m.retailDeliveryFee);
  row[COL['Taxes']] = money(m.taxes);
  row[COL['Order Amount']] = money(m.orderAmount);
  row[COL['Order Refund Amount']] = money(m.refundAmount);
  row[COL['Created Time']] = time(order.created);
  row[COL['Paid Time']] = time(order.paid);
  row[COL['RTS Time']] = time(order.rts);
  row[COL['Shipped Time']] = time(order.shipped);
  row[COL['Delivered Time']] = time(order.delivered);
  row[COL['Cancelled Time']] = time(order.cancelled);
  row[COL['Cancel By']] = order.cancelBy;
  row[COL['Cancel Reason']] = order.cancelReason;
  row[COL['Fulfillment Type']] = order.fbt ? 'Fulfillment by TikTok' : 'Fulfillment by seller';
  row[COL['Warehouse Name']] = order.fbt ? 'TikTok Fulfillment Center (Lancaster, PA)' : 'Demo Shop Warehouse (Ontario, CA)';
  row[COL['Tracking ID']] = order.trackingId;
  row[COL['Delivery Option Type']] = order.express ? 'Express' : 'Standard';
  row[COL['Delivery Option']] = order.express ? 'Express shipping' : 'Standard shipping';
  row[COL['Shipping Provider Name']] = order.carrier;
  row[COL['Buyer Message']] = order.buyerMessage;
  row[COL['Buyer Nickname']] = b.nickname;
  row[COL['Buyer Username']] = b.username;
  row[COL['Recipient']] = b.name;
  row[COL['Phone #']] = b.phone;
  row[COL['Country']] = 'United States';
  row[COL['State']] = b.place.state;
  row[COL['City']] = b.place.city;
  row[COL['Zipcode']] = b.place.zip;
  row[COL['Address Line 1']] = b.address1;
  row[COL['Address Line 2']] = b.address2;
  row[COL['Delivery Instruction']] = order.deliveryInstruction;
  row[COL['Payment Method']] = order.paymentMethod;
  row[COL['Weight(kg)']] = order.weightKg;
  row[COL['Package ID']] = order.packageId === '' ? '' : cat(order.packageId, '\t');
  row[COL['Seller Note']] = order.sellerNote;
  row[COL['Checked Status']] = order.checked ? 'Checked' : 'Unchecked';
  row[COL['Checked Marked by']] = order.checked ? 'Demo Ops' : '';
  return row;
}

const skuIdCells = new Map<string, string>();
function skuIdCell(skuId: string): string {
  let cell = skuIdCells.get(skuId);
  if (cell === undefined) skuIdCells.set(skuId, (cell = cat(skuId, '\t')));
  return cell;
}

function time(moment: number | undefined): string {
  return moment === undefined ? '' : cat(formatUsTimestamp(moment), '\t');
}

/** Money as text: "$1,234.56" or "12.50". */
export function moneyText(cents: number, rng: Rng): string {
  const plain = (Math.abs(cents) / 100).toFixed(2);
  if (rng.chance(0.5)) return cents < 0 ? `-${plain}` : plain;
  const [whole, frac] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cat(cents < 0 ? '-' : '', '$', grouped, '.', frac);
}
