/**
 * Hand-written single passes over an order export, the floor the engine is measured against: they
 * read only the cells the result needs, assume the export's own layout (header, description row,
 * an order's lines together, zero-padded MM/DD/YYYY times) and sum as they go. Same numbers as
 * TTS_PIVOT / TTS_COMPARE on Seller Center exports; none of the engine's checks or generality.
 */

const HEADERS = {
  id: 'Order ID',
  status: 'Order Status',
  type: 'Cancelation/Return Type',
  sku: 'Seller SKU',
  qty: 'Quantity',
  returnQty: 'Sku Quantity of return',
  gmv: 'SKU Subtotal After Discount',
  refund: 'Order Refund Amount',
  paid: 'Paid Time',
} as const;

type Columns = Record<keyof typeof HEADERS, number>;

function columnsOf(header: readonly unknown[]): Columns {
  const names = header.map((h) => String(h).trim());
  return Object.fromEntries(Object.entries(HEADERS).map(([key, name]) => [key, names.indexOf(name)])) as Columns;
}

function amount(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string' || cell === '') return 0;
  let value = 0;
  let scale = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      if (scale) scale *= 10;
    } else if (c === 46) scale = 1;
  }
  return scale ? value / scale : value;
}

let lastDateKey = -1;
let lastDay = 0;
/** Day number of 'MM/DD/YYYY …' (zero-padded, as Seller Center writes it); -1 when blank. */
function dayOf(cell: unknown): number {
  if (typeof cell !== 'string' || cell.length < 10) return -1;
  const d = (i: number): number => cell.charCodeAt(i) - 48;
  const key = (d(6) * 1000 + d(7) * 100 + d(8) * 10 + d(9)) * 10000 + (d(0) * 10 + d(1)) * 100 + d(3) * 10 + d(4);
  if (key !== lastDateKey) {
    lastDateKey = key;
    lastDay = Date.UTC(Math.floor(key / 10000), (Math.floor(key / 100) % 100) - 1, key % 100) / 86_400_000;
  }
  return lastDay;
}

const isCancelled = (status: unknown): boolean => typeof status === 'string' && /cancel/i.test(status);
const isReturnType = (type: unknown): boolean => typeof type === 'string' && type !== '' && /return|refund/i.test(type);

export interface FloorGroup {
  gmv: number;
  units: number;
  orders: number;
  refunded: number;
  cancelled: number;
}

const newGroup = (): FloorGroup => ({ gmv: 0, units: 0, orders: 0, refunded: 0, cancelled: 0 });

/**
 * One pass: GMV, Units, distinct orders, refunded and cancelled orders per group key of each paid
 * line (`keyOf` gets the line's row and paid day), plus the Total. An order counts once per group
 * it has lines in; refunded only in the groups whose lines show the return when some line does.
 */
export function floorGroups(
  values: readonly (readonly unknown[])[],
  keyOf: (row: readonly unknown[], day: number) => string | number,
): Map<string | number, FloorGroup> {
  const col = columnsOf(values[0]);
  const groups = new Map<string | number, FloorGroup>();
  const total = newGroup();
  // The current order: its groups, and which of them had a returned line.
  let orderId: unknown = undefined;
  let orderGroups: FloorGroup[] = [];
  let returnedGroups: FloorGroup[] = [];
  let cancelled = false;
  let refundAmount = 0;
  const closeOrder = (): void => {
    if (!orderGroups.length) return;
    const refundedByAmount = refundAmount > 0 && !cancelled;
    total.orders++;
    if (returnedGroups.length || refundedByAmount) total.refunded++;
    if (cancelled) total.cancelled++;
    for (const g of orderGroups) {
      g.orders++;
      if (cancelled) g.cancelled++;
      if (returnedGroups.length ? returnedGroups.includes(g) : refundedByAmount) g.refunded++;
    }
    orderGroups = [];
    returnedGroups = [];
  };
  for (let r = 2; r < values.length; r++) {
    const row = values[r];
    const day = dayOf(row[col.paid]);
    if (day < 0) continue;
    const id = row[col.id];
    if (id !== orderId) {
      closeOrder();
      orderId = id;
      cancelled = isCancelled(row[col.status]);
      refundAmount = 0;
    }
    const key = keyOf(row, day);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = newGroup()));
    const gmv = amount(row[col.gmv]);
    const units = amount(row[col.qty]);
    g.gmv += gmv;
    g.units += units;
    total.gmv += gmv;
    total.units += units;
    if (!orderGroups.includes(g)) orderGroups.push(g);
    refundAmount = Math.max(refundAmount, amount(row[col.refund]));
    if ((isReturnType(row[col.type]) || amount(row[col.returnQty]) > 0) && !returnedGroups.includes(g)) returnedGroups.push(g);
  }
  closeOrder();
  groups.set('Total', total);
  return groups;
}

const weekLabels = new Map<number, string>();
export function mondayWeekLabel(day: number): string {
  const monday = day - ((day + 3) % 7);
  let label = weekLabels.get(monday);
  if (label === undefined) weekLabels.set(monday, (label = new Date(monday * 86_400_000).toISOString().slice(0, 10)));
  return label;
}

/** The floor of TTS_PIVOT by week or by Seller SKU. */
export function floorPivot(values: readonly (readonly unknown[])[], groupBy: 'week' | 'Seller SKU'): Map<string | number, FloorGroup> {
  const skuCol = columnsOf(values[0]).sku;
  return floorGroups(values, groupBy === 'week' ? (_row, day) => mondayWeekLabel(day) : (row) => String(row[skuCol]).trim() || '(blank)');
}

/** The floor of TTS_COMPARE WoW: per-day sums in one pass, then the two 7-day windows ending on the last day. */
export function floorCompare(values: readonly (readonly unknown[])[]): { current: FloorGroup; previous: FloorGroup } {
  const days = floorGroups(values, (_row, day) => day);
  days.delete('Total');
  const last = Math.max(...[...days.keys()].map(Number));
  const sum = (from: number, to: number): FloorGroup => {
    const out = newGroup();
    for (let d = from; d <= to; d++) {
      const g = days.get(d);
      if (!g) continue;
      out.gmv += g.gmv;
      out.units += g.units;
      out.orders += g.orders;
      out.refunded += g.refunded;
      out.cancelled += g.cancelled;
    }
    return out;
  };
  return { current: sum(last - 6, last), previous: sum(last - 13, last - 7) };
}
