import { note, settingSection } from './settingNote';

/** Where `Run on BigQuery…` reads from and what it computes (Settings rows `bigquery.*`). */
export interface BigQuerySettings {
  /** Google Cloud project billed for the query. */
  project: string;
  /** The typed orders table, project.dataset.table (docs/BIGQUERY.md). */
  table: string;
  metrics: string;
  rows: string;
}

const HOW = 'docs/BIGQUERY.md';

const BIGQUERY = settingSection<BigQuerySettings>({
  project: ['', note('Project', 'Runs the query (blank: the table’s).', HOW)],
  table: ['', note('Table', 'project.dataset.table of the orders.', HOW)],
  metrics: ['GMV, Orders, AOV, Refund rate', note('Metrics', 'Metrics to compute.', HOW)],
  rows: ['week', note('Rows', 'day, week, month or a column.', HOW)],
});

export const DEFAULT_BIGQUERY_SETTINGS: BigQuerySettings = BIGQUERY.defaults;
export const BIGQUERY_SETTING_NOTES = BIGQUERY.notes;
