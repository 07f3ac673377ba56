import { parseClientDetails } from '../../../src/core/workbook/clientDetails';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { readSettingsTab } from '../../../src/core/workbook/settingsTab';
import { setupWorkbook } from '../../../src/core/actions/setupWorkbook';
import { ZONE } from './clientFixture';

const value = (values: unknown[][], key: string): unknown => values.find((row) => row[0] === key)?.[1];

describe('the client details set-up asks for', () => {
  it('go into a new Settings tab and read back as the client profile', () => {
    const workbook = new MemoryWorkbook({}, ZONE);
    const details = parseClientDetails({ client: ' Glow & Co ', manager: 'Mia Chen', contacts: 'ana@glow.co; ops@glow.co' });
    expect(setupWorkbook(workbook, 'UK', details).detailsSet).toEqual(['client.name', 'client.accountManager', 'client.contacts']);
    const { client } = readSettingsTab(workbook.peek('Settings')!);
    expect(client).toMatchObject({ name: 'Glow & Co', accountManager: 'Mia Chen', contacts: ['ana@glow.co', 'ops@glow.co'], market: 'UK' });
  });

  it('set only the Value cells of an existing Settings tab, leaving its other rows and tabs as they were', () => {
    const workbook = new MemoryWorkbook({}, ZONE);
    setupWorkbook(workbook);
    const before = workbook.peek('Settings')!.map((row) => row.slice());
    workbook.resetCalls();
    const result = setupWorkbook(workbook, '', parseClientDetails({ client: 'Glow & Co' }));
    expect(result).toMatchObject({ created: [], detailsSet: ['client.name'] });
    const after = workbook.peek('Settings')!;
    expect(value(after, 'client.name')).toBe('Glow & Co');
    expect(after.filter((row, r) => row.join('|') !== before[r].join('|'))).toHaveLength(1);
    expect(Object.keys(workbook.calls()).filter((call) => call.startsWith('write') || call.startsWith('update'))).toEqual(['updateCells:Settings']);
  });

  it("refuse a tab named Settings that is the user's own, and blank names or bad addresses", () => {
    const workbook = new MemoryWorkbook({ Settings: [['my notes']] }, ZONE);
    expect(() => setupWorkbook(workbook, '', { name: 'Glow & Co' })).toThrow("Settings: this tab has no 'Key | Value' header");
    expect(workbook.peek('Settings')).toEqual([['my notes']]);
    expect(() => parseClientDetails({ client: '  ' })).toThrow('The client name is blank');
    expect(() => parseClientDetails({ contacts: 'ana@glow' })).toThrow("The client's contacts must be e-mail addresses separated by commas");
  });
});
