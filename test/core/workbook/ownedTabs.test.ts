import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { ownedTabName, tabState, writeOwnedTab } from '../../../src/core/workbook/ownedTabs';

describe('ownedTabName', () => {
  const state = (existing: string[], owned: string[]) => ({ existing: new Set(existing), owned: new Set(owned) });

  it('is the name itself when the tab is missing or the add-on owns it', () => {
    expect(ownedTabName('TTS · KPIs', state([], []))).toBe('TTS · KPIs');
    expect(ownedTabName('TTS · KPIs', state(['TTS · KPIs'], ['TTS · KPIs']))).toBe('TTS · KPIs');
  });

  it("writes beside a user's tab: the first free or owned '(n)'", () => {
    expect(ownedTabName('TTS · KPIs', state(['TTS · KPIs'], []))).toBe('TTS · KPIs (2)');
    expect(ownedTabName('TTS · KPIs', state(['TTS · KPIs', 'TTS · KPIs (2)'], []))).toBe('TTS · KPIs (3)');
    expect(ownedTabName('TTS · KPIs', state(['TTS · KPIs', 'TTS · KPIs (2)', 'TTS · KPIs (3)'], ['TTS · KPIs (3)']))).toBe('TTS · KPIs (3)');
  });
});

describe('writeOwnedTab', () => {
  it('marks a tab it creates once, and records it for the rest of the run', () => {
    const workbook = new MemoryWorkbook();
    const state = tabState(workbook);
    expect(writeOwnedTab(workbook, { name: 'TTS · QA', values: [['a']] }, state)).toBe('TTS · QA');
    expect(writeOwnedTab(workbook, { name: 'TTS · QA', values: [['b']] }, state)).toBe('TTS · QA');
    expect(workbook.calls()['markOwned:TTS · QA']).toBe(1);
    expect(workbook.peek('TTS · QA')).toEqual([['b']]);
    expect(state).toEqual({ existing: new Set(['TTS · QA']), owned: new Set(['TTS · QA']) });
  });
});
