import { buildEvidence, logEvidence, WINDOW_DAY_NAMES, windowAnswer } from '../core/actions/evidencePack';
import { writeEvidenceTab } from '../core/actions/evidenceTab';
import { evidenceMetricOf } from '../core/health/evidence/evidenceMetric';
import { evidenceTrend } from '../core/report/evidenceBlocks';
import { escapeHtml } from '../core/values/escapeHtml';
import type { Workbook } from '../core/workbook/workbookPort';
import type { ExportServices } from './exportClientUpdate';
import { promptAnswer } from './promptAnswer';
import { renderBlocksDoc } from './render/docRenderer';
import { limitChartPng } from './render/trendChart';

export type EvidenceServices = Pick<ExportServices, 'ui' | 'html' | 'documents' | 'charts' | 'locked'>;

const TITLE = 'Build evidence pack';

const ask = (services: EvidenceServices, question: string) => promptAnswer(services.ui, TITLE, question);

/**
 * The menu's evidence pack: asks the rate, the window and (LDR) any announced exemption days, then
 * writes the owned `TTS · Evidence <metric>` tab, a new Google Doc of the pack, a `TTS · Exports` row,
 * and shows the links. Returns the Doc's link, or undefined when the user stopped.
 */
export function buildEvidencePackInGoogle(workbook: Workbook, services: EvidenceServices, now: Date): string | undefined {
  const { ui } = services;
  const metricText = ask(services, 'Which rate: LDR, VTR or SFCR?');
  if (metricText === undefined) return undefined;
  const metric = evidenceMetricOf(metricText);
  if (!metric) {
    ui.alert(TITLE, 'Not built: answer LDR, VTR or SFCR.', ui.ButtonSet.OK);
    return undefined;
  }
  const windowText = ask(services, "Window: first and last day, e.g. 2026-11-16 2026-11-29. Leave blank for the Health read-out's window.");
  if (windowText === undefined) return undefined;
  const exempt = metric === 'LDR' ? ask(services, 'Days TikTok Shop announced as logistics exemptions (YYYY-MM-DD, comma-separated), or blank:') : '';
  if (exempt === undefined) return undefined;
  const built = buildEvidence(workbook, { metric, ...windowAnswer(windowText), dayNames: WINDOW_DAY_NAMES, exemptDays: exempt ? [exempt] : [] });
  const tab = services.locked(() => writeEvidenceTab(workbook, built));
  const url = renderBlocksDoc(built.title, built.blocks, services.documents, limitChartPng(evidenceTrend(built.pack, built.format), services.charts));
  services.locked(() => logEvidence(workbook, built, built.client.accountManager, now, [url]));
  const html =
    `<div style="font:14px Arial,sans-serif"><p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">Google Doc: ${escapeHtml(built.title)}</a></p>` +
    `<p>${escapeHtml(built.pack.whatIf)}</p><p>One row per order in the ${escapeHtml(tab)} tab; logged in TTS · Exports.</p></div>`;
  ui.showModalDialog(services.html.createHtmlOutput(html).setWidth(480).setHeight(220), `${metric} evidence pack`);
  return url;
}
