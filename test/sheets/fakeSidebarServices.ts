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

/** HtmlService and Session as the sidebar's server functions use them, recording each call (LockService: fakeAppsScript's). */
export function fakeSidebarServices(email = 'ana@agency.example') {
  const calls: string[] = [];
  return {
    calls,
    HtmlService: {
      SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE' },
      createHtmlOutputFromFile: (file: string) => (calls.push(`HtmlService.createHtmlOutputFromFile:${file}`), new FakeHtmlOutput(file)),
    },
    Session: { getActiveUser: () => ({ getEmail: () => (calls.push('Session.getActiveUser'), email) }) },
  };
}
