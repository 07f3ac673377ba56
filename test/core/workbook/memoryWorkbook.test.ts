import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';

describe('MemoryWorkbook.copy', () => {
  it('carries tabs, owned tabs and properties, counts no calls yet, and shares no row with the original', () => {
    const original = new MemoryWorkbook({ Orders: [['Order ID'], ['5001']] }, 'Asia/Tokyo');
    original.writeTab({ name: 'TTS · KPIs', values: [['TTS · KPIs']] });
    original.markOwned('TTS · KPIs');
    original.writeProperties({ 'tts-ops.lastRefresh': '2026-11-23T17:00:00.000Z' });

    const copy = original.copy();
    copy.peek('Orders')![1][0] = '5002';
    copy.updateCells('TTS · KPIs', [['edited']]);
    copy.writeProperties({ 'tts-ops.lastRefresh': 'later' });

    expect(original.peek('Orders')).toEqual([['Order ID'], ['5001']]);
    expect(original.peek('TTS · KPIs')).toEqual([['TTS · KPIs']]);
    expect(original.readProperties()).toEqual({ 'tts-ops.lastRefresh': '2026-11-23T17:00:00.000Z' });
    expect(copy.calls()).toEqual({ 'updateCells:TTS · KPIs': 1, writeProperties: 1 });
    expect(copy.ownedTabs()).toEqual(new Set(['TTS · KPIs']));
    expect(copy.timeZone()).toBe('Asia/Tokyo');
    expect(copy.written('TTS · KPIs')).toEqual(original.written('TTS · KPIs'));
  });
});
