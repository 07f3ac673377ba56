import { renderAnalytics } from './analyticsExport';
import { renderOrders } from './orderExport';
import { simulate } from './simulate';

export const DEMO_END_DAY = '2026-11-22';
export const DEMO_DAYS = 16 * 7;
export const DEMO_SEED = 20261122;

/** The demo client: 16 weeks of orders and product analytics ending Sunday 2026-11-22, both from one simulation. */
export function generateDemoClient(seed = DEMO_SEED): { orders: unknown[][]; analytics: unknown[][] } {
  const sim = simulate({ seed, endDay: DEMO_END_DAY, days: DEMO_DAYS });
  return { orders: renderOrders(sim.orders, seed), analytics: renderAnalytics(sim, seed) };
}
