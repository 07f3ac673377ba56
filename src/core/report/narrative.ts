import { CHANNEL_SHARES } from '../metrics/metricCatalog';
import type { Bridge, HealthSection, Scorecard, ScorecardRow, SkuMove, SkuMovers } from './clientUpdate';

/** A row the narrative may speak of: it has a value, and a final one (refunds still coming in are never narrated as a move). */
const byMetric = (scorecard: Scorecard, name: string): ScorecardRow | undefined =>
  scorecard.rows.find((row) => row.metric === name && row.current !== null && !row.notFinal);

/** "rose 2.2% week over week to $15,161.31" */
function gmvSentence(gmv: ScorecardRow, overWords: string, previousWords: string): string {
  // No previous data: the sentence gives the value only (never a sentence about missing data).
  if (gmv.previous === null) return `GMV was ${gmv.text.current}.`;
  if (!gmv.text.changePercent) return `GMV was ${gmv.text.current}, against ${gmv.text.previous} in ${previousWords}.`;
  const percent = gmv.text.changePercent.replace(/^[+−]/, '');
  if (gmv.direction === 'flat') return `GMV held at ${gmv.text.current} ${overWords}.`;
  return `GMV ${gmv.direction === 'up' ? 'rose' : 'fell'} ${percent} ${overWords} to ${gmv.text.current} (from ${gmv.text.previous}).`;
}

const FACTOR_WORDS: Readonly<Record<string, readonly [up: string, down: string]>> = {
  Traffic: ['more visitors', 'fewer visitors'],
  Conversion: ['higher conversion', 'lower conversion'],
  Basket: ['a bigger basket (AOV)', 'a smaller basket (AOV)'],
};

/** "Most of the change came from higher conversion (+$3,900.00); traffic +$…, basket −$…." */
function bridgeSentence(bridge: Bridge): string | undefined {
  if (!bridge.ok || bridge.change === 0) return undefined;
  const [main, ...others] = [...bridge.effects].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const words = FACTOR_WORDS[main.factor][main.effect >= 0 ? 0 : 1];
  const rest = others.map((e) => `${e.factor.toLowerCase()} ${e.effectText}`).join(' and ');
  return `Of the ${bridge.changeText} change, the largest effect was ${words} (${main.effectText}); ${rest}.`;
}

/** "Glow Serum, 30 ml added $2,100.00 of GMV, more than any other SKU; Tumbler, Black lost $411.17." */
function moverSentence(movers: SkuMovers): string | undefined {
  const [up] = movers.up;
  const [down] = movers.down;
  const amount = (move: SkuMove): string => move.changeText.replace(/^[+−]/, '');
  const gained = up && `${up.label} added ${amount(up)} of GMV, more than any other SKU`;
  const lost = down && `${down.label} lost ${amount(down)}, the largest drop`;
  const parts = [gained, lost].filter((p): p is string => !!p);
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

/** "Orders rose to 812 (+3.4%); AOV fell to $18.67 (−1.2%)." */
function ordersSentence(orders: ScorecardRow | undefined, aov: ScorecardRow | undefined): string | undefined {
  const part = (row: ScorecardRow, name: string): string => {
    if (!row.text.changePercent) return `${name} came to ${row.text.current}`;
    if (row.direction === 'flat') return `${name} held at ${row.text.current}`;
    return `${name} ${row.direction === 'up' ? 'rose' : 'fell'} to ${row.text.current} (${row.text.changePercent})`;
  };
  const parts = [orders && part(orders, 'Orders'), aov && part(aov, 'AOV')].filter((p): p is string => !!p);
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

/** "Conversion was 3.10% (+0.20 pp); refund rate 3.50% (−0.10 pp)." */
function ratesSentence(rows: readonly (ScorecardRow | undefined)[]): string | undefined {
  const shown = rows.filter((r): r is ScorecardRow => !!r);
  if (!shown.length) return undefined;
  const parts = shown.map((r) => `${r.metric} ${r.text.current}${r.text.change ? ` (${r.text.change})` : ''}`);
  return `Rates: ${parts.join(', ')}.`;
}

/** "Creator LIVE GMV rose to 34.00% of GMV (+6.00 pp)." for the channel whose share moved most. */
function channelSentence(scorecard: Scorecard): string | undefined {
  const moved = scorecard.rows.filter((r) => CHANNEL_SHARES.has(r.metric) && r.change !== null && r.direction !== 'flat');
  const [top] = moved.sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!));
  return top && `${CHANNEL_SHARES.get(top.metric)} ${top.direction === 'up' ? 'rose' : 'fell'} to ${top.text.current} of GMV (${top.text.change}).`;
}

function healthSentence(health: HealthSection): string | undefined {
  const atRisk = health.items.filter((item) => item.status === 'AT RISK');
  if (!atRisk.length) return undefined;
  const list = atRisk.map((item) => `${item.metric} at ${item.valueText} (target ${item.target})`).join(', ');
  return `Account health needs attention: ${list} ${atRisk.length > 1 ? 'are' : 'is'} AT RISK.`;
}

/**
 * 3 to 7 plain sentences from the model's own texts (so every number equals the scorecard's), in a
 * fixed order; a metric without data gets no sentence, and no sentence names a cause the data does not show.
 * With nothing to say (no complete order data for the period), one sentence saying so.
 */
export function narrative(
  scorecard: Scorecard,
  bridge: Bridge,
  movers: SkuMovers,
  health: HealthSection,
  words: { readonly overWords: string; readonly previousWords: string },
): string[] {
  const gmv = byMetric(scorecard, 'GMV');
  const sentences = [
    gmv && gmvSentence(gmv, words.overWords, words.previousWords),
    bridgeSentence(bridge),
    moverSentence(movers),
    ordersSentence(byMetric(scorecard, 'Orders'), byMetric(scorecard, 'AOV')),
    ratesSentence(['CVR', 'Refund rate', 'Cancel rate'].map((name) => byMetric(scorecard, name))),
    healthSentence(health),
    channelSentence(scorecard),
  ];
  const said = sentences.filter((s): s is string => !!s).slice(0, 7);
  // An empty Headlines section reads as a broken update: say there is none, and where the reason is.
  return said.length ? said : ['No headline figures for this period: the notes under the KPI scorecard say why.'];
}
