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

const HOW = 'docs/BIGQUERY.md (schema, load recipe, what was verified).';

export const BIGQUERY_SETTING_NOTES: Record<keyof BigQuerySettings, { label: string; description: string; source: string }> = {
  project: {
    label: 'BigQuery project',
    description: 'Google Cloud project ID that runs (and is billed for) TTS Ops › Run on BigQuery…; blank: the project of the table id.',
    source: HOW,
  },
  table: {
    label: 'BigQuery table',
    description: 'The orders table as project.dataset.table, loaded with `tts-ops sql --load export.csv`; needed only by Run on BigQuery….',
    source: HOW,
  },
  metrics: {
    label: 'BigQuery metrics',
    description: 'Comma list of metrics Run on BigQuery… computes (order-export metrics only).',
    source: 'docs/METRICS.md.',
  },
  rows: { label: 'BigQuery rows', description: 'day, week, month, or a column such as Seller SKU: one row per value, then Total.', source: HOW },
};

/** A Settings value checked as it is read: a table id must be one BigQuery accepts. */
export function checkBigQuerySettings(settings: BigQuerySettings): void {
  if (settings.table) tableIdParts(settings.table);
  if (settings.project && !/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(settings.project))
    throw new InputError(`'${settings.project}' is not a Google Cloud project ID (6–30 lower-case letters, digits or -).`);
}
