import { runOnBigQuery } from '../core/sql/bigQueryReadout';
import { bigQueryRunner } from './bigQueryRunner';
import { withDocumentLock } from './documentLock';
import { activeWorkbook } from './menu';
import { userFacing } from './userFacing';

/** Asked for only when Run on BigQuery… is used (granular consent); README lists why. */
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';

/**
 * Menu: runs the Settings' bigquery.metrics by bigquery.rows on the BigQuery table bigquery.table and writes TTS · BigQuery.
 * @preserve
 */
global.ttsRunOnBigQuery = () =>
  userFacing(() => {
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [BIGQUERY_SCOPE]);
    const summary = withDocumentLock(() => runOnBigQuery(activeWorkbook(), bigQueryRunner(BigQuery?.Jobs), new Date()));
    SpreadsheetApp.getUi().alert(
      `Wrote ${summary.tab}: ${summary.groups} rows and the Total, computed in BigQuery.\n` +
        (summary.dataThrough ? `Data through ${summary.dataThrough}.` : 'The table has no paid orders.'),
    );
  });
