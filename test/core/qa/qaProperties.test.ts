import fc from 'fast-check';
import { ttsListingQa, ttsPromoQa, ttsUtmCheck } from '../../../src/core/formulas/qaFormulas';
import { InputError } from '../../../src/core/values/errors';
import type { Finding } from '../../../src/core/qa/finding';
import { LINK_COLUMNS } from '../../../src/core/qa/linkColumns';
import { listingFindings } from '../../../src/core/qa/listingQa';
import { LISTING_RULES } from '../../../src/core/qa/listingRules';
import { PRODUCT_COLUMNS, LISTING_REQUIRED } from '../../../src/core/qa/productColumns';
import { PROMO_COLUMNS, PROMO_REQUIRED } from '../../../src/core/qa/promoColumns';
import { promoFindings } from '../../../src/core/qa/promoQa';
import { PROMO_RULES } from '../../../src/core/qa/promoRules';
import type { Rules } from '../../../src/core/qa/rule';
import { buildUtmUrl, utmProblems } from '../../../src/core/qa/utm';
import type { ColumnDef } from '../../../src/core/table/columns';
import { normalizeHeader } from '../../../src/core/table/normalizeHeader';
import { isBlank } from '../../../src/core/values/isBlank';
import { withSettings } from '../../../src/core/settings/settings';

const settings = withSettings();
const HUGE = 'Ceramic mug ' + 'x'.repeat(10_000);

/** Cells as Sheets and re-saved exports hand them over: text, numbers, dates, blanks and worse. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -5, 7600.01),
  fc.date(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom('', ' ', '\t', null, undefined, true, false),
  fc.constantFrom('$1,234.56', '(5.00)', '20%', '1.234,56', 'n/a', '—', '1.23457E+11', '036000291452', '31/02/2026', '2026-02-30 10:00'),
  fc.constantFrom('11/27/2026 8:00 PM', '27/11/2026 20:00', '2026-11-27', 'Flash deal', 'BMSM', 'coupon', 'Product discount', 'Campaign'),
  fc.constantFrom('__CAMPAIGN_NAME__', 'https://a.com/?utm_source=TikTok&utm_source=x', '%E0%A4%A', '✨🔥', 'www.x.com'),
  fc.constant(HUGE),
);

const headersOf = (columns: Record<string, ColumnDef>): string[] => Object.values(columns).flatMap((c) => [...c.headers]);

/** A range: up to two junk rows, a header row of known names (shuffled, with blank merged cells and junk), data rows. */
function tableOf(headerNames: string[]): fc.Arbitrary<unknown[][]> {
  const header = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...headerNames) }, fc.constant(''), fc.string({ maxLength: 8 })), {
    minLength: 1,
    maxLength: 14,
  });
  return fc
    .tuple(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 2 }), header)
    .chain(([junk, head]) =>
      fc.array(fc.array(cell, { minLength: 0, maxLength: head.length + 1 }), { maxLength: 25 }).map((rows) => [...junk, head, ...rows]),
    );
}

/** Whether one of the first ten rows holds every required column: the only case an InputError is allowed. */
function hasHeader(values: unknown[][], columns: Record<string, ColumnDef>, required: readonly string[]): boolean {
  return values.slice(0, 10).some((row) => {
    const names = new Set(row.map(normalizeHeader));
    return required.every((key) => columns[key].headers.some((h) => names.has(normalizeHeader(h))));
  });
}

/** Text a message could only show through a bug, unless a cell holds it. */
const LEAKS = /\bundefined\b|\bNaN\b|\[object|Infinity/;

function expectFindings(findings: Finding[], rules: Rules<string>, values: unknown[][]): void {
  const cellsMayLeak = values.some((row) => row.some((c) => LEAKS.test(String(c)) || (typeof c === 'number' && !Number.isFinite(c))));
  for (const f of findings) {
    expect(Number.isInteger(f.row) && f.row >= 1 && f.row <= values.length).toBe(true);
    expect(f.severity).toBe(rules[f.check].severity);
    for (const placeholder of rules[f.check].message.match(/\{\w+\}/g) ?? []) expect(f.message).not.toContain(placeholder);
    if (!cellsMayLeak) expect(f.message).not.toMatch(LEAKS);
    expect(f.message.length).toBeLessThan(1000); // long cells are cut
  }
}

/** A message without the cell values it quotes ('…', as \`shown\` writes them). */
function withoutQuotedCells(message: string): string {
  return message.replace(/'[^']*'/g, "''");
}

/** Runs a check; returns its findings, or undefined when it refused the input with an InputError. */
/** A column the checks read twice, disagreeing: refused by its own rule (src/core/table/repeatedHeaders.ts), tested in test/hostile. */
const REPEATED_COLUMN_DIFFERS = /are the same column twice but differ/;

function findingsOrInputError(run: () => Finding[]): Finding[] | 'repeated column differs' | undefined {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return REPEATED_COLUMN_DIFFERS.test((error as Error).message) ? 'repeated column differs' : undefined;
  }
}

describe('QA checks on random cells (fast-check)', () => {
  it('TTS_LISTING_QA returns findings, and refuses only a range without Seller SKU and Product name', () => {
    fc.assert(
      fc.property(tableOf(headersOf(PRODUCT_COLUMNS)), (values) => {
        const findings = findingsOrInputError(() => listingFindings(values, settings));
        if (findings === 'repeated column differs') return;
        if (findings === undefined) expect(hasHeader(values, PRODUCT_COLUMNS, LISTING_REQUIRED)).toBe(false);
        else expectFindings(findings, LISTING_RULES, values);
      }),
      { numRuns: 300 },
    );
  });

  it('TTS_PROMO_QA returns findings, with or without products, and refuses only ranges without their required columns', () => {
    const products = fc.oneof(fc.constantFrom(undefined, '', [['']]), tableOf(['Seller SKU', 'SKU', 'Price', 'List price', 'Product name']));
    fc.assert(
      fc.property(tableOf(headersOf(PROMO_COLUMNS)), products, (values, catalog) => {
        const findings = findingsOrInputError(() => promoFindings(values, catalog, settings));
        if (findings === 'repeated column differs') return;
        if (findings !== undefined) return expectFindings(findings, PROMO_RULES, values);
        const catalogGiven = Array.isArray(catalog) && catalog.some((row) => row.some((c) => !isBlank(c)));
        const catalogRefused = catalogGiven && !hasHeader(catalog as unknown[][], PRODUCT_COLUMNS, ['sellerSku', 'price']);
        expect(catalogRefused || !hasHeader(values, PROMO_COLUMNS, PROMO_REQUIRED)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the formulas always spill five-column tables', () => {
    fc.assert(
      fc.property(tableOf(headersOf(PRODUCT_COLUMNS)), tableOf(headersOf(PROMO_COLUMNS)), (products, promos) => {
        for (const run of [() => ttsListingQa(products, settings), () => ttsPromoQa(promos, undefined, settings)]) {
          try {
            for (const row of run()) expect(row).toHaveLength(5);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        }
      }),
    );
  });

  it('TTS_UTM_CHECK never throws: a text per cell, one per row for a links table', () => {
    const urls = fc.oneof(cell, fc.webUrl({ withQueryParameters: true, withFragments: true }));
    fc.assert(
      fc.property(urls, (url) => {
        // A message may quote the cell (whatever it holds); its own words never hold the '; ' that joins messages.
        const problems = utmProblems(String(url ?? ''));
        expect(problems.every((p) => typeof p === 'string' && p.length > 0 && !withoutQuotedCells(p).includes('; '))).toBe(true);
        expect(typeof ttsUtmCheck(url, settings)).toBe('string');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(tableOf([...headersOf(LINK_COLUMNS), 'utm_source']), (values) => {
        const result = ttsUtmCheck(values, settings) as unknown[][];
        expect(result).toHaveLength(values.length);
        for (const row of result) for (const text of row) expect(typeof text).toBe('string');
      }),
    );
  });

  it('TTS_UTM_BUILD gives a link that passes the check, or an InputError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), cell), cell, cell, cell, cell, (base, source, medium, campaign, content) => {
        const text = (value: unknown): string => (typeof value === 'string' ? value : '');
        try {
          const url = buildUtmUrl(text(base), text(source), 'paid_social', text(campaign), text(content));
          expect(utmProblems(url, settings, true).filter((p) => !p.startsWith('utm_medium'))).toEqual([]);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
        void medium;
      }),
    );
  });
});
