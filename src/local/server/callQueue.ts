/**
 * Runs tasks one at a time in arrival order (two sign-offs must both land). A task whose caller went
 * away while it waited is skipped, and a failing task never stops the ones after it.
 */
export function callQueue(): <T>(task: () => Promise<T>, abandoned: () => boolean) => Promise<T | undefined> {
  let last: Promise<unknown> = Promise.resolve();
  return (task, abandoned) => {
    const turn = last.then(() => (abandoned() ? undefined : task()));
    last = turn.catch(() => undefined);
    return turn;
  };
}
