import { generateOrderExport } from '../../src/demo/orderExport';
const t0 = Date.now();
const rows = generateOrderExport({ seed: 1, endDay: '2026-11-22', days: 112 });
console.log('ms', Date.now() - t0, 'rows', rows.length);
for (const r of rows.slice(0, 5)) console.log(JSON.stringify(r));
const h = rows[0] as string[];
const col = (n: string) => h.indexOf(n);
const count = (f: (r: unknown[]) => boolean) => rows.slice(2).filter(f).length;
const tally = (n: string) => {
  const m = new Map<unknown, number>();
  for (const r of rows.slice(2)) m.set(r[col(n)], (m.get(r[col(n)]) ?? 0) + 1);
  return m;
};
console.log(
  tally('Order Status'),
  tally('Cancel Reason'),
  tally('Cancel By'),
  tally('Fulfillment Type'),
  tally('Shipping Provider Name'),
  tally('Cancelation/Return Type'),
);
console.log(
  'text after',
  count((r) => typeof r[col('SKU Subtotal After Discount')] === 'string'),
);
const t1 = Date.now();
const big = generateOrderExport({ seed: 1, endDay: '2026-11-22', days: 112, lines: 300000 });
console.log('300k ms', Date.now() - t1, big.length);
