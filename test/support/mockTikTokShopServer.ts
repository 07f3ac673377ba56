import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeShop } from './fakeTikTokShop';

export interface MockServer {
  readonly base: string;
  readonly close: () => Promise<void>;
}

/** The fake shop over HTTP on 127.0.0.1 (a random port), its clock the real one: the CLI signs with Date.now(). */
export async function serveFakeShop(fake: FakeShop): Promise<MockServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
      fake.options.now = Math.floor(Date.now() / 1000);
      const answer = fake.handle({
        host: url.pathname.startsWith('/api/v2/token/') ? 'auth' : 'api',
        method: req.method === 'POST' ? 'POST' : 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
