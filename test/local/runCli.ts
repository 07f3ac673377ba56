import { main } from '../../src/local/cli';
import { silentReporter } from '../../src/local/terminalProgress';

/** The CLI in this process at a fixed time, its output collected. */
export async function runCli(args: readonly string[], now: Date): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    reporter: silentReporter,
    print: (text) => (out += `${text}\n`),
    printError: (text) => (err += `${text}\n`),
    now: () => now,
  });
  return { code, out, err };
}
