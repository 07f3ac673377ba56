import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { ownedTabName, tabState, writeOwnedTab } from '../../../src/core/workbook/ownedTabs';
import { TabNameSet } from '../../../src/core/workbook/tabNameSet';

describe('ownedTabName', () => {
  const state = (existing: string[], owned: string[]) => ({ existing: new TabNameSet(existing), owned: new TabNameSet(owned) });

  it('is the name itself when the tab is missing or the add-on owns it', () => {
    expect(ownedTabName('TTS · KPIs', state([], []))).toBe('TTS · KPIs');
    expect(ownedTabName('TTS · KPIs', state(['TTS · KPIs'], ['TTS · KPIs']))).toBe('TTS · KPIs');
  });

  it("treats a user's tab whose name differs only in case as the same tab", () => {
    expect(ownedTabName('TTS · KPIs', state(['tts · kpis'], []))).toBe('TTS · KPIs (2)');
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
    expect([state.existing.has('TTS · QA'), state.owned.has('TTS · QA')]).toEqual([true, true]);
  });
});

describe('tabState', () => {
  it('forgets ownership of a tab that no longer exists', () => {
    // The store still lists 'TTS · KPIs' as owned though the tab was deleted (an .xlsx edited by hand).
    const workbook = new (class extends MemoryWorkbook {
      ownedTabs(): Set<string> {
        return new Set(['Orders', 'TTS · KPIs']);
      }
    })({ Orders: [['Order ID']] });
    const state = tabState(workbook);
    expect([state.owned.has('Orders'), state.owned.has('TTS · KPIs')]).toEqual([true, false]);
  });
});
