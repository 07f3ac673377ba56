import { InputError } from '../values/errors';
import { formatWallClock } from '../values/formatWallClock';
import { parseDateTime } from '../values/parseDateTime';
import { metricFormats, numberFormats } from '../format/numberFormats';
import { readoutColumns, READOUT_FROZEN_ROWS, startReadout } from '../workbook/readout/readoutContext';
import { tabState, writeOwnedTab } from '../workbook/ownedTabs';
import { workbookSettings } from '../workbook/settingsTab';
import { INPUT_TABS } from '../workbook/tabNames';
import type { CellValue, Workbook } from '../workbook/workbookPort';
import { compileMetricsQuery, lastPaidTimeQuery } from '../sql/metricsQuery';
import { tableIdParts } from '../sql/sqlNames';

export const BIGQUERY_TAB = 'TTS · BigQuery';

/** Runs one query in a BigQuery project: the result rows as the REST API gives them (text cells, null for NULL). */
export interface QueryRunner {
  query(projectId: string, sql: string): (string | number | null)[][];
}

export interface BigQueryRunSummary {
  readonly tab: string;
  /** Group rows written, the Total row not counted. */
  readonly groups: number;
  readonly dataThrough: string | null;
}

/**
 * `Run on BigQuery…`: the Settings rows bigquery.* compiled to one query (the engine's rules),
 * run where the data lives, written to the owned tab `TTS · BigQuery` with its definition and freshness lines.
 */
export function runOnBigQuery(workbook: Workbook, runner: QueryRunner, now: Date): BigQueryRunSummary {
  const { settings, client } = workbookSettings(workbook.readTab(INPUT_TABS.settings), workbook.timeZone());
  const { table, metrics, rows } = settings.bigquery;
  if (!table) throw new InputError("Settings: 'bigquery.table' is blank. Give the orders table as project.dataset.table (docs/BIGQUERY.md).");
  const parts = tableIdParts(table);
  const project = settings.bigquery.project || (parts.length === 3 ? parts[0] : '');
  if (!project)
    throw new InputError(`Settings: 'bigquery.project' is blank and the table '${table}' names no project; give the project ID that runs the query.`);
  const query = compileMetricsQuery({ metrics, rows, table, settings });
  const result = runner.query(project, query.sql);
  const lastPaid = runner.query(project, lastPaidTimeQuery(table, settings))[0]?.[0];
  const wall = typeof lastPaid === 'string' ? parseDateTime(lastPaid, 'MDY', settings.timeZone) : undefined;
  const dataThrough = wall === undefined || isNaN(wall) ? null : formatWallClock(wall);

  const formats = numberFormats(client.currency);
  const columnFormats = [null, ...query.metrics.map((m) => metricFormats(m, formats).value)];
  const definition =
    `${query.metrics.map((m) => `${m.name}: ${m.definition}`).join(' ')} ` +
    `Computed in BigQuery from ${parts.join('.')} (project ${project}), same rules as the formulas.`;
  const builder = startReadout({ settings, client, formats, now, dataThrough, problems: [] }, BIGQUERY_TAB, definition);
  builder.heading(query.columns.map((c) => c.title));
  result.forEach((row, r) => {
    const cells: CellValue[] = row.map((cell, c) => (c === 0 ? String(cell ?? '') : cell === null || cell === '' ? '' : Number(cell)));
    if (r === result.length - 1) builder.heading(cells, columnFormats);
    else builder.row(cells, columnFormats);
  });
  const name = writeOwnedTab(workbook, builder.build(READOUT_FROZEN_ROWS, readoutColumns(query.columns.length)), tabState(workbook));
  return { tab: name, groups: Math.max(0, result.length - 1), dataThrough };
}
