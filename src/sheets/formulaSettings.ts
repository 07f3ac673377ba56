import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import { formulaContext, type FormulaContext } from '../core/workbook/formulaContext';
import { INPUT_TABS } from '../core/workbook/tabNames';

/** What a custom function computes and writes with: the Settings tab when the workbook has one (one read-only getValues, no authorisation needed), in the spreadsheet's time zone. */
export function formulaShop(): FormulaContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet?.getSpreadsheetTimeZone() || DEFAULT_SETTINGS.timeZone;
  return formulaContext(spreadsheet?.getSheetByName(INPUT_TABS.settings)?.getDataRange().getValues(), timeZone);
}

/** Settings a custom function computes with, for the formulas that return numbers only. */
export function formulaSettings(): Settings {
  return formulaShop().settings;
}
