// TTS Ops › Run on BigQuery… in the built bundle, against a recording fake of the BigQuery advanced service that answers with DuckDB's results.
import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { ttsPivot } from '../../src/core/formulas/pivotFormula';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { compileMetricsQuery, lastPaidTimeQuery } from '../../src/core/sql/metricsQuery';
import { DUCKDB } from '../../src/core/sql/duckdbDialect';
import { BIGQUERY } from '../../src/core/sql/sqlDialect';
import { DEFAULT_WORKBOOK_SETTINGS, settingsTabRows } from '../../src/core/workbook/settingsTab';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { loadDemoOrders, type DuckDbOrders } from '../support/duckdbOrders';
import { BUNDLE_PATH, bundleSource } from '../support/loadBundle';

const TABLE = 'acme-shops.tts.orders';
const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';
const METRICS = 'GMV, Orders, AOV, Refund rate';
type Globals = Record<string, (...args: unknown[]) => unknown>;

let demo: DuckDbOrders;
/** The BigQuery SQL the add-on should send → DuckDB's answer to the same query in its dialect. */
const answers = new Map<string, (string | null)[][]>();

beforeAll(async () => {
  if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  demo = await loadDemoOrders();
  const request = { metrics: METRICS, rows: 'week', settings: DEFAULT_SETTINGS };
  answers.set(
    compileMetricsQuery({ ...request, table: TABLE }, BIGQUERY).sql,
    await demo.rowsAsBigQueryText(compileMetricsQuery({ ...request, table: 'tts.orders' }, DUCKDB).sql),
  );
  answers.set(lastPaidTimeQuery(TABLE, DEFAULT_SETTINGS), await demo.rowsAsBigQueryText(lastPaidTimeQuery('tts.orders', DEFAULT_SETTINGS, DUCKDB)));
});

/** Jobs.query answers "not done yet"; getQueryResults then gives the rows in pages of 5. */
function fakeBigQuery(events: string[]) {
  const jobs = new Map<string, (string | null)[][]>();
  const page = (rows: (string | null)[][], from: number) => ({
    jobComplete: true,
    rows: rows.slice(from, from + 5).map((row) => ({ f: row.map((v) => ({ v })) })),
    ...(from + 5 < rows.length ? { pageToken: String(from + 5) } : {}),
  });
  return {
    Jobs: {
      query(resource: { query: string; useLegacySql: boolean }, projectId: string) {
        events.push(`query ${projectId} legacy=${resource.useLegacySql}`);
        const rows = answers.get(resource.query);
        if (!rows) throw new Error(`unexpected query:\n${resource.query}`);
        const jobId = `job-${jobs.size + 1}`;
        jobs.set(jobId, rows);
        return { jobComplete: false, jobReference: { jobId, location: 'US', projectId } };
      },
      getQueryResults(projectId: string, jobId: string, options: { pageToken?: string; location?: string }) {
        events.push(`getQueryResults ${projectId} ${jobId} ${options.location} page ${options.pageToken ?? 'first'}`);
        return page(jobs.get(jobId)!, Number(options.pageToken ?? 0));
      },
    },
  };
}

/** Runs the menu item; `granted` is what the user ticked on the consent screen (granular consent), as getAuthorizationInfo reports it. */
function run(spreadsheet: FakeSpreadsheet, granted: string[] = [BIGQUERY_SCOPE], events: string[] = []): { events: string[]; alerts: string[] } {
  const app = fakeAppsScript(spreadsheet);
  const ScriptApp = {
    AuthMode: { FULL: 'FULL' },
    requireScopes: (mode: string, scopes: string[]) => events.push(`requireScopes ${mode} ${scopes.join(' ')}`),
    getAuthorizationInfo: (mode: string, scopes: string[]) => ({
      getAuthorizedScopes: () => (mode === 'FULL' ? scopes.filter((scope) => granted.includes(scope)) : []),
    }),
  };
  const context = vm.createContext({ ...app, ScriptApp, BigQuery: fakeBigQuery(events) });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  (context as unknown as Globals).ttsRunOnBigQuery();
  return { events, alerts: app.ui.alerts };
}

function settingsTab(overrides: Record<string, string>): unknown[][] {
  return settingsTabRows(DEFAULT_WORKBOOK_SETTINGS).map((row) =>
    String(row[0]) in overrides ? [row[0], overrides[String(row[0])], ...row.slice(2)] : row,
  );
}

describe('Run on BigQuery… (bundle, fake BigQuery service)', () => {
  it('asks for the BigQuery scope first, runs the query of the Settings rows, pages the results and writes TTS · BigQuery', () => {
    const spreadsheet = new FakeSpreadsheet({ Settings: settingsTab({ 'bigquery.table': TABLE, 'client.name': 'Acme' }) });
    const { events, alerts } = run(spreadsheet);
    expect(events[0]).toBe('requireScopes FULL https://www.googleapis.com/auth/bigquery');
    expect(events).toContain('query acme-shops legacy=false');
    expect(events).toContain('getQueryResults acme-shops job-1 US page 5');
    const tab = spreadsheet.sheet('TTS · BigQuery')!.snapshot();
    expect(tab[0][0]).toBe('TTS · BigQuery · Acme');
    expect(tab[1][0]).toMatch(/^Definition used: GMV: Sum of 'SKU Subtotal After Discount'.*Computed in BigQuery from acme-shops\.tts\.orders/);
    expect(tab[2][0]).toMatch(/^Data through 2026-11-22 23:47, America\/Los_Angeles; refreshed /);
    const engine = ttsPivot(demo.sheetValues, 'week', METRICS, '', '', DEFAULT_SETTINGS);
    const table = tab.slice(4).map((row) => row.slice(0, 5));
    expect(table[0]).toEqual(engine[0]);
    expect(table).toHaveLength(engine.length);
    table.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(engine[i + 1][0]);
      row.slice(1).forEach((value, c) => expect(value).toBeCloseTo(engine[i + 1][c + 1] as number, 6));
    });
    expect(alerts).toEqual([`Wrote TTS · BigQuery (${engine.length - 2} rows and Total). Data through 2026-11-22 23:47.`]);
  });

  it('stops with what to do, not a stack trace, when the user left the BigQuery scope unticked and declines again', () => {
    const spreadsheet = new FakeSpreadsheet({ Settings: settingsTab({ 'bigquery.table': TABLE }) });
    const events: string[] = [];
    expect(() => run(spreadsheet, [], events)).toThrow(
      new Error(
        'Run on BigQuery… needs permission to run BigQuery jobs, and it was not granted. Choose Run on BigQuery… again and tick BigQuery on the consent screen; the rest of TTS Ops works without it.',
      ),
    );
    expect(events).toEqual([`requireScopes FULL ${BIGQUERY_SCOPE}`]); // asked again, then no query sent
    expect(spreadsheet.sheet('TTS · BigQuery')).toBeUndefined();
  });

  it("never overwrites a user's tab of the same name", () => {
    const spreadsheet = new FakeSpreadsheet({ Settings: settingsTab({ 'bigquery.table': TABLE }), 'TTS · BigQuery': [['my notes']] });
    run(spreadsheet);
    expect(spreadsheet.sheet('TTS · BigQuery')!.snapshot()).toEqual([['my notes']]);
    expect(spreadsheet.sheet('TTS · BigQuery (2)')!.snapshot()[0][0]).toBe('TTS · BigQuery');
  });

  it('says which Settings row to fill when the table is blank, before any BigQuery call', () => {
    const spreadsheet = new FakeSpreadsheet({ Settings: settingsTab({}) });
    expect(() => run(spreadsheet)).toThrow("Settings: 'bigquery.table' is blank. Give the orders table as project.dataset.table");
  });

  it('refuses a table id BigQuery would not accept, naming its Settings row', () => {
    const spreadsheet = new FakeSpreadsheet({ Settings: settingsTab({ 'bigquery.table': 'orders; DROP TABLE x' }) });
    expect(() => run(spreadsheet)).toThrow(/^Settings: row \d+, column B 'Value': 'orders; DROP TABLE x' is not a BigQuery table id/);
  });
});
