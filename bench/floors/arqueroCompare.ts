/**
 * TTS_COMPARE WoW (GMV, Orders, Units, AOV, Refund rate, Cancel rate) written with arquero 8 from
 * the same 2-D values, parsing included, as bench/arqueroPivot.ts writes the pivot.
 */
import * as aq from 'arquero';
import { columns, NEEDED, paidDay, parseAmount } from '../arqueroPivot';

const { op } = aq;

export interface WindowTotals {
  gmv: number;
  orders: number;
  units: number;
  refunded: number;
  cancelled: number;
}

export function arqueroCompare(values: readonly (readonly unknown[])[]): { current: WindowTotals; previous: WindowTotals } {
  const lines = aq
    .table(columns(values, { ...NEEDED, status: 'Order Status' }))
    .derive({
      order: aq.escape((d: { id: unknown }) => String(d.id).trim()),
      day: aq.escape((d: { paid: unknown }) => paidDay(d.paid)),
      gmv: aq.escape((d: { after: unknown }) => parseAmount(d.after)),
      units: aq.escape((d: { qty: unknown }) => parseAmount(d.qty)),
      flagged: aq.escape((d: { type: unknown; refund: unknown }) => /return|refund/i.test(String(d.type)) || parseAmount(d.refund) > 0),
      cancel: aq.escape((d: { status: unknown }) => /cancel/i.test(String(d.status))),
    })
    .filter((d: { day: number | null }) => d.day !== null);
  const last = lines.rollup({ last: op.max('day') }).get('last', 0) as number;
  const windowed = lines
    .params({ last })
    .derive({
      window: (d: { day: number }, $: { last: number }) => (d.day > $.last - 7 ? 'current' : d.day > $.last - 14 ? 'previous' : null),
      refundedOrder: (d: { flagged: boolean; order: string }) => (d.flagged ? d.order : null),
      cancelledOrder: (d: { cancel: boolean; order: string }) => (d.cancel ? d.order : null),
    })
    .filter((d: { window: string | null }) => d.window !== null);
  // distinct() counts null as one more value: subtract it when some lines are not flagged.
  const rows = windowed
    .groupby('window')
    .rollup({
      gmv: op.sum('gmv'),
      units: op.sum('units'),
      orders: op.distinct('order'),
      refunded: (d: { refundedOrder: string | null }) =>
        op.distinct(d.refundedOrder) - ((op.valid(d.refundedOrder) as unknown as number) < (op.count() as unknown as number) ? 1 : 0),
      cancelled: (d: { cancelledOrder: string | null }) =>
        op.distinct(d.cancelledOrder) - ((op.valid(d.cancelledOrder) as unknown as number) < (op.count() as unknown as number) ? 1 : 0),
    })
    .objects() as (WindowTotals & { window: string })[];
  const pick = (name: string): WindowTotals => rows.find((r) => r.window === name) ?? { gmv: 0, orders: 0, units: 0, refunded: 0, cancelled: 0 };
  return { current: pick('current'), previous: pick('previous') };
}
