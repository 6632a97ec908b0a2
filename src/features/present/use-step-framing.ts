import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { stepFraming } from '../shared/tour/step-framing';
import type { ResolvedStep } from '../shared/tour/tour-step';

/**
 * Frames each step's zone (or the zones the step names) in the part of the map the slide leaves free: the
 * request goes out after the step's card and caption are laid out, so the map measures them where they are.
 * Frames again when the window changes size (entering full screen, turning a screen).
 */
export function useStepFraming(current: ResolvedStep | undefined): void {
  const step = current?.step;
  useEffect(() => {
    if (!step) return;
    const frame = () => useAppStore.getState().framingRequested(stepFraming(step));
    frame();
    let timer = 0;
    const onResize = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(frame, 200);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [step]);
}
