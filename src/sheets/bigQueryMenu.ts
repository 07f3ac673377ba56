import { InputError } from '../core/values/errors';
import { runOnBigQuery } from '../core/actions/bigQueryReadout';
import { bigQueryRunner } from './bigQueryRunner';
import { withDocumentLock } from './documentLock';
import { activeWorkbook } from './activeWorkbook';
import { userFacing } from './userFacing';

/** Asked for only when Run on BigQuery… is used (granular consent); README lists why. */
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';

export const BIGQUERY_NOT_GRANTED =
  'Run on BigQuery… needs permission to run BigQuery jobs, and it was not granted. Choose Run on BigQuery… again and tick BigQuery on the consent screen; the rest of TTS Ops works without it.';

/** ScriptApp's granular-consent calls (developers.google.com/apps-script/concepts/scopes); the installed typings predate their scopes argument. */
type GranularConsent = Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode' | 'requireScopes'> & {
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, scopes: string[]): { getAuthorizedScopes(): string[] | null };
};

/**
 * Asks for the BigQuery scope: a user may have left it unticked on the consent screen, and requireScopes then shows the
 * prompt again and ends the run. Where it cannot, or the user declines again, the run stops here with what to do.
 */
function requireBigQueryScope(script: GranularConsent): void {
  script.requireScopes(script.AuthMode.FULL, [BIGQUERY_SCOPE]);
  const granted = script.getAuthorizationInfo(script.AuthMode.FULL, [BIGQUERY_SCOPE]).getAuthorizedScopes() ?? [];
  if (!granted.includes(BIGQUERY_SCOPE)) throw new InputError(BIGQUERY_NOT_GRANTED);
}

/**
 * Menu: Run on BigQuery… (Settings rows bigquery.*).
 * @preserve
 */
global.ttsRunOnBigQuery = () =>
  userFacing(() => {
    requireBigQueryScope(ScriptApp as unknown as GranularConsent);
    const summary = withDocumentLock(() => runOnBigQuery(activeWorkbook(), bigQueryRunner(BigQuery?.Jobs), new Date()));
    SpreadsheetApp.getUi().alert(`Wrote ${summary.tab} (${summary.groups} rows and Total). Data through ${summary.dataThrough ?? '-'}.`);
  });
