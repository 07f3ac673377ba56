import { withSettings, type Settings } from '../core/settings';

/** Settings a custom function may read: the spreadsheet's time zone (read-only access, no authorisation). */
export function formulaSettings(): Settings {
  const timeZone = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone();
  return withSettings(timeZone ? { timeZone } : {});
}
