import { excerpt, InputError } from '../values/errors';
import { quoteCell } from '../values/personalData';
import { checkQaSettings } from '../settings/checkQaSettings';
import { checkHealthSettings } from '../settings/checkHealthSettings';
import { checkChecklistSettings } from '../settings/checklistSettings';
import { checkBigQuerySettings } from '../sql/checkBigQuerySettings';
import { DEFAULT_SETTINGS, withSettings, type Settings } from '../settings/settings';
import type { ColumnDef } from '../table/columns';
import { findColumn, findHeaderRow, headerIndex } from '../table/findHeaderRow';
import { readTable } from '../table/readTable';
import { cleanText } from '../values/cleanText';
import { isBlank } from '../values/isBlank';
import { DEFAULT_CLIENT, type ClientProfile } from './clientProfile';
import { settingNote, type SettingNote } from '../settings/settingsTabNotes';
import { displaySetting, marketCodeOf, parseSetting } from './settingValue';
import { marketDefaults, MARKET_IMPLIED_KEYS } from '../settings/marketDefaults';
import type { MarketCode } from '../markets/marketCodes';
import type { CellValue } from './workbookPort';

export const SETTINGS_HEADER = ['Key', 'Value', 'Default', 'Description', 'Source'];

/** Everything the Settings tab holds: how numbers are computed, and who the client is. */
export interface WorkbookSettings {
  readonly settings: Settings;
  readonly client: ClientProfile;
}

export const DEFAULT_WORKBOOK_SETTINGS: WorkbookSettings = { settings: DEFAULT_SETTINGS, client: DEFAULT_CLIENT };

type Fields = Record<string, unknown>;

const isSection = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.prototype.toString.call(value) === '[object Object]';

/** Flattened key → value: `client.name`, `timeZone`, then each section's keys (`health.ldrLimit`). */
function flatten(current: WorkbookSettings): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(current.client)) flat.set(`client.${key}`, value);
  for (const [key, value] of Object.entries(current.settings as unknown as Fields)) {
    if (isSection(value)) for (const [inner, innerValue] of Object.entries(value)) flat.set(`${key}.${inner}`, innerValue);
    else flat.set(key, value);
  }
  return flat;
}

function unflatten(flat: ReadonlyMap<string, unknown>): WorkbookSettings {
  const client: Fields = {};
  const settings: Fields = {};
  for (const [key, value] of flat) {
    const dot = key.indexOf('.');
    if (dot < 0) settings[key] = value;
    else {
      const section = key.slice(0, dot);
      const target = section === 'client' ? client : ((settings[section] as Fields | undefined) ?? (settings[section] = {}));
      target[key.slice(dot + 1)] = value;
    }
  }
  return { settings: settings as unknown as Settings, client: client as unknown as ClientProfile };
}

/** The defaults with everything the market implies applied (time zone, date order, currency, limits, …). */
export function withMarket(defaults: WorkbookSettings, market: MarketCode | ''): WorkbookSettings {
  if (!market) return defaults;
  const implied = marketDefaults(defaults.settings, market);
  return { settings: implied.settings, client: { ...defaults.client, market, currency: implied.currency } };
}

const IMPLIED: ReadonlySet<string> = new Set(MARKET_IMPLIED_KEYS);

/** The key the Settings tab used before markets had their own row. */
const LEGACY_KEYS: Readonly<Record<string, string>> = { 'client.region': 'client.market' };

function noteOf(key: string): SettingNote {
  const note = settingNote(key);
  if (!note) throw new Error(`Setting '${key}' has no note: add its label, description and source.`);
  return note;
}

/**
 * `Key | Value | Default | Description | Source` rows, header first, for every setting. With a
 * market, a row the market implies is left blank while it holds the market's value, so that it
 * follows a later change of market; Default shows the market's value.
 */
export function settingsTabRows(defaults: WorkbookSettings = DEFAULT_WORKBOOK_SETTINGS, current: WorkbookSettings = defaults): CellValue[][] {
  const market = current.client.market;
  const defaultValues = flatten(withMarket(defaults, market));
  const rows: CellValue[][] = [SETTINGS_HEADER.slice()];
  for (const [key, value] of flatten(current)) {
    const note = noteOf(key);
    const shown = displaySetting(key, value);
    const byDefault = displaySetting(key, defaultValues.get(key));
    const followsMarket = market !== '' && IMPLIED.has(key) && shown === byDefault;
    rows.push([key, followsMarket ? '' : shown, byDefault, `${note.label}: ${note.description}`, note.source]);
  }
  return rows;
}

const column = (key: string, header: string): ColumnDef => ({ key, headers: [header] });
const SETTINGS_COLUMNS = { key: column('key', 'Key'), value: column('value', 'Value') };

/** Whether a tab is a Settings tab of this add-on (a `Key | Value` header), not a user's own tab of that name. */
export function isSettingsTab(values: readonly (readonly unknown[])[]): boolean {
  return findHeaderRow(values, [SETTINGS_COLUMNS.key, SETTINGS_COLUMNS.value]) >= 0;
}

/** Where a Settings tab's Key and Value columns are; undefined for a tab without the `Key | Value` header. */
export function settingsColumns(values: readonly (readonly unknown[])[]): { readonly key: number; readonly value: number } | undefined {
  const row = findHeaderRow(values, [SETTINGS_COLUMNS.key, SETTINGS_COLUMNS.value]);
  if (row < 0) return undefined;
  const index = headerIndex(values[row]);
  return { key: findColumn(index, SETTINGS_COLUMNS.key), value: findColumn(index, SETTINGS_COLUMNS.value) };
}

/** The Settings tab's Key/Value rows over `defaults`; a bad value is an InputError naming its row. Blank values keep the default. */
export function readSettingsTab(
  values: readonly (readonly unknown[])[],
  defaults: WorkbookSettings = DEFAULT_WORKBOOK_SETTINGS,
  sheet = 'Settings',
): WorkbookSettings {
  const table = readTable(values, { kind: 'settings table', columns: SETTINGS_COLUMNS, required: ['key', 'value'], key: 'key' }, sheet);
  const keyCol = table.index('key');
  const valueCol = table.index('value');
  const canonical = new Map([...flatten(defaults).keys()].map((key) => [key.toLowerCase(), key]));
  for (const [legacy, key] of Object.entries(LEGACY_KEYS)) canonical.set(legacy, key);
  const flat = flatten(withMarket(defaults, marketOfTab(table.rows, values, keyCol, valueCol, canonical)));
  const seenAt = new Map<string, number>();
  const timeZone = defaults.settings.timeZone;
  for (const r of table.rows) {
    const written = cleanText(values[r][keyCol]);
    const key = canonical.get(written.toLowerCase());
    if (!key) {
      throw new InputError(
        `${sheet}: row ${r + 1}, key '${excerpt(written)}' is not a TTS Ops setting. Keys are: ${[...flat.keys()].join(', ')}. ` +
          'Fix the key or delete the row.',
      );
    }
    const earlier = seenAt.get(key);
    if (earlier !== undefined) throw new InputError(`${sheet}: '${key}' is set twice, in rows ${earlier + 1} and ${r + 1}; keep one.`);
    seenAt.set(key, r);
    const cell = values[r][valueCol];
    if (isBlank(cell)) continue;
    const parsed = parseSetting(key, cell, flat.get(key), timeZone);
    if ('expected' in parsed) {
      throw new InputError(`${table.cellName(r, valueCol)}: '${key}' must be ${parsed.expected}; found ${quoteCell(cell)}.`);
    }
    flat.set(key, parsed.value);
    checkSection(key, defaults.settings, parsed.value, table.cellName(r, valueCol));
  }
  return unflatten(flat);
}

/** The market row's code, read first since the other rows' defaults follow it; '' when blank (a bad code fails with the other rows). */
function marketOfTab(
  rows: Iterable<number>,
  values: readonly (readonly unknown[])[],
  keyCol: number,
  valueCol: number,
  canonical: ReadonlyMap<string, string>,
): MarketCode | '' {
  for (const r of rows) {
    if (canonical.get(cleanText(values[r][keyCol]).toLowerCase()) === 'client.market') return marketCodeOf(cleanText(values[r][valueCol])) ?? '';
  }
  return '';
}

/** Range checks of a section, run on the value just read so the error names its row. */
const SECTION_CHECKS: { readonly [section: string]: (settings: Settings, key: string, value: unknown) => void } = {
  health: (settings, key, value) => checkHealthSettings({ ...settings.health, [key]: value }),
  qa: (settings, key, value) => checkQaSettings({ ...settings.qa, [key]: value }),
  checklist: (settings, key, value) => checkChecklistSettings({ ...settings.checklist, [key]: value }),
  bigquery: (settings, key, value) => checkBigQuerySettings({ ...settings.bigquery, [key]: value }),
};

function checkSection(key: string, defaults: Settings, value: unknown, cell: string): void {
  const dot = key.indexOf('.');
  const check = dot < 0 ? undefined : SECTION_CHECKS[key.slice(0, dot)];
  try {
    check?.(defaults, key.slice(dot + 1), value);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${cell}: ${error.message}`);
    throw error;
  }
}

/** The Settings tab's values over DEFAULT_SETTINGS (or `defaults`). */
export function settingsFromTab(values: readonly (readonly unknown[])[], defaults: WorkbookSettings = DEFAULT_WORKBOOK_SETTINGS): Settings {
  return readSettingsTab(values, defaults).settings;
}

/**
 * The workbook's settings: its Settings tab over the defaults, the spreadsheet's time zone being the
 * default zone. A tab named Settings without a `Key | Value` header is a user's own: defaults apply.
 */
export function workbookSettings(settingsValues: readonly (readonly unknown[])[] | undefined, timeZone: string): WorkbookSettings {
  const defaults: WorkbookSettings = { settings: withSettings({ timeZone }), client: DEFAULT_CLIENT };
  return settingsValues && isSettingsTab(settingsValues) ? readSettingsTab(settingsValues, defaults) : defaults;
}
