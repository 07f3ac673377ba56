import { terminalReporter } from '../../src/local/cli/terminalProgress';

const fakeStream = (isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } => {
  let text = '';
  const stream = { isTTY, write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, written: () => text };
};

describe('terminalReporter', () => {
  it('writes one plain line per step to a pipe or a file', () => {
    const { stream, written } = fakeStream(false);
    const reporter = terminalReporter(stream);
    reporter.status('Reading client.xlsx');
    reporter.progress('Writing TTS · KPIs', 2, 6);
    expect(written()).toBe('Reading client.xlsx\nWriting TTS · KPIs (2/6)\n');
  });

  it('redraws a bar in place on a terminal, ending the line when done or when a status line comes', () => {
    const { stream, written } = fakeStream(true);
    const reporter = terminalReporter(stream);
    reporter.progress('Creating Orders', 1, 4);
    reporter.status('Writing client.xlsx');
    reporter.progress('Done', 6, 6);
    expect(written()).toBe(
      `\r\x1b[2K${'█'.repeat(6)}${'░'.repeat(18)} 1/4 Creating Orders` + '\r\x1b[2KWriting client.xlsx\n' + `\r\x1b[2K${'█'.repeat(24)} 6/6 Done\n`,
    );
  });
});
