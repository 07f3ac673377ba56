import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { InputError } from '../../core/values/errors';
import type { CommandContext } from './commandContext';
import { demoCommand, demoTarget } from './demoCommand';
import { FileProblem } from '../files/fileProblem';
import { startSidebarServer } from '../server/sidebarServer';
import { withWorkbookLock } from '../files/workbookLock';

const ROOT = resolve(__dirname, '..', '..', '..');
const SIDEBAR_HTML = join(ROOT, 'dist', 'Sidebar.html');
export const DEFAULT_SIDEBAR_PORT = 8765;

/** `tts-ops sidebar [file.xlsx] [--port N]`: serves the QA checklist until Ctrl+C; resolves to the exit code. */
export async function sidebarCommand(file: string | undefined, portText: string | undefined, context: CommandContext): Promise<number> {
  const port = portText === undefined ? DEFAULT_SIDEBAR_PORT : Number(portText);
  if (!/^\d+$/.test(portText ?? '0') || port > 65535) throw new InputError(`--port must be a whole number from 0 to 65535; got '${portText}'.`);
  const html = await readFile(SIDEBAR_HTML, 'utf8').catch(() => {
    throw new FileProblem(`${relative(process.cwd(), SIDEBAR_HTML)} is missing: run 'npm run build' first.`);
  });
  let workbook = file;
  if (workbook === undefined) {
    const demo = demoTarget(undefined);
    workbook = relative(process.cwd(), demo);
    // Another command may be writing the demo at the same moment: make it under the workbook lock, as `tts-ops demo` does.
    if (!existsSync(demo)) await withWorkbookLock(demo, () => demoCommand(undefined, context), { waitMs: context.lockWaitMs });
  } else if (!existsSync(workbook)) throw new FileProblem(`No such file: ${workbook}`);
  const server = await startSidebarServer({ file: workbook, port, html, by: signerName(), now: context.now });
  context.print(`QA checklist for ${workbook}: ${server.url} (Ctrl+C to stop)`);
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

/** The local account's name: the sidebar has no Google session to ask. */
function signerName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
