// The version (package.json) and the commit TTS Ops runs from: the CLI's --version, the add-on's About (baked in by the build), a release's notes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BuildInfo } from '../../core/values/versionText';
import { commandOutput } from './commandOutput';

const ROOT = resolve(__dirname, '../../..');

/** The commit is 'unknown' where `git` (the command; a test names a missing one) is not installed or `root` is not a clone; '-dirty' marks uncommitted changes to tracked files. */
export function buildInfo(root = ROOT, git = 'git'): BuildInfo {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  const commit = commandOutput(root, git, ['rev-parse', '--short', 'HEAD']);
  if (commit === undefined) return { version, commit: 'unknown' };
  return { version, commit: commandOutput(root, git, ['status', '--porcelain', '--untracked-files=no']) ? `${commit}-dirty` : commit };
}
