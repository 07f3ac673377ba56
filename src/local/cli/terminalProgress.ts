import type { Reporter } from '../xlsx/reporter';

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\x1b[2K';

/** On a terminal, a bar redrawn in place; in a file or a pipe, one plain line per step. */
export function terminalReporter(stream: NodeJS.WriteStream): Reporter {
  if (!stream.isTTY) {
    return {
      progress: (message, done, total) => stream.write(`${message} (${done}/${total})\n`),
      status: (message) => stream.write(`${message}\n`),
      clear: () => undefined,
    };
  }
  let barShown = false;
  const clear = (): void => {
    if (barShown) stream.write(CLEAR_LINE);
    barShown = false;
  };
  return {
    progress(message, done, total) {
      const filled = total > 0 ? Math.round((Math.min(done, total) / total) * BAR_WIDTH) : BAR_WIDTH;
      barShown = done < total;
      stream.write(`${CLEAR_LINE}${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${done}/${total} ${message}${barShown ? '' : '\n'}`);
    },
    status(message) {
      clear();
      stream.write(`${message}\n`);
    },
    clear,
  };
}
