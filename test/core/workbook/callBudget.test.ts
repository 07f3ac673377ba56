import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import { setupWorkbook } from '../../../src/core/actions/setupWorkbook';
import { READOUT_TABS } from '../../../src/core/workbook/tabNames';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { generateOrderExport } from '../../../src/demo/orderExport';
import { LINKS, NOW, PRODUCTS, PROMOS, ZONE } from './clientFixture';

/** Every call a refresh makes on a set-up workbook whose Orders tab holds `lines` SKU lines. */
function refreshCalls(lines: number): Record<string, number> {
  const orders = generateOrderExport({ seed: 11, endDay: '2026-11-22', days: 120, lines }) as CellValue[][];
  expect(orders).toHaveLength(lines + 2);
  const workbook = new MemoryWorkbook({ Orders: orders, Products: PRODUCTS, Promos: PROMOS, Links: LINKS }, ZONE);
  setupWorkbook(workbook);
  workbook.resetCalls();
  const summary = refreshReadout(workbook, { now: NOW });
  expect(summary.gmvWoW!.current).toBeGreaterThan(0);
  return workbook.calls();
}

describe('the call budget of a refresh', () => {
  it('reads each input tab once and writes each read-out tab once, at 1,000 and at 5,000 order lines alike', () => {
    const small = refreshCalls(1_000);
    const large = refreshCalls(5_000);
    expect(large).toEqual(small);
    for (const tab of ['Settings', 'Orders', 'Analytics', 'Products', 'Promos', 'Links']) expect(small[`readTab:${tab}`]).toBe(1);
    for (const tab of Object.values(READOUT_TABS)) expect(small[`writeTab:${tab}`]).toBe(1);
    const reads = Object.entries(small).filter(([call]) => call.startsWith('readTab'));
    const writes = Object.entries(small).filter(([call]) => call.startsWith('writeTab'));
    expect(reads).toHaveLength(6);
    expect(writes).toHaveLength(4);
    expect(small).toMatchObject({ listTabs: 1, ownedTabs: 1, timeZone: 1, writeProperties: 1 });
  });
});
