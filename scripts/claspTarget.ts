// Each environment's standalone Apps Script project: .clasp-dev.json / .clasp-prod.json, shaped like the committed .clasp.example.json.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fail } from './scriptSteps';

export const ENVIRONMENTS = ['dev', 'prod'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const EXAMPLE_FILE = '.clasp.example.json';

interface ClaspProject {
  scriptId?: string;
  rootDir?: string;
}

/** clasp's --project file of the environment; it names the script and the folder pushed (dist/). */
export const targetFile = (env: Environment): string => `.clasp-${env}.json`;

/** `--env dev|prod` (default dev); anything else ends the script with the usage. */
export function environmentOf(script: string, argv: readonly string[]): Environment {
  try {
    const { values } = parseArgs({ args: [...argv], options: { env: { type: 'string', default: 'dev' } } });
    const env = ENVIRONMENTS.find((name) => name === values.env);
    if (env) return env;
    fail(script, `unknown environment '${values.env}': use --env dev (the default) or --env prod, e.g. npm run ${script} -- --env prod.`);
  } catch (error) {
    fail(script, `${error instanceof Error ? error.message.split('. ')[0] : error}; usage: npm run ${script} -- --env dev|prod.`);
  }
}

export function readProject(script: string, root: string, file: string): ClaspProject | undefined {
  const path = resolve(root, file);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ClaspProject;
  } catch {
    fail(script, `${file} is not valid JSON: compare it with ${EXAMPLE_FILE}.`);
  }
}

/** What the example holds: the placeholder that is not a script ID, and the folder clasp pushes. */
export function exampleProject(script: string, root: string): Required<ClaspProject> {
  const example = readProject(script, root, EXAMPLE_FILE);
  if (!example?.scriptId || !example.rootDir) fail(script, `${EXAMPLE_FILE} is missing or lacks "scriptId" and "rootDir": restore it from git.`);
  return { scriptId: example.scriptId, rootDir: example.rootDir };
}

/** The environment's script ID; a missing file or ID, or another folder than the example's, ends the script saying what to do. */
export function targetScriptId(script: string, root: string, env: Environment): string {
  const example = exampleProject(script, root);
  const file = targetFile(env);
  const project = readProject(script, root, file);
  const settings = 'its Script ID is in the Apps Script editor under Project Settings';
  if (!project)
    fail(
      script,
      `no ${env} Apps Script project yet: run npm run setup:gas${env === 'dev' ? '' : ' -- --env prod'} to create it, ` +
        `or copy ${EXAMPLE_FILE} to ${file} and paste the Script ID of an existing standalone project (${settings}).`,
    );
  if (!project.scriptId || project.scriptId === example.scriptId)
    fail(script, `${file} has no Script ID: replace "${example.scriptId}" with the ${env} project's (${settings}).`);
  if (project.rootDir !== example.rootDir)
    fail(script, `${file} must say "rootDir": "${example.rootDir}" as ${EXAMPLE_FILE} does (found ${JSON.stringify(project.rootDir)}).`);
  return project.scriptId;
}

/** clasp keeps its Google login in ~/.clasprc.json (or where clasp_config_auth points); without it every clasp call fails. */
export function requireClaspLogin(script: string): void {
  const credentials = process.env.clasp_config_auth ?? resolve(homedir(), '.clasprc.json');
  if (!existsSync(credentials))
    fail(
      script,
      `not logged in to Google: run npx clasp login once (it opens a browser; the login stays in ~/.clasprc.json), then npm run ${script} again.`,
    );
}
