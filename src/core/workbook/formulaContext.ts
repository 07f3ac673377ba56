import { reportFormat, type ReportFormat } from '../format/reportFormat';
import type { Settings } from '../settings/settings';
import { checkDateCellZone } from './checkDateCellZone';
import { isSettingsTab, workbookSettings } from './settingsTab';
import { shopFormat } from './shopFormat';

/** What a custom function computes and writes with. */
export interface FormulaContext {
  readonly settings: Settings;
  /** The shop's format, as the read-out writes it; without a Settings tab no currency is assumed (amounts alone). */
  readonly format: ReportFormat;
}

/** The Settings tab's values (undefined without one) over the defaults in the spreadsheet's time zone, which its dates are read in. */
export function formulaContext(settingsValues: readonly (readonly unknown[])[] | undefined, timeZone: string): FormulaContext {
  const shop = workbookSettings(settingsValues, timeZone);
  checkDateCellZone(shop.settings, timeZone);
  const format = settingsValues && isSettingsTab(settingsValues) ? shopFormat(shop) : reportFormat('', '', shop.settings.decimalMark);
  return { settings: shop.settings, format };
}
