import type { Workbook } from '../workbook/workbookPort';
import type { ImportedRows } from './importRows';

/** Writes an import's merged rows in one call: over the tab when it was there (keeping its formats), else as a new tab with a frozen header. */
export function writeImportedTab(workbook: Workbook, tab: string, existed: boolean, result: ImportedRows): void {
  const { headerRow } = result;
  if (existed) workbook.updateCells(tab, result.values);
  else workbook.writeTab({ name: tab, values: result.values, frozenRows: headerRow + 1, headerRows: [headerRow] });
}
