import { buildClientUpdate, type ClientUpdateOptions } from './buildClientUpdate';
import type { ClientUpdate } from '../../report/clientUpdate';
import { asDraft } from '../../report/draftMark';
import { runChecklist } from '../check';
import { deliverGate, unreadableRefusal, type DeliverChoices } from './deliverGate';
import { logExport, type ExportKind } from './exportsLog';
import type { Surface } from '../../workbook/surface';
import type { Workbook } from '../../workbook/workbookPort';

export type ExportRequest = Omit<ClientUpdateOptions, 'signOffLine'>;

/** `override`: deliver although the QA checklist has not signed off (recorded in the log); `again`: deliver a period already delivered from the same data. */
export type DeliverRequest = Omit<ExportRequest, 'internal'> & DeliverChoices;

/** The update to render, with what its log row will say; or why not (`overridable`: a reason would let a delivery through; `repeat`: asking again would). */
export type PreparedExport =
  | {
      readonly ok: true;
      readonly kind: ExportKind;
      readonly update: ClientUpdate;
      readonly signOff: string;
      readonly override: string;
      readonly fingerprint: string;
    }
  | { readonly ok: false; readonly reason: string; readonly overridable: boolean; readonly repeat?: true };

/** What a draft's internal notes say in place of the sign-off it does not need yet. */
export const DRAFT_SIGN_OFF_LINE = 'Draft for review: Deliver needs a current QA sign-off.';

/**
 * Export: the draft, marked DRAFT, for the account manager to check against the read-out before the
 * QA sign-off. It needs no sign-off; only data that cannot be read stops it. Menu and CLI both start here.
 */
export function prepareDraft(workbook: Workbook, request: ExportRequest): PreparedExport {
  const checklist = runChecklist(workbook, request.now);
  const unreadable = unreadableRefusal(checklist, 'Export');
  if (unreadable) return { ok: false, reason: unreadable, overridable: false };
  const update = asDraft(buildClientUpdate(workbook, { ...request, signOffLine: DRAFT_SIGN_OFF_LINE }));
  return { ok: true, kind: 'Draft', update, signOff: '', override: '', fingerprint: checklist.inputsFingerprint };
}

/**
 * Deliver: the client's copy of the period's draft, without the mark, once the gate lets it through
 * (a draft of the same data, a current sign-off or an override reason). Nothing is built while refused.
 */
export function prepareDelivery(workbook: Workbook, request: DeliverRequest, surface: Surface): PreparedExport {
  const checklist = runChecklist(workbook, request.now, surface);
  const unreadable = unreadableRefusal(checklist, 'Delivery');
  if (unreadable) return { ok: false, reason: unreadable, overridable: false };
  const update = buildClientUpdate(workbook, { ...request, internal: false, signOffLine: '' });
  const gate = deliverGate(workbook, checklist, { cadence: update.cadenceLabel, period: update.periodLabel }, surface, request);
  if (!gate.allowed) return { ok: false, reason: gate.reason, overridable: gate.overridable, ...(gate.repeat && { repeat: gate.repeat }) };
  const internal = [gate.signOff, ...update.internal];
  return {
    ok: true,
    kind: 'Delivered',
    update: { ...update, internal },
    signOff: gate.signOff,
    override: gate.override,
    fingerprint: gate.fingerprint,
  };
}

/** After rendering: the `TTS · Exports` row naming what was written. Returns the tab written. */
export function recordExport(
  workbook: Workbook,
  prepared: Extract<PreparedExport, { ok: true }>,
  by: string,
  at: Date,
  outputs: readonly string[],
): string {
  const { update } = prepared;
  return logExport(workbook, {
    at,
    by,
    cadence: update.cadenceLabel,
    period: update.periodLabel,
    asOf: update.asOf,
    outputs,
    signOff: prepared.signOff,
    override: prepared.override,
    internal: update.internal,
    kind: prepared.kind,
    fingerprint: prepared.fingerprint,
  });
}
