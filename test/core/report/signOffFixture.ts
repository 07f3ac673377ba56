import { prepareDraft, recordExport, type ExportRequest } from '../../../src/core/actions/export/exportPlan';
import { signOff } from '../../../src/core/actions/signOff';
import type { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';

/** Refreshed at 08:00 and signed off by ana@agency.example at 08:30 (Los Angeles, 23 Nov 2026), every manual item ticked. */
export function refreshedAndSignedOff(workbook: MemoryWorkbook): MemoryWorkbook {
  refreshReadout(workbook, { now: new Date('2026-11-23T16:00:00Z') });
  signOff(workbook, { by: 'ana@agency.example', note: '', ticked: 'all' }, new Date('2026-11-23T16:30:00Z'));
  return workbook;
}

/** The WBR's draft made and logged at 08:15 (after the refresh, before a sign-off), as Export does. */
export function withDraft(workbook: MemoryWorkbook, request: ExportRequest = { cadence: 'wbr', now: DRAFTED }): MemoryWorkbook {
  const draft = prepareDraft(workbook, request);
  if (!draft.ok) throw new Error(draft.reason);
  recordExport(workbook, draft, 'mia', request.now, ['draft.html']);
  return workbook;
}

const DRAFTED = new Date('2026-11-23T16:15:00Z');

/** Refreshed, the WBR drafted, then signed off: what Deliver needs. */
export function draftedAndSignedOff(workbook: MemoryWorkbook): MemoryWorkbook {
  refreshReadout(workbook, { now: new Date('2026-11-23T16:00:00Z') });
  withDraft(workbook);
  signOff(workbook, { by: 'ana@agency.example', note: '', ticked: 'all' }, new Date('2026-11-23T16:30:00Z'));
  return workbook;
}
