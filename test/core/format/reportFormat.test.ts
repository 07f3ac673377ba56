import { reportFormat } from '../../../src/core/format/reportFormat';
import { dayFromParts } from '../../../src/core/values/calendarDay';

/** ICU's no-break space (U+00A0) and narrow no-break space (U+202F), written out so the expected strings are exact. */
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const NOV_3 = dayFromParts(2026, 11, 3);

describe('reportFormat writes numbers as the client’s market does', () => {
  it.each([
    ['US', 'USD', '$1,234.56', '−$1,234.56', '12.34%', '1,234,567', 'Nov 3'],
    ['UK', 'GBP', '£1,234.56', '−£1,234.56', '12.34%', '1,234,567', '3 Nov'],
    ['DE', 'EUR', `1.234,56${NBSP}€`, `−1.234,56${NBSP}€`, `12,34${NBSP}%`, '1.234.567', '3 Nov'],
    ['FR', 'EUR', `1${NNBSP}234,56${NBSP}€`, `−1${NNBSP}234,56${NBSP}€`, `12,34${NBSP}%`, `1${NNBSP}234${NNBSP}567`, '3 Nov'],
    ['IE', 'EUR', '€1,234.56', '−€1,234.56', '12.34%', '1,234,567', '3 Nov'],
    ['ID', 'IDR', `Rp${NBSP}1.235`, `−Rp${NBSP}1.235`, '12,34%', '1.234.567', '3 Nov'],
    ['VN', 'VND', `1.235${NBSP}₫`, `−1.235${NBSP}₫`, '12,34%', '1.234.567', '3 Nov'],
    ['BR', 'BRL', `R$${NBSP}1.234,56`, `−R$${NBSP}1.234,56`, '12,34%', '1.234.567', '3 Nov'],
    ['MX', 'MXN', 'MX$1,234.56', '−MX$1,234.56', '12.34%', '1,234,567', '3 Nov'],
    ['JP', 'JPY', '¥1,235', '−¥1,235', '12.34%', '1,234,567', '3 Nov'],
  ] as const)(
    '%s (%s): money, a negative amount, a rate, a count, a trend label (English month, the market’s order)',
    (market, currency, money, negative, rate, count, day) => {
      const format = reportFormat(currency, market);
      expect(format.money(1234.56)).toBe(money);
      expect(format.money(-1234.56)).toBe(negative);
      expect(format.value('percent', 0.1234)).toBe(rate);
      expect(format.value('count', 1234567)).toBe(count);
      expect(format.shortDay(NOV_3)).toBe(day);
    },
  );

  it('writes the Indonesian GMV of the issue with dots and no cents', () => {
    expect(reportFormat('IDR', 'ID').money(242_564_800)).toBe(`Rp${NBSP}242.564.800`);
  });

  it('signs changes with + and U+2212 in front of the market’s digits, and no sign on what rounds to zero', () => {
    const german = reportFormat('EUR', 'DE');
    expect(german.signedMoney(1234.5)).toBe(`+1.234,50${NBSP}€`);
    expect(german.signedMoney(-0.004)).toBe(`0,00${NBSP}€`);
    expect(german.change('percent', -0.0012)).toBe('−0,12 pp');
    expect(german.change('count', 1500)).toBe('+1.500');
    expect(german.changePercent(0.0219)).toBe(`+2,2${NBSP}%`);
    expect(german.percent(0.045, 1)).toBe(`4,5${NBSP}%`);
    expect([german.limit(0.04), german.limit(0.025)]).toEqual([`4${NBSP}%`, `2,5${NBSP}%`]);
  });

  it('without a market, writes the US way (as the health notes and QA messages do then), with the currency’s symbol and decimals', () => {
    expect(reportFormat('IDR').money(1500)).toBe('Rp1,500');
    expect(reportFormat('THB').signedMoney(40)).toBe('+฿40.00');
    expect(reportFormat('EUR').money(1234.5)).toBe('€1,234.50');
    expect(reportFormat('CHF').signedMoney(40)).toBe(`+CHF${NBSP}40.00`);
  });

  it('keeps the client’s currency when it is not the market’s: a UK client billed in dollars', () => {
    expect(reportFormat('USD', 'UK').money(1234.5)).toBe('$1,234.50');
    expect(reportFormat('USD', 'DE').money(1234.5)).toBe(`1.234,50${NBSP}$`);
  });
});

describe('reportFormat without a market follows the Settings decimal mark (a check run or formula that knows no market)', () => {
  it('writes a comma-decimal shop’s 7.600,00 and 12,5%', () => {
    const comma = reportFormat('', '', ',');
    expect([comma.money(7600), comma.money(-1234567.891), comma.limit(0.125, 1)]).toEqual(['7.600,00', '−1.234.567,89', '12,5%']);
  });

  it('writes a point-decimal shop’s, or one whose mark is not known, 7,600.00 and 12.5%', () => {
    for (const mark of ['.', undefined] as const) {
      const point = reportFormat('', '', mark);
      expect([point.money(7600), point.money(0.5), point.limit(0.125, 1)]).toEqual(['7,600.00', '0.50', '12.5%']);
    }
  });

  it('leaves a market’s own convention alone: a German shop writes 2,5 % whatever the decimal mark row says', () => {
    expect(reportFormat('EUR', 'DE', '.').limit(0.025)).toBe(`2,5${NBSP}%`);
  });
});
