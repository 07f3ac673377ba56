import { ttsCtr, ttsGmv, ttsOrders } from '../../../src/core/formulas/kpiFormulas';
import { withSettings } from '../../../src/core/settings/settings';

const noMarket = withSettings();

describe('text numbers with no market set', () => {
  it('reads 12,000 in a count column (impressions, clicks, orders) as twelve thousand: a count is whole', () => {
    const compass = [
      ['Date', 'GMV', 'Orders', 'Product impressions', 'Product clicks'],
      ['2026-11-16', '$840', '12', '12,000', '1,200'],
      ['2026-11-17', '$600', '9', '8.000', '600'],
    ];
    expect(ttsCtr(compass, '', '', noMarket)).toBeCloseTo(1800 / 20000, 12);
    expect(ttsOrders(compass, '', '', noMarket)).toBe(21);
  });

  it('settles every column by one amount of the table: 1,200.00 in Refunds makes 1,250 in GMV one thousand two hundred fifty', () => {
    const compass = [
      ['Date', 'GMV', 'Refunds', 'Product impressions', 'Product clicks'],
      ['2026-11-16', '1,250', '1,200.00', '12,000', '300'],
      ['2026-11-17', '980', '0', '8,000', '200'],
    ];
    expect(ttsGmv(compass, '', '', '', noMarket)).toBe(2230);
    expect(ttsCtr(compass, '', '', noMarket)).toBeCloseTo(500 / 20000, 12);
  });

  it('still refuses an amount no cell of the table settles (1,250 dollars or 1.25?)', () => {
    const compass = [
      ['Date', 'GMV', 'Product impressions'],
      ['2026-11-16', '1,250', '12,000'],
    ];
    expect(() => ttsGmv(compass, '', '', '', noMarket)).toThrow("row 2, column B 'GMV': expected a number or an amount");
  });
});
