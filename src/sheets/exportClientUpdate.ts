import { parseCadenceAnswer } from '../core/report/cadence';
import { withAppendix } from '../core/actions/export/buildClientUpdate';
import { prepareExport, recordExport, type PreparedExport } from '../core/actions/export/exportPlan';
import { escapeHtml } from '../core/values/escapeHtml';
import type { Workbook } from '../core/workbook/workbookPort';
import { renderDoc } from './render/docRenderer';
import { createSummaryDraft } from './render/gmailDraft';
import type { ChartsLike, DocumentAppLike, GmailDraftsLike, SlidesAppLike } from './render/renderServices';
import { renderDeck } from './render/slidesRenderer';
import { trendChartPng } from './render/trendChart';

interface PromptResponseLike {
  getSelectedButton(): unknown;
  getResponseText(): string;
}

/** The parts of SpreadsheetApp.getUi() and HtmlService the export dialog uses. */
export interface ExportUiLike {
  prompt(title: string, prompt: string, buttons: unknown): PromptResponseLike;
  alert(title: string, prompt: string, buttons: unknown): unknown;
  showModalDialog(output: unknown, title: string): void;
  readonly ButtonSet: { readonly OK_CANCEL: unknown; readonly YES_NO: unknown; readonly OK: unknown };
  readonly Button: { readonly OK: unknown; readonly YES: unknown };
}

export interface ExportServices {
  readonly ui: ExportUiLike;
  readonly html: { createHtmlOutput(html: string): { setWidth(width: number): { setHeight(height: number): unknown } } };
  readonly documents: DocumentAppLike;
  readonly slides: SlidesAppLike;
  readonly charts: ChartsLike;
  /** Asked for only when Settings wants a draft: the gmail.compose scope is granted on first use. */
  readonly gmail: () => GmailDraftsLike;
  /** Runs the write to the workbook (the log row) holding the document lock. */
  readonly locked: <T>(action: () => T) => T;
}

const TITLE = 'Export client update';

/** Asks for the cadence (blank = WBR), and whether the period to date is wanted; undefined when cancelled. */
function askCadence(ui: ExportUiLike): string | undefined {
  const question =
    'Cadence: WBR (weekly), MBR (monthly) or QBR (quarterly)? Leave blank for WBR. It covers the last complete week, month or quarter; ' +
    "add 'to date' (e.g. MBR to date) for the one in progress, compared with the same days.";
  const answer = ui.prompt(TITLE, question, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return undefined;
  return answer.getResponseText().trim() || 'wbr';
}

/** Whether to add the internal appendix (a copy for the account team); the client's copy never has it. */
function askInternal(ui: ExportUiLike): boolean {
  const question =
    'Add the internal appendix (QA sign-off, data notes with tabs and rows, sources)? Answer No for the copy you send the client; ' +
    'the notes are logged in TTS · Exports either way.';
  return ui.alert(TITLE, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** While not signed off: the reason, then a confirm and the override reason (logged); undefined when the user stops. */
function askOverride(ui: ExportUiLike, reason: string): string | undefined {
  const go = ui.alert(TITLE, `${reason}\n\nExport anyway? You will be asked why; the reason is logged in TTS · Exports.`, ui.ButtonSet.YES_NO);
  if (go !== ui.Button.YES) return undefined;
  const answer = ui.prompt(TITLE, 'Why export without a current QA sign-off? (recorded in TTS · Exports)', ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return undefined;
  const text = answer.getResponseText().trim();
  if (!text) ui.alert(TITLE, 'Not exported: exporting without a sign-off needs a reason.', ui.ButtonSet.OK);
  return text || undefined;
}

/**
 * The menu's export: cadence, the sign-off gate (confirm and reason to override), then a new Google
 * Doc and Slides deck (and a Gmail draft when Settings asks for one), a `TTS · Exports` row, and a
 * dialog linking to them. Returns the links, or [] when the user stopped.
 */
export function exportToGoogle(workbook: Workbook, services: ExportServices, now: Date): string[] {
  const { ui } = services;
  const cadenceText = askCadence(ui);
  if (cadenceText === undefined) return [];
  const { cadence, toDate } = parseCadenceAnswer(cadenceText);
  let prepared: PreparedExport = prepareExport(workbook, { cadence, toDate, now });
  if (!prepared.ok) {
    const override = askOverride(ui, prepared.reason);
    if (override === undefined) return [];
    prepared = prepareExport(workbook, { cadence, toDate, now, override });
    if (!prepared.ok) {
      ui.alert(TITLE, `Not exported: ${prepared.reason}`, ui.ButtonSet.OK);
      return [];
    }
  }
  // Asked once the gate let the export through; the appendix changes what is drawn, not what is computed.
  const update = askInternal(ui) ? withAppendix(prepared.update) : prepared.update;
  const { contacts, emailDraft } = update.delivery;
  // The internal copy is never drafted to the client.
  const drafted = emailDraft && contacts.length > 0 && !update.appendix;
  // Before anything is created: a first use stops here to grant gmail.compose, and a rerun starts clean.
  const gmail = drafted ? services.gmail() : undefined;
  const chart = trendChartPng(update.trend, services.charts);
  const links = [
    { label: 'Google Doc', url: renderDoc(update, services.documents, chart) },
    { label: 'Slides deck', url: renderDeck(update, services.slides, chart) },
  ];
  if (gmail) createSummaryDraft(update, contacts, links, gmail);
  const done = prepared;
  const urls = links.map((l) => l.url);
  services.locked(() => recordExport(workbook, done, update.preparedBy, now, drafted ? [...urls, `Gmail draft to ${contacts.join(', ')}`] : urls));
  const items = links.map(
    (l) => `<li><a href="${escapeHtml(l.url)}" target="_blank" rel="noopener">${escapeHtml(l.label)}: ${escapeHtml(update.title)}</a></li>`,
  );
  const draftLine = drafted ? `<p>A Gmail draft to ${escapeHtml(contacts.join(', '))} is waiting in Drafts (not sent).</p>` : '';
  const overrideLine = done.override ? `<p>Exported without a current QA sign-off; the reason is logged in TTS · Exports.</p>` : '';
  const html = `<div style="font:14px Arial,sans-serif"><ul>${items.join('')}</ul>${draftLine}${overrideLine}</div>`;
  ui.showModalDialog(services.html.createHtmlOutput(html).setWidth(460).setHeight(200), `${update.cadenceLabel} exported`);
  return urls;
}
