import { InputError } from '../values/errors';
import { checkSettingRanges, type NumberKeys, type SettingRange } from './settingRanges';
import { DISPATCH_CUTOFFS, HEALTH_SETTING_NOTES, type HealthSettings } from './healthSettings';
import { isHolidayCalendarCode } from '../markets/holidayCalendars';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Limits stay below 100% so "how many more breach it" stays finite. */
const RANGES: Record<NumberKeys<HealthSettings>, SettingRange> = {
  windowDays: [1, 366, true],
  dispatchSlaBusinessDays: [0, 30, true],
  ldrLimit: [0, 0.99, false],
  ldrEnforcement: [0, 1, false],
  vtrTarget: [0.01, 1, false],
  sfcrLimit: [0, 0.99, false],
  cancelRateLimit: [0, 0.99, false],
  refundRateLimit: [0, 0.99, false],
  watchMargin: [0, 0.99, false],
  minimumOrders: [0, 1_000_000, true],
};

function settingName(key: keyof HealthSettings): string {
  return `Setting '${HEALTH_SETTING_NOTES[key].label}' (${key})`;
}

/** Settings come from a tab users edit: a value out of range is an error naming it, not a silently odd rate. */
export function checkHealthSettings(health: HealthSettings): void {
  checkSettingRanges(health, RANGES, settingName, '0.04 = 4%');
  for (const holiday of health.holidays) {
    if (!ISO_DAY.test(String(holiday).trim())) throw holidaySettingError(String(holiday).trim());
  }
  if (!isHolidayCalendarCode(health.holidayCalendar)) {
    throw new InputError(`${settingName('holidayCalendar')} must be a market code (US, UK, ID, …) or 'none'; got '${health.holidayCalendar}'.`);
  }
  if (!DISPATCH_CUTOFFS.includes(health.dispatchCutoff)) {
    throw new InputError(
      `${settingName('dispatchCutoff')} must be ${DISPATCH_CUTOFFS.map((c) => `'${c}'`).join(' or ')}; got '${health.dispatchCutoff}'.`,
    );
  }
}

export function holidaySettingError(text: string): InputError {
  return new InputError(`${settingName('holidays')}: '${text}' is not a date written YYYY-MM-DD (for example 2026-12-24).`);
}
