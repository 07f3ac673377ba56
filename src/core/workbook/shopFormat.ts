import { reportFormat, type ReportFormat } from '../format/reportFormat';
import type { WorkbookSettings } from './settingsTab';

/** The one way this workbook's shop writes numbers: its market's, in its currency; without a market, the Settings decimal mark. */
export function shopFormat({ settings, client }: WorkbookSettings): ReportFormat {
  return reportFormat(client.currency, client.market, settings.decimalMark);
}
