import type { FramingTarget } from '../../../state/slices/map-slice';
import type { TourStep } from '../../../data/tour-schema';

/** What the camera frames for a step: its zone, or the zones and closest zoom the tour's data names. */
export const stepFraming = (step: TourStep): FramingTarget => ({
  zoneIds: step.frame?.zoneIds ?? [step.zoneId],
  ...(step.frame?.maxZoom !== undefined ? { maxZoom: step.frame.maxZoom } : {}),
});
