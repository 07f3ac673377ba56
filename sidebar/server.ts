import type { ChecklistView, SignOffView } from '../src/core/actions/checklistView';

/** The part of google.script.run the page uses (Apps Script's, or the local server's shim). */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: { message?: string } | string) => void): ScriptRun;
  ttsQaChecklist(): void;
  ttsQaSelect(tab: string, a1: string): void;
  ttsQaSignOff(args: { ticked: string[]; note: string }): void;
}

declare const google: { script: { run: ScriptRun } };

/** A server call as a promise; a failure is one line (the server's message), never a stack trace. */
function call<T>(invoke: (run: ScriptRun) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(new Error(oneLine(typeof error === 'string' ? error : (error.message ?? 'the call failed')))));
    invoke(run);
  });
}

export function oneLine(message: string): string {
  return message.split('\n')[0].replace(/^(Exception|Error): /, '');
}

export const server = {
  checklist: (): Promise<ChecklistView> => call((run) => run.ttsQaChecklist()),
  select: (tab: string, a1: string): Promise<string> => call((run) => run.ttsQaSelect(tab, a1)),
  signOff: (ticked: string[], note: string): Promise<SignOffView> => call((run) => run.ttsQaSignOff({ ticked, note })),
};
