import { runOnBigQuery } from '../core/actions/bigQueryReadout';
import { bigQueryRunner } from './bigQueryRunner';
import { withDocumentLock } from './documentLock';
import { activeWorkbook } from './activeWorkbook';
import { userFacing } from './userFacing';
import { requireScopesGranted } from './scopeConsent';

/** Asked for only when Run on BigQuery… is used (granular consent); README lists why. */
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';

export const BIGQUERY_NOT_GRANTED =
  'Run on BigQuery… needs permission to run BigQuery jobs, and it was not granted. Choose Run on BigQuery… again and tick BigQuery on the consent screen; the rest of TTS Ops works without it.';

/**
 * Menu: Run on BigQuery… (Settings rows bigquery.*).
 * @preserve
 */
global.ttsRunOnBigQuery = () =>
  userFacing(() => {
    requireScopesGranted([BIGQUERY_SCOPE], BIGQUERY_NOT_GRANTED);
    const summary = withDocumentLock(() => runOnBigQuery(activeWorkbook(), bigQueryRunner(BigQuery?.Jobs), new Date()));
    SpreadsheetApp.getUi().alert(`Wrote ${summary.tab} (${summary.groups} rows and Total). Data through ${summary.dataThrough ?? '-'}.`);
  });
