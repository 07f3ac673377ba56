import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(__dirname, '../../bin/tts-ops.js');

/** `tts-ops sidebar <file> --port 0` as a child process, once it has printed its address. */
export function startSidebarProcess(file: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'sidebar', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolveStart, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)?.[1];
      if (!url) return;
      child.stdout.off('data', onData);
      resolveStart({
        url,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`tts-ops sidebar exited with ${code}: ${output}`)));
  });
}
