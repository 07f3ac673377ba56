import { callQueue } from '../../src/local/server/callQueue';

describe('callQueue', () => {
  it('runs calls one at a time in order, skips one whose caller went away while it waited, and goes on after a failure', async () => {
    const enqueue = callQueue();
    const ran: string[] = [];
    let finishFirst = (): void => undefined;
    const firstDone = new Promise<void>((done) => (finishFirst = done));
    let gone = false;
    const first = enqueue(
      async () => (await firstDone, ran.push('first'), 'first'),
      () => false,
    );
    const abandoned = enqueue(
      async () => ran.push('abandoned'),
      () => gone,
    );
    const failing = enqueue(
      () => Promise.reject(new Error('bad file')),
      () => false,
    );
    const last = enqueue(
      async () => (ran.push('last'), 'last'),
      () => false,
    );
    gone = true; // the tab closed while the first call ran
    finishFirst();
    await expect(first).resolves.toBe('first');
    await expect(abandoned).resolves.toBeUndefined();
    await expect(failing).rejects.toThrow('bad file');
    await expect(last).resolves.toBe('last');
    expect(ran).toEqual(['first', 'last']);
  });
});
