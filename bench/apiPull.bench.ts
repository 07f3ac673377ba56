// The API pull's cost for a large shop: calls made and the core's time for 20,000 orders on a fake transport (no network).
import { performance } from 'node:perf_hooks';
import type { ApiPorts } from '../src/core/api/apiClient';
import { pullOrders } from '../src/core/actions/pullOrders';
import { MemoryWorkbook } from '../src/core/workbook/memoryWorkbook';
import { DEFAULT_WORKBOOK_SETTINGS, settingsTabRows, withMarket } from '../src/core/workbook/settingsTab';
import { nodeHmacSha256 } from '../src/local/api/hmacSha256';
import { FAKE_APP, fakeTikTokShop } from '../test/support/fakeTikTokShop';
import { fmt } from './timing';

const ORDERS = Number(process.argv[2] ?? 20_000);
const NOW = Date.parse('2026-12-07T12:00:00Z') / 1000;
const DAY = 86_400;

/** A seeded shop: 1–3 SKUs an order, 1–3 units a SKU, 6% cancelled, 5% with a refunded return. */
function shop(count: number) {
  let seed = 7;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const orders: Record<string, unknown>[] = [];
  const returns: Record<string, unknown>[] = [];
  for (let o = 0; o < count; o++) {
    const id = `576000000${String(o).padStart(9, '0')}`;
    const paid = NOW - Math.floor(random() * 85 * DAY) - DAY;
    const cancelled = random() < 0.06;
    const lines = [];
    for (let s = 0, skus = 1 + Math.floor(random() * 3); s < skus; s++) {
      const sku = `1729000000000000${String(Math.floor(random() * 300)).padStart(3, '0')}`;
      for (let u = 0, units = 1 + Math.floor(random() * 3); u < units; u++) {
        lines.push({
          id: `${id}${s}${u}`,
          sku_id: sku,
          seller_sku: `SKU-${sku.slice(-3)}`,
          product_name: 'Product',
          sku_name: 'Default',
          original_price: '20.00',
          seller_discount: '2.00',
          platform_discount: '0',
          sale_price: '18.00',
          display_status: cancelled ? 'CANCELLED' : 'COMPLETED',
        });
      }
    }
    const total = (lines.length * 18).toFixed(2);
    orders.push({
      id,
      status: cancelled ? 'CANCELLED' : 'COMPLETED',
      order_type: 'NORMAL',
      fulfillment_type: 'FULFILLMENT_BY_SELLER',
      create_time: paid - 60,
      paid_time: paid,
      ...(cancelled
        ? { cancel_time: paid + 3600, cancellation_initiator: 'BUYER' }
        : { rts_time: paid + DAY, collection_time: paid + DAY + 3600, delivery_time: paid + 3 * DAY }),
      update_time: paid + 3 * DAY,
      payment: {
        currency: 'USD',
        shipping_fee: '0',
        original_shipping_fee: '3.99',
        shipping_fee_seller_discount: '3.99',
        tax: '0',
        total_amount: total,
      },
      line_items: lines,
    });
    if (!cancelled && random() < 0.05) {
      returns.push({
        return_id: `4035${id}`,
        order_id: id,
        return_type: 'REFUND',
        return_status: 'RETURN_OR_REFUND_REQUEST_COMPLETE',
        create_time: paid + 4 * DAY,
        update_time: paid + 5 * DAY,
        return_line_items: [{ order_line_item_id: lines[0].id, sku_id: lines[0].sku_id }],
        refund_amount: { currency: 'USD', refund_total: '18.00' },
      });
    }
  }
  return { orders, returns };
}

async function main(): Promise<void> {
  const fake = fakeTikTokShop({ ...shop(ORDERS), now: NOW });
  let fakeMs = 0;
  const ports: ApiPorts = {
    send: (request) => {
      const t0 = performance.now();
      const answer = fake.handle(request);
      fakeMs += performance.now() - t0;
      return answer;
    },
    hmacSha256: nodeHmacSha256,
    now: () => fake.options.now,
    wait: () => undefined,
    refreshToken: () => fake.accessToken,
  };
  const workbook = new MemoryWorkbook({ Settings: settingsTabRows(DEFAULT_WORKBOOK_SETTINGS, withMarket(DEFAULT_WORKBOOK_SETTINGS, 'US')) });
  const apiShop = { ...FAKE_APP, accessToken: 'TTP_first' };
  const run = async (label: string) => {
    fake.calls.length = 0;
    fakeMs = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { result, orders } = await pullOrders(workbook, {}, apiShop, ports);
    const wall = performance.now() - t0 - fakeMs;
    const cpu = process.cpuUsage(c0);
    const byPath = new Map<string, number>();
    for (const call of fake.calls) byPath.set(call.path, (byPath.get(call.path) ?? 0) + 1);
    console.log(
      `${label}: ${fmt(orders)} orders, ${fmt(result.added)} rows added, ${fmt(result.duplicates)} replaced; ${fake.calls.length} calls (${[...byPath].map(([path, n]) => `${path} ${n}`).join(', ')}); core ${fmt(wall)} ms wall (fake shop's own ${fmt(fakeMs)} ms left out), process CPU ${fmt((cpu.user + cpu.system) / 1000)} ms`,
    );
  };
  await run('first pull');
  for (const order of fake.options.orders.slice(0, 200)) Object.assign(order, { update_time: NOW + 1800 });
  fake.options.now = NOW + 3600;
  await run('next pull, 200 orders changed');
}

void main();
