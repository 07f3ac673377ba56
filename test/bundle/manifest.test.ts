import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');
const manifest = (path: string): { oauthScopes: string[]; runtimeVersion: string } =>
  JSON.parse(read(path)) as { oauthScopes: string[]; runtimeVersion: string };

const AUTH = 'https://www.googleapis.com/auth/';

/**
 * Every scope of appsscript.json, in its order, with the menu item or feature that needs it (docs/DEPLOY.md's consent list says
 * the same); `askedWhenUsed` names the file that asks for it with ScriptApp.requireScopes at first use: only that item needs it.
 */
const SCOPES: readonly { scope: string; neededBy: string; askedWhenUsed?: string }[] = [
  { scope: `${AUTH}spreadsheets.currentonly`, neededBy: 'every menu item' },
  { scope: `${AUTH}script.container.ui`, neededBy: 'the menu and the QA checklist sidebar' },
  { scope: `${AUTH}documents`, neededBy: 'Export and Deliver client update, Build evidence pack…' },
  { scope: `${AUTH}presentations`, neededBy: 'Export and Deliver client update' },
  { scope: `${AUTH}drive.file`, neededBy: 'Export and Deliver client update, Build evidence pack…' },
  { scope: `${AUTH}gmail.compose`, neededBy: 'Deliver client update, with `client.emailDraft` TRUE', askedWhenUsed: 'src/sheets/gmailDrafts.ts' },
  { scope: `${AUTH}userinfo.email`, neededBy: 'Sign off (QA checklist)' },
  { scope: `${AUTH}bigquery`, neededBy: 'Run on BigQuery…', askedWhenUsed: 'src/sheets/bigQueryMenu.ts' },
  { scope: `${AUTH}spreadsheets`, neededBy: 'Refresh board and the board digest', askedWhenUsed: 'src/sheets/boardMenu.ts' },
  {
    scope: `${AUTH}script.scriptapp`,
    neededBy: 'Email me the board digest daily, Stop the board digest',
    askedWhenUsed: 'src/sheets/boardDigest.ts',
  },
  { scope: `${AUTH}script.send_mail`, neededBy: 'the board digest', askedWhenUsed: 'src/sheets/boardDigest.ts' },
  { scope: `${AUTH}script.external_request`, neededBy: 'Connect TikTok Shop…, Pull orders now', askedWhenUsed: 'src/sheets/tiktokShopMenu.ts' },
];
const SCOPE_URLS = SCOPES.map(({ scope }) => scope);

/** The rows of a Markdown table between two HTML comments, its first cell's backquotes dropped. */
function tableRows(path: string, marker: string): string[][] {
  const text = read(path);
  const table = text.slice(text.indexOf(`<!-- ${marker}:start -->`), text.indexOf(`<!-- ${marker}:end -->`));
  return [...table.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map(([, scope, rest]) => [scope, ...rest.split(' | ')]);
}

function sheetsSources(folder = 'src/sheets'): string[] {
  return readdirSync(resolve(ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sheetsSources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

describe('the Apps Script manifest', () => {
  it('asks for exactly the scopes of the table, each with what needs it: this spreadsheet only, new Docs and decks, Drive files it creates', () => {
    expect(manifest('appsscript.json').oauthScopes).toEqual(SCOPE_URLS);
    expect(manifest('dist/appsscript.json')).toEqual(manifest('appsscript.json'));
    expect(manifest('appsscript.json').runtimeVersion).toBe('V8');
  });

  it('asks for a scope only one menu item needs when that item is first used, and names no scope in code that the table lacks', () => {
    for (const { scope, askedWhenUsed } of SCOPES.filter((entry) => entry.askedWhenUsed)) {
      const source = read(askedWhenUsed ?? '');
      expect([askedWhenUsed, source.includes(`'${scope}'`), /\brequireScopes(Granted)?\(/.test(source)]).toEqual([askedWhenUsed, true, true]);
    }
    const named = sheetsSources().flatMap((file) => [...read(file).matchAll(/https:\/\/www\.googleapis\.com\/auth\/[\w.]+/g)].map(([url]) => url));
    expect(named.filter((url) => !SCOPE_URLS.includes(url))).toEqual([]);
  });

  it('lets UrlFetchApp reach only the TikTok Shop hosts the pull calls (a versioned deployment needs this allowlist)', () => {
    const hosts = [...read('src/sheets/urlFetchPorts.ts').matchAll(/'(https:\/\/[\w.-]+)'/g)].map(([, host]) => `${host}/`);
    expect(hosts).toHaveLength(2);
    expect(JSON.parse(read('appsscript.json')).urlFetchWhitelist).toEqual(hosts);
  });

  it('enables the advanced services Run on BigQuery… and the client update’s Gmail draft call', () => {
    expect(JSON.parse(read('appsscript.json')).dependencies).toEqual({
      enabledAdvancedServices: [
        { userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2' },
        { userSymbol: 'Gmail', serviceId: 'gmail', version: 'v1' },
      ],
    });
  });

  it('never asks for whole-Drive or read-mail access, and for all spreadsheets only when the board is first used', () => {
    for (const scope of manifest('appsscript.json').oauthScopes)
      expect(scope).not.toMatch(/auth\/(drive|gmail\.readonly|gmail\.modify)$|mail\.google\.com/);
    expect(SCOPES.find(({ scope }) => scope === `${AUTH}spreadsheets`)?.askedWhenUsed).toBe('src/sheets/boardMenu.ts');
  });

  it("explains every scope, and no other, in the README's table and docs/DEPLOY.md's consent screen list, with what needs it", () => {
    const readme = tableRows('README.md', 'scopes');
    expect(readme.map(([name]) => `${AUTH}${name}`).sort()).toEqual([...SCOPE_URLS].sort());
    expect(readme.filter(([, why]) => why.length < 30)).toEqual([]);
    const consent = tableRows('docs/DEPLOY.md', 'consent-scopes');
    expect(consent.map(([scope, neededBy]) => [scope, neededBy])).toEqual(SCOPES.map(({ scope, neededBy }) => [scope, neededBy]));
    expect(consent.filter(([, , why]) => why.length < 30)).toEqual([]);
    const askedWhenUsed = SCOPES.filter((entry) => entry.askedWhenUsed).map(({ scope }) => scope);
    expect(consent.filter(([, , why]) => why.endsWith('asked when first used')).map(([scope]) => scope)).toEqual(askedWhenUsed);
  });
});
