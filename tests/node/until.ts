/**
 * Waiting without a fixed sleep: poll a condition until it holds, or give up at a deadline with the reason.
 * The pause between polls is short; the test waits only as long as the condition takes.
 */

export interface UntilOptions {
  /** The deadline: rejects when the condition has not held by then. */
  timeoutMs: number;
  /** Pause between two polls. */
  everyMs?: number;
  /** What is awaited, for the timeout's message. */
  what: string;
}

/** Resolves with the first value of `check` that is neither null, undefined nor false; a throw ends the wait. */
export async function until<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  { timeoutMs, everyMs = 100, what }: UntilOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(everyMs, Math.max(0, deadline - Date.now()))),
    );
  }
}

/** Resolves true when the process has exited (now or within `timeoutMs`), false at the deadline. */
export function exited(
  child: { exitCode: number | null; signalCode: string | null; once(event: 'exit', f: () => void): unknown },
  timeoutMs: number,
): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
