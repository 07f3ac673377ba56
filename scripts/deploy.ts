// npm run deploy: checks what clasp needs (a script ID, a login), then builds and pushes dist/ to the Apps Script project.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

function fail(message: string): never {
  console.error(`deploy: ${message}`);
  process.exit(1);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`'${command} ${args.join(' ')}' failed (exit ${result.status ?? result.signal}).`);
}

const clasp = JSON.parse(readFileSync(resolve(root, '.clasp.json'), 'utf8')) as { scriptId?: string; rootDir?: string };
if (!clasp.scriptId || clasp.scriptId === PLACEHOLDER) {
  fail(
    'no Apps Script project yet. Open the client spreadsheet → Extensions → Apps Script → Project Settings, copy the Script ID ' +
      'into .clasp.json ("scriptId"), then run npm run deploy again.',
  );
}
if (clasp.rootDir !== 'dist') fail(`.clasp.json must have "rootDir": "dist" (found ${JSON.stringify(clasp.rootDir)}).`);
if (!existsSync(resolve(homedir(), '.clasprc.json')))
  fail('not logged in to Google: run `npx clasp login` once (it opens a browser), then npm run deploy again.');

run('npm', ['run', 'build', '--silent']);
run('npx', ['clasp', 'push', '--force']);
console.log('Pushed dist/ to the Apps Script project. Reload the spreadsheet: Extensions → TTS Ops, and =TTS_ formulas.');
