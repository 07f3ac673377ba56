import { ttsPivot } from '../../../src/core/formulas/pivotFormula';
import { withSettings } from '../../../src/core/settings/settings';
import { smallAnalyticsTable, smallOrderExport } from '../../fixtures/smallOrderExport';

const settings = withSettings();

describe('TTS_PIVOT', () => {
  it('groups by SKU: an order with two SKUs counts in each SKU row and once in Total', () => {
    expect(ttsPivot(smallOrderExport(), 'Seller SKU', 'GMV, Orders, Units, AOV', '', '', settings)).toEqual([
      ['Seller SKU', 'GMV', 'Orders', 'Units', 'AOV'],
      ['MUG-01', 50, 3, 5, 50 / 3],
      ['TEE-02', 1050, 3, 4, 350],
      ['Total', 1100, 4, 9, 275],
    ]);
  });

  it('groups by Monday-start weeks labelled with the Monday', () => {
    expect(ttsPivot(smallOrderExport(), 'week', 'GMV,Orders,Refund rate,Cancel rate', '', '', settings)).toEqual([
      ['Week', 'GMV', 'Orders', 'Refund rate', 'Cancel rate'],
      ['2026-11-09', 50, 1, 1, 0],
      ['2026-11-16', 1050, 3, 0, 1 / 3],
      ['Total', 1100, 4, 0.25, 0.25],
    ]);
  });

  it('follows the week-start setting (Sunday, as Sheets WEEKNUM)', () => {
    const pivot = ttsPivot(smallOrderExport(), 'week', 'GMV', '', '', withSettings({ weekStart: 0 }));
    expect(pivot.map((row) => row[0])).toEqual(['Week', '2026-11-08', '2026-11-15', '2026-11-22', 'Total']);
  });

  it('groups by day and month with text labels', () => {
    expect(ttsPivot(smallOrderExport(), 'day', 'Orders', '2026-11-16', '2026-11-17', settings)).toEqual([
      ['Day', 'Orders'],
      ['2026-11-16', 1],
      ['2026-11-17', 1],
      ['Total', 2],
    ]);
    expect(ttsPivot(smallOrderExport(), 'month', 'GMV', '', '', settings)).toEqual([
      ['Month', 'GMV'],
      ['2026-11', 1100],
      ['Total', 1100],
    ]);
  });

  it('computes ratios from the sums of each group and of the total', () => {
    expect(ttsPivot(smallAnalyticsTable(), 'day', 'CTR,CVR', '', '', settings)).toEqual([
      ['Day', 'CTR', 'CVR'],
      ['2026-11-16', 100 / 1100, 11 / 910],
      ['2026-11-17', 0, 1 / 90],
      ['Total', 100 / 1110, 12 / 1000],
    ]);
  });

  it('accepts metric aliases and a range of metric names', () => {
    const pivot = ttsPivot(smallOrderExport(), 'Product Name', [['gross merchandise value', 'average order value']], '', '', settings);
    expect(pivot[0]).toEqual(['Product Name', 'GMV', 'AOV']);
  });

  it('names unknown metrics and columns', () => {
    expect(() => ttsPivot(smallOrderExport(), 'week', 'GMV, ROAS', '', '', settings)).toThrow("Unknown metric 'ROAS'. Use one of: GMV, Net GMV");
    // The channel metrics are named as one family, so the message stays a readable line.
    const message = (() => {
      try {
        ttsPivot(smallOrderExport(), 'week', 'ROAS', '', '', settings);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain(
      "Cancel rate. From the Analytics export's channel columns: '<channel> GMV' and '<channel> share of GMV' for LIVE, Video",
    );
    expect(message).not.toContain('Video share of GMV,');
    expect(() => ttsPivot(smallOrderExport(), 'Warehouse', 'GMV', '', '', settings)).toThrow("no column 'Warehouse' in the header row (row 2)");
  });
});

describe('a partial return', () => {
  const table = [
    [
      'Order ID',
      'Order Status',
      'Cancelation/Return Type',
      'Sku Quantity of return',
      'Seller SKU',
      'SKU Subtotal After Discount',
      'Order Refund Amount',
      'Paid Time',
    ],
    ['1', 'Completed', 'Return/Refund', 1, 'A', 10, 10, '2026-11-16'],
    ['1', 'Completed', '', 0, 'B', 20, 10, '2026-11-16'],
    ['2', 'Completed', '', 0, 'B', 20, 0, '2026-11-16'],
  ];

  it('is the returned SKU refund, not every SKU of the order', () => {
    expect(ttsPivot(table, 'Seller SKU', 'Refund rate, Net GMV', '', '', settings)).toEqual([
      ['Seller SKU', 'Refund rate', 'Net GMV'],
      ['A', 1, 0],
      ['B', 0, 40],
      ['Total', 0.5, 40],
    ]);
  });
});
