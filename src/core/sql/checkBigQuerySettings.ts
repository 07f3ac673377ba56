import { InputError } from '../values/errors';
import type { BigQuerySettings } from '../settings/bigQuerySettings';
import { tableIdParts } from './sqlNames';

/** A Settings value checked as it is read: a table id must be one BigQuery accepts. */
export function checkBigQuerySettings(settings: BigQuerySettings): void {
  if (settings.table) tableIdParts(settings.table);
  if (settings.project && !/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(settings.project))
    throw new InputError(`'${settings.project}' is not a Google Cloud project ID.`);
}
