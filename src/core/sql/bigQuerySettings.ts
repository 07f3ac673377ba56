import { InputError } from '../errors';
import { tableIdParts } from './sqlNames';

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

export const BIGQUERY_SETTING_NOTES: Record<keyof BigQuerySettings, { label: string; description: string; source: string }> = {
  project: { label: 'Project', description: 'Runs the query (blank: the table’s).', source: HOW },
  table: { label: 'Table', description: 'project.dataset.table of the orders.', source: HOW },
  metrics: { label: 'Metrics', description: 'Metrics to compute.', source: HOW },
  rows: { label: 'Rows', description: 'day, week, month or a column.', source: HOW },
};

/** A Settings value checked as it is read: a table id must be one BigQuery accepts. */
export function checkBigQuerySettings(settings: BigQuerySettings): void {
  if (settings.table) tableIdParts(settings.table);
  if (settings.project && !/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(settings.project))
    throw new InputError(`'${settings.project}' is not a Google Cloud project ID.`);
}
