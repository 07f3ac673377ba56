import { InputError } from '../values/errors';
import type { Settings } from '../settings/settings';

/**
 * Google Sheets shows (and hands over) date cells in the spreadsheet's own time zone; read in
 * another zone they would move across midnight into the wrong day, so a mismatch is refused.
 */
export function checkDateCellZone(settings: Settings, dateCellZone: string | undefined): void {
  if (dateCellZone === undefined || dateCellZone === settings.timeZone) return;
  throw new InputError(
    `Settings: the time zone '${settings.timeZone}' differs from this spreadsheet's time zone '${dateCellZone}'. ` +
      "Sheets shows date cells in the spreadsheet's zone, so both must be the shop's zone: change the Settings row or File → Settings → Time zone.",
  );
}
