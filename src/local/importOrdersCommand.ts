import { basename } from 'node:path';
import { importOrders } from '../core/actions/importOrders';
import { importSummaryText } from '../core/actions/importSummary';
import { INPUT_TABS } from '../core/workbook/tabNames';
import type { CommandContext } from './commandContext';
import { readExportFile } from './readExportFile';
import { assertWritable } from './writeFileAtomically';
import { openXlsx, saveXlsx } from './xlsxFile';

/** `tts-ops import-orders <export> <file.xlsx>`: appends the export's new lines to Orders, replacing lines already there. */
export async function importOrdersCommand(exportFile: string, file: string, context: CommandContext): Promise<void> {
  await assertWritable(file);
  context.reporter.status(`Reading ${file}`);
  const workbook = await openXlsx(file, context.reporter);
  context.reporter.status(`Reading ${exportFile}`);
  const exported = await readExportFile(exportFile, workbook.timeZone());
  await workbook.preload([INPUT_TABS.orders]);
  const orders = workbook.readTab(INPUT_TABS.orders);
  const result = importOrders(orders, exported, basename(exportFile));
  const { headerRow } = result;
  if (orders) workbook.updateCells(INPUT_TABS.orders, result.values);
  else workbook.writeTab({ name: INPUT_TABS.orders, values: result.values, frozenRows: headerRow + 1, headerRows: [headerRow] });
  context.reporter.status(`Writing ${file}`);
  await saveXlsx(workbook, file);
  context.print(importSummaryText(result, basename(exportFile), file, INPUT_TABS.orders));
}
