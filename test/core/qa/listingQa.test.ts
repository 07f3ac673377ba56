import { InputError } from '../../../src/core/values/errors';
import { listingFindings } from '../../../src/core/qa/listingQa';
import { DEFAULT_QA_SETTINGS } from '../../../src/core/settings/qaSettings';
import { withSettings } from '../../../src/core/settings/settings';
import { GOOD_DESCRIPTION, PRODUCT_HEADERS, productTable, rowChecks } from './qaTestTables';

const settings = withSettings();

describe('listingFindings on a hand-checked product table', () => {
  const findings = listingFindings(productTable(), settings, 'Products');

  it('finds every problem, row by row, errors before warnings within a row', () => {
    expect(rowChecks(findings)).toEqual([
      '4 sku-duplicate',
      '4 title-duplicate',
      '5 sku-missing',
      '5 title-promotional',
      '6 title-all-caps',
      '7 title-url',
      '7 title-symbols',
      '8 title-platform',
      '8 title-counterfeit',
      '9 sku-too-long',
      '9 title-missing',
      '9 images-none',
      '9 description-missing',
      '9 price-range',
      '9 gtin-format',
      '10 title-length',
      '10 price-range',
      '10 gtin-check-digit',
      '10 images-few',
      '10 description-short',
      '12 value-unreadable',
      '12 images-too-many',
      '12 description-too-long',
      '13 price-missing',
      '15 price-range',
      '16 sku-duplicate',
    ]);
  });

  it('names the value found and what was expected, and the column at fault', () => {
    const at = (row: number, check: string) => findings.find((f) => f.row === row && f.check === check)!;
    expect(at(4, 'sku-duplicate')).toMatchObject({
      severity: 'ERROR',
      column: 'Seller SKU',
      message: "Seller SKU 'MUG-01' is also on row 2; expected each SKU once.",
    });
    expect(at(5, 'title-promotional').message).toBe(
      "Title contains promotional wording 'FREE SHIPPING' ('Linen Tea Towel Set of 2 – FREE SHIPPING 20% off'); expected a plain description of the product.",
    );
    expect(at(7, 'title-url').message).toBe("Title contains a web address 'www.glowco.com'; expected none.");
    expect(at(7, 'title-symbols').message).toContain("decorative symbols '✨'");
    expect(at(8, 'title-platform').message).toBe("Title names 'TikTok'; expected no reference to TikTok or another platform.");
    expect(at(9, 'sku-too-long').message).toBe(`Seller SKU '${'S'.repeat(51)}' is 51 characters; expected at most 50.`);
    expect(at(9, 'images-none').message).toBe("No main images ('Main images' is 0); expected 5–9.");
    expect(at(9, 'price-range').message).toBe('Price 0.00 is outside 0.01–7,600.00.');
    expect(at(9, 'gtin-format').message).toBe("UPC/EAN '12345' has 5 digits; expected 8, 12, 13 or 14 digits.");
    expect(at(10, 'title-length').message).toBe(`Title is 311 characters ('Table Lamp ${'a'.repeat(49)}… (311 characters)'); expected 1–255.`);
    expect(at(10, 'price-range').message).toBe('Price −5.00 is outside 0.01–7,600.00.');
    expect(at(10, 'gtin-check-digit').message).toBe("UPC/EAN '036000291453' ends in 3; its check digit should be 2.");
    expect(at(10, 'images-few')).toMatchObject({
      severity: 'WARNING',
      message: "3 main images ('Main images' is 3); at least 5 recommended.",
      fix: expect.stringContaining('Add 2 more'),
    });
    expect(at(10, 'description-short').message).toBe('Description has 4 words; at least 30 recommended.');
    expect(at(12, 'value-unreadable').message).toBe("'Price' holds 'call me'; expected a number such as 12.99 or $12.99.");
    expect(at(12, 'description-too-long').message).toBe('Description is 10004 characters; expected at most 10000.');
  });

  it('accepts the boundaries: price 0.01 and 7,600, 9 images, a UPC whose leading zero a spreadsheet dropped, EAN-8 with a hyphen, variants sharing a title', () => {
    const rows = new Set(findings.map((f) => f.row));
    expect(rows.has(2)).toBe(false);
    expect(rows.has(3)).toBe(false);
    expect(rows.has(14)).toBe(false);
    expect(findings.filter((f) => f.row === 16).map((f) => f.check)).toEqual(['sku-duplicate']);
  });
});

describe('listingFindings: table shapes', () => {
  it('counts rows from the header row, below a title line, and ignores blank (merged) header cells', () => {
    const values = [
      ['Acme Home — listing tracker', '', ''],
      ['SKU', '', 'Title', 'Retail price', '', 'Images', 'Product description'],
      ['A-1', 'x', 'Ceramic Mug', 0, '', 5, GOOD_DESCRIPTION],
    ];
    const findings = listingFindings(values, settings);
    expect(findings).toEqual([
      expect.objectContaining({ row: 2, check: 'price-range', column: 'Retail price', message: 'Price 0.00 is outside 0.01–7,600.00.' }),
    ]);
  });

  it('counts image URL columns when there is no count column (Seller Center template headers too)', () => {
    const values = [
      ['Seller SKU', 'Product name', 'Main Product Image', 'Product Image 2', 'Product Image 3'],
      ['A-1', 'Ceramic Mug', '', '', ''],
      ['A-2', 'Glass Mug', 'https://img/1.jpg', 'https://img/2.jpg', ''],
    ];
    const findings = listingFindings(values, settings).filter((f) => f.check.startsWith('images'));
    expect(findings.map((f) => [f.row, f.check, f.column, f.message])).toEqual([
      [2, 'images-none', 'Main Product Image', "No main images (0 of 'Main Product Image'…'Product Image 3' filled); expected 5–9."],
      [3, 'images-few', 'Main Product Image', "2 main images (2 of 'Main Product Image'…'Product Image 3' filled); at least 5 recommended."],
    ]);
  });

  it('notes once, at the header row, each missing column and the checks it leaves out', () => {
    const findings = listingFindings(
      [
        ['Seller SKU', 'Product name'],
        ['A-1', 'Ceramic Mug'],
      ],
      settings,
    );
    expect(findings.map((f) => [f.row, f.severity, f.check])).toEqual([
      [1, 'INFO', 'column-missing'],
      [1, 'INFO', 'column-missing'],
      [1, 'INFO', 'column-missing'],
    ]);
    expect(findings[0].message).toBe("No 'Main images' or 'Image 1'…'Image 9' column: images-none, images-few, images-too-many not checked.");
    expect(findings[2].message).toMatch(/^No 'Price' \(also tried: 'List price', .*\) column: price-missing, price-range not checked\.$/);
  });

  it('cuts a 10,000-character title to its first 60 characters in the message', () => {
    const title = 'Ceramic Mug ' + 'x'.repeat(9988);
    const [finding] = listingFindings([PRODUCT_HEADERS, ['P-1', title, '', 9, 5, GOOD_DESCRIPTION, '']], settings);
    expect(finding.check).toBe('title-length');
    expect(finding.message).toBe(`Title is 10000 characters ('Ceramic Mug ${'x'.repeat(48)}… (10,000 characters)'); expected 1–255.`);
  });

  it('applies the title length setting (25–255 outside the US and UK)', () => {
    const strict = withSettings({ qa: { ...DEFAULT_QA_SETTINGS, titleMinChars: 25 } });
    const values = [PRODUCT_HEADERS, ['P-1', 'Dinner Plate', '', 9, 5, GOOD_DESCRIPTION, '']];
    expect(listingFindings(values, strict).map((f) => f.message)).toEqual(["Title is 12 characters ('Dinner Plate'); expected 25–255."]);
    expect(listingFindings(values, settings)).toEqual([]);
  });

  it("does not flag product attributes such as 'BPA Free', 'Sugar-Free' or 'USB-C'", () => {
    const values = [PRODUCT_HEADERS, ['P-1', 'BPA Free Water Bottle, Sugar-Free Syrup Pump, USB-C', '', 9, 5, GOOD_DESCRIPTION, '']];
    expect(listingFindings(values, settings)).toEqual([]);
  });

  it('refuses a table without its required columns with an InputError naming them', () => {
    const noSellerSku = [
      ['SKU', 'Price'],
      ['A', 1],
    ];
    expect(() => listingFindings(noSellerSku, settings, 'Products')).toThrow(InputError);
    expect(() => listingFindings(noSellerSku, settings, 'Products')).toThrow(
      "Products: could not find the product table's header row: none of the first 10 rows holds 'Seller SKU'",
    );
    expect(() => listingFindings('A1', settings)).toThrow("'products' must be a range");
  });

  it('checks 5,000 rows with one duplicate SKU and one duplicate title', () => {
    const values: unknown[][] = [PRODUCT_HEADERS];
    for (let i = 0; i < 5000; i++) values.push([`SKU-${i}`, `Ceramic Mug No. ${i}`, '', 10 + (i % 50), 5, GOOD_DESCRIPTION, '']);
    values[4000][0] = 'SKU-17';
    values[4500][1] = 'Ceramic Mug No. 3';
    expect(rowChecks(listingFindings(values, settings))).toEqual(['4001 sku-duplicate', '4501 title-duplicate']);
  });
});

describe('the first product row', () => {
  it('is read even when it looks like an export description row (a SKU with spaces, no numbers)', () => {
    const findings = listingFindings(
      [
        ['Seller SKU', 'Product name'],
        ['MUG BLUE', 'Mug FREE shipping www.mugs.com'],
        ['MUG RED', 'Mug'],
      ],
      withSettings(),
    );
    expect(findings.some((f) => f.row === 2 && f.check === 'title-url')).toBe(true);
  });
});
