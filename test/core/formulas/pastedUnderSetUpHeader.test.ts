import { ttsGmv, ttsOrders } from '../../../src/core/formulas/kpiFormulas';
import { ANALYTICS_TAB, ORDERS_TAB, setupTabContent } from '../../../src/core/workbook/setupTabs';
import { DEFAULT_WORKBOOK_SETTINGS, withMarket } from '../../../src/core/workbook/settingsTab';
import type { CellValue } from '../../../src/core/workbook/workbookPort';

// In Sheets an export is pasted into the set-up tab; pasted at A3, under the set-up header, its own header must win.
const underSetUpHeader = (tab: typeof ORDERS_TAB, exported: CellValue[][]): (readonly CellValue[])[] => [...setupTabContent(tab).values, ...exported];

describe('an export pasted whole under the set-up tab’s own header', () => {
  it('Analytics: an English Data Compass export (Date range row, blank row, header with an extra first column) is read in its own columns', () => {
    const us = withMarket(DEFAULT_WORKBOOK_SETTINGS, 'US').settings;
    const pasted = underSetUpHeader(ANALYTICS_TAB, [
      ['Date range: 2026-11-02 ~ 2026-11-03'],
      [],
      ['', 'Date', 'GMV', 'Orders', 'Visitors', 'Product impressions', 'Product clicks'],
      ['', '11/02/2026', '$1,204.50', '31', '2,210', '18,400', '640'],
      ['', '11/03/2026', '$980.00', '25', '1,870', '15,200', '512'],
    ]);
    expect([ttsGmv(pasted, '', '', '', us), ttsOrders(pasted, '2026-11-03', '2026-11-03', us)]).toEqual([2184.5, 25]);
  });

  it('Analytics: an Indonesian Analitik Toko (title, filter, blank-headed dates, totals and change rows) counts each day once', () => {
    const id = withMarket(DEFAULT_WORKBOOK_SETTINGS, 'ID').settings;
    const pasted = underSetUpHeader(ANALYTICS_TAB, [
      ['Ringkasan Toko 2026-08-10 ~ 2026-08-11'],
      ['Semua', 'Semua', 'Semua'],
      ['', 'GMV', 'Pengunjung', 'Pesanan', 'Impresi produk', 'Klik produk'],
      ['Total nilai penjualan', 'Rp2.500.000', '1.000', '25', '14.000', '1.000'],
      ['Perubahan persentase', '5,00%', '-2,00%', '5,00%', '1,00%', '2,00%'],
      ['10/08/2026', 'Rp1.000.000', '400', '10', '6.000', '400'],
      ['11/08/2026', 'Rp1.500.000', '600', '15', '8.000', '600'],
    ]);
    expect([ttsGmv(pasted, '', '', '', id), ttsOrders(pasted, '', '', id)]).toEqual([2500000, 25]);
  });

  it('Orders: a UK export, whose columns come in another order than the set-up header’s, is read in its own columns', () => {
    const uk = withMarket(DEFAULT_WORKBOOK_SETTINGS, 'UK').settings;
    const header = ['Order ID', 'Order Status', 'Order Substatus', 'Cancelation/Return Type', 'Normal or Pre-order', 'SKU ID', 'Seller SKU'];
    const line = (order: string, paid: string, after: string): CellValue[] => [
      ...[order, 'To ship', 'Awaiting Packing', '', 'Normal', '1731208844550000172', '', 'Ceramic Mug 350ml', 'Default', '1', '0'],
      ...['GBP 8.00', 'GBP 8.00', 'GBP 0.00', 'GBP 0.00', after, 'GBP 0.00', 'GBP 3.99', 'GBP 3.99', 'GBP 0.00', 'GBP 0.00', after, ''],
      ...[paid, paid, '', '', '', ''],
    ];
    const pasted = underSetUpHeader(ORDERS_TAB, [
      [
        ...header,
        ...['Product Name', 'Variation', 'Quantity', 'Sku Quantity of return', 'SKU Unit Original Price', 'SKU Subtotal Before Discount'],
        ...['SKU Platform Discount', 'SKU Seller Discount', 'SKU Subtotal After Discount', 'Shipping Fee After Discount', 'Original Shipping Fee'],
        ...['Shipping Fee Seller Discount', 'Shipping Fee Platform Discount', 'Taxes', 'Order Amount', 'Order Refund Amount', 'Created Time'],
        ...['Paid Time', 'RTH Time', 'Shipped Time', 'Delivered Time', 'Cancelled Time'],
      ],
      line('578912345600112233', '23/09/2026 16:06:19', 'GBP 8.00'),
      line('578912345600112234', '24/09/2026 09:12:40', 'GBP 6.50'),
    ]);
    expect([ttsGmv(pasted, '', '', '', uk), ttsOrders(pasted, '', '', uk)]).toEqual([14.5, 2]);
  });

  it('Orders: a second export whose columns come in another order, pasted under the first, is refused, naming the row, not misread', () => {
    const uk = withMarket(DEFAULT_WORKBOOK_SETTINGS, 'UK').settings;
    const pasted = [
      ['Order ID', 'SKU ID', 'Order Status', 'SKU Subtotal After Discount', 'Order Amount', 'Paid Time'],
      ['578912345600112231', '1731208844550000172', 'Shipped', 'GBP 8.00', 'GBP 8.00', '22/09/2026 16:06:19'],
      ['Order ID', 'SKU ID', 'Order Status', 'Order Amount', 'SKU Subtotal After Discount', 'Paid Time'],
      ['578912345600112233', '1731208844550000172', 'Shipped', 'GBP 20.00', 'GBP 6.50', '23/09/2026 16:06:19'],
    ];
    expect(() => ttsGmv(pasted, '', '', '', uk)).toThrow(
      "row 3 repeats the header of row 1 with its columns in another order ('SKU Subtotal After Discount' moved): an export of another layout was pasted under the first",
    );
    const sameLayout = [
      ...pasted.slice(0, 2),
      pasted[0],
      ['578912345600112233', '1731208844550000172', 'Shipped', 'GBP 6.50', 'GBP 20.00', '23/09/2026 16:06:19'],
    ];
    expect(ttsGmv(sameLayout, '', '', '', uk)).toBe(14.5);
  });
});
