import type { Settings } from '../../settings/settings';
import { formatDay } from '../../values/calendarDay';
import { columnLetter } from '../../values/columnLetter';
import { zonedDay } from '../../values/wallClock';
import type { DataThrough } from '../../workbook/readout/freshness';
import type { CheckFinding } from '../../qa/checkFinding';

/** A WARNING when the order export's last Paid Time is more than the setting's days before today (shop time), naming that cell. */
export function dataAgeFinding(through: DataThrough, tab: string, settings: Settings, now: Date): CheckFinding | undefined {
  const today = zonedDay(now, settings.timeZone);
  const age = today - through.day;
  const limit = settings.checklist.maxDataAgeDays;
  if (age <= limit) return undefined;
  return {
    group: 'Accuracy',
    severity: 'WARNING',
    check: 'data-old',
    tab,
    a1: `${columnLetter(through.column)}${through.row + 1}`,
    message: `The data ends ${formatDay(through.day)}, ${age} days before today (${formatDay(today)}, ${settings.timeZone}); expected at most ${limit}.`,
    fix: `Import the latest Seller Center order export into ${tab}, then refresh the read-out.`,
  };
}
