import { describeCell } from '../values/personalData';
import { inRange } from '../metrics/dayRange';
import { dayOfWallClock } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';
import { isBlank } from '../values/isBlank';
import { fulfilledByTikTok, type HealthInput, type HealthRate } from './healthInput';
import type { HealthOrders } from './healthOrders';
import type { OrderColumnKey } from '../table/columns';
import type { Table } from '../table/readTable';
import type { HealthRow } from './healthRow';
import { VERDICT } from './orderVerdicts';
import { rateRow } from './rateRow';
import { carrierOf, expectedTracking, judgeTracking } from './trackingNumbers';

const NEEDED_FOR = 'the valid tracking rate (VTR)';

/** One shipment VTR judges: its order, and the row of the line whose tracking number stands for it (-1: none has one). */
interface Shipment {
  readonly order: number;
  readonly row: number;
}

/** Whether VTR counts packages: the export has a 'Package ID' column. */
export const countsPackages = (table: Table<OrderColumnKey>): boolean => table.has('packageId');

/**
 * The shipments of the counted orders: each package once by 'Package ID' (the lines of one shipment
 * share it; a line without one stands for its order's own package), or each order once when the
 * export has no such column.
 */
function shipmentsOf(orders: HealthOrders, counted: (order: number) => boolean): Shipment[] {
  const { table } = orders;
  const shipments: { order: number; row: number }[] = [];
  if (!countsPackages(table)) {
    const trackingRows = orders.rowsWith('trackingId')!;
    for (let o = 0; o < orders.count; o++) if (counted(o)) shipments.push({ order: o, row: trackingRows[o] });
    return shipments;
  }
  const packageCol = table.index('packageId');
  const trackingCol = table.index('trackingId');
  const byKey = new Map<string, number>();
  table.rows.forEach((r, i) => {
    const o = orders.orderOfLine[i];
    if (!counted(o)) return;
    const line = table.values[r];
    const id = cleanText(line[packageCol]);
    const key = id ? `package ${id}` : `order ${o}`;
    const hasTracking = !isBlank(line[trackingCol]);
    const k = byKey.get(key);
    if (k === undefined) {
      byKey.set(key, shipments.length);
      shipments.push({ order: o, row: hasTracking ? r : -1 });
    } else if (shipments[k].row < 0 && hasTracking) shipments[k].row = r;
  });
  return shipments;
}

/** VTR's decisions: per package (per order without 'Package ID'), counted; per order, against = one of its packages lacks a plausible number. */
export interface ValidTrackingDecisions {
  readonly verdicts: Uint8Array;
  readonly shipped: Float64Array;
  readonly total: number;
  readonly missing: number;
  readonly implausible: number;
  /** The row of the first tracking number that is not plausible, and its carrier's cell. */
  readonly firstImplausible: { readonly row: number; readonly provider: unknown } | undefined;
  readonly byPackage: boolean;
  /** Per order counted against the shop, its first failing shipment: the tracking number and carrier judged (blank: none). */
  readonly failing: ReadonlyMap<number, { readonly tracking: unknown; readonly provider: unknown }>;
  /** Each shipment counted, with its order and whether it lacks a plausible number: the rate's own units, for a daily rate. */
  readonly judged: readonly { readonly order: number; readonly against: boolean }[];
}

/** Seller-fulfilled packages (orders) shipped in the window, and which of them lack a valid tracking number. */
export function validTrackingDecisions({ orders, window }: Pick<HealthInput, 'orders' | 'window'>): ValidTrackingDecisions {
  const shipped = orders.times('shippedTime', NEEDED_FOR);
  const { table } = orders;
  const trackingCol = table.require('trackingId', NEEDED_FOR);
  const providerCol = table.index('shippingProvider');
  const fbt = fulfilledByTikTok(orders);
  const shipments = shipmentsOf(orders, (o) => !fbt[o] && !isNaN(shipped[o]) && inRange(dayOfWallClock(shipped[o]), window));
  const verdicts = new Uint8Array(orders.count);
  const failing = new Map<number, { tracking: unknown; provider: unknown }>();
  let missing = 0;
  let implausible = 0;
  let firstImplausible: ValidTrackingDecisions['firstImplausible'] = undefined;
  const judged: { order: number; against: boolean }[] = [];
  for (const { order, row } of shipments) {
    const line = row < 0 ? undefined : table.values[row];
    const provider = line && providerCol >= 0 && !isBlank(line[providerCol]) ? line[providerCol] : orders.value('shippingProvider', order);
    const tracking = line ? line[trackingCol] : '';
    const verdict = judgeTracking(tracking, provider);
    judged.push({ order, against: verdict !== 'valid' });
    if (verdict === 'valid') {
      if (verdicts[order] !== VERDICT.against) verdicts[order] = VERDICT.fine;
      continue;
    }
    if (verdicts[order] !== VERDICT.against) failing.set(order, { tracking, provider });
    verdicts[order] = VERDICT.against;
    if (verdict === 'missing') missing++;
    else if (implausible++ === 0) firstImplausible = { row, provider };
  }
  return { verdicts, shipped, total: shipments.length, missing, implausible, firstImplausible, byPackage: countsPackages(table), failing, judged };
}

/** VTR: seller-fulfilled packages (orders, without 'Package ID') shipped in the window with a tracking number plausible for their carrier ÷ those packages. */
function validTrackingRate({ orders, window, settings, format }: HealthInput): HealthRow {
  const health = settings.health;
  const { total, missing, implausible, firstImplausible: first, byPackage } = validTrackingDecisions({ orders, window });
  let example = '';
  if (first) {
    const tracking = orders.table.values[first.row][orders.table.index('trackingId')];
    // The carrier is named by the product's own table, never by the cell's text (an Orders cell is never quoted).
    const carrier = carrierOf(first.provider)?.carrier ?? (cleanText(first.provider) ? 'a carrier TTS Ops does not know' : '');
    example = `First: row ${first.row + 1}, ${describeCell(tracking)} ${carrier ? `for ${carrier}` : 'with no carrier named'}; expected ${expectedTracking(first.provider)}.`;
  }
  const valid = total - missing - implausible;
  const basis = byPackage
    ? "Packages counted by 'Package ID' (a line without one counts as its order's package)."
    : "Orders counted: the export has no 'Package ID' column, so an order shipped in several packages counts once.";
  return rateRow(
    {
      metric: 'VTR',
      label: 'Valid tracking rate',
      numerator: valid,
      denominator: total,
      limit: health.vtrTarget,
      floor: true,
      counts:
        `${valid} of ${total} ${byPackage ? 'packages' : 'orders'} shipped (FBT left out) have a valid tracking number; ` +
        `${missing} missing, ${implausible} not plausible for their carrier.`,
      bad: ['shipment without valid tracking', 'shipments without valid tracking'],
      details: [basis, "Carriers as named in 'Shipping Provider Name'.", ...(example ? [example] : [])],
    },
    settings,
    format,
  );
}

export const VALID_TRACKING_RATE: HealthRate = {
  row: validTrackingRate,
  columns: ['shippedTime', 'fulfillmentType', 'trackingId', 'shippingProvider'],
};
