import { spawnSync } from 'node:child_process';

/** The trimmed standard output of a command, or undefined when it is not installed or fails (git outside a clone, for one). */
export function commandOutput(cwd: string, command: string, args: readonly string[]): string | undefined {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
