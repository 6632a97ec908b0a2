import { useEffect, useState, type RefObject } from 'react';
import { maxZoom, minZoom } from '../../config/view';
import { zoneExtents, type ZoneExtent } from '../../map/zone-extents';
import { useAppStore } from '../../state/store';
import type { Tour } from '../tour/tour-schema';
import { fitCamera, type Bbox, type Insets } from './fit-camera';


/** Room kept clear around the framed tour, so no zone touches the card or a screen edge. */
const margin = 48;

/** The parts of the map the slide covers: the card on the right (landscape) or at the bottom (portrait). */
function coveredInsets(map: DOMRect, card: DOMRect | undefined, bars: DOMRect[]): Insets {
  // A phone lays the slide under the map and its bars above and below it: nothing lies over the map.
  const outside = (r: DOMRect) => r.bottom <= map.top || r.top >= map.bottom;
  if (card && outside(card) && bars.every(outside)) return { top: 24, right: 24, bottom: 24, left: 24 };
  const insets = { top: 96 + margin, right: margin, bottom: 140 + margin, left: margin };
  if (!card) return insets;
  if (card.left - map.left > map.width * 0.4) insets.right = map.right - card.left + margin;
  else insets.bottom = Math.max(insets.bottom, map.bottom - card.top + 170);
  return insets;
}

/**
 * Frames all of the tour's zones at once in the part of the map the slide leaves free, so the audience
 * keeps the whole pattern in view while each step lights one zone. Re-frames when the window resizes
 * (entering full screen, turning a screen).
 */
export function useTourFraming(tour: Tour | undefined, cardRef: RefObject<HTMLElement | null>): void {
  const [extents, setExtents] = useState<Map<string, ZoneExtent>>();
  useEffect(() => {
    let alive = true;
    zoneExtents().then(
      (loaded) => alive && setExtents(loaded),
      (error: unknown) => console.warn('zone extents unavailable; the tour will not be framed', error),
    );
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    if (!tour || !extents) return;
    const boxes = tour.steps.flatMap((step) => {
      const bbox = extents.get(step.zoneId)?.bbox;
      return bbox ? [bbox] : [];
    });
    if (boxes.length === 0) return;
    const box: Bbox = [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ];
    const frame = () => {
      const map = document.querySelector('.app__map')?.getBoundingClientRect();
      if (!map || map.width === 0) return;
      const bars = [...document.querySelectorAll('.present-top, .present__bottom')].map((bar) => bar.getBoundingClientRect());
      const insets = coveredInsets(map, cardRef.current?.getBoundingClientRect(), bars);
      useAppStore.getState().cameraRequested(fitCamera(box, map.width, map.height, insets, [minZoom, Math.min(maxZoom, 13)]));
    };
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
  }, [tour, extents, cardRef]);
}
