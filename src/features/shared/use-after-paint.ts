import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../state/after-next-paint';

/**
 * `value`, once a frame has been painted since it was first rendered (null until then): for the part of a
 * view that can wait, so that the frame answering the user is not made to carry it. Its render is a task
 * queued from the next animation frame, i.e. after that frame's paint, never before it (React's deferred
 * renders may run before or after the next frame, depending on when in the frame the click came). A hidden page
 * paints no frames; there it comes after `afterNextPaint`'s fallback.
 */
export function useAfterPaint<T>(value: T): T | null {
  const [painted, setPainted] = useState<T | null>(null);
  useEffect(() => afterNextPaint(() => setPainted(() => value)), [value]);
  return painted;
}
