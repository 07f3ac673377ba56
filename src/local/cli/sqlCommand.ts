import { InputError } from '../../core/values/errors';
import { DEFAULT_SETTINGS, withSettings, type Settings } from '../../core/settings/settings';
import { parseSetting } from '../../core/workbook/settingValue';
import { loadRecipe } from '../../core/sql/loadRecipe';
import { compileMetricsQuery } from '../../core/sql/metricsQuery';
import { tableIdParts } from '../../core/sql/sqlNames';
import { ORDER_EXPORT_SPEC } from '../../core/table/orderExportSpec';
import { shopTimeFormat } from '../../core/sql/shopTimeFormat';
import { marketDefaults } from '../../core/settings/marketDefaults';
import type { MarketCode } from '../../core/markets/marketCodes';
import { readTable } from '../../core/table/readTable';
import { exportDecimalMark } from '../../core/sql/exportDecimalMark';
import type { CommandContext } from './commandContext';
import { readExportFile } from '../import/readExportFile';

export const DEFAULT_TABLE_ID = 'your-project.tts_ops.orders';

/** An option read by the Settings tab's own rule for that setting, so `--week-start mon` means what `weekStart` mon means. */
function optionSetting(options: Readonly<Record<string, string>>, option: string, key: 'weekStart' | 'dateOrder' | 'decimalMark'): unknown {
  const text = options[option];
  if (text === undefined) return undefined;
  const parsed = parseSetting(key, text, DEFAULT_SETTINGS[key], DEFAULT_SETTINGS.timeZone);
  if ('expected' in parsed) throw new InputError(`--${option} must be ${parsed.expected}; got '${text}'.`);
  return parsed.value;
}

/** The settings the options give: the market's (time zone, date order, decimal mark) under the flags given. */
function settingsFrom(options: Readonly<Record<string, string>>, market: MarketCode | undefined): Settings {
  const weekStart = optionSetting(options, 'week-start', 'weekStart');
  const dateOrder = optionSetting(options, 'date-order', 'dateOrder');
  const decimalMark = optionSetting(options, 'decimal-mark', 'decimalMark');
  const base = market ? marketDefaults(DEFAULT_SETTINGS, market).settings : DEFAULT_SETTINGS;
  return withSettings({
    ...(market ? { timeZone: base.timeZone, dateOrder: base.dateOrder, decimalMark: base.decimalMark } : {}),
    ...(decimalMark ? { decimalMark: decimalMark as Settings['decimalMark'] } : {}),
    weekStart: (weekStart ?? 1) as Settings['weekStart'],
    ...(options['time-zone'] ? { timeZone: options['time-zone'] } : {}),
    ...(dateOrder ? { dateOrder: dateOrder as Settings['dateOrder'] } : {}),
  });
}

/** `tts-ops sql`: the query of a pivot, or with --load the recipe that loads an export into its table. */
export async function sqlCommand(options: Readonly<Record<string, string>>, market: MarketCode | undefined, context: CommandContext): Promise<void> {
  const settings = settingsFrom(options, market);
  const table = options.table ?? DEFAULT_TABLE_ID;
  if (options.load) {
    context.print(await loadCommands(options.load, table, settings));
    return;
  }
  if (!options.metrics || !options.rows)
    throw new InputError('sql needs --metrics (e.g. "GMV,Orders,AOV,Refund rate") and --rows (day, week, month or a column).');
  context.print(compileMetricsQuery({ metrics: options.metrics, rows: options.rows, table, start: options.start, end: options.end, settings }).sql);
}

/** bq's own spelling of a table: project:dataset.table. */
function bqTable(tableId: string): string {
  const parts = tableIdParts(tableId);
  return parts.length === 3 ? `${parts[0]}:${parts[1]}.${parts[2]}` : parts.join('.');
}

async function loadCommands(csvPath: string, tableId: string, settings: Settings): Promise<string> {
  if (!/\.csv$/i.test(csvPath)) throw new InputError(`--load takes the CSV export (bq load reads CSV); got ${csvPath}.`);
  const values = await readExportFile(csvPath, settings.timeZone);
  const table = readTable(values, ORDER_EXPORT_SPEC, csvPath);
  const timeFormat = shopTimeFormat(table, table.require('paidTime', 'the typed table'), settings.dateOrder);
  if (!timeFormat) throw new InputError(`${csvPath}: no Paid Time in it tells day-first from month-first dates; give --date-order DMY or MDY.`);
  const decimalMark = exportDecimalMark(table, csvPath, settings.decimalMark);
  const rawTableId = `${tableId}_raw`;
  const recipe = loadRecipe(values[table.headerRow], rawTableId, tableId, { timeZone: settings.timeZone, timeFormat, decimalMark });
  return [
    `# 1. Every column as STRING, named from the export's header; the rows above the first order line skipped.`,
    `bq load --source_format=CSV --skip_leading_rows=${table.rows[0] ?? table.headerRow + 1} --allow_quoted_newlines --replace ${bqTable(rawTableId)} '${csvPath.replace(/'/g, "'\\''")}' '${recipe.rawSchema}'`,
    `# 2. The typed table the queries read: trimmed IDs, NUMERIC amounts, Paid Time as an instant read in ${settings.timeZone}; no buyer data.`,
    `bq query --use_legacy_sql=false <<'SQL'`,
    recipe.typedTableSql,
    'SQL',
    `# 3. The raw table holds buyer names, phones and addresses: remove it.`,
    `bq rm -f -t ${bqTable(rawTableId)}`,
  ].join('\n');
}
