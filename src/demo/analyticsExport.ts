import { ANALYTICS_HEADERS } from '../core/table/exportHeaders';
import { CATALOG, type DemoProduct } from './catalog';
import { dayOf, formatDay } from './calendar';
import { Rng } from './random';
import { simulate, type Simulation } from './simulate';
import { cat } from './text';

export interface AnalyticsExportOptions {
  seed: number;
  endDay: string;
  days: number;
  /** How many catalog products to include (default: all). */
  products?: number;
  /** Orders behind the sales figures (default: about 55 a day, like the order export). */
  orders?: number;
}

/**
 * A Data Compass product analytics export as 2-D values: A1 holds the date range, row 2 is blank,
 * row 3 the headers, then one row per product per day. Sales figures come from the same simulated
 * orders as `generateOrderExport` with the same options, so the two exports agree.
 */
export function generateAnalyticsExport(options: AnalyticsExportOptions): unknown[][] {
  const sim = simulate({ seed: options.seed, endDay: options.endDay, days: options.days, orders: options.orders });
  return renderAnalytics(sim, options.seed, CATALOG.slice(0, options.products ?? CATALOG.length));
}

interface DaySales {
  gmv: number;
  orders: Set<string>;
  skuOrders: number;
  items: number;
  customers: Set<number>;
  refunds: number;
}

export function renderAnalytics(sim: Simulation, seed: number, products: readonly DemoProduct[] = CATALOG): unknown[][] {
  const width = ANALYTICS_HEADERS.length;
  const blank = (): unknown[] => new Array(width).fill('');
  const first = blank();
  first[0] = cat('Date range: ', formatDay(sim.firstDay), ' ~ ', formatDay(sim.lastDay));
  const rows: unknown[][] = [first, blank(), ANALYTICS_HEADERS.slice()];

  const sales = new Map<string, DaySales>();
  for (const order of sim.orders) {
    if (order.paid === undefined) continue;
    const day = dayOf(order.paid);
    for (const line of order.lines) {
      const key = `${day}|${line.sku.product.productId}`;
      let s = sales.get(key);
      if (!s) sales.set(key, (s = { gmv: 0, orders: new Set(), skuOrders: 0, items: 0, customers: new Set(), refunds: 0 }));
      s.gmv += line.after;
      s.orders.add(order.orderId);
      s.skuOrders++;
      s.items += line.quantity;
      s.customers.add(order.buyer.number);
      if (line.returnQuantity > 0) s.refunds += order.money.refundAmount;
    }
  }

  const rng = Rng.derive(seed, 606);
  for (let day = sim.firstDay; day <= sim.lastDay; day++) {
    for (const product of products) {
      const s = sales.get(`${day}|${product.productId}`);
      const gmv = s?.gmv ?? 0;
      const orders = s?.orders.size ?? 0;
      const customers = s?.customers.size ?? 0;
      const conversion = Math.max(0.004, product.conversion * (1 + 0.15 * rng.normal()));
      const visitors = Math.max(customers, Math.round((customers + rng.float(0.2, 0.8)) / conversion));
      const uniqueClicks = Math.round(visitors * rng.float(0.8, 0.95));
      const productClicks = Math.round(uniqueClicks * rng.float(1.1, 1.3));
      const uniqueImpressions = Math.max(uniqueClicks + 1, Math.round(uniqueClicks / rng.float(0.02, 0.05)));
      const impressions = Math.round(uniqueImpressions * rng.float(1.3, 1.8));
      const live = Math.floor(gmv * rng.float(0.15, 0.4));
      const video = Math.floor(gmv * rng.float(0.3, 0.45));
      const card = Math.floor((gmv - live - video) * rng.float(0.85, 1));
      rows.push([
        formatDay(day),
        product.name,
        product.productId,
        gmv / 100,
        orders,
        s?.skuOrders ?? 0,
        s?.items ?? 0,
        customers,
        visitors,
        Math.round(visitors * rng.float(1.2, 1.6)),
        impressions,
        uniqueImpressions,
        productClicks,
        uniqueClicks,
        percent(uniqueClicks, uniqueImpressions),
        percent(customers, visitors),
        Math.max(orders, Math.round(visitors * rng.float(0.06, 0.12))),
        (s?.refunds ?? 0) / 100,
        live / 100,
        video / 100,
        card / 100,
      ]);
    }
  }
  return rows;
}

function percent(part: number, whole: number): string {
  return cat(whole > 0 ? ((100 * part) / whole).toFixed(2) : '0.00', '%');
}
