import { InputError } from '../../../src/core/values/errors';
import { withSettings } from '../../../src/core/settings/settings';
import { checkDateCellZone } from '../../../src/core/workbook/checkDateCellZone';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import { setupWorkbook } from '../../../src/core/actions/setupWorkbook';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { demoClient, NOW } from './clientFixture';

/** A workbook whose date cells are shown in a zone of its own, as a Google spreadsheet's are. */
class ZonedWorkbook extends MemoryWorkbook {
  dateCellZone(): string {
    return 'America/New_York';
  }
}

describe('the Settings time zone where date cells have a zone of their own (Google Sheets)', () => {
  it('must be the spreadsheet time zone, else days would shift', () => {
    expect(() => checkDateCellZone(withSettings({ timeZone: 'America/Los_Angeles' }), 'America/New_York')).toThrow(InputError);
    expect(() => checkDateCellZone(withSettings({ timeZone: 'America/Los_Angeles' }), 'America/Los_Angeles')).not.toThrow();
    expect(() => checkDateCellZone(withSettings({ timeZone: 'America/Los_Angeles' }), undefined)).not.toThrow();
  });

  it('stops a refresh with a message naming both zones', () => {
    const workbook = new ZonedWorkbook({ Orders: demoClient().orders }, 'America/New_York');
    setupWorkbook(workbook);
    refreshReadout(workbook, { now: NOW });
    const settings = workbook.readTab('Settings')!.map((row) => row.slice()) as CellValue[][];
    const zoneRow = settings.find((row) => row[0] === 'timeZone')!;
    zoneRow[1] = 'America/Los_Angeles';
    workbook.writeTab({ name: 'Settings', values: settings });
    expect(() => refreshReadout(workbook, { now: NOW })).toThrow(
      "Settings: the time zone 'America/Los_Angeles' differs from this spreadsheet's time zone 'America/New_York'.",
    );
  });
});
