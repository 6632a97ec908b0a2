/**
 * `requestIdleCallback`, or a timeout where there is none (Safari, jsdom). With `timeoutMs`, the browser runs it
 * by then even if it never goes idle, as a task of its own that may land between a keystroke and its results;
 * without, only while nothing else waits.
 */
export function requestIdle(run: (deadline: IdleDeadline) => void, timeoutMs?: number): number {
  if (typeof window.requestIdleCallback === 'function') return window.requestIdleCallback(run, timeoutMs === undefined ? {} : { timeout: timeoutMs });
  return window.setTimeout(() => run({ didTimeout: true, timeRemaining: () => 8 }), 0);
}

export function cancelIdle(handle: number): void {
  if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
