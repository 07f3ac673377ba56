// npm run setup:gas [-- --env prod]: creates the environment's standalone Apps Script project once and writes .clasp-<env>.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { environmentOf, exampleProject, readProject, requireClaspLogin, targetFile } from './claspTarget';
import { fail, run } from './scriptSteps';

const SCRIPT = 'setup:gas';
const TITLES = { dev: 'TTS Ops (dev)', prod: 'TTS Ops' } as const;

function main(): void {
  const root = process.cwd();
  const env = environmentOf(SCRIPT, process.argv.slice(2));
  const example = exampleProject(SCRIPT, root);
  const file = targetFile(env);
  const existing = readProject(SCRIPT, root, file)?.scriptId;
  if (existing && existing !== example.scriptId) fail(SCRIPT, `${file} already names the ${env} project (${existing}); npm run deploy pushes to it.`);
  requireClaspLogin(SCRIPT);
  // clasp create writes .clasp.json and pulls a stub Code.js where it runs: a scratch folder keeps both out of the clone and dist/.
  const scratch = mkdtempSync(join(tmpdir(), 'tts-ops-setup-gas-'));
  try {
    run(SCRIPT, scratch, 'clasp', ['create', '--type', 'standalone', '--title', TITLES[env]]);
    const { scriptId } = JSON.parse(readFileSync(join(scratch, '.clasp.json'), 'utf8')) as { scriptId?: string };
    if (!scriptId) fail(SCRIPT, 'clasp created the project but wrote no script ID: copy it from the Apps Script editor into ' + file + '.');
    writeFileSync(resolve(root, file), `${JSON.stringify({ scriptId, rootDir: example.rootDir }, null, 2)}\n`);
    console.log(`Created the standalone project "${TITLES[env]}" and wrote ${file}. Next: npm run deploy${env === 'dev' ? '' : ' -- --env prod'}.`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
