import { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { setupWorkbook } from '../../src/core/actions/setupWorkbook';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateDemoClient } from '../../src/demo/generateDemoClient';
import { demoTrackerTabs } from '../../src/demo/trackerTabs';
import { addDemoTrackerTabs } from '../../src/local/cli/demoCommand';

const demoClient = (): MemoryWorkbook => {
  const { orders, analytics } = generateDemoClient();
  return new MemoryWorkbook({ Orders: orders as CellValue[][], Analytics: analytics as CellValue[][] });
};

describe('the demo tracker tabs', () => {
  it('are the same rows for the same seed, dated in shop time', () => {
    const tabs = demoTrackerTabs('America/Los_Angeles');
    const [products, promos, links, actions, risks, plan, calendar] = tabs;
    expect(demoTrackerTabs('America/Los_Angeles')).toEqual(tabs);
    expect(tabs.map((t) => t.rows.length)).toEqual([25, 7, 6, 4, 3, 5, 6]);
    expect([products, promos, links, actions, risks, plan, calendar].map((t) => t.name)).toEqual([
      'Products',
      'Promos',
      'Links',
      'Action items',
      'Risks',
      '30-60-90 plan',
      'Promo calendar',
    ]);
    const flash = promos.rows[1];
    // 09:00 on Black Friday in Los Angeles is 17:00 UTC.
    expect(flash[promos.headers.indexOf('Start')]).toEqual(new Date('2026-11-27T17:00:00Z'));
  });

  it('give the QA read-out exactly the planted defects, and nothing on the clean rows', () => {
    const workbook = demoClient();
    expect(addDemoTrackerTabs(workbook)).toEqual(['Products', 'Promos', 'Links', 'Action items', 'Risks', '30-60-90 plan', 'Promo calendar']);
    setupWorkbook(workbook);
    refreshReadout(workbook, { now: new Date('2026-11-23T17:00:00Z') });
    const qa = workbook.peek('TTS · QA') as CellValue[][];
    const header = qa.findIndex((row) => row[0] === 'Tab' && row[3] === 'Check');
    const findings = qa
      .slice(header + 1)
      .filter((row) => row[2])
      .map((row) => `${row[0]}!${row[1]} ${row[3]}`);
    expect(findings).toEqual([
      'Products!16 images-few',
      'Products!20 description-short',
      'Products!26 gtin-check-digit',
      'Products!27 title-promotional',
      'Products!27 title-symbols',
      'Promos!5 flash-deal-too-long',
      'Promos!6 price-not-below-30-day-low',
      'Promos!7 promo-price-not-below-list',
      'Links!5 utm-missing',
      'Links!6 utm-upper-case',
      'Links!8 tiktok-macro',
    ]);
    const severities = qa.slice(header + 1).map((row) => row[2]);
    expect(['ERROR', 'WARNING', 'INFO'].map((severity) => severities.filter((s) => s === severity).length)).toEqual([7, 4, 0]);
  });

  it('are laid out as the set-up lays out those tabs, and never replace a tab the workbook has', () => {
    const workbook = demoClient();
    workbook.addUserTab('Promos', [['My promo plan']]);
    expect(addDemoTrackerTabs(workbook)).toEqual(['Products', 'Links', 'Action items', 'Risks', '30-60-90 plan', 'Promo calendar']);
    expect(workbook.peek('Promos')).toEqual([['My promo plan']]);
    const products = workbook.written('Products');
    expect(products?.values[1]).toEqual(['Seller SKU', 'Product name', 'Variation', 'Price', 'Main images', 'Description', 'UPC/EAN']);
    expect(products?.values[2].slice(0, 5)).toEqual(['HA-SERUM-30ML', 'Hydrating Hyaluronic Acid Face Serum', '30 ml', 19.99, expect.any(Number)]);
    expect(products).toMatchObject({ frozenRows: 2, headerRows: [1] });
    expect(workbook.written('Action items')?.columns?.some((column) => column.validation?.kind === 'list')).toBe(true);
  });
});
