import { InputError } from '../values/errors';
import { cleanText } from '../values/cleanText';
import { parseSetting } from './settingValue';
import type { CellValue } from './workbookPort';

/** Who the workbook is for, as set-up asks for it; a detail left out keeps the Settings row as it is. */
export interface ClientDetails {
  readonly name?: string;
  readonly accountManager?: string;
  readonly contacts?: readonly string[];
  /** The connected TikTok Shop (Connect TikTok Shop writes them). */
  readonly shopId?: string;
  readonly shopName?: string;
  readonly shopRegion?: string;
}

/** The Settings key each detail is written to. */
export const CLIENT_DETAIL_KEYS: Readonly<Record<keyof ClientDetails, string>> = {
  name: 'client.name',
  accountManager: 'client.accountManager',
  contacts: 'client.contacts',
  shopId: 'client.shopId',
  shopName: 'client.shopName',
  shopRegion: 'client.shopRegion',
};

const NAME_LIMIT = 200;

/** The details as typed (`--client`, `--manager`, `--contacts`, or the set-up prompts), checked; an InputError names the one that is wrong. */
export function parseClientDetails(typed: { readonly client?: string; readonly manager?: string; readonly contacts?: string }): ClientDetails {
  const details: { name?: string; accountManager?: string; contacts?: readonly string[] } = {};
  if (typed.client !== undefined) details.name = personName(typed.client, 'client name');
  if (typed.manager !== undefined) details.accountManager = personName(typed.manager, "account manager's name");
  if (typed.contacts !== undefined) {
    const parsed = parseSetting(CLIENT_DETAIL_KEYS.contacts, typed.contacts, [], 'UTC');
    if ('expected' in parsed) throw new InputError(`The client's contacts must be ${parsed.expected}.`);
    details.contacts = parsed.value as string[];
  }
  return details;
}

function personName(typed: string, what: string): string {
  const name = cleanText(typed);
  if (!name) throw new InputError(`The ${what} is blank; type it as the client update should show it.`);
  if (name.length > NAME_LIMIT) throw new InputError(`The ${what} is over ${NAME_LIMIT} characters.`);
  return name;
}

/** Whether any detail is given. */
export function hasClientDetails(details: ClientDetails): boolean {
  return Object.values(details).some((value) => value !== undefined);
}

/**
 * The Settings tab's values with each given detail in its row's Value cell; a key the tab lacks gets
 * a row at its end. `keyColumn`/`valueColumn`: where the tab's Key and Value columns are.
 */
export function withClientDetails(
  values: readonly (readonly CellValue[])[],
  details: ClientDetails,
  keyColumn: number,
  valueColumn: number,
): CellValue[][] {
  const rows = values.map((row) => row.slice());
  for (const [field, key] of Object.entries(CLIENT_DETAIL_KEYS) as [keyof ClientDetails, string][]) {
    const value = details[field];
    if (value === undefined) continue;
    const cell = typeof value === 'string' ? value : value.join(', ');
    let r = rows.findIndex((row) => cleanText(row[keyColumn]).toLowerCase() === key.toLowerCase());
    if (r < 0) r = rows.push([]) - 1;
    while (rows[r].length <= Math.max(keyColumn, valueColumn)) rows[r].push('');
    rows[r][keyColumn] = key;
    rows[r][valueColumn] = cell;
  }
  return rows;
}

/** The client's name as the Settings tab holds it ('' when blank, its row missing, or the tab not a Settings tab). */
export function settingsClientName(
  values: readonly (readonly CellValue[])[] | undefined,
  columns: { key: number; value: number } | undefined,
): string {
  if (!values || !columns) return '';
  const row = values.find((cells) => cleanText(cells[columns.key]).toLowerCase() === CLIENT_DETAIL_KEYS.name.toLowerCase());
  return row ? cleanText(row[columns.value]) : '';
}
