import { InputError } from '../core/values/errors';
import type { QueryRunner } from '../core/actions/bigQueryReadout';

/** How long one request waits for the job on BigQuery's side; the menu action has 6 minutes in all. */
const WAIT_MS = 30_000;
const MAX_WAITS = 10;

type Jobs = Pick<GoogleAppsScript.BigQuery.Collection.JobsCollection, 'query' | 'getQueryResults'>;
type Row = GoogleAppsScript.BigQuery.Schema.TableRow;

/** Queries through the BigQuery advanced service: waits for the job, then reads every page of rows. */
export function bigQueryRunner(jobs: Jobs | undefined): QueryRunner {
  if (!jobs) throw new InputError('The BigQuery advanced service is not enabled for this script (README).');
  return {
    query(projectId, sql) {
      let response: GoogleAppsScript.BigQuery.Schema.QueryResponse | GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse = jobs.query(
        { query: sql, useLegacySql: false, timeoutMs: WAIT_MS },
        projectId,
      );
      const jobId = response.jobReference?.jobId ?? '';
      const location = response.jobReference?.location;
      const page = (pageToken?: string): GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse =>
        jobs.getQueryResults(projectId, jobId, { timeoutMs: WAIT_MS, ...(location ? { location } : {}), ...(pageToken ? { pageToken } : {}) });
      for (let waits = 0; !response.jobComplete; waits++) {
        if (waits === MAX_WAITS) throw new InputError(`BigQuery job ${jobId} has not finished after 5 minutes; try again later.`);
        response = page();
      }
      const rows: Row[] = [...(response.rows ?? [])];
      for (let token = response.pageToken; token;) {
        const next = page(token);
        rows.push(...(next.rows ?? []));
        token = next.pageToken;
      }
      return rows.map((row) => (row.f ?? []).map((cell) => (cell.v === undefined || cell.v === null ? null : String(cell.v))));
    },
  };
}
