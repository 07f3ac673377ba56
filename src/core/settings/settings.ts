import type { ReadOptions } from '../values/readOptions';
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from './healthSettings';
import { DEFAULT_QA_SETTINGS, type QaSettings } from './qaSettings';
import { DEFAULT_CHECKLIST_SETTINGS, type ChecklistSettings } from './checklistSettings';
import { DEFAULT_BIGQUERY_SETTINGS, type BigQuerySettings } from './bigQuerySettings';

/**
 * Everything a user may change about how numbers are computed: the read options, then one section per
 * feature (health, QA, checklist, BigQuery); every value has a documented default (docs/METRICS.md).
 */
export interface Settings extends ReadOptions {
  health: HealthSettings;
  qa: QaSettings;
  checklist: ChecklistSettings;
  bigquery: BigQuerySettings;
}

export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'America/Los_Angeles',
  weekStart: 1,
  dateOrder: undefined,
  typedDateOrder: undefined,
  typedBuddhistEra: false,
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
