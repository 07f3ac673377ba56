import { parseCadenceAnswer, type Cadence } from '../core/report/cadence';
import { prepareDelivery, prepareDraft, recordExport, type DeliverRequest, type PreparedExport } from '../core/actions/export/exportPlan';
import type { ClientUpdate } from '../core/report/clientUpdate';
import { withAppendix } from '../core/actions/export/buildClientUpdate';
import { escapeHtml } from '../core/values/escapeHtml';
import { SHEETS_SURFACE } from '../core/workbook/surface';
import type { Workbook } from '../core/workbook/workbookPort';
import { renderDoc } from './render/docRenderer';
import { promptAnswer } from './promptAnswer';
import { createSummaryDraft } from './render/gmailDraft';
import type { ChartsLike, DocumentAppLike, GmailDraftsLike, SlidesAppLike } from './render/renderServices';
import { renderDeck } from './render/slidesRenderer';
import { trendChartPng } from './render/trendChart';

interface PromptResponseLike {
  getSelectedButton(): unknown;
  getResponseText(): string;
}

/** The parts of SpreadsheetApp.getUi() and HtmlService the export and deliver dialogs use. */
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

const EXPORT_TITLE = 'Export client update';
const DELIVER_TITLE = 'Deliver client update';

/** Asks for the cadence (blank = WBR), and whether the period to date is wanted; undefined when cancelled. */
function askCadence(ui: ExportUiLike, title: string): { cadence: Cadence; toDate: boolean } | undefined {
  const question =
    'Cadence: WBR (weekly), MBR (monthly) or QBR (quarterly)? Leave blank for WBR. It covers the last complete week, month or quarter; ' +
    "add 'to date' (e.g. MBR to date) for the one in progress, compared with the same days.";
  const answer = promptAnswer(ui, title, question);
  return answer === undefined ? undefined : parseCadenceAnswer(answer || 'wbr');
}

/** Whether to add the internal appendix (a copy for the account team); the client's copy never has it. */
function askInternal(ui: ExportUiLike): boolean {
  const question =
    'Add the internal appendix (data notes with tabs and rows, sources)? Answer No for the draft of the copy you will send the client; ' +
    'the notes are logged in TTS · Exports either way.';
  return ui.alert(EXPORT_TITLE, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** While not signed off: the reason, then a confirm and the override reason (logged); undefined when the user stops. */
function askOverride(ui: ExportUiLike, reason: string): string | undefined {
  const go = ui.alert(
    DELIVER_TITLE,
    `${reason}\n\nDeliver anyway? You will be asked why; the reason is logged in TTS · Exports.`,
    ui.ButtonSet.YES_NO,
  );
  if (go !== ui.Button.YES) return undefined;
  const text = promptAnswer(ui, DELIVER_TITLE, 'Why deliver without a current QA sign-off? (recorded in TTS · Exports)');
  if (text === undefined) return undefined;
  if (!text) ui.alert(DELIVER_TITLE, 'Not delivered: delivering without a sign-off needs a reason.', ui.ButtonSet.OK);
  return text || undefined;
}

/** A period already delivered from the same data: the reason (when and by whom), then "Deliver again?"; true on Yes. */
function confirmAgain(ui: ExportUiLike, reason: string): boolean {
  return ui.alert(DELIVER_TITLE, `${reason}\n\nDeliver again?`, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** A new Doc and Slides deck of the update (and the Gmail draft when `gmail` is given), logged; returns the links, the log's outputs first. */
function writeToGoogle(
  workbook: Workbook,
  prepared: Extract<PreparedExport, { ok: true }>,
  services: ExportServices,
  now: Date,
  gmail?: { readonly client: GmailDraftsLike; readonly to: readonly string[] },
): { label: string; url: string }[] {
  const { update } = prepared;
  const chart = trendChartPng(update.trend, services.charts);
  const links = [
    { label: 'Google Doc', url: renderDoc(update, services.documents, chart) },
    { label: 'Slides deck', url: renderDeck(update, services.slides, chart) },
  ];
  if (gmail) createSummaryDraft(update, gmail.to, links, gmail.client);
  const outputs = [...links.map((l) => l.url), ...(gmail ? [`Gmail draft to ${gmail.to.join(', ')}`] : [])];
  services.locked(() => recordExport(workbook, prepared, update.preparedBy, now, outputs));
  return links;
}

function showLinks(
  services: ExportServices,
  update: ClientUpdate,
  links: readonly { label: string; url: string }[],
  lines: readonly string[],
  title: string,
): void {
  const items = links.map(
    (l) => `<li><a href="${escapeHtml(l.url)}" target="_blank" rel="noopener">${escapeHtml(l.label)}: ${escapeHtml(update.title)}</a></li>`,
  );
  const html = `<div style="font:14px Arial,sans-serif"><ul>${items.join('')}</ul>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`;
  services.ui.showModalDialog(services.html.createHtmlOutput(html).setWidth(460).setHeight(220), title);
}

/**
 * The menu's export: cadence, then the draft: a new Google Doc and Slides deck marked DRAFT on the
 * title, every page and every slide, a `TTS · Exports` row, and a dialog linking to them. It needs no
 * sign-off: the QA checklist is ticked with the draft in front of you. Returns the links, or [] when stopped.
 */
export function exportToGoogle(workbook: Workbook, services: ExportServices, now: Date): string[] {
  const { ui } = services;
  const asked = askCadence(ui, EXPORT_TITLE);
  if (!asked) return [];
  const prepared = prepareDraft(workbook, { ...asked, now });
  if (!prepared.ok) {
    ui.alert(EXPORT_TITLE, prepared.reason, ui.ButtonSet.OK);
    return [];
  }
  // The appendix changes what is drawn, not what is computed.
  const draft = askInternal(ui) ? { ...prepared, update: withAppendix(prepared.update) } : prepared;
  const links = writeToGoogle(workbook, draft, services, now);
  const next =
    'Check the draft against the read-out, tick the QA checklist with it in front of you and sign off, then TTS Ops › Deliver client update.';
  showLinks(services, draft.update, links, [next], `${draft.update.cadenceLabel} draft exported`);
  return links.map((l) => l.url);
}

/**
 * The menu's Deliver: cadence, the gate (a draft of the period made from the same data, a current
 * sign-off, or a confirmed override with its reason; a "Deliver again?" Yes when it already went out), then the client's copy without the mark as a new
 * Doc and deck, the Gmail draft when Settings asks for one, a `Delivered` row, and a dialog. Returns the links, or [].
 */
export function deliverToGoogle(workbook: Workbook, services: ExportServices, now: Date): string[] {
  const { ui } = services;
  const asked = askCadence(ui, DELIVER_TITLE);
  if (!asked) return [];
  let request: DeliverRequest = { ...asked, now };
  let prepared = prepareDelivery(workbook, request, SHEETS_SURFACE);
  if (!prepared.ok && prepared.repeat) {
    if (!confirmAgain(ui, prepared.reason)) return [];
    request = { ...request, again: true };
    prepared = prepareDelivery(workbook, request, SHEETS_SURFACE);
  }
  if (!prepared.ok && prepared.overridable) {
    const override = askOverride(ui, prepared.reason);
    if (override === undefined) return [];
    prepared = prepareDelivery(workbook, { ...request, override }, SHEETS_SURFACE);
  }
  if (!prepared.ok) {
    ui.alert(DELIVER_TITLE, prepared.reason, ui.ButtonSet.OK);
    return [];
  }
  const { contacts, emailDraft } = prepared.update.delivery;
  // Before anything is created: a first use stops here to grant gmail.compose, and a rerun starts clean.
  const gmail = emailDraft && contacts.length > 0 ? { client: services.gmail(), to: contacts } : undefined;
  const links = writeToGoogle(workbook, prepared, services, now, gmail);
  const lines = [
    ...(gmail ? [`A Gmail draft to ${contacts.join(', ')} is waiting in Drafts (not sent).`] : []),
    ...(prepared.override ? ['Delivered without a current QA sign-off; the reason is logged in TTS · Exports.'] : []),
  ];
  showLinks(services, prepared.update, links, lines, `${prepared.update.cadenceLabel} delivered`);
  return links.map((l) => l.url);
}
