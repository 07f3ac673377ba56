/** What a build of TTS Ops is: package.json's version and the commit it was built from ('unknown' outside a git clone). */
export interface BuildInfo {
  version: string;
  commit: string;
}

/** How the CLI's --version and the add-on's About name a build. */
export function versionText(build: BuildInfo): string {
  return `TTS Ops ${build.version} (commit ${build.commit})`;
}
