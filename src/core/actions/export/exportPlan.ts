import { buildClientUpdate, type ClientUpdateOptions } from './buildClientUpdate';
import type { ClientUpdate } from '../../report/clientUpdate';
import { exportGate } from './exportGate';
import { logExport, type ExportRecord } from './exportsLog';
import type { Workbook } from '../../workbook/workbookPort';

export interface ExportRequest extends Omit<ClientUpdateOptions, 'signOffLine'> {
  /** Export although the QA checklist has not signed off; recorded in the log. */
  readonly override?: string;
}

/** The update to render, with what the log row will say about the sign-off; or the gate's refusal. */
export type PreparedExport =
  | { readonly ok: true; readonly update: ClientUpdate; readonly signOff: string; readonly override: string }
  | { readonly ok: false; readonly reason: string };

/** The gate first (nothing is read or built while not signed off), then the model. Menu and CLI both start here. */
export function prepareExport(workbook: Workbook, request: ExportRequest): PreparedExport {
  const gate = exportGate(workbook, request.now, request.override);
  if (!gate.allowed) return { ok: false, reason: gate.reason };
  const update = buildClientUpdate(workbook, { ...request, signOffLine: gate.signOff });
  return { ok: true, update, signOff: gate.signOff, override: gate.override };
}

/** After rendering: the `TTS · Exports` row naming what was written. Returns the tab written. */
export function recordExport(
  workbook: Workbook,
  prepared: Extract<PreparedExport, { ok: true }>,
  by: string,
  at: Date,
  outputs: readonly string[],
): string {
  const record: ExportRecord = {
    at,
    by,
    cadence: prepared.update.cadenceLabel,
    period: prepared.update.periodLabel,
    asOf: prepared.update.asOf,
    outputs,
    signOff: prepared.signOff,
    override: prepared.override,
    internal: prepared.update.internal,
  };
  return logExport(workbook, record);
}
