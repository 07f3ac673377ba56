import { InputError } from '../core/values/errors';
import { assertFiniteCells } from '../core/values/finiteCells';

/**
 * Runs a formula or menu action so that Sheets shows a message a user can act on: input problems
 * as they are, anything unexpected as one line asking for a report, never a stack trace.
 */
export function userFacing<T>(action: () => T): T {
  try {
    const result = action();
    assertFiniteCells(result, 'TTS Ops');
    // A run that pulls returns a promise: its refusal is said the same way.
    return result instanceof Promise ? (result.catch(said) as T) : result;
  } catch (error) {
    return said(error);
  }
}

function said(error: unknown): never {
  throw new Error(userMessage(error));
}

/** What the user reads for `error`: an input problem as it is, anything unexpected as one line asking for a report. */
export function userMessage(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const message = (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '');
  return `TTS Ops could not finish: ${message}. If the data looks right, please report this message.`;
}
