import type { DayRange } from '../../metrics/dayRange';
import type { Settings } from '../../settings/settings';
import { parseNumber } from '../../values/parseNumber';
import { formatDay } from '../../values/calendarDay';
import type { CellValue } from '../../workbook/workbookPort';
import type { PromotionItem, Promotions } from '../../report/clientUpdate';
import { spanText } from '../../report/scorecard';
import { planTab, readTrackerRows, type TrackerRow } from './trackerTable';

export const PROMO_CALENDAR = 'Promo calendar';
export const UPCOMING_DAYS = 14;

function discountText(cell: string): string {
  const value = parseNumber(cell);
  if (value === undefined || isNaN(value)) return cell;
  return value > 0 && value <= 1 ? `${Math.round(value * 1000) / 10}%` : cell;
}

function item(row: TrackerRow, start: number, end: number): PromotionItem {
  return {
    event: row.text('Event'),
    type: row.text('Type'),
    start: formatDay(start),
    end: formatDay(end),
    skus: row.text('SKUs'),
    discount: discountText(row.text('Discount')),
    owner: row.text('Owner'),
    status: row.text('Status'),
  };
}

/** `Promo calendar` rows that ran during the period, and those starting in the 14 days after as-of. */
export function promotions(values: CellValue[][] | undefined, period: DayRange, asOf: number, settings: Settings): Promotions {
  const upcomingWindow = { from: asOf + 1, to: asOf + UPCOMING_DAYS };
  const rows = readTrackerRows(values, planTab(PROMO_CALENDAR), settings);
  const base = { upcomingWindow: spanText(upcomingWindow) };
  if (typeof rows === 'string') return { ...base, inPeriod: [], upcoming: [], detail: rows };
  const dated = rows
    .filter((row) => row.text('Event') && row.text('Status').toLowerCase() !== 'idea')
    .flatMap((row) => {
      const start = row.day('Start date');
      if (start === undefined) return [];
      return [{ row, start, end: row.day('End date') ?? start }];
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    ...base,
    inPeriod: dated.filter(({ start, end }) => start <= period.to && end >= period.from).map(({ row, start, end }) => item(row, start, end)),
    upcoming: dated
      .filter(({ start }) => start >= upcomingWindow.from && start <= upcomingWindow.to)
      .map(({ row, start, end }) => item(row, start, end)),
  };
}
