/** A recorded HtmlOutput: the file it came from and what was set on it. */
export class FakeHtmlOutput {
  title = '';
  width = 0;
  sandbox = '';
  constructor(readonly file: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandbox = mode;
    return this;
  }
}

/** HtmlService, LockService and Session as the sidebar's server functions use them, recording each call. */
export function fakeSidebarServices(email = 'ana@agency.example') {
  const calls: string[] = [];
  let held = false;
  return {
    calls,
    HtmlService: {
      SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE' },
      createHtmlOutputFromFile: (file: string) => (calls.push(`HtmlService.createHtmlOutputFromFile:${file}`), new FakeHtmlOutput(file)),
    },
    LockService: {
      getDocumentLock: () => ({
        tryLock: (ms: number) => (calls.push(`lock.tryLock:${ms}`), held ? false : (held = true)),
        releaseLock: () => (calls.push('lock.releaseLock'), (held = false)),
      }),
    },
    Session: { getActiveUser: () => ({ getEmail: () => (calls.push('Session.getActiveUser'), email) }) },
    /** Another user holding the lock. */
    holdLock: () => (held = true),
  };
}
