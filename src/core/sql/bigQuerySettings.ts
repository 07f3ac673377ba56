import { InputError } from '../errors';
import { tableIdParts } from './sqlNames';
import { note, type SettingNote } from '../workbook/settingNote';

/** Where `Run on BigQuery…` reads from and what it computes (Settings rows `bigquery.*`). */
export interface BigQuerySettings {
  /** Google Cloud project billed for the query. */
  project: string;
  /** The typed orders table, project.dataset.table (docs/BIGQUERY.md). */
  table: string;
  metrics: string;
  rows: string;
}

export const DEFAULT_BIGQUERY_SETTINGS: BigQuerySettings = { project: '', table: '', metrics: 'GMV, Orders, AOV, Refund rate', rows: 'week' };

const HOW = 'docs/BIGQUERY.md';

export const BIGQUERY_SETTING_NOTES: Record<keyof BigQuerySettings, SettingNote> = {
  project: note('Project', 'Runs the query (blank: the table’s).', HOW),
  table: note('Table', 'project.dataset.table of the orders.', HOW),
  metrics: note('Metrics', 'Metrics to compute.', HOW),
  rows: note('Rows', 'day, week, month or a column.', HOW),
};

/** A Settings value checked as it is read: a table id must be one BigQuery accepts. */
export function checkBigQuerySettings(settings: BigQuerySettings): void {
  if (settings.table) tableIdParts(settings.table);
  if (settings.project && !/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(settings.project))
    throw new InputError(`'${settings.project}' is not a Google Cloud project ID.`);
}
