import { localSidebarSurface } from '../../core/workbook/surface';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { checklistView, parseCellArguments, parseSignOffArguments, signOffFromSidebar } from '../../core/actions/checklistView';
import type { ServesSidebar, SidebarFunction } from '../../core/actions/sidebarContract';
import { InputError } from '../../core/values/errors';
import { FileProblem } from '../files/fileProblem';
import { callQueue } from './callQueue';
import { readBody, type BodyLimits, type BodyProblem } from './requestBody';
import { scriptRunShim, SESSION_KEY_HEADER } from './scriptRunShim';
import { withWorkbookLock } from '../files/workbookLock';
import { openWithInputs, saveXlsx } from '../xlsx/xlsxFile';
import type { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

export interface SidebarServerOptions {
  /** The workbook the server functions read, and where sign-offs are saved. */
  readonly file: string;
  readonly port: number;
  /** dist/Sidebar.html as built. */
  readonly html: string;
  /** Who signs off from this machine. */
  readonly by: string;
  readonly now: () => Date;
  /** How long a call's body may take to arrive (default 10 s). */
  readonly bodyTimeoutMs?: number;
}

export interface RunningSidebar {
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
/** How long a call's body may take to arrive: a stalled one is answered 408, never waited for. */
const BODY_TIMEOUT_MS = 10_000;
const WRONG_KEY = "This page is not from the running tts-ops sidebar: open the address it printed (it carries this session's key).";

/** Content Security Policy of the page: its own inline script and style, calls to this server, nothing else. */
const CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** What a server function gets: the options, and the file as last read (read again whenever it changed on disk). */
interface Session {
  readonly options: SidebarServerOptions;
  readonly current: () => Promise<XlsxWorkbook>;
}

/** The same server functions as in Sheets, on the local file; a sign-off reads it afresh and writes it atomically. */
const FUNCTIONS = {
  ttsQaChecklist: async ({ options, current }) => checklistView(await current(), options.now(), localSidebarSurface(options.file)),
  ttsQaSelect: async ({ current }, tab, a1) => {
    const cell = parseCellArguments(tab, a1, (await current()).listTabs());
    return `${cell.tab}!${cell.a1}`;
  },
  ttsQaSignOff: async ({ options }, args) => {
    const request = parseSignOffArguments(args);
    return withWorkbookLock(options.file, async () => {
      const workbook = await openWithInputs(options.file);
      const result = signOffFromSidebar(workbook, options.by, request, options.now(), localSidebarSurface(options.file));
      await saveXlsx(workbook, options.file);
      return result;
    });
  },
} satisfies ServesSidebar<[Session], true>;

/** Whether the page may call `name`: a function of the contract, not one inherited by every object. */
const isServerFunction = (name: string): name is SidebarFunction => Object.prototype.hasOwnProperty.call(FUNCTIONS, name);

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

/**
 * Serves the sidebar on 127.0.0.1 only. The page is given only to the address printed at start (it
 * carries a random key for this session), and every call must carry that key back: another local user
 * or a web page cannot call the server. Bodies are read on arrival, within a size and a time limit;
 * calls then run one at a time (two sign-offs both land), skipping one whose browser tab went away.
 */
export function startSidebarServer(options: SidebarServerOptions): Promise<RunningSidebar> {
  const key = randomBytes(24).toString('base64url');
  const page = options.html.replace('</head>', () => `${scriptRunShim(key)}\n</head>`);
  const session: Session = { options, current: fileReader(options.file) };
  const limits = { maxBytes: MAX_BODY_BYTES, timeoutMs: options.bodyTimeoutMs ?? BODY_TIMEOUT_MS };
  const enqueue = callQueue();
  const server = createServer((request, response) => {
    const port = (server.address() as AddressInfo).port;
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(response, 421, 'text/plain', 'Wrong host.');
    const url = URL.canParse(request.url ?? '', `http://${host}`) ? new URL(request.url ?? '', `http://${host}`) : undefined;
    if (!url) return send(response, 400, 'text/plain', 'Bad address.'); // a throw here would end the server
    if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      if (!sameKey(url.searchParams.get('key'), key)) return send(response, 403, 'text/plain', WRONG_KEY);
      return send(response, 200, 'text/html; charset=utf-8', page);
    }
    const name = /^\/run\/(\w+)$/.exec(url.pathname)?.[1];
    if (request.method !== 'POST' || !name || !isServerFunction(name)) return send(response, 404, 'text/plain', 'Not found.');
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) return refuse(response, 403, "Calls are taken from this server's own page only.");
    if (!sameKey(request.headers[SESSION_KEY_HEADER.toLowerCase()], key)) return refuse(response, 403, WRONG_KEY);
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return refuse(response, 415, 'Expected JSON.');
    void handle(
      request,
      response,
      (args) =>
        enqueue(
          () => (FUNCTIONS[name] as (session: Session, ...args: unknown[]) => Promise<unknown>)(session, ...args),
          clientGone(request, response),
        ),
      limits,
    );
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
      resolve({ url: `http://127.0.0.1:${port}/?key=${key}`, close });
    });
  });
}

/** Whether `given` is this session's key, compared in constant time. */
function sameKey(given: string | string[] | null | undefined, key: string): boolean {
  if (typeof given !== 'string' || given.length !== key.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(key));
}

/** True once the caller's connection closed before its answer was sent (a reloaded or closed tab). */
function clientGone(request: IncomingMessage, response: ServerResponse): () => boolean {
  let closed = false;
  response.once('close', () => (closed = !response.writableFinished));
  return () => closed || request.socket.destroyed;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  run: (args: unknown[]) => Promise<unknown>,
  limits: BodyLimits,
): Promise<void> {
  let body: string;
  try {
    body = await readBody(request, limits);
  } catch (error) {
    const { status, message } = error as BodyProblem;
    if (status) refuse(response, status, message, { Connection: 'close' });
    return;
  }
  try {
    const value = await run(argumentsOf(body));
    if (!response.destroyed) sendJson(response, 200, { ok: true, value });
  } catch (error) {
    const known = error instanceof InputError || error instanceof FileProblem;
    const message = error instanceof Error ? error.message : String(error);
    refuse(response, known ? 400 : 500, known ? message : `TTS Ops could not finish: ${message.split('\n')[0]}`);
  }
}

/** The `args` of a `{ "args": [...] }` body. */
function argumentsOf(body: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  const args = typeof parsed === 'object' && parsed !== null ? (parsed as { args?: unknown }).args : undefined;
  if (!Array.isArray(args) || args.length > 4) throw new InputError('Expected a JSON body { "args": [...] }.');
  return args;
}

function refuse(response: ServerResponse, status: number, error: string, headers: Record<string, string> = {}): void {
  sendJson(response, status, { ok: false, error }, headers);
}

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}
