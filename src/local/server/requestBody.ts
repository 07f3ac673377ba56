import type { IncomingMessage } from 'node:http';

/** Why a request's body was not read: the status to answer with and a one-line message; 0 when the caller went away. */
export class BodyProblem extends Error {
  constructor(
    readonly status: 0 | 408 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'BodyProblem';
  }
}

export interface BodyLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

/**
 * The body as text, read at once on arrival. Over `maxBytes` the rest is read and dropped so the
 * answer (413) reaches the caller instead of a reset; a body not complete within `timeoutMs` is a 408.
 */
export function readBody(request: IncomingMessage, { maxBytes, timeoutMs }: BodyLimits): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(
      () => settle(new BodyProblem(408, `The request did not arrive in full within ${timeoutMs / 1000} s; try again.`)),
      timeoutMs,
    );
    const settle = (outcome: string | BodyProblem): void => {
      clearTimeout(timer);
      request.removeAllListeners('data');
      if (typeof outcome === 'string') resolve(outcome);
      else reject(outcome);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.once('end', () =>
      settle(size > maxBytes ? new BodyProblem(413, `The request is over ${maxBytes / 1024} KB.`) : Buffer.concat(chunks).toString('utf8')),
    );
    request.once('close', () => settle(new BodyProblem(0, 'The caller went away.')));
    request.once('error', () => settle(new BodyProblem(0, 'The caller went away.')));
  });
}
