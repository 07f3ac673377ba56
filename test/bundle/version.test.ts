import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildInfo } from '../../src/local/cli/buildInfo';
import { runCli } from '../support/runCli';
import { FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { loadBundleWithFakes } from '../support/loadBundleWithFakes';

const ROOT = resolve(__dirname, '../..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
/** The commit a build names: git's short hash, marked when tracked files had changes, or unknown outside a clone. */
const COMMIT = String.raw`(?:[0-9a-f]{7,}(?:-dirty)?|unknown)`;
const escaped = version.replaceAll('.', '\\.');

describe('the version a user sees', () => {
  it("is package.json's in tts-ops --version, in About TTS Ops and in the newest CHANGELOG.md release, each with its commit", async () => {
    const cli = await runCli(['--version'], { now: new Date() });
    const { sheets, app } = loadBundleWithFakes(new FakeSpreadsheet());
    sheets.ttsAbout();
    const newestRelease = /^## (\S+)/m.exec(readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8'))?.[1];
    expect([cli.code, cli.out]).toEqual([0, expect.stringMatching(new RegExp(`^TTS Ops ${escaped} \\(commit ${COMMIT}\\)\\n$`))]);
    expect(app.ui.alerts[0]).toMatch(new RegExp(`^TTS Ops ${escaped} \\(commit ${COMMIT}\\): `));
    expect(newestRelease).toBe(version);
  });

  it('names no commit, and does not fail, where the copy is not a git clone or git is not installed', () => {
    const copy = mkdtempSync(join(tmpdir(), 'tts-ops-copy-'));
    try {
      writeFileSync(join(copy, 'package.json'), JSON.stringify({ version: '2.0.1' }));
      expect(buildInfo(copy)).toEqual({ version: '2.0.1', commit: 'unknown' });
      expect(buildInfo(ROOT, join(copy, 'git'))).toEqual({ version, commit: 'unknown' });
      expect(buildInfo(ROOT).commit).toMatch(/^[0-9a-f]{7,}(-dirty)?$/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
