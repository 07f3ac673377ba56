import { connectShop } from '../../../src/core/actions/connectShop';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { workbookSettings } from '../../../src/core/workbook/settingsTab';

const MAPLE = { id: '7495000000000000001', name: 'Maple Mugs', region: 'GB' };
const clientOf = (workbook: MemoryWorkbook) => workbookSettings(workbook.readTab('Settings'), workbook.timeZone()).client;

describe('connectShop', () => {
  it("sets a blank workbook up in the shop's market and writes only its id, name and region", () => {
    const workbook = new MemoryWorkbook();
    connectShop(workbook, MAPLE);
    const client = clientOf(workbook);
    expect([client.market, client.shopId, client.shopName, client.shopRegion]).toEqual(['UK', MAPLE.id, 'Maple Mugs', 'GB']);
  });

  it('connects the same shop again, and refuses another one rather than mix two shops in Orders', () => {
    const workbook = new MemoryWorkbook();
    connectShop(workbook, MAPLE);
    expect(() => connectShop(workbook, { ...MAPLE, name: 'Maple Mugs Ltd' })).not.toThrow();
    expect(clientOf(workbook).shopName).toBe('Maple Mugs Ltd');
    expect(() => connectShop(workbook, { id: '7495000000000000002', name: 'Birch Bowls', region: 'GB' })).toThrow(
      "This workbook is connected to shop 7495000000000000001 (Maple Mugs Ltd); a workbook holds one shop's orders.",
    );
  });
});
