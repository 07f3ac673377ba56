import { runOnBigQuery } from '../core/sql/bigQueryReadout';
import { bigQueryRunner } from './bigQueryRunner';
import { withDocumentLock } from './documentLock';
import { activeWorkbook } from './activeWorkbook';
import { userFacing } from './userFacing';

/** Asked for only when Run on BigQuery… is used (granular consent); README lists why. */
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';

/**
 * Menu: Run on BigQuery… (Settings rows bigquery.*).
 * @preserve
 */
global.ttsRunOnBigQuery = () =>
  userFacing(() => {
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [BIGQUERY_SCOPE]);
    const summary = withDocumentLock(() => runOnBigQuery(activeWorkbook(), bigQueryRunner(BigQuery?.Jobs), new Date()));
    SpreadsheetApp.getUi().alert(`Wrote ${summary.tab} (${summary.groups} rows and Total). Data through ${summary.dataThrough ?? '-'}.`);
  });
