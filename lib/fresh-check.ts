/**
 * Wraps a check (e.g. "what is the reader generation now?") so that at most
 * one runs at a time and every caller gets the answer of a run that STARTED
 * AFTER it called: a caller that arrives while a run is under way waits for
 * the next run, which all such callers share. So a request that begins after
 * another process's write has committed never gets an answer read before
 * that commit (read-after-write across processes), yet under load one round
 * trip serves every request that arrived meanwhile.
 * See docs/decisions/0016-cache-sharing.md.
 */
export function freshCheck<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;

  function start(): Promise<T> {
    const current = run();
    running = current;
    const done = () => {
      if (running === current) running = null;
    };
    current.then(done, done);
    return current;
  }

  return () => {
    if (!running) return start();
    next ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = null;
        // Someone may have started a run since the last one ended: it began
        // after every caller waiting here, so it is fresh enough for them.
        return running ?? start();
      });
    return next;
  };
}
