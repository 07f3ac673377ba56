import { ownValue } from '../values/ownValue';
import { HEALTH_SETTING_NOTES } from './healthSettings';
import { QA_SETTING_NOTES } from './qaSettings';
import { CHECKLIST_SETTING_NOTES } from './checklistSettings';
import { MARKET_CODES } from '../markets/marketCodes';
import { BIGQUERY_SETTING_NOTES } from './bigQuerySettings';
import { note, type SettingNote } from './settingNote';

export type { SettingNote } from './settingNote';

export const CLIENT_SETTING_NOTES: Record<
  'name' | 'market' | 'currency' | 'accountManager' | 'contacts' | 'emailDraft' | 'shopId' | 'shopName' | 'shopRegion',
  SettingNote
> = {
  name: note('Client name', 'Shown in the title of every read-out tab.', 'You.'),
  currency: note(
    'Currency',
    'ISO code (USD, GBP, EUR, ...) of the shop; sets the money format of the read-out.',
    'The currency Seller Center reports in.',
  ),
  market: note(
    'Market',
    `TikTok Shop market: ${MARKET_CODES.join(', ')}. Time zone, date order, decimal mark, currency, holiday calendar, health and listing limits default from it (rows left blank follow it; a value typed in a row overrides it).`,
    'The market profiles in src/core/markets (docs/MARKETS.md, each value with its source).',
  ),
  accountManager: note('Account manager', "Shown as 'prepared by' on the client update (WBR / MBR / QBR).", 'You.'),
  contacts: note(
    'Client contacts',
    'E-mail addresses, separated by commas, each with a name if you like (Lê Hồng <hong@client.com>), that the client update’s Gmail draft is addressed to.',
    'You.',
  ),
  emailDraft: note(
    'E-mail draft',
    'TRUE: Deliver client update also leaves a Gmail draft to the client contacts with the summary and links (it never sends).',
    'You.',
  ),
  shopId: note(
    'Shop ID',
    'The TikTok Shop whose orders Pull orders brings in; set by Connect TikTok Shop (its access is kept outside the workbook).',
    'Connect TikTok Shop (the shops the authorization covers).',
  ),
  shopName: note('Shop name', 'The connected shop’s name, as TikTok Shop lists it.', 'Connect TikTok Shop.'),
  shopRegion: note('Shop region', 'The connected shop’s region code (US, GB, ID, …), as TikTok Shop lists it.', 'Connect TikTok Shop.'),
};

export const CORE_SETTING_NOTES: Record<
  'timeZone' | 'weekStart' | 'dateOrder' | 'typedDateOrder' | 'typedBuddhistEra' | 'decimalMark' | 'earliestDate' | 'latestYearsAhead',
  SettingNote
> = {
  timeZone: note(
    'Time zone',
    "IANA name (America/Los_Angeles, Europe/London) of the shop's reporting day; Date cells are read in it. In Google Sheets it must be the spreadsheet's own time zone (File → Settings).",
    "Exports carry times without a zone; the shop's day is its own time zone (docs/MARKETS.md). Default: the spreadsheet's time zone.",
  ),
  weekStart: note(
    'Week start',
    "Monday (ISO weeks) or Sunday (Sheets' WEEKNUM default); week labels are the week's first date.",
    "Agencies pick one: ISO weeks start on Monday, Sheets' WEEKNUM on Sunday.",
  ),
  dateOrder: note(
    'Date order',
    "MDY (03/04/2026 is 4 March) or DMY, used when no date of the table settles it (a day over 12, or an AM/PM clock: month first). Blank: the market's; with neither, a 24-hour clock reads day first, and a date nothing settles is refused, never guessed.",
    'Seller Center exports with an AM/PM clock (US, Mexico, Brazil, EU) are month first, those with a 24-hour clock (Southeast Asia) day first; per market in docs/MARKETS.md.',
  ),
  typedDateOrder: note(
    'Typed date order',
    "MDY or DMY: how a date typed as text reads (03/04/2026 as a formula's start or end, in Promos or a plan tab); exports follow dateOrder. Blank: the market's; with neither, dateOrder's, and a typed date nothing settles is refused. 2026-03-04 always reads.",
    'Unicode CLDR short date pattern of the market’s locale: people in Mexico, Brazil and the EU type day first though their exports are month first (docs/MARKETS.md).',
  ),
  typedBuddhistEra: note(
    'Typed Buddhist-era years',
    "TRUE: a year from 2400 to 2700 in a typed date (3/11/2569 as a formula's start or end, --as-of, in Promos or a plan tab) is the Buddhist era, 2569 = 2026; exports are never read so. Blank: the market's (TRUE in Thailand).",
    'Unicode CLDR: the default calendar of th-TH is the Buddhist one; Thai Seller Center exports write common-era years (docs/MARKETS.md).',
  ),
  decimalMark: note(
    'Decimal mark',
    "'.' (1,234.56) or ',' (1.234,56): how a text amount reads when no other amount of its column settles it (Rp 50.000). Blank: the market's; with neither, such an amount is refused.",
    'Unicode CLDR number symbols of the market’s locale (docs/MARKETS.md).',
  ),
  earliestDate: note(
    'Earliest plausible date',
    'A date cell before this day (YYYY-MM-DD) is an error naming the cell, not data: 11/22/20255 must not move the as-of date by 18,000 years.',
    'Before any TikTok Shop order; lower it only for older data (docs/RELIABILITY.md).',
  ),
  latestYearsAhead: note(
    'Latest plausible date',
    'A date cell more than this many years after today is an error naming the cell (promotion end dates may be a little ahead).',
    'docs/RELIABILITY.md.',
  ),
};

/** Notes of each settings section (`health`, `qa`), by the key inside the section. */
const SECTION_NOTES: Record<string, Record<string, SettingNote>> = {
  health: HEALTH_SETTING_NOTES,
  qa: QA_SETTING_NOTES,
  checklist: CHECKLIST_SETTING_NOTES,
  bigquery: BIGQUERY_SETTING_NOTES,
};

/** The note of a flattened key: `client.name`, `timeZone`, `health.ldrLimit`. */
export function settingNote(key: string): SettingNote | undefined {
  const dot = key.indexOf('.');
  if (dot < 0) return ownValue(CORE_SETTING_NOTES as Record<string, SettingNote>, key);
  const section = key.slice(0, dot);
  const name = key.slice(dot + 1);
  if (section === 'client') return ownValue(CLIENT_SETTING_NOTES as Record<string, SettingNote>, name);
  const notes = ownValue(SECTION_NOTES, section);
  return notes && ownValue(notes, name);
}
