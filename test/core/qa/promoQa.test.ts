import { InputError } from '../../../src/core/values/errors';
import { promoFindings } from '../../../src/core/qa/promoQa';
import * as readDayColumn from '../../../src/core/table/readDayColumn';
import { DEFAULT_QA_SETTINGS } from '../../../src/core/settings/qaSettings';
import { withSettings } from '../../../src/core/settings/settings';
import { DEFAULT_WORKBOOK_SETTINGS, withMarket } from '../../../src/core/workbook/settingsTab';
import { PRODUCTS_FOR_PROMOS, PROMO_HEADERS, promoRow, promoTable, rowChecks } from './qaTestTables';

const settings = withSettings();

describe('promoFindings on a hand-checked promotion tracker with its products table', () => {
  const findings = promoFindings(promoTable(), PRODUCTS_FOR_PROMOS, settings, 'Promos');
  const at = (row: number, check: string) => findings.find((f) => f.row === row && f.check === check)!;

  it('finds every problem, row by row', () => {
    expect(rowChecks(findings)).toEqual([
      '4 discount-out-of-band',
      '4 flash-deal-too-long',
      '4 price-not-below-30-day-low',
      '4 promo-overlap',
      '5 promo-overlap',
      '6 bmsm-too-many-tiers',
      '6 bmsm-tiers-not-increasing',
      '7 discount-out-of-band',
      '7 coupon-amount-too-small',
      '8 discount-out-of-band',
      '9 end-before-start',
      '9 stock-zero',
      '10 value-unreadable',
      '10 value-unreadable',
      '11 sku-unknown',
      '11 promo-price-not-below-list',
      '12 list-price-mismatch',
      '13 promo-type-unknown',
      '14 price-not-below-30-day-low',
      '15 discount-missing',
      '16 price-not-positive',
      '17 sku-missing',
    ]);
  });

  it('says what was found and what was expected', () => {
    expect(at(4, 'discount-out-of-band').message).toBe('Discount 5% (list 20.00 → promo 19.00) is outside the flash deal band 10%–90%.');
    expect(at(4, 'flash-deal-too-long').message).toBe('Flash deal runs 96 hours (2026-11-28 10:00 to 2026-12-02 10:00); expected at most 72.');
    expect(at(4, 'price-not-below-30-day-low').message).toBe('Flash deal price 19.00 is not below the 30-day low 18.00; expected below 18.00.');
    expect(at(4, 'promo-overlap').message).toBe(
      "Flash deal (2026-11-28 10:00 to 2026-12-02 10:00) overlaps the flash deal on row 3 (2026-11-27 20:00 to 2026-11-29 20:00) for SKU 'MUG-01'; expected one at a time.",
    );
    expect(at(5, 'promo-overlap').message).toContain('overlaps the flash deal on row 4 (2026-11-28 10:00 to 2026-12-02 10:00)');
    expect(at(6, 'bmsm-too-many-tiers').message).toBe('3 tiers; expected at most 2.');
    expect(at(6, 'bmsm-tiers-not-increasing').message).toBe(
      'Tier 2 (2 items, 15% off) does not ask more and give more than tier 1 (2 items, 10% off); expected both higher.',
    );
    expect(at(7, 'discount-out-of-band').message).toBe(
      'Discount 1.6% (0.40 off list 25.00 from the products table) is outside the seller coupon band 5%–50%.',
    );
    expect(at(7, 'coupon-amount-too-small').message).toBe(
      'Seller coupon takes 0.40 off (0.40 off list 25.00 from the products table); expected at least 0.50.',
    );
    expect(at(8, 'discount-out-of-band').message).toBe('Discount 60% (discount 60% of list 25.00) is outside the seller coupon band 5%–50%.');
    expect(at(9, 'end-before-start').message).toBe('End 2026-11-30 is before start 2026-12-01.');
    expect(at(9, 'stock-zero').message).toBe('Stock is 0; expected at least 1 unit for the promotion.');
    expect(findings.filter((f) => f.row === 10).map((f) => f.message)).toEqual([
      "'Start' holds '31/02/2026'; expected a date such as 11/27/2026 8:00 PM, 2026-11-27 20:00 or a date cell.",
      "'Stock' holds 'lots'; expected a number such as 12.99 or $12.99.",
    ]);
    expect(at(11, 'sku-unknown').message).toBe("Seller SKU 'HAT-09' is not in the products table (3 SKUs); expected one of its SKUs.");
    expect(at(11, 'promo-price-not-below-list').message).toBe('Promo price 12.00 is not below the list price 10.00; expected a lower price.');
    expect(at(12, 'list-price-mismatch')).toMatchObject({
      severity: 'WARNING',
      column: 'List price',
      message: "List price 22.00 differs from the products table's price 25.00 (its row 3); expected the same.",
    });
    expect(at(13, 'promo-type-unknown').message).toBe(
      "Type 'Mystery box' is not a promotion type the checks know; expected one of Product discount, Flash deal, Seller coupon, Buy more save more, Campaign.",
    );
    expect(at(14, 'price-not-below-30-day-low').message).toBe('Campaign price 16.00 is above the 30-day low 15.00; expected at or below 15.00.');
    expect(at(15, 'discount-missing').message).toBe('Flash deal has no promo price, discount or amount off; expected one, to check the offer.');
    expect(at(16, 'price-not-positive').message).toBe('Promo price −3.00 is not a price; expected more than 0.');
  });

  it('leaves the SKU and catalog price checks out without a products range, blank or left out', () => {
    for (const products of [
      undefined,
      '',
      [['']],
      [
        ['', ''],
        ['', ''],
      ],
    ]) {
      const alone = rowChecks(promoFindings(promoTable(), products, settings));
      expect(alone).not.toContain('11 sku-unknown');
      expect(alone).not.toContain('12 list-price-mismatch');
      // Without the catalog's 25.00 the coupon's percentage is unknown; its amount off is still too small.
      expect(alone.filter((c) => c.startsWith('7 '))).toEqual(['7 coupon-amount-too-small']);
    }
  });
});

describe('promoFindings: a catalog priced in a comma-decimal market', () => {
  it('reads the products table by the shop’s decimal mark: Rp 150.000 is a hundred and fifty thousand, not 150', () => {
    const idSettings = withSettings({ decimalMark: ',' });
    const products = [
      ['Seller SKU', 'Product name', 'Price'],
      ['SERUM-30', 'Serum 30 ml', '150.000'],
      ['MASK-05', 'Sheet mask', '25.000'],
    ];
    const promos = [
      PROMO_HEADERS,
      promoRow({
        sku: 'SERUM-30',
        type: 'Product discount',
        list: '150.000',
        price: '120.000',
        discount: 0.2,
        start: '2026-12-01',
        end: '2026-12-07',
      }),
      promoRow({ sku: 'MASK-05', type: 'Product discount', list: '20.000', price: '18.000', discount: 0.1, start: '2026-12-01', end: '2026-12-07' }),
    ];
    const findings = promoFindings(promos, products, idSettings);
    const checks = rowChecks(findings);
    expect(checks).toContain('3 list-price-mismatch');
    expect(checks).not.toContain('2 list-price-mismatch');
    // …and writes amounts back as the shop does: 20.000,00, never 20,000.00.
    const mismatch = findings.find((f) => f.row === 3 && f.check === 'list-price-mismatch')!.message;
    expect(mismatch).toContain('20.000,00');
    expect(mismatch).toContain('25.000,00');
    expect(mismatch).not.toMatch(/\d,\d{3}\./);
  });
});

describe('promoFindings: dates, settings and table shapes', () => {
  it('reads day-first dates when the column says so', () => {
    const values = [
      PROMO_HEADERS,
      promoRow({ sku: 'A', type: 'flash sale', list: 10, price: 8, start: '27/11/2026 20:00', end: '01/12/2026 20:00' }),
    ];
    expect(promoFindings(values, undefined, settings).map((f) => f.message)).toContain(
      'Flash deal runs 96 hours (2026-11-27 20:00 to 2026-12-01 20:00); expected at most 72.',
    );
  });

  it('reads a Thai Buddhist-era year typed in Start and End (27/11/2569 is 2026) in Thailand only', () => {
    const values = [
      PROMO_HEADERS,
      promoRow({ sku: 'A', type: 'flash sale', list: 10, price: 8, start: '27/11/2569 20:00', end: '01/12/2569 20:00' }),
    ];
    const thai = withSettings({ dateOrder: 'DMY', typedDateOrder: 'DMY', typedBuddhistEra: true });
    expect(promoFindings(values, undefined, thai).map((f) => f.message)).toEqual([
      'Flash deal runs 96 hours (2026-11-27 20:00 to 2026-12-01 20:00); expected at most 72.',
    ]);
    expect(rowChecks(promoFindings(values, undefined, { ...thai, typedBuddhistEra: false }))).toContain('2 value-unreadable');
  });

  it('reads the bands and the flash deal length from the settings', () => {
    const values = [
      PROMO_HEADERS,
      promoRow({ sku: 'A', type: 'Flash deal', list: 10, price: 9.5, start: '2026-11-27 00:00', end: '2026-11-30 12:00' }),
    ];
    expect(rowChecks(promoFindings(values, undefined, settings))).toEqual(['2 discount-out-of-band', '2 flash-deal-too-long']);
    const looser = withSettings({ qa: { ...DEFAULT_QA_SETTINGS, flashDealDiscountMin: 0.05, flashDealMaxHours: 96 } });
    expect(promoFindings(values, undefined, looser)).toEqual([]);
  });

  it('does not call back-to-back deals an overlap, nor the same dates on two SKUs', () => {
    const values = [
      PROMO_HEADERS,
      promoRow({ sku: 'A', type: 'Flash deal', list: 10, price: 8, start: '2026-11-27 00:00', end: '2026-11-28 00:00' }),
      promoRow({ sku: 'A', type: 'Flash deal', list: 10, price: 8, start: '2026-11-28 00:00', end: '2026-11-29 00:00' }),
      promoRow({ sku: 'B', type: 'Flash deal', list: 10, price: 8, start: '2026-11-27 00:00', end: '2026-11-28 00:00' }),
      promoRow({ sku: 'a', type: 'Product discount', list: 10, price: 9, start: '2026-11-27 00:00', end: '2026-11-29 00:00' }),
    ];
    expect(promoFindings(values, undefined, settings)).toEqual([]);
  });

  it('notes a missing column only when a row needs it', () => {
    const discounts = [
      ['SKU', 'Promo type', 'List price', 'Promo price', 'Start', 'End', 'Stock'],
      ['A', 'Product discount', 10, 8, '2026-11-01', '2026-11-05', 5],
    ];
    expect(promoFindings(discounts, undefined, settings)).toEqual([]);
    discounts.push(['A', 'Flash deal', 10, 8, '2026-11-10', '2026-11-11', 5]);
    expect(promoFindings(discounts, undefined, settings).map((f) => [f.row, f.severity, f.check, f.message])).toEqual([
      [1, 'INFO', 'column-missing', expect.stringMatching(/^No '30-day low' \(also tried: .*\) column: price-not-below-30-day-low not checked\.$/)],
    ]);
  });

  it('refuses ranges without their required columns with an InputError', () => {
    const noType = [
      ['Seller SKU', 'Promo price'],
      ['A', 1],
    ];
    expect(() => promoFindings(noType, undefined, settings)).toThrow(InputError);
    expect(() => promoFindings(noType, undefined, settings, 'Promos')).toThrow(
      "Promos: could not find the promotion table's header row: none of the first 10 rows holds 'Seller SKU'",
    );
    expect(() =>
      promoFindings(
        promoTable(),
        [
          ['SKU', 'Title'],
          ['A', 'Mug'],
        ],
        settings,
      ),
    ).toThrow("could not find the products table's header row");
  });

  it('checks 5,000 promotions on 1,000 SKUs and finds the one overlap', () => {
    const values: unknown[][] = [PROMO_HEADERS];
    for (let i = 0; i < 5000; i++) {
      const day = 1 + (i % 5) * 3; // each SKU's five promotions run back to back, 3 days each
      const date = (d: number): string => `2026-12-${String(d).padStart(2, '0')}`;
      const type = i % 2 ? 'Product discount' : 'BMSM';
      values.push(
        promoRow({
          sku: `SKU-${Math.floor(i / 5)}`,
          type,
          list: 20,
          price: 15,
          start: date(day),
          end: date(day + 3),
          stock: 9,
          tiers: [2, 5, 3, 10],
        }),
      );
    }
    values[1][8] = '2026-12-08'; // SKU-0's first BMSM (12-01) now ends inside its second (12-07, row 4)
    expect(rowChecks(promoFindings(values, undefined, settings))).toEqual(['4 promo-overlap']);
  });

  it('seeks the day-month order once per date column, not again for every cell when ISO dates leave it open', () => {
    const detect = jest.spyOn(readDayColumn, 'detectDateOrder');
    const rows = ['MUG-01', 'MUG-02', 'MUG-03'].map((sku) =>
      promoRow({ sku, type: 'Product discount', list: 20, price: 15, start: '2026-12-01', end: '2026-12-04', stock: 9 }),
    );
    expect(promoFindings([PROMO_HEADERS, ...rows], undefined, settings)).toEqual([]);
    expect(detect.mock.calls.map(([, col]) => PROMO_HEADERS[col])).toEqual(['End', 'Start']);
    detect.mockRestore();
  });
});

describe('an End date without a time of day', () => {
  const promos = (rows: unknown[][]): unknown[][] => [['Seller SKU', 'Type', 'Promo price', 'List price', 'Start', 'End'], ...rows];
  const checks = (rows: unknown[][]): string[] => promoFindings(promos(rows), undefined, withSettings()).map((f) => `${f.row} ${f.check}`);

  it('means the whole day: a flash deal from the 27th to the 30th runs 96 hours', () => {
    expect(checks([['MUG-01', 'Flash deal', 8, 10, '2026-11-27', '2026-11-30']])).toContain('2 flash-deal-too-long');
    expect(checks([['MUG-01', 'Flash deal', 8, 10, '2026-11-27 00:00', '2026-11-29 23:00']])).not.toContain('2 flash-deal-too-long');
  });

  it('makes two one-day flash deals on the same day overlap', () => {
    const found = checks([
      ['MUG-01', 'Flash deal', 8, 10, '2026-11-28', '2026-11-28'],
      ['MUG-01', 'Flash deal', 7, 10, '2026-11-28', '2026-11-28'],
    ]);
    expect(found).toContain('3 promo-overlap');
  });
});

describe('a promotion dated outside the plausible dates', () => {
  it('reports a Start typed 2062 for 2026 as unreadable, naming the window, instead of planning it 36 years ahead', () => {
    const typo = [
      PROMO_HEADERS,
      promoRow({ sku: 'MUG-01', type: 'Product discount', list: 20, price: 16, start: '2062-11-01', end: '2026-11-10', stock: 100 }),
    ];
    const messages = promoFindings(typo, undefined, settings, 'Promos').map((f) => `${f.check}: ${f.message}`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^value-unreadable: 'Start' holds '2062-11-01'; expected a date from 2016-01-01 to \d{4}-\d\d-\d\d \(Settings rows earliestDate and latestYearsAhead\)\.$/,
      ),
    ]);
  });
});

describe('promotion dates typed as text in a market that types day first', () => {
  it('reads a Brazilian flash deal typed 03/11/2026 10:00 – 05/11/2026 09:00 as 47 hours in November, not two months from March', () => {
    const br = withMarket(DEFAULT_WORKBOOK_SETTINGS, 'BR').settings;
    const flash = [
      ['Seller SKU', 'Type', 'Promo price', 'List price', 'Start', 'End'],
      ['CANECA-01', 'Flash deal', 29.9, 39.9, '03/11/2026 10:00', '05/11/2026 09:00'],
    ];
    const dateChecks = (): string[] => promoFindings(flash, undefined, br).flatMap((f) => (f.check === 'column-missing' ? [] : [f.check]));
    expect(dateChecks()).toEqual([]);
    flash[1][5] = '07/11/2026 09:00';
    expect(dateChecks()).toEqual(['flash-deal-too-long']);
  });
});
