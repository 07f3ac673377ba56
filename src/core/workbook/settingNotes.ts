import { ownValue } from '../values/ownValue';
import { HEALTH_SETTING_NOTES } from '../health/healthSettings';
import { QA_SETTING_NOTES } from '../qa/qaSettings';
import { CHECKLIST_SETTING_NOTES } from '../qa/checklistSettings';
import { MARKET_CODES } from '../markets/marketCodes';
import { BIGQUERY_SETTING_NOTES } from '../sql/bigQuerySettings';

/** What the Settings tab says about a setting: its label, what it changes, and where its default comes from. */
export interface SettingNote {
  readonly label: string;
  readonly description: string;
  readonly source: string;
}

const FACTS = 'shared/domain/tiktok-shop-facts.md';

export const CLIENT_SETTING_NOTES: Record<'name' | 'market' | 'currency' | 'accountManager' | 'contacts' | 'emailDraft', SettingNote> = {
  name: { label: 'Client name', description: 'Shown in the title of every read-out tab.', source: 'You.' },
  currency: {
    label: 'Currency',
    description: 'ISO code (USD, GBP, EUR, ...) of the shop; sets the money format of the read-out.',
    source: 'The currency Seller Center reports in.',
  },
  market: {
    label: 'Market',
    description: `TikTok Shop market: ${MARKET_CODES.join(', ')}. Time zone, date order, decimal mark, currency, holiday calendar, health and listing limits default from it (rows left blank follow it; a value typed in a row overrides it).`,
    source: 'The market profiles in src/core/markets (docs/MARKETS.md, each value with its source).',
  },
  accountManager: { label: 'Account manager', description: "Shown as 'prepared by' on the client update (WBR / MBR / QBR).", source: 'You.' },
  contacts: {
    label: 'Client contacts',
    description: 'E-mail addresses, separated by commas, that the client update’s Gmail draft is addressed to.',
    source: 'You.',
  },
  emailDraft: {
    label: 'E-mail draft',
    description: 'TRUE: Export client update also leaves a Gmail draft to the client contacts with the summary and links (it never sends).',
    source: 'You.',
  },
};

export const CORE_SETTING_NOTES: Record<'timeZone' | 'weekStart' | 'dateOrder' | 'decimalMark' | 'earliestDate' | 'latestYearsAhead', SettingNote> = {
  timeZone: {
    label: 'Time zone',
    description:
      "IANA name (America/Los_Angeles, Europe/London) of the shop's reporting day; Date cells are read in it. In Google Sheets it must be the spreadsheet's own time zone (File → Settings).",
    source: `Exports carry times without a zone; the shop's day is its own time zone (${FACTS}, reporting pitfalls). Default: the spreadsheet's time zone.`,
  },
  weekStart: {
    label: 'Week start',
    description: "Monday (ISO weeks) or Sunday (Sheets' WEEKNUM default); week labels are the week's first date.",
    source: `Agencies pick one (${FACTS}, reporting pitfalls).`,
  },
  dateOrder: {
    label: 'Date order',
    description:
      "MDY (US exports: 03/04/2026 is 4 March) or DMY (most other markets), used when no date of the table settles it. Blank: the market's; with neither, such a date is refused, never guessed.",
    source: `US exports use MM/DD/YYYY, other regions DD/MM/YYYY (${FACTS}, order export quirks).`,
  },
  decimalMark: {
    label: 'Decimal mark',
    description:
      "'.' (1,234.56) or ',' (1.234,56): how a text amount reads when no other amount of its column settles it (Rp 50.000). Blank: the market's; with neither, such an amount is refused.",
    source: 'Unicode CLDR number symbols of the market’s locale (docs/MARKETS.md).',
  },
  earliestDate: {
    label: 'Earliest plausible date',
    description:
      'A date cell before this day (YYYY-MM-DD) is an error naming the cell, not data: 11/22/20255 must not move the as-of date by 18,000 years.',
    source: 'Before any TikTok Shop order; lower it only for older data (docs/RELIABILITY.md).',
  },
  latestYearsAhead: {
    label: 'Latest plausible date',
    description: 'A date cell more than this many years after today is an error naming the cell (promotion end dates may be a little ahead).',
    source: 'docs/RELIABILITY.md.',
  },
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
