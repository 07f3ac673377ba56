import type { DateOrder } from '../values/parseDateTime';
import type { DecimalMark } from '../values/parseNumber';
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from './healthSettings';
import { DEFAULT_QA_SETTINGS, type QaSettings } from './qaSettings';
import { DEFAULT_CHECKLIST_SETTINGS, type ChecklistSettings } from './checklistSettings';
import { DEFAULT_BIGQUERY_SETTINGS, type BigQuerySettings } from './bigQuerySettings';

/**
 * Everything a user may change about how numbers are computed. Health and QA thresholds join this
 * record as their own sections; every value has a documented default (docs/METRICS.md).
 */
export interface Settings {
  /** IANA zone of the shop's reporting day; Date cells are read in it. */
  timeZone: string;
  /** 1 = weeks start on Monday (ISO), 0 = Sunday (Sheets' WEEKNUM default). */
  weekStart: 0 | 1;
  /** How `03/04/2026` reads when the data itself does not settle it; unset (no market, no row): such a date is refused. */
  dateOrder: DateOrder | undefined;
  /** The decimal mark of text amounts no value of their column settles (`1.250`); unset: such an amount is refused. */
  decimalMark: DecimalMark | undefined;
  /** Dates before this day (YYYY-MM-DD) are typos, not data. */
  earliestDate: string;
  /** Dates more than this many years after today are typos, not data. */
  latestYearsAhead: number;
  health: HealthSettings;
  qa: QaSettings;
  checklist: ChecklistSettings;
  bigquery: BigQuerySettings;
}

export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'America/Los_Angeles',
  weekStart: 1,
  dateOrder: undefined,
  decimalMark: undefined,
  earliestDate: '2016-01-01',
  latestYearsAhead: 1,
  health: DEFAULT_HEALTH_SETTINGS,
  qa: DEFAULT_QA_SETTINGS,
  checklist: DEFAULT_CHECKLIST_SETTINGS,
  bigquery: DEFAULT_BIGQUERY_SETTINGS,
};

export function withSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
