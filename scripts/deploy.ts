// npm run deploy -- --env dev|prod: builds and pushes dist/ to the environment's standalone Apps Script project; for prod, also a numbered version.
import { buildInfo } from '../src/local/cli/buildInfo';
import { commandOutput } from '../src/local/cli/commandOutput';
import { type BuildInfo } from '../src/core/values/versionText';
import { environmentOf, requireClaspLogin, targetFile, targetScriptId } from './claspTarget';
import { releaseNotes } from './releaseNotes';
import { fail, run, runForOutput } from './scriptSteps';

const SCRIPT = 'deploy';

/** A prod version must be one commit, and a version number is released once (its tag v1.2.3 marks the commit). */
function requireReleasable(root: string, build: BuildInfo): void {
  if (build.commit === 'unknown') fail(SCRIPT, 'a prod release is made from a git clone, so that its version names a commit.');
  if (build.commit.endsWith('-dirty')) fail(SCRIPT, 'commit or stash your changes first: a prod version must be exactly one commit.');
  const tag = `v${build.version}`;
  const tagged = commandOutput(root, 'git', ['rev-list', '-n', '1', tag, '--']);
  if (tagged && tagged !== commandOutput(root, 'git', ['rev-parse', 'HEAD']))
    fail(SCRIPT, `${build.version} is already released (tag ${tag}): raise "version" in package.json and add its section to CHANGELOG.md first.`);
}

function main(): void {
  const root = process.cwd();
  const env = environmentOf(SCRIPT, process.argv.slice(2));
  const scriptId = targetScriptId(SCRIPT, root, env);
  requireClaspLogin(SCRIPT);
  const build = buildInfo(root);
  if (env === 'prod') requireReleasable(root, build);
  run(SCRIPT, root, 'npm', ['run', 'build', '--silent']);
  const project = ['--project', targetFile(env)];
  run(SCRIPT, root, 'clasp', [...project, 'push', '--force']);
  const editor = `https://script.google.com/d/${scriptId}/edit`;
  if (env === 'dev') {
    console.log(
      `Pushed ${build.commit} to the dev project: ${editor}\n` +
        'Next: in that editor, Deploy → Test deployments → Editor add-on, Latest Code, on your copy of the demo client spreadsheet; ' +
        'reload the test spreadsheet after each deploy (docs/DEPLOY.md, "Test deployment").',
    );
    return;
  }
  const output = runForOutput(SCRIPT, root, 'clasp', [...project, 'create-version', releaseNotes(root, build), '--json']);
  const versionNumber = /"versionNumber"\s*:\s*(\d+)/.exec(output)?.[1];
  if (!versionNumber) fail(SCRIPT, `clasp created no version number (it printed: ${output.trim() || 'nothing'}).`);
  console.log(
    `Created version ${versionNumber} of the prod project (${editor}) from ${build.commit}.\n` +
      `Next:\n  1. Google Cloud console → Google Workspace Marketplace SDK → App Configuration: set the Sheets add-on's version to ${versionNumber}, then Save. ` +
      'Installed users get it without reinstalling (docs/DEPLOY.md, "How a release reaches users").\n' +
      `  2. Tag the release, so the next release notes start here: git tag v${build.version} ${build.commit} && git push origin v${build.version}`,
  );
}

main();
