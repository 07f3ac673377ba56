import { roundToCents } from '../values/roundToCents';
import type { CadencePeriods } from './cadence';
import type { Bridge, BridgeEffect, ScorecardRow } from './clientUpdate';
import { sumsOver } from './reportFrame';
import type { ReportFormat } from '../format/reportFormat';
import { coverageProblem, type ReportSource } from './scorecard';
import { centsSummingTo, shapleyEffects } from './shapleyBridge';

export const BRIDGE_METHOD =
  'GMV = visitors × CVR (buyers ÷ visitors) × GMV per buyer, an identity; the change is split by the Shapley value ' +
  '(each factor’s average effect over every order of change), so the three effects add up exactly to the change ' +
  '(see docs/CLIENT-UPDATE.md).';

const FACTORS = [
  { factor: 'Traffic', measure: 'visitors' },
  { factor: 'Conversion', measure: 'CVR (buyers ÷ visitors)' },
  { factor: 'Basket', measure: 'GMV per buyer' },
] as const;

/**
 * The scorecard's GMV change split into traffic, conversion and basket effects, visitors and buyers
 * coming from the Analytics tab. Where Analytics does not cover both periods, says so instead of guessing.
 */
export function gmvBridge(gmv: ScorecardRow, analytics: ReportSource, periods: CadencePeriods, format: ReportFormat): Bridge {
  if (gmv.current === null || gmv.previous === null) return { ok: false, reason: `No GMV bridge: ${gmv.missing ?? 'GMV is missing for a period.'}` };
  if (!analytics.ok) return { ok: false, reason: `No GMV bridge (it needs visitors and buyers from Analytics): ${analytics.problem}` };
  const { data } = analytics;
  if (!data.measures.has('visitors') || !data.measures.has('customers'))
    return { ok: false, reason: 'No GMV bridge: the Analytics tab has no visitors or buyers.' };
  for (const [range, what] of [
    [periods.current, 'this period'],
    [periods.previous, 'previous period'],
  ] as const) {
    const problem = coverageProblem(data, range, what);
    if (problem) return { ok: false, reason: `No GMV bridge: ${problem}` };
  }
  const sums = sumsOver(data, [periods.current, periods.previous]);
  const visitors = sums.get('visitors')!;
  const buyers = sums.get('customers')!;
  if (!visitors[0] || !visitors[1] || !buyers[0] || !buyers[1]) {
    return {
      ok: false,
      reason: 'No GMV bridge: Analytics shows no visitors or no buyers in one of the periods, so conversion and basket are undefined.',
    };
  }
  const before: [number, number, number] = [visitors[1], buyers[1] / visitors[1], gmv.previous / buyers[1]];
  const after: [number, number, number] = [visitors[0], buyers[0] / visitors[0], gmv.current / buyers[0]];
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
