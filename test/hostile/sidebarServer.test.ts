import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startSidebarServer, type RunningSidebar } from '../../src/local/server/sidebarServer';
import { useTempFolder } from '../local/tempFolder';
import { runCli } from './hostileCli';

const folder = useTempFolder();
const PAGE = '<html><head></head><body>sidebar</body></html>';
let server: RunningSidebar;

interface Answer {
  readonly status: number;
  readonly body: string;
}

beforeEach(async () => {
  const file = join(folder(), 'client.xlsx');
  expect((await runCli(['setup', file, '--market', 'UK'])).code).toBe(0);
  server = await startSidebarServer({ file, port: 0, html: PAGE, by: 'ana', now: () => new Date('2026-03-30T16:00:00Z'), bodyTimeoutMs: 300 });
});
afterEach(() => server.close());

const key = (): string => new URL(server.url).searchParams.get('key') ?? '';
const origin = (): string => new URL(server.url).origin;

/** A call as the page makes it (its key, its origin, JSON), with `body` written as given; `end: false` leaves the body unfinished. */
function call(body: string | Buffer, headers: Record<string, string> = {}, end = true): { answer: Promise<Answer>; abort: () => void } {
  const request = httpRequest(`${origin()}/run/ttsQaChecklist`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-TTS-Ops-Key': key(), Origin: origin(), ...headers },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    request.on('response', (response: IncomingMessage) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
  });
  if (end) request.end(body);
  else request.write(body);
  return { answer, abort: () => request.destroy() };
}

const checklist = (headers: Record<string, string> = {}): Promise<Answer> => call('{"args":[]}', headers).answer;

describe('the sidebar server cannot be wedged', () => {
  it('answers 408 to a body that stalls, drops a call whose caller went away, and still answers the next call', async () => {
    const stalled = call('{"args":', { 'Content-Length': '100' }, false);
    const abandoned = call('{"args":[]}');
    abandoned.abort();
    await expect(abandoned.answer).rejects.toThrow();
    const next = await checklist();
    expect(next.status).toBe(200);
    expect(JSON.parse(next.body)).toMatchObject({ ok: true, value: { groups: expect.any(Array) } });
    expect(await stalled.answer).toEqual({
      status: 408,
      body: JSON.stringify({ ok: false, error: 'The request did not arrive in full within 0.3 s; try again.' }),
    });
  });
});

describe('what the sidebar server answers to a hostile call', () => {
  it.each(['null', '5', '"x"', '{}'])('a body of %s: 400 with one line, no JavaScript error', async (body) => {
    expect(await call(body).answer).toEqual({ status: 400, body: JSON.stringify({ ok: false, error: 'Expected a JSON body { "args": [...] }.' }) });
  });

  it('a body over 64 KB: 413, an answer rather than a reset', async () => {
    const answer = await call(Buffer.alloc(70 * 1024, 0x20)).answer;
    expect(answer).toEqual({ status: 413, body: JSON.stringify({ ok: false, error: 'The request is over 64 KB.' }) });
  });

  it("refuses a call without this session's key, with another key, from another origin, or for another host", async () => {
    const refusals = await Promise.all([
      checklist({ 'X-TTS-Ops-Key': '' }),
      checklist({ 'X-TTS-Ops-Key': key().replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }),
      checklist({ Origin: 'http://evil.example' }),
      checklist({ Host: `evil.example:${new URL(server.url).port}` }),
    ]);
    expect(refusals.map((answer) => answer.status)).toEqual([403, 403, 403, 421]);
    for (const answer of refusals) expect(answer.body).not.toContain('groups'); // the checklist did not run
  });

  it('answers an address that is not a URL (absolute-form `http://[`) with 400, and goes on answering', async () => {
    const { port } = new URL(server.url);
    const status = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.end(`GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
      socket.on('end', () => resolve(text.split('\r\n')[0]));
      socket.on('error', reject);
    });
    expect(status).toBe('HTTP/1.1 400 Bad Request');
    expect((await checklist()).status).toBe(200);
  });

  it('serves the page, with the key in it, only to the address it printed', async () => {
    const page = (path: string): Promise<Answer> =>
      new Promise((resolve, reject) =>
        httpRequest(`${origin()}${path}`, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        })
          .on('error', reject)
          .end(),
      );
    const printed = await page(new URL(server.url).search.replace(/^/, '/'));
    expect(printed.status).toBe(200);
    expect(printed.body).toContain(`'${key()}'`);
    const bare = await page('/');
    expect(bare.status).toBe(403);
    expect(bare.body).not.toContain(key());
  });
});
