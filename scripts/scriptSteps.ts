// What the deploy scripts share: a one-line failure, and running a command whose failure ends the script.
import { spawnSync } from 'node:child_process';

export function fail(script: string, message: string): never {
  console.error(`${script}: ${message}`);
  process.exit(1);
}

/** Runs `command` with its output on the terminal. */
export function run(script: string, cwd: string, command: string, args: readonly string[]): void {
  finished(script, command, args, spawnSync(command, args, { cwd, stdio: 'inherit' }));
}

/** Runs `command` with its errors on the terminal and returns its standard output. */
export function runForOutput(script: string, cwd: string, command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
  finished(script, command, args, result);
  return result.stdout;
}

function finished(script: string, command: string, args: readonly string[], result: ReturnType<typeof spawnSync>): void {
  if (result.error) fail(script, `'${command}' could not be started (${result.error.message}).${MISSING_HINT[command] ?? ''}`);
  if (result.status !== 0) fail(script, `'${command} ${args.join(' ')}' failed (exit ${result.status ?? result.signal}).`);
}

const MISSING_HINT: Record<string, string> = {
  clasp: ' Run it through npm (npm run deploy, npm run setup:gas), which puts the clasp of npm ci on the PATH.',
};
