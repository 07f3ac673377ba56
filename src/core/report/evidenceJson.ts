import type { EvidencePack } from '../health/evidence/evidencePack';
import { formatDay } from '../values/calendarDay';

/** The pack as `tts-ops evidence --json` prints it: the rate, the window, each order counted against the shop with its rule, the what-if. */
export function evidenceJson(pack: EvidencePack): unknown {
  const { row, ifExcused } = pack;
  return {
    metric: pack.metric,
    window: { from: formatDay(pack.window.from), to: formatDay(pack.window.to) },
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    limit: row.limit,
    status: row.status,
    orders: pack.orders.map((o) => ({
      orderId: o.orderId,
      counts: true,
      rule: o.rule?.id ?? null,
      reason: o.reason,
      paidTime: o.paidTime,
      deadline: o.deadline,
      deadlineBasis: o.deadlineBasis,
      rtsTime: o.rtsTime,
      shippedTime: o.shippedTime,
      carrier: o.carrier,
      trackingId: o.trackingId,
      deliveredTime: o.deliveredTime,
    })),
    ifExcused: { value: ifExcused.row.value, status: ifExcused.row.status, excused: ifExcused.excused },
  };
}
