import { formatDay } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';
import { isDate } from '../values/isDate';
import { ownValue } from '../values/ownValue';
import { parseNumber } from '../values/parseNumber';
import { dayTextMs } from '../values/plausibleDates';
import { isKnownTimeZone, zonedDay } from '../values/wallClock';
import { isHolidayCalendarCode } from '../markets/holidayCalendars';
import { isMarketCode, MARKET_CODES, type MarketCode } from '../markets/marketCodes';
import type { CellValue } from './workbookPort';

/** An e-mail address in ASCII (a Gmail draft's header is ASCII; a name may be in any script) without brackets. */
const ADDRESS = '[!-;=?A-~]+@[!-;=?A-~]+\\.[!-;=?A-~]+';
/** A contact: an address, or a display name and the address in brackets. */
const CONTACT = new RegExp(`^(?:${ADDRESS}|[^<>]*<${ADDRESS}>)$`);

/** A cell read as a setting: the value, or what was expected (for the error naming the row). */
export type ParsedSetting = { readonly value: unknown } | { readonly expected: string };

type Parser = (text: string) => ParsedSetting;

const WEEK_STARTS: Record<string, 0 | 1> = { monday: 1, mon: 1, '1': 1, sunday: 0, sun: 0, '0': 0 };

/** Settings whose values are a closed set or a checked code; the rest are read by their default's type. */
const dateOrderSetting: Parser = (text) => {
  const order = text.toUpperCase();
  return order === 'MDY' || order === 'DMY' ? { value: order } : { expected: 'MDY or DMY' };
};

const SPECIAL: Record<string, Parser> = {
  timeZone: (text) => (isKnownTimeZone(text) ? { value: text } : { expected: 'an IANA time zone such as America/Los_Angeles or Europe/London' }),
  weekStart: (text) => {
    const start = ownValue(WEEK_STARTS, text.toLowerCase());
    return start === undefined ? { expected: 'Monday or Sunday' } : { value: start };
  },
  earliestDate: (text) => (isNaN(dayTextMs(text)) ? { expected: 'a date such as 2016-01-01' } : { value: text }),
  latestYearsAhead: (text) => {
    const years = Number(text);
    return Number.isInteger(years) && years >= 0 && years <= 100 && text !== ''
      ? { value: years }
      : { expected: 'a whole number of years from 0 to 100' };
  },
  dateOrder: dateOrderSetting,
  typedDateOrder: dateOrderSetting,
  'health.holidayCalendar': (text) => {
    const code = text.toLowerCase() === 'none' ? 'none' : text.toUpperCase();
    return isHolidayCalendarCode(code) ? { value: code } : { expected: `a market code (${MARKET_CODES.join(', ')}) or none` };
  },
  'client.currency': (text) =>
    /^[A-Za-z]{3}$/.test(text) ? { value: text.toUpperCase() } : { expected: 'a three-letter currency code such as USD' },
  'client.contacts': (text) => {
    const contacts = text
      .split(/[,;]/)
      .flatMap((item) => (item.includes('<') ? [item.trim()] : item.split(/\s+/)))
      .filter(Boolean);
    return contacts.every((contact) => CONTACT.test(contact))
      ? { value: contacts }
      : {
          expected:
            'e-mail addresses separated by commas, each with a name if you like, such as ana@client.com, Lê Hồng <ops@client.com> (the address itself in ASCII)',
        };
  },
  'client.market': (text) => {
    const code = marketCodeOf(text);
    return code ? { value: code } : { expected: `one of ${MARKET_CODES.join(', ')}` };
  },
  decimalMark: (text) => (text === '.' || text === ',' ? { value: text } : { expected: "'.' or ','" }),
};

/** A market code as typed (`id`, `GB` for the UK); undefined when it is none. */
export function marketCodeOf(text: string): MarketCode | undefined {
  const code = text.trim().toUpperCase();
  if (code === 'GB') return 'UK';
  return isMarketCode(code) ? code : undefined;
}

/** How a value is shown in the Settings tab's Value and Default columns. */
export function displaySetting(key: string, value: unknown): CellValue {
  if (key === 'weekStart') return value === 0 ? 'Sunday' : 'Monday';
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** A non-blank cell read as the setting `key` whose default is `defaultValue`; a date cell reads as its YYYY-MM-DD in `timeZone`. */
export function parseSetting(key: string, cell: unknown, defaultValue: unknown, timeZone: string): ParsedSetting {
  const text = isDate(cell) ? formatDay(zonedDay(cell, timeZone)) : cleanText(cell);
  const special = ownValue(SPECIAL, key);
  if (special) return special(text);
  if (Array.isArray(defaultValue)) return parseList(text, defaultValue);
  return parseScalar(text, cell, defaultValue);
}

function parseScalar(text: string, cell: unknown, defaultValue: unknown): ParsedSetting {
  if (typeof defaultValue === 'number') {
    const number = parseNumber(cell);
    if (number !== undefined && Number.isFinite(number)) return { value: number };
    return {
      expected: /^\D*[1-9]\d{0,2}[.,]\d{3}\D*$/.test(text)
        ? 'a number without a thousands separator (7600, or 7.6: 7,600 reads both ways)'
        : 'a number',
    };
  }
  if (typeof defaultValue === 'boolean') {
    if (typeof cell === 'boolean') return { value: cell };
    const word = text.toLowerCase();
    if (word === 'true' || word === 'yes') return { value: true };
    if (word === 'false' || word === 'no') return { value: false };
    return { expected: 'TRUE or FALSE' };
  }
  return { value: text };
}

/** A comma, semicolon or line separated list, each item read as the default's items are. */
function parseList(text: string, defaultValue: readonly unknown[]): ParsedSetting {
  const items = text
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (typeof defaultValue[0] !== 'number') return { value: items };
  const numbers = items.map((item) => parseNumber(item));
  return numbers.every((n) => n !== undefined && !isNaN(n)) ? { value: numbers } : { expected: 'numbers separated by commas' };
}
