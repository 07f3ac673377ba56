import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { BusinessCalendar } from '../../../src/core/health/businessCalendar';
import { publicHolidays } from '../../../src/core/markets/holidayCalendars';
import { ukBankHolidays } from '../../../src/core/markets/ukBankHolidays';
import { MARKET_CODES } from '../../../src/core/markets/marketCodes';
import { marketFromLocale } from '../../../src/core/markets/marketFromLocale';
import { MARKET_PROFILES, marketProfile } from '../../../src/core/markets/marketProfiles';
import { marketSource, type ProfileField } from '../../../src/core/markets/marketSources';
import { formatDay } from '../../../src/core/values/calendarDay';
import { parseNumber } from '../../../src/core/values/parseNumber';
import { isKnownTimeZone } from '../../../src/core/values/wallClock';
import { numberFormats } from '../../../src/core/format/numberFormats';
import { PUBLIC_HOLIDAYS_FILE, publicHolidaysSource } from '../../../scripts/marketHolidays';

describe('the market profiles', () => {
  it('have one row per market TikTok Shop sells in, each value with a source', () => {
    expect(MARKET_PROFILES.map((p) => p.code)).toEqual([...MARKET_CODES]);
    const fields: ProfileField[] = ['timeZones', 'dateOrder', 'typedDateOrder', 'currency', 'decimalMark', 'health', 'titleMinChars', 'priceBand'];
    for (const profile of MARKET_PROFILES) {
      for (const field of fields) expect([profile.code, field, marketSource(profile, field).length > 15]).toEqual([profile.code, field, true]);
    }
  });

  it('cite the market’s own source where one is known, and the shared one otherwise', () => {
    expect(marketSource(marketProfile('US'), 'health')).toContain('SU-US:3668989549299511');
    expect(marketSource(marketProfile('US'), 'timeZones')).toContain('Pacific first');
    expect(marketSource(marketProfile('ID'), 'timeZones')).toContain('spans several zones');
    expect(marketSource(marketProfile('DE'), 'decimalMark')).toBe('Unicode CLDR number symbols of de-DE (checked against Intl.NumberFormat)');
    expect(marketSource(marketProfile('UK'), 'titleMinChars')).toContain('US/UK titles 1–255');
    expect(marketSource(marketProfile('VN'), 'titleMinChars')).toContain('outside the US and UK');
    expect(marketSource(marketProfile('MX'), 'dateOrder')).toContain('12-hour clock with AM/PM, month first');
  });

  it('take the date order from what the exports write, not from the locale: month first in Mexico, Brazil and the EU', () => {
    const order = (code: 'MX' | 'BR' | 'DE' | 'FR' | 'ID' | 'PH') => marketProfile(code).dateOrder;
    expect([order('MX'), order('BR'), order('DE'), order('FR')]).toEqual(Array(4).fill({ value: 'MDY', sourced: true }));
    expect([order('ID'), order('PH')]).toEqual(Array(2).fill({ value: 'DMY', sourced: true }));
  });

  it('say where a value could not be sourced: the US health limits apply outside the US, noted', () => {
    expect(marketProfile('US').health.sourced).toBe(true);
    expect(marketProfile('ID').health).toMatchObject({ sourced: false, value: marketProfile('US').health.value });
    expect(marketSource(marketProfile('ID'), 'health')).toContain('the US limits apply');
    expect(marketProfile('SG').dateOrder).toMatchObject({ sourced: false, value: undefined });
    expect(marketSource(marketProfile('SG'), 'dateOrder')).toContain('its date order has no source');
  });

  it.each(MARKET_PROFILES.map((p) => [p.code, p] as const))('%s: zones known to the runtime, decimal mark as CLDR writes it', (_code, profile) => {
    for (const zone of profile.timeZones.value) expect(isKnownTimeZone(zone)).toBe(true);
    const decimal = new Intl.NumberFormat(profile.locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    expect(profile.decimalMark.value).toBe(decimal);
  });

  it.each(MARKET_PROFILES.map((p) => [p.code, p] as const))('%s: typed dates in the order of CLDR’s short date pattern', (_code, profile) => {
    const parts = new Intl.DateTimeFormat(profile.locale, { dateStyle: 'short' }).formatToParts(new Date(Date.UTC(2026, 10, 3, 12)));
    const order = parts
      .flatMap((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type[0].toUpperCase()] : []))
      .join('');
    expect(profile.typedDateOrder.value ?? 'YMD').toBe(order);
    // Typed years in the Buddhist era where CLDR's default calendar of the locale is buddhist (th-TH: 3/11/2569).
    expect(profile.typedBuddhistEra).toBe(new Intl.DateTimeFormat(profile.locale).resolvedOptions().calendar === 'buddhist');
  });

  it.each(MARKET_PROFILES.map((p) => [p.code, p] as const))(
    '%s: an amount written with its currency symbol is read with its decimal mark',
    (_code, profile) => {
      const { symbol } = profile.currency.value;
      const text = profile.decimalMark.value === ',' ? `${symbol} 1.234,50` : `${symbol}1,234.50`;
      expect(parseNumber(text, profile.decimalMark.value)).toBe(1234.5);
    },
  );
});

describe('money in every market’s format', () => {
  it.each([
    ['Rp 50.000', 'ID', 50000],
    ['฿1,234.00', 'TH', 1234],
    ['RM 12.30', 'MY', 12.3],
    ['₫1.234.567', 'VN', 1234567],
    ['£9.99', 'UK', 9.99],
    ['€1.234,56', 'DE', 1234.56],
    ['BRL 35,91', 'BR', 35.91],
    ['R$ 35,91', 'BR', 35.91],
    ['MX$199.00', 'MX', 199],
    ['¥1,200', 'JP', 1200],
    ['S$12.90', 'SG', 12.9],
    ['₱1,499.00', 'PH', 1499],
  ] as const)('%s (%s) reads as %d', (text, market, expected) => {
    expect(parseNumber(text, marketProfile(market).decimalMark.value)).toBe(expected);
  });

  it('refuses Rp 50.000 without a decimal mark rather than guessing 50', () => {
    expect(parseNumber('Rp 50.000')).toBeNaN();
  });
});

describe('holiday calendars', () => {
  it('the generated table is current (npm run holidays)', () => {
    expect(readFileSync(PUBLIC_HOLIDAYS_FILE, 'utf8')).toBe(publicHolidaysSource());
  });

  it('the UK rule gives the England and Wales weekday bank holidays date-holidays lists, one-off years aside', () => {
    const oneOffs = new Set([2020, 2022, 2023]); // VE Day move, Platinum Jubilee and State Funeral, Coronation
    for (let year = 2018; year <= 2040; year++) {
      if (oneOffs.has(year)) continue;
      const listed = new Holidays('GB', 'ENG')
        .getHolidays(year)
        .filter((h) => h.type === 'public' && ![0, 6].includes(new Date(h.date.slice(0, 10)).getUTCDay()))
        .map((h) => h.date.slice(0, 10))
        .sort();
      expect([year, ukBankHolidays(year).map(formatDay)]).toEqual([year, listed]);
    }
  });

  it.each(MARKET_CODES.map((code) => [code]))('%s: the dispatch SLA skips the market’s first weekday holiday of 2026', (code) => {
    const holiday = publicHolidays(code, 2026).find((day) => ![0, 6].includes((((day + 4) % 7) + 7) % 7) && day > publicHolidays(code, 2026)[0]);
    expect(holiday).toBeDefined();
    const dayBefore = holiday! - 1;
    const market = new BusinessCalendar([], code);
    const none = new BusinessCalendar([], 'none');
    expect(market.isBusinessDay(holiday!)).toBe(false);
    expect(none.isBusinessDay(holiday!)).toBe(true);
    // Paid the day before, 1 business day: without the calendar the deadline is the holiday itself.
    expect(market.addBusinessDays(dayBefore, 1)).toBeGreaterThan(none.addBusinessDays(dayBefore, 1));
    expect(market.describe()).toContain(
      code === 'US' ? 'US federal holidays' : code === 'UK' ? 'England and Wales' : `${code} public holidays (date-holidays`,
    );
  });

  it('knows last year too: a 30-day window in January 2026 skips Indonesia’s Christmas 2025 without a gap note', () => {
    const calendar = new BusinessCalendar([], 'ID');
    const christmas2025 = Date.UTC(2025, 11, 25) / 86_400_000;
    expect(calendar.isBusinessDay(christmas2025)).toBe(false);
    expect(calendar.addBusinessDays(Date.UTC(2025, 11, 24) / 86_400_000, 1)).toBe(Date.UTC(2025, 11, 26) / 86_400_000);
    expect(calendar.describe()).not.toContain('not in the table');
  });

  it('says so when a day falls in a year the table does not cover', () => {
    const calendar = new BusinessCalendar([], 'VN');
    calendar.isBusinessDay(Date.UTC(2030, 0, 2) / 86_400_000);
    expect(calendar.describe()).toContain("2030 not in the table: add that year's holidays to health.holidays");
  });
});

describe('marketFromLocale', () => {
  it.each([
    ['en_US', 'US'],
    ['en_GB', 'UK'],
    ['id', 'ID'],
    ['in_ID', 'ID'],
    ['th', 'TH'],
    ['vi', 'VN'],
    ['pt_BR', 'BR'],
    ['es_MX', 'MX'],
    ['es', ''], // Spain or Mexico: not proposed
    ['de', 'DE'],
    ['ja', 'JP'],
    ['en', ''],
    ['zh_CN', ''],
  ])('%s → %s', (locale, market) => {
    expect(marketFromLocale(locale)).toBe(market);
  });
});

describe('read-out money formats', () => {
  it.each([
    ['USD', '$#,##0.00'],
    ['IDR', '"Rp"#,##0'],
    ['VND', '₫#,##0'],
    ['JPY', '¥#,##0'],
    ['MYR', '"RM"#,##0.00'],
    ['BRL', '"R$"#,##0.00'],
    ['CHF', '#,##0.00 "CHF"'],
  ])('%s → %s', (currency, format) => {
    expect(numberFormats(currency).money).toBe(format);
  });
});
