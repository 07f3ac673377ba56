import { appendQaLogRow } from '../../../src/core/actions/qaLogTab';
import { INPUTS_FINGERPRINT_PROPERTY } from '../../../src/core/workbook/inputFingerprint';
import type { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { tabState } from '../../../src/core/workbook/ownedTabs';
import { LAST_REFRESH_PROPERTY, refreshReadout } from '../../../src/core/actions/refreshReadout';

/** Refreshed at 08:00 and signed off by ana@agency.example at 08:30 (Los Angeles, 23 Nov 2026), as the QA checklist records it. */
export function refreshedAndSignedOff(workbook: MemoryWorkbook): MemoryWorkbook {
  refreshReadout(workbook, { now: new Date('2026-11-23T16:00:00Z') });
  const properties = workbook.readProperties();
  appendQaLogRow(workbook, tabState(workbook), {
    at: new Date('2026-11-23T16:30:00Z'),
    by: 'ana@agency.example',
    readoutRefreshed: properties[LAST_REFRESH_PROPERTY] ?? '',
    inputsFingerprint: properties[INPUTS_FINGERPRINT_PROPERTY] ?? '',
    checksRun: 'health; listing, promo and link QA',
    errors: 0,
    warnings: 0,
    notes: 0,
    manualItems: '',
    note: '',
  });
  return workbook;
}
