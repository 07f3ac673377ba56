import { InputError } from '../core/values/errors';
import { AppsScriptWorkbook } from './appsScriptWorkbook';
import { metadataProperties } from './spreadsheetProperties';

/** A spreadsheet by its ID, as the Workbook port (one getValues per tab read); the board only reads it. `gone`: what to say when it cannot be opened. */
export function openSpreadsheet(id: string, gone = 'cannot be opened: it was deleted, or it is not shared with you'): AppsScriptWorkbook {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    spreadsheet = SpreadsheetApp.openById(id);
  } catch {
    throw new InputError(gone);
  }
  return new AppsScriptWorkbook(spreadsheet, metadataProperties(spreadsheet), SpreadsheetApp);
}
