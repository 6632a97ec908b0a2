import { useEffect, useState } from 'react';

/**
 * `value`, once a frame has been painted since it was first rendered (null until then): for the part of a
 * view that can wait, so that the frame answering the user is not made to carry it. Its render is a task
 * queued from the next animation frame, i.e. after that frame's paint, never before it (React's deferred
 * renders may run before or after the next frame, depending on when in the frame the click came).
 */
export function useAfterPaint<T>(value: T): T | null {
  const [painted, setPainted] = useState<T | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
