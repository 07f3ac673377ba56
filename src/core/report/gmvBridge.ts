import { roundToCents } from '../values/roundToCents';
import type { CadencePeriods } from './cadence';
import type { Bridge, BridgeEffect, ScorecardRow } from './clientUpdate';
import { sumsOver } from './reportFrame';
import type { ReportFormat } from '../format/reportFormat';
import { coverageProblem, type ReportSource } from './scorecard';
import { centsSummingTo, shapleyEffects } from './shapleyBridge';

export const BRIDGE_METHOD =
  'GMV = visitors × conversion (orders ÷ visitors) × AOV (GMV ÷ orders), an identity; orders and GMV come from the order ' +
  'export, where an order counts once whatever it holds (Analytics counts a buyer once per product bought, so its buyer ' +
  'count is not used here); the change is split by the Shapley value (each factor’s average effect over every order of ' +
  'change), so the three effects add up exactly to the change.';

const FACTORS = [
  { factor: 'Traffic', measure: 'visitors' },
  { factor: 'Conversion', measure: 'orders ÷ visitors' },
  { factor: 'Basket', measure: 'AOV' },
] as const;

/**
 * The scorecard's GMV change split into traffic, conversion and basket effects: visitors from the Analytics tab,
 * orders and GMV from the Orders tab (the scorecard's own, so the basket is its AOV). Where Analytics does not
 * cover both periods, says so instead of guessing.
 */
export function gmvBridge(gmv: ScorecardRow, orders: ScorecardRow, analytics: ReportSource, periods: CadencePeriods, format: ReportFormat): Bridge {
  if (gmv.current === null || gmv.previous === null) return { ok: false, reason: `No GMV bridge: ${gmv.missing ?? 'GMV is missing for a period.'}` };
  if (!analytics.ok) return { ok: false, reason: 'No GMV bridge: it needs traffic data (visitors) for both periods.', detail: analytics.problem };
  const { data } = analytics;
  if (!data.measures.has('visitors'))
    return {
      ok: false,
      reason: 'No GMV bridge: the traffic data has no visitors.',
      detail: `${data.sales.table.sheet || 'Analytics'}: no Visitors column, so the GMV bridge is left out.`,
    };
  for (const [range, what] of [
    [periods.current, 'this period'],
    [periods.previous, 'previous period'],
  ] as const) {
    const problem = coverageProblem(data, range, what);
    if (problem) return { ok: false, reason: `No GMV bridge: ${problem}` };
  }
  const visitors = sumsOver(data, [periods.current, periods.previous]).get('visitors')!;
  const [ordersNow, ordersBefore] = [orders.current ?? 0, orders.previous ?? 0];
  if (!visitors[0] || !visitors[1] || !ordersNow || !ordersBefore) {
    return {
      ok: false,
      reason: 'No GMV bridge: there were no visitors or no orders in one of the periods, so conversion and basket are undefined.',
    };
  }
  const before: [number, number, number] = [visitors[1], ordersBefore / visitors[1], gmv.previous / ordersBefore];
  const after: [number, number, number] = [visitors[0], ordersNow / visitors[0], gmv.current / ordersNow];
  const change = roundToCents(gmv.current - gmv.previous);
  const effects = centsSummingTo(shapleyEffects(before, after), change);
  const show = (i: number, v: number): string => (i === 0 ? format.value('count', v) : i === 1 ? format.value('percent', v) : format.money(v));
  return {
    ok: true,
    previousGmv: gmv.previous,
    currentGmv: gmv.current,
    change,
    changeText: format.signedMoney(change),
    effects: FACTORS.map(({ factor, measure }, i): BridgeEffect => ({
      factor,
      measure,
      previous: before[i],
      current: after[i],
      previousText: show(i, before[i]),
      currentText: show(i, after[i]),
      effect: effects[i],
      effectText: format.signedMoney(effects[i]),
    })),
    method: BRIDGE_METHOD,
  };
}
