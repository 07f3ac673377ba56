import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { checklistView, parseCellArguments, parseSignOffArguments, signOffFromSidebar } from '../core/actions/checklistView';
import { InputError } from '../core/values/errors';
import { FileProblem } from './fileProblem';
import { SCRIPT_RUN_SHIM } from './scriptRunShim';
import { withWorkbookLock } from './workbookLock';
import { openWithInputs, saveXlsx } from './xlsxFile';
import type { XlsxWorkbook } from './xlsxWorkbook';

export interface SidebarServerOptions {
  /** The workbook the server functions read, and where sign-offs are saved. */
  readonly file: string;
  readonly port: number;
  /** dist/Sidebar.html as built. */
  readonly html: string;
  /** Who signs off from this machine. */
  readonly by: string;
  readonly now: () => Date;
}

export interface RunningSidebar {
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

/** Content Security Policy of the page: its own inline script and style, calls to this server, nothing else. */
const CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** What a server function gets: the options, and the file as last read (read again whenever it changed on disk). */
interface Session {
  readonly options: SidebarServerOptions;
  readonly current: () => Promise<XlsxWorkbook>;
}

/** The same server functions as in Sheets, on the local file; a sign-off reads it afresh and writes it atomically. */
const FUNCTIONS: Record<string, (session: Session, args: unknown[]) => Promise<unknown>> = {
  ttsQaChecklist: async ({ options, current }) => checklistView(await current(), options.now()),
  ttsQaSelect: async ({ current }, [tab, a1]) => {
    const cell = parseCellArguments(tab, a1, (await current()).listTabs());
    return `${cell.tab}!${cell.a1}`;
  },
  ttsQaSignOff: async ({ options }, [args]) => {
    const request = parseSignOffArguments(args);
    return withWorkbookLock(options.file, async () => {
      const workbook = await openWithInputs(options.file);
      const result = signOffFromSidebar(workbook, options.by, request, options.now());
      await saveXlsx(workbook, options.file);
      return result;
    });
  },
};

/** The workbook as the file holds it now, parsed again only when its size or modified time changed. */
function fileReader(file: string): () => Promise<XlsxWorkbook> {
  let cached: { readonly version: string; readonly workbook: XlsxWorkbook } | undefined;
  return async () => {
    const { mtimeMs, size } = await stat(file).catch(() => ({ mtimeMs: -1, size: -1 }));
    const version = `${mtimeMs}:${size}`;
    if (cached?.version !== version) cached = { version, workbook: await openWithInputs(file) };
    return cached.workbook;
  };
}

/** Serves the sidebar on 127.0.0.1 only; calls run one at a time, so two sign-offs both land. */
export function startSidebarServer(options: SidebarServerOptions): Promise<RunningSidebar> {
  const page = options.html.replace('</head>', () => `${SCRIPT_RUN_SHIM}\n</head>`);
  const session: Session = { options, current: fileReader(options.file) };
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    const port = (server.address() as AddressInfo).port;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(response, 421, 'text/plain', 'Wrong host.');
    if (request.method === 'GET' && (request.url === '/' || request.url === '/index.html'))
      return send(response, 200, 'text/html; charset=utf-8', page);
    const name = /^\/run\/(\w+)$/.exec(request.url ?? '')?.[1];
    if (request.method !== 'POST' || !name || !Object.prototype.hasOwnProperty.call(FUNCTIONS, name))
      return send(response, 404, 'text/plain', 'Not found.');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'text/plain', 'Expected JSON.');
    const call = queue.then(() => handle(request, response, FUNCTIONS[name], session));
    queue = call.catch(() => undefined);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new FileProblem(`Port ${options.port} is in use; pass another with --port.`) : error),
    );
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      // A browser keeps its connection alive; closing those too lets Ctrl+C end the command at once.
      const close = (): Promise<void> =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${port}/`, close });
    });
  });
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  fn: (session: Session, args: unknown[]) => Promise<unknown>,
  session: Session,
): Promise<void> {
  try {
    const body = await readBody(request);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new InputError('Expected a JSON body { "args": [...] }.');
    }
    const args = (parsed as { args?: unknown }).args;
    if (!Array.isArray(args) || args.length > 4) throw new InputError('Expected a JSON body { "args": [...] }.');
    sendJson(response, 200, { ok: true, value: await fn(session, args) });
  } catch (error) {
    const known = error instanceof InputError || error instanceof FileProblem;
    const message = error instanceof Error ? error.message : String(error);
    sendJson(response, known ? 400 : 500, { ok: false, error: known ? message : `TTS Ops could not finish: ${message.split('\n')[0]}` });
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new InputError(`The request is over ${MAX_BODY_BYTES / 1024} KB.`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
