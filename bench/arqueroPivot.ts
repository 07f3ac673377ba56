/**
 * The benchmark's reference: the same pivot as TTS_PIVOT written with arquero 8, from the same 2-D
 * values (parsing included). GMV = sum of 'SKU Subtotal After Discount' over lines of paid orders
 * (non-blank Paid Time); Orders = distinct trimmed Order IDs; Units = sum of Quantity; AOV = GMV ÷
 * Orders; Refund rate = paid orders with a Return/Refund type or Order Refund Amount > 0 ÷ paid orders.
 * Week = Monday-start week of the Paid Time's calendar day, labelled 'YYYY-MM-DD'.
 */
import * as aq from 'arquero';

const { op } = aq;

export interface PivotRow {
  key: string;
  gmv: number;
  orders: number;
  units: number;
  aov: number;
  refundRate: number;
}

export const NEEDED = {
  id: 'Order ID',
  sku: 'Seller SKU',
  qty: 'Quantity',
  after: 'SKU Subtotal After Discount',
  refund: 'Order Refund Amount',
  type: 'Cancelation/Return Type',
  paid: 'Paid Time',
} as const;

/** Money or count: numbers as they are; text like "$1,234.56", "12.50", "(5.00)"; blank as 0. */
export function parseAmount(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return 0;
  let text = value.trim();
  if (text === '') return 0;
  let sign = 1;
  if (text.startsWith('(') && text.endsWith(')')) {
    sign = -1;
    text = text.slice(1, -1);
  }
  const n = Number(text.replace(/[$,\s]/g, ''));
  return Number.isFinite(n) ? sign * n : 0;
}

const US_TIME = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/;

/** The calendar day (days since 1970-01-01) of a US export time like '10/05/2026 10:05:43 PM\t', or null. */
export function paidDay(value: unknown): number | null {
  if (value instanceof Date) return Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()) / 86400000;
  if (typeof value !== 'string') return null;
  const m = US_TIME.exec(value);
  return m ? Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) / 86400000 : null;
}

const weekLabels = new Map<number, string>();
/** 'YYYY-MM-DD' of the Monday starting the day's week. */
export function mondayWeek(day: number): string {
  const monday = day - ((day + 3) % 7); // day 0 (1970-01-01) was a Thursday
  let label = weekLabels.get(monday);
  if (label === undefined) weekLabels.set(monday, (label = new Date(monday * 86400000).toISOString().slice(0, 10)));
  return label;
}

const ID = /^\d+$/;
/** The `needed` columns (key → header; the first is the Order ID), as arrays; skips the description row and any repeated header rows. */
export function columns<K extends string>(values: readonly (readonly unknown[])[], needed: Record<K, string>): Record<K, unknown[]> {
  const keys = Object.keys(needed) as K[];
  const header = values[0].map((h) => String(h).trim());
  const index = keys.map((key) => {
    const i = header.indexOf(needed[key]);
    if (i < 0) throw new Error(`no column ${needed[key]}`);
    return i;
  });
  const arrays = keys.map((): unknown[] => []);
  const idCol = index[0];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (!ID.test(String(row[idCol]).trim())) continue;
    for (let k = 0; k < keys.length; k++) arrays[k].push(row[index[k]]);
  }
  return Object.fromEntries(keys.map((key, k) => [key, arrays[k]])) as Record<K, unknown[]>;
}

/**
 * Runs the pivot grouped by 'week' or by a column ('Seller SKU'); the last row is the Total.
 * The refund flag is read per line: Cancelation/Return Type and Order Refund Amount are order-level
 * columns that repeat on every line of an order, so a flagged line means a flagged order.
 */
export function arqueroPivot(values: readonly (readonly unknown[])[], groupBy: 'week' | 'Seller SKU'): PivotRow[] {
  const lines = aq
    .table(columns(values, NEEDED))
    .derive({
      order: aq.escape((d: { id: unknown }) => String(d.id).trim()),
      day: aq.escape((d: { paid: unknown }) => paidDay(d.paid)),
      gmv: aq.escape((d: { after: unknown }) => parseAmount(d.after)),
      units: aq.escape((d: { qty: unknown }) => parseAmount(d.qty)),
      flagged: aq.escape((d: { type: unknown; refund: unknown }) => /return|refund/i.test(String(d.type)) || parseAmount(d.refund) > 0),
    })
    .filter((d: { day: number | null }) => d.day !== null)
    .derive({
      key: groupBy === 'week' ? aq.escape((d: { day: number }) => mondayWeek(d.day)) : aq.escape((d: { sku: unknown }) => String(d.sku ?? '').trim()),
      refundedOrder: (d: { flagged: boolean; order: string }) => (d.flagged ? d.order : null),
    });

  // distinct() counts null as one more value: subtract it when some lines are not flagged.
  const measures = {
    gmv: op.sum('gmv'),
    units: op.sum('units'),
    orders: op.distinct('order'),
    // (arquero compiles this function's source; the casts only quiet its typings, which call aggregates Op.)
    refunded: (d: { refundedOrder: string | null }) =>
      op.distinct(d.refundedOrder) - ((op.valid(d.refundedOrder) as unknown as number) < (op.count() as unknown as number) ? 1 : 0),
  };
  const groups = lines.groupby('key').rollup(measures).orderby('key');
  const total = lines.rollup(measures);

  const toRow = (o: Record<string, unknown>, key: string): PivotRow => {
    const orders = o.orders as number;
    const gmv = o.gmv as number;
    return { key, gmv, orders, units: o.units as number, aov: orders ? gmv / orders : 0, refundRate: orders ? (o.refunded as number) / orders : 0 };
  };
  const rows = (groups.objects() as Record<string, unknown>[]).map((o) => toRow(o, String(o.key)));
  rows.push(toRow(total.objects()[0] as Record<string, unknown>, 'Total'));
  return rows;
}
