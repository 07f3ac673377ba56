import type { ExportUiLike } from './exportClientUpdate';

/** The parts of SpreadsheetApp.getUi() an OK/Cancel question uses. */
export type PromptUiLike = Pick<ExportUiLike, 'prompt'> & {
  readonly ButtonSet: { readonly OK_CANCEL: unknown };
  readonly Button: { readonly OK: unknown };
};

/** The answer to an OK/Cancel question, trimmed; undefined when cancelled or closed. */
export function promptAnswer(ui: PromptUiLike, title: string, question: string): string | undefined {
  const answer = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText().trim() : undefined;
}
