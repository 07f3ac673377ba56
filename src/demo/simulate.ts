import type { CatalogSku } from './catalog';
import { addBusinessDays, dayOf, isBusinessDay, momentOf, parseDay } from './calendar';
import { BAD_TRACKING, CARRIERS, trackingNumber, type Carrier } from './carriers';
import { apportion, dayWeights, HOUR_WEIGHTS, LINE_COUNT_WEIGHTS, MEAN_LINES_PER_ORDER, skuWeights } from './demand';
import { priceOrder, type OrderMoney, type PricedLine } from './money';
import { makeBuyer, type DemoBuyer } from './people';
import { Rng } from './random';
import { cat } from './text';

export type OrderStatus = 'Unpaid' | 'To ship' | 'Shipped' | 'Delivered' | 'Completed' | 'Cancelled';
export type CancelBy = '' | 'Buyer' | 'Seller' | 'System';

/** One simulated order with every event time (wall-clock seconds) that had happened by `now`. */
export interface SimOrder {
  orderId: string;
  buyer: DemoBuyer;
  created: number;
  paid?: number;
  rts?: number;
  shipped?: number;
  delivered?: number;
  cancelled?: number;
  status: OrderStatus;
  substatus: string;
  cancelType: '' | 'Cancel' | 'Return/Refund';
  cancelBy: CancelBy;
  cancelReason: string;
  fbt: boolean;
  express: boolean;
  carrier: Carrier | '';
  trackingId: string;
  packageId: string;
  lines: PricedLine[];
  money: OrderMoney;
  paymentMethod: string;
  buyerMessage: string;
  sellerNote: string;
  deliveryInstruction: string;
  checked: boolean;
  weightKg: number;
}

export interface SimulationOptions {
  seed: number;
  /** Last day of the export, 'YYYY-MM-DD'; the export is pulled at its end (23:59:59). */
  endDay: string;
  days: number;
  /** Number of orders (default: about 55 a day). Ignored when `lines` is given. */
  orders?: number;
  /** Exact number of SKU lines, for benchmarks. */
  lines?: number;
  /** Scales the chance of late shipments, cancellations, returns and bad tracking (default 1: the demo client; below 1 a healthier shop). */
  trouble?: number;
}

export interface Simulation {
  firstDay: number;
  lastDay: number;
  now: number;
  /** Chronological by creation time. */
  orders: SimOrder[];
}

const HOUR = 3600;
const DAY = 86400;
const UNPAID_TIMEOUT = 2 * DAY;

const QUANTITY_WEIGHTS: [number, number][] = [
  [1, 80],
  [2, 15],
  [3, 5],
];
/** Seconds from order to payment: [min, max] ranges with weights. */
const PAY_DELAYS: [[number, number], number][] = [
  [[5, 60], 70],
  [[60, 900], 25],
  [[900, 6 * HOUR], 5],
];
/** Business days from payment to shipping when on time (late orders take 3-6). */
const SELLER_SHIP_DAYS: [number, number][] = [
  [0, 15],
  [1, 50],
  [2, 35],
];
const FBT_SHIP_DAYS: [number, number][] = [
  [0, 40],
  [1, 60],
];

const PAYMENT_METHODS: [string, number][] = [
  ['Credit/debit card', 55],
  ['PayPal', 15],
  ['Apple Pay', 12],
  ['Google Pay', 6],
  ['Afterpay', 5],
  ['Klarna', 4],
];
const BUYER_REASONS = ['No longer needed', 'Need to change shipping address', 'Ordered the wrong item', 'Found a better price'];
const SELLER_REASONS: [string, number][] = [
  ['Out of stock', 6],
  ['Pricing error', 3],
  ['Unable to deliver to buyer address', 1],
];
const BUYER_MESSAGES = ['Please ship quickly, it is a gift.', 'Can you add a gift note?', 'Please pack carefully.'];
const DELIVERY_INSTRUCTIONS = ['Leave at front door', 'Leave with building front desk', 'Ring the doorbell'];

/** Plans each order's day and line count. With `lines`, the plan holds exactly that many lines. */
function planOrders(options: SimulationOptions, firstDay: number, weights: number[]): { day: number; lines: number }[] {
  const rng = Rng.derive(options.seed, 202);
  const target = options.lines;
  const orderCount = target !== undefined ? Math.round(target / MEAN_LINES_PER_ORDER) : (options.orders ?? Math.round(55 * options.days));
  const plan: { day: number; lines: number }[] = [];
  apportion(orderCount, weights).forEach((n, i) => {
    for (let k = 0; k < n; k++) plan.push({ day: firstDay + i, lines: rng.weighted(LINE_COUNT_WEIGHTS) });
  });
  if (target === undefined) return plan;
  let total = plan.reduce((a, p) => a + p.lines, 0);
  while (total !== target) {
    if (total < target) {
      const lines = Math.min(target - total, rng.weighted(LINE_COUNT_WEIGHTS));
      plan.push({ day: firstDay + rng.int(0, options.days - 1), lines });
      total += lines;
    } else {
      const i = rng.int(0, plan.length - 1);
      total -= plan[i].lines;
      plan[i] = plan[plan.length - 1];
      plan.pop();
    }
  }
  return plan.sort((a, b) => a.day - b.day);
}

export function simulate(options: SimulationOptions): Simulation {
  const { seed, days, trouble = 1 } = options;
  if (!Number.isInteger(days) || days < 1) throw new Error('days must be a positive integer');
  const lastDay = parseDay(options.endDay);
  const firstDay = lastDay - days + 1;
  const now = momentOf(lastDay + 1, 0) - 1;
  const weights = dayWeights(seed, firstDay, days);
  const plan = planOrders(options, firstDay, weights);
  const rng = Rng.derive(seed, 303);
  const buyerPool = Math.max(50, Math.round(plan.length * 0.8));
  const buyers = new Map<number, DemoBuyer>();
  const usedIds = new Set<string>();
  // A stock-out: one SKU runs out for five days about 70% into the period.
  const stockOutFrom = firstDay + Math.floor(days * 0.7);
  const stockOutSku = 'TUMBLER40-SAGE';

  const orders: SimOrder[] = [];
  let p = 0;
  while (p < plan.length) {
    const day = plan[p].day;
    const t = days > 1 ? (day - firstDay) / (days - 1) : 1;
    const skuChoices = skuWeights(t);
    const todays: { second: number; lines: number }[] = [];
    for (; p < plan.length && plan[p].day === day; p++) {
      todays.push({ second: rng.weighted(HOUR_WEIGHTS) * HOUR + rng.int(0, HOUR - 1), lines: plan[p].lines });
    }
    todays.sort((a, b) => a.second - b.second);
    for (const { second, lines } of todays) {
      const number = rng.int(1, buyerPool);
      let buyer = buyers.get(number);
      if (!buyer) {
        buyer = makeBuyer(number, Rng.derive(seed, 500000 + number));
        buyers.set(number, buyer);
      }
      const created = momentOf(day, second);
      const skus = pickSkus(rng, skuChoices, lines);
      const stockOut = day >= stockOutFrom && day < stockOutFrom + 5 && days >= 14 && skus.some((s) => s.sellerSku === stockOutSku);
      orders.push(makeOrder(rng, { created, now, buyer, skus, stockOut, trouble, orderId: orderId(rng, created, usedIds) }));
    }
  }
  return { firstDay, lastDay, now, orders };
}

function pickSkus(rng: Rng, choices: [CatalogSku, number][], count: number): CatalogSku[] {
  const picked: CatalogSku[] = [];
  let pool = choices;
  for (let i = 0; i < count && pool.length > 0; i++) {
    const sku = rng.weighted(pool);
    picked.push(sku);
    pool = pool.filter(([s]) => s !== sku);
  }
  return picked;
}

function orderId(rng: Rng, created: number, used: Set<string>): string {
  // 18 digits that grow with time, like real ones: '57', 9 digits of seconds since 2023, 7 random.
  const stem = String(Math.max(0, created - 1672531200))
    .padStart(9, '0')
    .slice(-9);
  for (;;) {
    const id = cat('57', stem, rng.digits(7));
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

interface OrderSeed {
  orderId: string;
  created: number;
  now: number;
  buyer: DemoBuyer;
  skus: CatalogSku[];
  stockOut: boolean;
  trouble: number;
}

function makeOrder(rng: Rng, s: OrderSeed): SimOrder {
  const { created, now, buyer, trouble } = s;
  const fbt = rng.chance(0.08);
  const express = !fbt && rng.chance(0.05);
  const lines = s.skus.map((sku) => ({
    sku,
    quantity: rng.weighted(QUANTITY_WEIGHTS),
  }));
  const priced = priceOrder(rng, lines, buyer.place, express);
  const [payLo, payHi] = rng.weighted(PAY_DELAYS);
  let paid: number | undefined = rng.chance(0.025) ? undefined : created + rng.int(payLo, payHi);
  if (paid !== undefined && paid > now) paid = undefined;

  let rts: number | undefined;
  let shipped: number | undefined;
  let delivered: number | undefined;
  let completed: number | undefined;
  let cancelled: number | undefined;
  let cancelBy: CancelBy = '';
  let cancelReason = '';
  let returned = false;

  if (paid === undefined) {
    if (created + UNPAID_TIMEOUT <= now) {
      cancelled = created + UNPAID_TIMEOUT;
      cancelBy = 'System';
      cancelReason = 'Payment not completed in time';
    }
  } else {
    const paidDay = dayOf(paid);
    const late = !fbt && rng.chance(0.04 * trouble);
    let k = late ? rng.int(3, 6) : rng.weighted(fbt ? FBT_SHIP_DAYS : SELLER_SHIP_DAYS);
    if (k === 0 && (!isBusinessDay(paidDay) || paid - paidDay * DAY > 13 * HOUR)) k = 1;
    const shipDay = addBusinessDays(paidDay, k);
    shipped = Math.max(momentOf(shipDay, rng.int(9 * HOUR, 19 * HOUR)), paid + rng.int(HOUR, 4 * HOUR));
    rts = Math.max(paid + 600, shipped - rng.int(HOUR / 2, 20 * HOUR));
    delivered = momentOf(dayOf(shipped) + rng.int(2, 5), rng.int(10 * HOUR, 20 * HOUR));
    completed = delivered + rng.int(7, 14) * DAY;

    const roll = rng.next() / trouble;
    if (s.stockOut && !fbt && rng.chance(0.35 * trouble)) {
      cancelBy = 'Seller';
      cancelReason = 'Out of stock';
    } else if (roll < 0.028) {
      cancelBy = 'Buyer';
      cancelReason = rng.pick(BUYER_REASONS);
    } else if (!fbt && roll < 0.04) {
      cancelBy = 'Seller';
      cancelReason = rng.weighted(SELLER_REASONS);
    } else if (!fbt && roll < 0.046) {
      cancelBy = 'System';
      cancelReason = 'Failed to ship in time';
    } else if (roll < 0.05) {
      cancelBy = 'System';
      cancelReason = 'Package delivery failed';
    }
    if (cancelReason === 'Package delivery failed') {
      cancelled = delivered + rng.int(4, 8) * DAY;
      delivered = completed = undefined;
    } else if (cancelReason === 'Failed to ship in time') {
      cancelled = momentOf(addBusinessDays(paidDay, 5), rng.int(0, 3 * HOUR));
      rts = shipped = delivered = completed = undefined;
    } else if (cancelBy !== '') {
      cancelled = paid + Math.round((rts - paid) * rng.float(0.05, 0.9));
      rts = shipped = delivered = completed = undefined;
    } else if (rng.chance(0.055 * trouble) && delivered + rng.int(1, 10) * DAY <= now) {
      returned = true;
    }
  }

  const seen = (m: number | undefined): number | undefined => (m !== undefined && m <= now ? m : undefined);
  let status: OrderStatus;
  let substatus: string;
  if (seen(cancelled) !== undefined) [status, substatus] = ['Cancelled', 'Cancelled'];
  else if (paid === undefined) [status, substatus] = ['Unpaid', 'Unpaid'];
  else if (seen(shipped) === undefined) [status, substatus] = ['To ship', seen(rts) ? 'Awaiting collection' : 'Awaiting shipment'];
  else if (seen(delivered) === undefined) [status, substatus] = ['Shipped', 'In transit'];
  else if (seen(completed) === undefined) [status, substatus] = ['Delivered', 'Delivered'];
  else [status, substatus] = ['Completed', 'Completed'];
  if (status !== 'Cancelled') {
    cancelled = undefined;
    cancelBy = '';
    cancelReason = '';
  }

  if (returned) {
    const line = rng.pick(priced.lines);
    line.returnQuantity = rng.int(1, line.quantity);
    priced.money.refundAmount = Math.round((line.after * line.returnQuantity * (1 + buyer.place.taxRate)) / line.quantity);
  }

  let carrier: Carrier | '' = '';
  let trackingId = '';
  let packageId = '';
  if (seen(rts) !== undefined) {
    carrier = rng.weighted(CARRIERS);
    trackingId = rng.chance(0.02 * trouble) ? rng.pick(BAD_TRACKING) : trackingNumber(carrier, rng);
    packageId = cat('11', rng.digits(16));
  }

  return {
    orderId: s.orderId,
    buyer,
    created,
    paid,
    rts: seen(rts),
    shipped: seen(shipped),
    delivered: seen(delivered),
    cancelled,
    status,
    substatus,
    cancelType: status === 'Cancelled' ? 'Cancel' : returned ? 'Return/Refund' : '',
    cancelBy,
    cancelReason,
    fbt,
    express,
    carrier,
    trackingId,
    packageId,
    lines: priced.lines,
    money: priced.money,
    paymentMethod: rng.weighted(PAYMENT_METHODS),
    buyerMessage: rng.chance(0.03) ? rng.pick(BUYER_MESSAGES) : '',
    sellerNote: rng.chance(0.01) ? 'Gift order, no invoice in the box' : '',
    deliveryInstruction: rng.chance(0.05) ? rng.pick(DELIVERY_INSTRUCTIONS) : '',
    checked: rng.chance(0.1),
    weightKg: Math.round((0.05 + lines.reduce((a, l) => a + l.sku.weightKg * l.quantity, 0)) * 100) / 100,
  };
}
