import { AppsScriptWorkbook } from './appsScriptWorkbook';
import { mirroredProperties } from './spreadsheetProperties';

/** The spreadsheet the menu or sidebar was opened from, as the Workbook port. */
export function activeWorkbook(): AppsScriptWorkbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return new AppsScriptWorkbook(spreadsheet, mirroredProperties(PropertiesService.getDocumentProperties(), spreadsheet), SpreadsheetApp);
}
