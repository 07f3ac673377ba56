import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const manifest = (path: string): { oauthScopes: string[]; runtimeVersion: string } =>
  JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as { oauthScopes: string[]; runtimeVersion: string };

const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/presentations',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/gmail.compose',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/bigquery',
];

describe('the Apps Script manifest', () => {
  it('asks for exactly these scopes: this spreadsheet only, new Docs and decks, Drive files it creates, Gmail drafts', () => {
    expect(manifest('appsscript.json').oauthScopes).toEqual(SCOPES);
    expect(manifest('dist/appsscript.json')).toEqual(manifest('appsscript.json'));
    expect(manifest('appsscript.json').runtimeVersion).toBe('V8');
  });

  it('enables the advanced services Run on BigQuery… and the client update’s Gmail draft call', () => {
    expect(JSON.parse(readFileSync(resolve(ROOT, 'appsscript.json'), 'utf8')).dependencies).toEqual({
      enabledAdvancedServices: [
        { userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2' },
        { userSymbol: 'Gmail', serviceId: 'gmail', version: 'v1' },
      ],
    });
  });

  it('never asks for whole-Drive, all-spreadsheets or read-mail access', () => {
    for (const scope of manifest('appsscript.json').oauthScopes)
      expect(scope).not.toMatch(/auth\/(drive|spreadsheets|gmail\.readonly|gmail\.modify)$|mail\.google\.com/);
  });

  it('explains every scope in the README', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- scopes:start -->'), readme.indexOf('<!-- scopes:end -->'));
    for (const scope of SCOPES) {
      const name = scope.split('/auth/')[1];
      expect([name, new RegExp(`^\\| \`${name.replace('.', '\\.')}\` \\| .{30,}\\|$`, 'm').test(table)]).toEqual([name, true]);
    }
  });
});
