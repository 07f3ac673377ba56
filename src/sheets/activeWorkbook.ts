import { AppsScriptWorkbook } from './appsScriptWorkbook';

/** The spreadsheet the menu or sidebar was opened from, as the Workbook port. */
export function activeWorkbook(): AppsScriptWorkbook {
  return new AppsScriptWorkbook(SpreadsheetApp.getActiveSpreadsheet(), PropertiesService.getDocumentProperties(), SpreadsheetApp);
}
