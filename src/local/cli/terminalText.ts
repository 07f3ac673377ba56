import type { CommandContext } from './commandContext';

/** CSI (`ESC [ … m` or its one-byte C1 form: colours, cursor moves) and OSC (`ESC ] 0;title BEL`, window titles, links) sequences, whole. */
const ESCAPE_SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)/g;
/** Every other character a terminal acts on: C0 but tab and line feed, DEL, C1, and the marks that reorder a line's text. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print: a header, a value or a file name from a file cannot move the cursor, retitle the window or hide text. */
export function terminalText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** The context with everything it prints (results, errors, status and progress lines) made safe for a terminal. */
export function terminalSafe(context: CommandContext): CommandContext {
  const { reporter } = context;
  return {
    ...context,
    print: (text) => context.print(terminalText(text)),
    printError: (text) => context.printError(terminalText(text)),
    reporter: {
      progress: (message, done, total) => reporter.progress(terminalText(message), done, total),
      status: (message) => reporter.status(terminalText(message)),
      clear: () => reporter.clear(),
    },
  };
}
