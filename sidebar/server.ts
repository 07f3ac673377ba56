import type { SidebarClient, SidebarFunction } from '../src/core/actions/sidebarContract';

/** google.script.run as the page uses it (Apps Script's, or the local server's shim): handlers, then a server function. */
type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: { message?: string } | string) => void): ScriptRun;
} & Record<SidebarFunction, (...args: unknown[]) => void>;

declare const google: { script: { run: ScriptRun } };

/** A server call as a promise; a failure is one line (the server's message), never a stack trace. */
function call(name: SidebarFunction, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler(resolve)
      .withFailureHandler((error) => reject(new Error(oneLine(typeof error === 'string' ? error : (error.message ?? 'the call failed')))))
      [name](...args);
  });
}

export function oneLine(message: string): string {
  return message.split('\n')[0].replace(/^(Exception|Error): /, '');
}

/** The server functions of src/core/actions/sidebarContract.ts, each returning a promise of its answer. */
export const server = new Proxy({} as SidebarClient, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      call(name as SidebarFunction, args),
});
