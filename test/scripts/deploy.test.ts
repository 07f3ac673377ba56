import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TSX = require.resolve('tsx/cjs');

/** A stand-in for clasp on the PATH: records each call, creates a project like clasp create, answers create-version with version 7. */
const FAKE_CLASP = `#!${process.execPath}
const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_CLASP_LOG, JSON.stringify(args) + '\\n');
if (args[0] === 'create') fs.writeFileSync('.clasp.json', JSON.stringify({ scriptId: 'new-standalone-id', rootDir: '.' }));
if (args.includes('create-version')) console.log(JSON.stringify({ versionNumber: 7 }, null, 2));
`;

let work: string;
let project: string;
let home: string;

function git(...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@agency.example', ...args], { cwd: project, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}

function commit(subject: string): void {
  writeFileSync(join(project, 'change.txt'), subject);
  git('add', '-A');
  git('commit', '-q', '-m', subject);
}

/** Runs an npm script of scripts/ in the fixture project, clasp being the fake; returns its exit, output and the clasp calls. */
function runScript(file: string, ...args: string[]) {
  const log = join(work, 'clasp.log');
  rmSync(log, { force: true });
  const env = { PATH: `${join(work, 'bin')}:${process.env.PATH}`, HOME: home, FAKE_CLASP_LOG: log, npm_config_update_notifier: 'false' };
  const result = spawnSync(process.execPath, ['--require', TSX, join(ROOT, 'scripts', file), ...args], { cwd: project, env, encoding: 'utf8' });
  const calls = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
    : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim(), calls };
}

const deploy = (...args: string[]) => runScript('deploy.ts', ...args);

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'tts-ops-deploy-'));
  project = join(work, 'project');
  home = join(work, 'home');
  mkdirSync(join(work, 'bin'));
  mkdirSync(project);
  mkdirSync(home);
  writeFileSync(join(work, 'bin', 'clasp'), FAKE_CLASP);
  chmodSync(join(work, 'bin', 'clasp'), 0o755);
  writeFileSync(join(home, '.clasprc.json'), '{}');
  const build = `node -e "require('fs').mkdirSync('dist', { recursive: true })"`;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fixture', version: '1.2.0', scripts: { build } }));
  writeFileSync(join(project, '.clasp.example.json'), readFileSync(join(ROOT, '.clasp.example.json')));
  writeFileSync(join(project, '.gitignore'), '.clasp-*.json\ndist/\n');
  writeFileSync(join(project, '.clasp-dev.json'), JSON.stringify({ scriptId: 'dev-script-id', rootDir: 'dist' }));
  writeFileSync(join(project, '.clasp-prod.json'), JSON.stringify({ scriptId: 'prod-script-id', rootDir: 'dist' }));
  git('init', '-q');
  commit('Health flags Late Dispatch Rate');
  git('tag', 'v1.1.0');
  commit('Client update in every market');
  commit('QA checklist sidebar');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run deploy against a fake clasp', () => {
  it('dev (the default) pushes dist/ to the dev project and creates no version', () => {
    const run = deploy();
    expect(run.stderr).toBe('');
    expect(run.calls).toEqual([['--project', '.clasp-dev.json', 'push', '--force']]);
    expect(run.stdout).toContain('https://script.google.com/d/dev-script-id/edit');
    expect(run.stdout).toContain('Test deployments');
  });

  it('prod pushes to the prod project, then creates a version described by the commits since the last release tag', () => {
    const run = deploy('--env', 'prod');
    expect(run.calls.map((call) => call.slice(0, 3))).toEqual([
      ['--project', '.clasp-prod.json', 'push'],
      ['--project', '.clasp-prod.json', 'create-version'],
    ]);
    const notes = run.calls[1][3].split('\n');
    expect(notes[0]).toMatch(/^TTS Ops 1\.2\.0 \(commit [0-9a-f]{7,}\); changes since v1\.1\.0:$/);
    expect(notes.slice(1)).toEqual(['- QA checklist sidebar', '- Client update in every market']);
    expect(run.stdout).toContain("set the Sheets add-on's version to 7");
    expect(run.stdout).toContain('git tag v1.2.0');
  });

  it('without a script ID says what to do in one line and calls no clasp', () => {
    rmSync(join(project, '.clasp-prod.json'));
    writeFileSync(join(project, '.clasp-dev.json'), readFileSync(join(ROOT, '.clasp.example.json')));
    const missingFile = deploy('--env', 'prod');
    const placeholder = deploy();
    expect([missingFile.status, missingFile.calls]).toEqual([1, []]);
    expect(missingFile.stderr).toBe(
      'deploy: no prod Apps Script project yet: run npm run setup:gas -- --env prod to create it, or copy .clasp.example.json to ' +
        '.clasp-prod.json and paste the Script ID of an existing standalone project (its Script ID is in the Apps Script editor under Project Settings).',
    );
    expect([placeholder.status, placeholder.calls]).toEqual([1, []]);
    expect(placeholder.stderr).toMatch(/^deploy: \.clasp-dev\.json has no Script ID: replace "PASTE_[A-Z_]+" with the dev project's/);
  });

  it('without a clasp login asks for npx clasp login and calls no clasp', () => {
    rmSync(join(home, '.clasprc.json'));
    const run = deploy();
    expect([run.status, run.calls]).toEqual([1, []]);
    expect(run.stderr).toMatch(/^deploy: not logged in to Google: run npx clasp login once/);
  });

  it('prod refuses uncommitted changes and a version number already released on another commit', () => {
    writeFileSync(join(project, 'change.txt'), 'edited');
    const dirty = deploy('--env', 'prod');
    git('checkout', '--', 'change.txt');
    git('tag', 'v1.2.0', 'HEAD~1');
    const released = deploy('--env', 'prod');
    expect([dirty.status, dirty.calls, dirty.stderr]).toEqual([
      1,
      [],
      'deploy: commit or stash your changes first: a prod version must be exactly one commit.',
    ]);
    expect([released.status, released.calls]).toEqual([1, []]);
    expect(released.stderr).toContain('1.2.0 is already released (tag v1.2.0)');
  });

  it('an unknown environment is refused with the usage', () => {
    const run = deploy('--env', 'staging');
    expect([run.status, run.calls]).toEqual([1, []]);
    expect(run.stderr).toContain("unknown environment 'staging'");
  });
});

describe('npm run setup:gas against a fake clasp', () => {
  it('creates a standalone project outside the clone and writes its ID to .clasp-dev.json; a second run leaves it', () => {
    rmSync(join(project, '.clasp-dev.json'));
    const first = runScript('setupGas.ts');
    const second = runScript('setupGas.ts');
    expect(first.calls).toEqual([['create', '--type', 'standalone', '--title', 'TTS Ops (dev)']]);
    expect(JSON.parse(readFileSync(join(project, '.clasp-dev.json'), 'utf8'))).toEqual({ scriptId: 'new-standalone-id', rootDir: 'dist' });
    expect(existsSync(join(project, '.clasp.json'))).toBe(false);
    expect([second.status, second.calls]).toEqual([1, []]);
    expect(second.stderr).toContain('.clasp-dev.json already names the dev project (new-standalone-id)');
  });
});
