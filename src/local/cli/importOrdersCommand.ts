import { importAnalytics } from '../../core/actions/importAnalytics';
import { importOrders } from '../../core/actions/importOrders';
import { recognizeExport } from '../../core/table/recognizeExport';
import { InputError } from '../../core/values/errors';
import { INPUT_TABS } from '../../core/workbook/tabNames';
import type { CommandContext } from './commandContext';
import { importIntoWorkbook, type TabImport } from './importIntoWorkbook';

const ORDERS: TabImport = { tab: INPUT_TABS.orders, merge: importOrders };
const ANALYTICS: TabImport = { tab: INPUT_TABS.analytics, merge: importAnalytics };

/** `tts-ops import <export> <file.xlsx>`: an order export goes to Orders, a Data Compass analytics export to Analytics. */
export function importCommand(exportFile: string, file: string, context: CommandContext): Promise<void> {
  return importIntoWorkbook(exportFile, file, context, (exported) => (recognizeExport(exported) === 'analytics' ? ANALYTICS : ORDERS));
}

/** `tts-ops import-orders <export> <file.xlsx>`: appends the export's new lines to Orders, replacing lines already there. */
export function importOrdersCommand(exportFile: string, file: string, context: CommandContext): Promise<void> {
  return importIntoWorkbook(exportFile, file, context, (exported, exportName) => {
    if (recognizeExport(exported) === 'analytics') {
      throw new InputError(
        `${exportName} is a Data Compass analytics export, not an order export; import it with: tts-ops import ${exportName} <file.xlsx>`,
      );
    }
    return ORDERS;
  });
}
