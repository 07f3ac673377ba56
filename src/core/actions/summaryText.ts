import type { Surface } from '../workbook/surface';
import { countsText } from '../qa/checkFinding';
import { reportFormat } from '../format/reportFormat';
import type { RefreshSummary } from './refreshReadout';
import type { SetupResult } from './setupWorkbook';

const list = (names: readonly string[]): string => names.join(', ');

/** "Created: Orders, Analytics, ... Left as they were: Settings." */
export function setupSummaryText(result: SetupResult, surface: Surface): string {
  const parts: string[] = [];
  if (result.created.length) parts.push(`Created: ${list(result.created)}.`);
  if (result.skipped.length) parts.push(`Already there, left as they were: ${list(result.skipped)}.`);
  if (result.detailsSet.length) parts.push(`Set in Settings: ${list(result.detailsSet)}.`);
  if (result.created.includes('Orders')) parts.push(`Next: paste the Seller Center order export into Orders (from A2), then ${surface.refresh}.`);
  return parts.join('\n');
}

/** "2 sections could not be computed; the first: Orders: row 2, …" */
export function refreshProblemText(problems: readonly string[]): string {
  return `${problems.length === 1 ? '1 section' : `${problems.length} sections`} could not be computed from the data; the first: ${problems[0]}`;
}

/** A few lines: tabs written, data through, GMV WoW, health status per metric, the QA checklist's counts by severity. */
export function refreshSummaryText(summary: RefreshSummary): string {
  const lines = [`Wrote ${list(summary.tabsWritten)}.`];
  if (summary.dataThrough) lines.push(`Data through ${summary.dataThrough}.`);
  else if (!summary.problems.length) lines.push('No paid orders in the Orders tab yet.');
  const format = reportFormat(summary.currency, summary.market, summary.decimalMark);
  const gmv = summary.gmvWoW;
  if (gmv) {
    const change = gmv.changePercent === null ? 'no previous week to compare' : `${format.changePercent(gmv.changePercent)} WoW`;
    const previous = gmv.previous === null ? 'the data starts inside the previous week' : `previous ${format.money(gmv.previous)}`;
    lines.push(`GMV last 7 days: ${format.money(gmv.current)} (${change}; ${previous}).`);
  }
  if (summary.health.length)
    lines.push(
      `Health: ${summary.health.map((h) => `${h.metric} ${h.status}${h.value === null ? '' : ` (${format.percent(h.value, 1)})`}`).join('; ')}.`,
    );
  if (summary.qaCounts) lines.push(`QA checklist: ${countsText(summary.qaCounts)}.`);
  if (summary.problems.length) lines.push(refreshProblemText(summary.problems));
  return lines.join('\n');
}
