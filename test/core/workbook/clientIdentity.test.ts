import { matchClient } from '../../../src/core/workbook/clientIdentity';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import type { CellValue } from '../../../src/core/workbook/workbookPort';

const ZONE = 'Europe/London';
const settings = (name: string, market: string): CellValue[][] => [
  ['Key', 'Value'],
  ['client.name', name],
  ['client.market', market],
];
const book = (tabs: Record<string, CellValue[][]>): MemoryWorkbook => new MemoryWorkbook(tabs, ZONE);

describe('matchClient', () => {
  it('is the same client by name (case and spacing aside) and market, and another by either', () => {
    const glow = book({ Settings: settings('Glow & Co', 'UK') });
    expect(matchClient(glow, book({ Settings: settings('  glow   & co ', 'UK') }))).toEqual({ same: true });
    expect(matchClient(glow, book({ Settings: settings('Glow & Co', 'IE') }))).toEqual({
      same: false,
      what: 'the workbook of another client (Glow & Co, market IE)',
    });
    expect(matchClient(glow, book({ Settings: settings('Luma Beauty', 'UK') })).same).toBe(false);
  });

  it('refuses a workbook without Settings, or one whose Settings tab is a user’s own, unless both lack it and the other holds read-outs', () => {
    const bare = book({ Orders: [['Order ID']] });
    expect(matchClient(book({ Settings: settings('Glow & Co', 'UK') }), bare).same).toBe(false);
    expect(matchClient(bare, book({ Settings: [['my notes']] })).same).toBe(false);
    expect(matchClient(bare, book({ 'TTS · KPIs': [['GMV']] }))).toEqual({ same: true });
  });
});
