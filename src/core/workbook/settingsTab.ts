import { excerpt, InputError, quoteCell } from '../errors';
import { checkQaSettings } from '../qa/checkQaSettings';
import { checkHealthSettings } from '../health/checkHealthSettings';
import { checkBigQuerySettings } from '../sql/bigQuerySettings';
import { DEFAULT_SETTINGS, withSettings, type Settings } from '../settings';
import type { ColumnDef } from '../table/columns';
import { findHeaderRow } from '../table/findHeaderRow';
import { readTable } from '../table/readTable';
import { cleanText } from '../values/cleanText';
import { isBlank } from '../values/isBlank';
import { DEFAULT_CLIENT, type ClientProfile } from './clientProfile';
import { settingNote, type SettingNote } from './settingNotes';
import { displaySetting, parseSetting } from './settingValue';
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

function noteOf(key: string): SettingNote {
  const note = settingNote(key);
  if (!note) throw new Error(`Setting '${key}' has no note: add its label, description and source.`);
  return note;
}

/** `Key | Value | Default | Description | Source` rows, header first, for every setting. */
export function settingsTabRows(defaults: WorkbookSettings = DEFAULT_WORKBOOK_SETTINGS, current: WorkbookSettings = defaults): CellValue[][] {
  const defaultValues = flatten(defaults);
  const rows: CellValue[][] = [SETTINGS_HEADER.slice()];
  for (const [key, value] of flatten(current)) {
    const note = noteOf(key);
    rows.push([key, displaySetting(key, value), displaySetting(key, defaultValues.get(key)), `${note.label}: ${note.description}`, note.source]);
  }
  return rows;
}

const column = (key: string, header: string): ColumnDef => ({ key, headers: [header] });
const SETTINGS_COLUMNS = { key: column('key', 'Key'), value: column('value', 'Value') };

/** Whether a tab is a Settings tab of this add-on (a `Key | Value` header), not a user's own tab of that name. */
export function isSettingsTab(values: readonly (readonly unknown[])[]): boolean {
  return findHeaderRow(values, [SETTINGS_COLUMNS.key, SETTINGS_COLUMNS.value]) >= 0;
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
  const flat = flatten(defaults);
  const canonical = new Map([...flat.keys()].map((key) => [key.toLowerCase(), key]));
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

/** Range checks of a section, run on the value just read so the error names its row. */
const SECTION_CHECKS: { readonly [section: string]: (settings: Settings, key: string, value: unknown) => void } = {
  health: (settings, key, value) => checkHealthSettings({ ...settings.health, [key]: value }),
  qa: (settings, key, value) => checkQaSettings({ ...settings.qa, [key]: value }),
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
