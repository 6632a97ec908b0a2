/** At the latest: a hidden page draws no frames, and its address bar must follow all the same. */
const fallbackMs = 200;

/**
 * Runs `task` once the next frame has been painted (an animation frame, then a task after it) or after
 * `fallbackMs` if no frame comes. For work a click does not need before its answer is on screen, such as
 * writing the address bar. Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(fallback);
    timer = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, fallbackMs);
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  };
  return () => {
    done = true;
    cancel();
  };
}
