import { commandOutput } from '../src/local/cli/commandOutput';
import { versionText, type BuildInfo } from '../src/core/values/versionText';

/** Commit subjects listed in a version's description; the rest is counted, with the git command that lists them. */
const LISTED = 10;
const SUBJECT_LENGTH = 120;

/** The description of a prod version: the build, then the commit subjects since the previous release's tag (v1.2.3). */
export function releaseNotes(root: string, build: BuildInfo): string {
  const previous = commandOutput(root, 'git', ['describe', '--tags', '--abbrev=0', '--match', 'v*', '--exclude', `v${build.version}`, 'HEAD']);
  const range = previous ? `${previous}..HEAD` : 'HEAD';
  const subjects = (commandOutput(root, 'git', ['log', '--no-merges', '--format=%s', range]) ?? '').split('\n').filter(Boolean);
  const listed = subjects
    .slice(0, LISTED)
    .map((subject) => `- ${subject.length > SUBJECT_LENGTH ? `${subject.slice(0, SUBJECT_LENGTH - 1)}…` : subject}`);
  const unlisted = subjects.length - listed.length;
  return [
    `${versionText(build)}; changes since ${previous ?? 'the first commit'}:`,
    ...listed,
    ...(unlisted > 0 ? [`- and ${unlisted} more (git log --no-merges ${range})`] : []),
  ].join('\n');
}
