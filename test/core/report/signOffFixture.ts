import { signOff } from '../../../src/core/actions/signOff';
import type { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';

/** Refreshed at 08:00 and signed off by ana@agency.example at 08:30 (Los Angeles, 23 Nov 2026), every manual item ticked. */
export function refreshedAndSignedOff(workbook: MemoryWorkbook): MemoryWorkbook {
  refreshReadout(workbook, { now: new Date('2026-11-23T16:00:00Z') });
  signOff(workbook, { by: 'ana@agency.example', note: '', ticked: 'all' }, new Date('2026-11-23T16:30:00Z'));
  return workbook;
}
