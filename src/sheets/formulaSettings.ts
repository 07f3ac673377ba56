import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import { checkDateCellZone } from '../core/workbook/checkDateCellZone';
import { workbookSettings } from '../core/workbook/settingsTab';
import { INPUT_TABS } from '../core/workbook/tabNames';

/**
 * Settings a custom function computes with: the Settings tab when the workbook has one (one
 * read-only getValues, no authorisation needed), over the defaults and the spreadsheet's time zone.
 */
export function formulaSettings(): Settings {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet?.getSpreadsheetTimeZone() || DEFAULT_SETTINGS.timeZone;
  const values = spreadsheet?.getSheetByName(INPUT_TABS.settings)?.getDataRange().getValues();
  const { settings } = workbookSettings(values, timeZone);
  checkDateCellZone(settings, timeZone);
  return settings;
}
