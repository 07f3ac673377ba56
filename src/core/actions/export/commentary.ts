import type { DayRange } from '../../metrics/dayRange';
import type { Settings } from '../../settings/settings';
import { REPORT_SECTIONS, type ReportSection } from '../../report/reportSections';
import { COMMENTARY_TAB } from '../../workbook/setupTabs';
import type { CellValue } from '../../workbook/workbookPort';
import type { Commentary } from '../../report/clientUpdate';
import { planTab, readTrackerRows } from './trackerTable';

/**
 * The account manager's own words for this period: `Commentary` rows whose Period day falls in it, by section, in
 * the tab's order. What cannot be placed (no tab, a bad date, an unknown section) is said for the internal notes.
 */
export function commentary(values: CellValue[][] | undefined, period: DayRange, settings: Settings): Commentary {
  const rows = readTrackerRows(values, planTab(COMMENTARY_TAB), settings);
  if (typeof rows === 'string') return { items: [], details: [rows] };
  const details: string[] = [];
  const items = rows.flatMap((row, i) => {
    const day = row.day('Period');
    const text = row.text('Text');
    if (day === undefined || day < period.from || day > period.to || !text) return [];
    const section = REPORT_SECTIONS.find((name) => name.toLowerCase() === row.text('Section').toLowerCase());
    if (section) return [{ section, text }];
    details.push(`${COMMENTARY_TAB}, data row ${i + 1}: section '${row.text('Section')}' is not one of ${REPORT_SECTIONS.join(', ')}; not printed.`);
    return [] as { section: ReportSection; text: string }[];
  });
  return { items, details };
}
