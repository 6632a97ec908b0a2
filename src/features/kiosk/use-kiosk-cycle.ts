import { useEffect, useReducer, useRef, useState } from 'react';
import { nextPhase, type KioskPhase } from './kiosk-phase';
import type { KioskSettings } from '../../state/url';

/** Events that mean someone is there. A mouse merely resting over the screen is not someone. */
const presenceEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** Everything one touch or key press can set off; during the attract loop all of it is swallowed. */
const gestureEvents = [
  'pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'touchstart', 'touchmove',
  'touchend', 'touchcancel', 'pointercancel', 'click', 'dblclick', 'contextmenu', 'wheel', 'keydown', 'keyup',
] as const;
const gestureEnds = new Set(['pointerup', 'pointercancel', 'touchend', 'touchcancel', 'click', 'keyup', 'wheel']);
/** Events that only follow a finger or the mouse: they never stop the attract loop. */
const moves = new Set(['pointermove', 'mousemove']);
/** Events that begin a gesture: once the dismissing one has ended, the next of these is the visitor's own. */
const gestureStarts = new Set(['pointerdown', 'touchstart', 'keydown']);
/** A gesture whose end never arrives (a lost pointer) must not leave the kiosk deaf. */
const longestGestureMs = 2000;
/**
 * A touch ends with pointerup, then touchend, the emulated mouse events and the click, however late a busy page
 * dispatches them: the tail is swallowed up to its click. A gesture that makes no click (a drag, a key) leaves a
 * tail that the next touch ends, or this time.
 */
const longestTailMs = 1000;
const tickMs = 200;

export interface KioskCycle {
  phase: KioskPhase;
  /** Whole seconds left on the countdown. */
  secondsLeft: number;
  keepExploring: () => void;
}

/**
 * Runs the kiosk's cycle on the window's input events: the first touch of an attract loop only stops it
 * (it never reaches the map or a button), a quiet period opens the countdown, and its end calls `onReset`.
 */
export function useKioskCycle(settings: KioskSettings, onReset: () => void): KioskCycle {
  const [phase, dispatch] = useReducer(nextPhase, 'attract');
  const [secondsLeft, setSecondsLeft] = useState(Math.ceil(settings.countdownMs / 1000));
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const lastInput = useRef(0);
  const resetRef = useRef(onReset);
  resetRef.current = onReset;

  useEffect(() => {
    lastInput.current = performance.now();
    /** What of the touch that stopped the attract loop is still to be swallowed. */
    let swallowing: 'nothing' | 'gesture' | 'tail' = 'nothing';
    let swallowUntil = 0;
    const onGesture = (event: Event) => {
      const now = performance.now();
      const attracting = phaseRef.current === 'attract';
      if (attracting && !moves.has(event.type)) {
        phaseRef.current = 'explore';
        lastInput.current = now;
        dispatch('input');
        swallowing = 'gesture';
        swallowUntil = now + longestGestureMs;
      } else if (swallowing === 'tail' && gestureStarts.has(event.type)) {
        swallowing = 'nothing';
      }
      if (!attracting && (swallowing === 'nothing' || now >= swallowUntil)) return;
      if (event.cancelable) event.preventDefault();
      event.stopPropagation();
      if (swallowing === 'gesture' && gestureEnds.has(event.type)) {
        swallowing = 'tail';
        swallowUntil = now + longestTailMs;
      }
      if (swallowing === 'tail' && event.type === 'click') swallowing = 'nothing';
    };
    const onPresence = (event: Event) => {
      if (event.type === 'pointermove' && (event as PointerEvent).pointerType === 'mouse' && !(event as PointerEvent).buttons) return;
      lastInput.current = performance.now();
      // A touch on the countdown is the overlay's to handle: were it to vanish on pointerdown, the click that
      // follows would land on the map under the finger.
      if (phaseRef.current === 'countdown' && (event.type === 'keydown' || event.type === 'wheel')) dispatch('input');
    };
    const options = { capture: true, passive: false };
    for (const type of gestureEvents) window.addEventListener(type, onGesture, options);
    for (const type of presenceEvents) window.addEventListener(type, onPresence, { capture: true, passive: true });
    return () => {
      for (const type of gestureEvents) window.removeEventListener(type, onGesture, options);
      for (const type of presenceEvents) window.removeEventListener(type, onPresence, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (phase === 'attract') return;
    const countdownStart = performance.now();
    if (phase === 'countdown') setSecondsLeft(Math.ceil(settings.countdownMs / 1000));
    const timer = window.setInterval(() => {
      const now = performance.now();
      if (phase === 'explore') {
        if (now - lastInput.current >= settings.idleMs) dispatch('idle');
        return;
      }
      const left = settings.countdownMs - (now - countdownStart);
      if (left > 0) {
        setSecondsLeft(Math.ceil(left / 1000));
        return;
      }
      window.clearInterval(timer);
      resetRef.current();
      dispatch('reset');
    }, Math.min(tickMs, settings.idleMs / 2, settings.countdownMs / 2));
    return () => window.clearInterval(timer);
  }, [phase, settings.idleMs, settings.countdownMs]);

  return {
    phase,
    secondsLeft,
    keepExploring: () => {
      lastInput.current = performance.now();
      dispatch('input');
    },
  };
}
