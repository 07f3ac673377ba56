import { basename } from 'node:path';
import type { ImportedRows } from '../../core/actions/importRows';
import { importSummaryText } from '../../core/actions/importSummary';
import type { Settings } from '../../core/settings/settings';
import { workbookSettings } from '../../core/workbook/settingsTab';
import { INPUT_TABS } from '../../core/workbook/tabNames';
import { writeImportedTab } from '../../core/actions/writeImportedTab';
import type { CellValue } from '../../core/workbook/workbookPort';
import type { CommandContext } from './commandContext';
import { readExportFile } from '../import/readExportFile';
import { assertWritable } from '../files/writeFileAtomically';
import { openXlsx, saveXlsx } from '../xlsx/xlsxFile';

/** Which tab an export goes to, and how its rows merge with the tab's. */
export interface TabImport {
  readonly tab: string;
  readonly merge: (existing: CellValue[][] | undefined, exported: CellValue[][], exportName: string, settings: Settings) => ImportedRows;
}

/** Reads the export, merges it into the tab `choose` picks for it, writes that tab once and saves the workbook atomically. */
export async function importIntoWorkbook(
  exportFile: string,
  file: string,
  context: CommandContext,
  choose: (exported: CellValue[][], exportName: string) => TabImport,
): Promise<void> {
  await assertWritable(file);
  context.reporter.status(`Reading ${file}`);
  const workbook = await openXlsx(file, context.reporter);
  context.reporter.status(`Reading ${exportFile}`);
  const exported = await readExportFile(exportFile, workbook.timeZone(), 'any');
  const exportName = basename(exportFile);
  const { tab, merge } = choose(exported, exportName);
  await workbook.preload([tab, INPUT_TABS.settings]);
  const { settings } = workbookSettings(workbook.readTab(INPUT_TABS.settings), workbook.timeZone());
  const existing = workbook.readTab(tab);
  const result = merge(existing, exported, exportName, settings);
  writeImportedTab(workbook, tab, existing !== undefined, result);
  context.reporter.status(`Writing ${file}`);
  await saveXlsx(workbook, file);
  context.print(importSummaryText(result, exportName, file, tab));
}
