import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const at = (name: string): string => join(folder(), name);
const run = (...args: string[]): Promise<{ code: number; out: string; err: string }> => runCli(args, { now: new Date('2026-11-23T17:00:00Z') });

async function settingValue(file: string, key: string): Promise<unknown> {
  return (await openXlsx(file)).readTab('Settings')!.find((row) => row[0] === key)?.[1];
}

describe('tts-ops setup with the client details', () => {
  it('asks for the name until given, writes --client, --manager and --contacts into Settings, and later changes only what is given', async () => {
    const client = at('client.xlsx');
    const bare = await run('setup', client);
    expect(bare.out).toContain(`then run tts-ops refresh ${client}.`); // the terminal's words, not the Sheets menu's
    expect(bare.out).not.toContain('Refresh read-out');
    expect(bare.out).toContain(`The client's name is blank: set it with tts-ops setup ${client} --client NAME --manager NAME`);

    const named = await run('setup', client, '--client', 'Glow & Co', '--manager', 'Mia Chen', '--contacts', 'ana@glow.example,ops@glow.example');
    expect(named).toMatchObject({ code: 0, err: '' });
    expect(named.out).toContain('Set in Settings: client.name, client.accountManager, client.contacts.');
    expect(named.out).not.toContain('blank');
    expect(await settingValue(client, 'client.contacts')).toBe('ana@glow.example, ops@glow.example');

    expect((await run('setup', client, '--client', 'Glow and Co')).code).toBe(0);
    expect([await settingValue(client, 'client.name'), await settingValue(client, 'client.accountManager')]).toEqual(['Glow and Co', 'Mia Chen']);
  });

  it('refuses a bad address before touching the file', async () => {
    const refused = await run('setup', at('new.xlsx'), '--client', 'Glow & Co', '--contacts', 'ana@glow');
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toMatch(/^tts-ops: The client's contacts must be e-mail addresses separated by commas, .*such as ana@client\.com/);
    expect(existsSync(at('new.xlsx'))).toBe(false);
  });
});
