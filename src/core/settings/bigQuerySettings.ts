import { note, type SettingNote } from './settingNote';

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
