import { readSalesTable } from '../../../src/core/metrics/readSalesTable';
import { listingFindings } from '../../../src/core/qa/listingQa';
import { PRODUCT_TAB_HEADERS } from '../../../src/core/qa/productColumns';
import { promoFindings } from '../../../src/core/qa/promoQa';
import { withSettings } from '../../../src/core/settings/settings';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { linkFindings } from '../../../src/core/workbook/readout/linkFindings';
import { readSettingsTab } from '../../../src/core/workbook/settingsTab';
import { setupWorkbook } from '../../../src/core/actions/setupWorkbook';
import { VALIDATED_ROWS } from '../../../src/core/workbook/setupTabs';
import { ORDER_HEADERS } from '../../../src/core/table/exportHeaders';
import { ZONE } from '../workbook/clientFixture';

const ALL_TABS = [
  'Orders',
  'Analytics',
  'Products',
  'Promos',
  'Links',
  'Action items',
  'Risks',
  '30-60-90 plan',
  'Commentary',
  'Promo calendar',
  'Settings',
];

describe('setupWorkbook', () => {
  it('creates every tab of a client workbook, each with an instruction line, its header and a frozen header', () => {
    const workbook = new MemoryWorkbook({}, ZONE);
    expect(setupWorkbook(workbook)).toEqual({ created: ALL_TABS, skipped: [], detailsSet: [] });
    expect(workbook.listTabs()).toEqual(ALL_TABS);
    for (const name of ALL_TABS) {
      const content = workbook.written(name)!;
      expect(content.values[0]).toHaveLength(1);
      expect(content.frozenRows).toBe(2);
      expect(content.headerRows).toEqual([1]);
    }
    expect(workbook.ownedTabs()).toEqual(new Set());
  });

  it('lays out Orders with the 62 US export headers in order, where the readers find them', () => {
    const workbook = new MemoryWorkbook({}, ZONE);
    setupWorkbook(workbook);
    const orders = workbook.peek('Orders')!;
    expect(orders[1]).toEqual(ORDER_HEADERS);
    expect(orders[1]).toHaveLength(62);
    expect(orders[1][7]).toBe(' Virtual Bundle Seller SKU');
    const sales = readSalesTable(orders, 'Orders');
    expect(sales.kind).toBe('orders');
    expect(sales.table.headerRow).toBe(1);
    expect(sales.table.rows).toHaveLength(0);
    expect(readSalesTable(workbook.peek('Analytics')!, 'Analytics').kind).toBe('analytics');
  });

  it('gives the QA tabs headers every check finds: no column is reported missing', () => {
    const workbook = new MemoryWorkbook({}, ZONE);
    setupWorkbook(workbook);
    const settings = withSettings({ timeZone: ZONE });
    const row = (tab: string, cells: Record<string, unknown>): unknown[] => workbook.peek(tab)![1].map((h) => cells[h as string] ?? '');
    const products = [...workbook.peek('Products')!, row('Products', { 'Seller SKU': 'A-1', 'Product name': 'Ceramic Mug 12 oz', Price: 12 })];
    const promos = [
      ...workbook.peek('Promos')!,
      row('Promos', { 'Seller SKU': 'A-1', Type: 'Product discount', 'List price': 12, 'Promo price': 10 }),
    ];
    const links = [
      ...workbook.peek('Links')!,
      row('Links', { URL: 'https://shop.example.com/?utm_source=tiktok&utm_medium=social&utm_campaign=mugs' }),
    ];
    const all = [
      ...listingFindings(products, settings, 'Products'),
      ...promoFindings(promos, products, settings, 'Promos'),
      ...linkFindings(links, settings, 'Links'),
    ];
    expect(all.filter((f) => f.check === 'column-missing')).toEqual([]);
    expect(workbook.peek('Products')![1]).toEqual(PRODUCT_TAB_HEADERS);
  });

  it('adds dropdowns, date checks and owners below the header, over the first 1,000 rows', () => {
    const workbook = new MemoryWorkbook({}, ZONE);
    setupWorkbook(workbook);
    const actions = workbook.written('Action items')!;
    const header = actions.values[1];
    const format = (name: string) => actions.columns!.find((c) => c.column === header.indexOf(name))!;
    expect(format('Status')).toMatchObject({
      fromRow: 2,
      toRow: VALIDATED_ROWS,
      validation: { kind: 'list', values: ['Not started', 'In progress', 'Blocked', 'Done'] },
    });
    expect(format('Due date')).toMatchObject({ fromRow: 2, validation: { kind: 'date' }, numberFormat: 'yyyy-mm-dd' });
    expect(format('Owner').validation).toMatchObject({ kind: 'list', allowOther: true });
    const promos = workbook.written('Promos')!;
    const type = promos.columns!.find((c) => c.column === promos.values[1].indexOf('Type'))!;
    expect(type.validation).toEqual({ kind: 'list', values: ['Product discount', 'Flash deal', 'Seller coupon', 'Buy more save more', 'Campaign'] });
  });

  it('writes a Settings tab that reads back as the defaults in the workbook time zone', () => {
    const workbook = new MemoryWorkbook({}, 'Europe/London');
    setupWorkbook(workbook);
    const values = workbook.peek('Settings')!;
    expect(values[1]).toEqual(['Key', 'Value', 'Default', 'Description', 'Source']);
    expect(values.find((row) => row[0] === 'timeZone')!.slice(0, 3)).toEqual(['timeZone', 'Europe/London', 'Europe/London']);
    expect(values.find((row) => row[0] === 'health.ldrLimit')!.slice(0, 3)).toEqual(['health.ldrLimit', 0.04, 0.04]);
    expect(readSettingsTab(values).settings).toEqual(withSettings({ timeZone: 'Europe/London' }));
  });

  it('is idempotent and never touches a tab that exists', () => {
    const mine = [['my orders, my way']];
    const workbook = new MemoryWorkbook({ Orders: mine }, ZONE);
    expect(setupWorkbook(workbook)).toEqual({ created: ALL_TABS.slice(1), skipped: ['Orders'], detailsSet: [] });
    workbook.resetCalls();
    expect(setupWorkbook(workbook)).toEqual({ created: [], skipped: ALL_TABS, detailsSet: [] });
    expect(Object.keys(workbook.calls()).filter((call) => call.startsWith('writeTab'))).toEqual([]);
    expect(workbook.peek('Orders')).toBe(mine);
  });
});

describe('set-up beside tabs named in another case', () => {
  it("leaves a user's 'orders' tab alone instead of creating a second 'Orders'", () => {
    const workbook = new MemoryWorkbook({ orders: [['my own notes']] });
    const result = setupWorkbook(workbook);
    expect(result.skipped).toContain('Orders');
    expect(workbook.peek('orders')).toEqual([['my own notes']]);
    expect(workbook.listTabs().filter((name) => name.toLowerCase() === 'orders')).toEqual(['orders']);
  });
});
