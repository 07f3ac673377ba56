import { importAnalytics } from '../../../src/core/actions/importAnalytics';
import { ttsPivot } from '../../../src/core/formulas/pivotFormula';
import { withSettings } from '../../../src/core/settings/settings';
import { DEFAULT_CLIENT } from '../../../src/core/workbook/clientProfile';
import { withMarket } from '../../../src/core/workbook/settingsTab';
import type { CellValue } from '../../../src/core/workbook/workbookPort';

const VN = withMarket({ settings: withSettings(), client: DEFAULT_CLIENT }, 'VN').settings;
const CHANNELS = 'GMV, LIVE GMV, Video GMV, Product card GMV';

/**
 * A Vietnamese Data Compass product list as it is exported: the analysis range on row 1, row 2 empty, the section
 * labels on row 3 over the first column of each block, the header on row 4 repeated per block, dot thousands.
 */
function vietnameseProductList(): CellValue[][] {
  const labels = ['', '', 'Tất cả', '', '', 'Buổi LIVE', '', '', 'Video', '', '', 'Liên kết', '', '', 'Thẻ sản phẩm', '', ''];
  const block = ['GMV', 'Số món bán ra', 'Đơn hàng'];
  return [
    ['Ngày phân tích: 05/06/2026~11/06/2026'],
    [],
    labels,
    ['Tên sản phẩm', 'ID sản phẩm', ...block, ...block, ...block, ...block, ...block],
    ['Serum HA 30ml', '1729000000000000011', '2.450.000', 20, 18, '900.000', 8, 7, '700.000', 6, 5, '350.000', 3, 3, '500.000', 4, 4],
    ['Mặt nạ đất sét', '1729000000000000022', '1.200.000', 10, 10, '0', 0, 0, '450.000', 4, 4, '150.000', 1, 1, '600.000', 5, 5],
  ];
}

describe('a Data Compass product list with channel sections', () => {
  it('in Vietnamese: each section’s GMV is that channel’s (LIVE, Video, Product card), the overall block the GMV', () => {
    expect(ttsPivot(vietnameseProductList(), 'product', CHANNELS, '', '', VN)).toEqual([
      ['Tên sản phẩm', 'GMV', 'LIVE GMV', 'Video GMV', 'Product card GMV'],
      ['Mặt nạ đất sét', 1200000, 0, 450000, 600000],
      ['Serum HA 30ml', 2450000, 900000, 700000, 500000],
      ['Total', 3650000, 900000, 1150000, 1100000],
    ]);
  });

  it('in English, the same layout reads the same way', () => {
    const english = vietnameseProductList().map((row, r) =>
      r === 2
        ? ['', '', 'All', '', '', 'LIVE', '', '', 'Video', '', '', 'Affiliate', '', '', 'Product card', '', '']
        : r === 3
          ? ['Product name', 'Product ID', ...Array(5).fill(['GMV', 'Items sold', 'Orders']).flat()]
          : row,
    );
    expect(ttsPivot(english, 'product', CHANNELS, '', '', VN).at(-1)).toEqual(['Total', 3650000, 900000, 1150000, 1100000]);
  });

  it('is imported with the channel columns named, the other blocks’ repeats left out', () => {
    const imported = importAnalytics(undefined, vietnameseProductList(), 'product_list.xlsx', VN);
    expect(imported.values[0]).toEqual([
      'Tên sản phẩm',
      'ID sản phẩm',
      'GMV',
      'Số món bán ra',
      'Đơn hàng',
      'LIVE-attributed GMV',
      'Video-attributed GMV',
      'Product card GMV',
    ]);
    expect(imported.values.slice(1).map((row) => row.slice(5))).toEqual([
      ['900.000', '700.000', '500.000'],
      ['0', '450.000', '600.000'],
    ]);
  });
});
