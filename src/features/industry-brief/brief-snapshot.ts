import type { LensScope } from '../../data/lens-scope';
import { cameraForPlaces, getMapCanvas, mapIdle } from '../../map/map-canvas';
import type { PlanMap } from '../../map/plan-map';
import { useAppStore } from '../../state/store';
import { shareUrl } from '../../state/url';
import { currentSearch } from '../../state/address-bar';

/** Width / height of the brief's map picture (industry-brief.css); the map is framed so every place fits in it. */
export const briefMapAspect = 3 / 2;

export interface BriefSnapshot {
  mapImage?: string;
  url: string;
  now: Date;
}

/**
 * Frames every place of the lens on the map, waits for it to be drawn, and takes the picture and the link that
 * reopens the same view (read after the camera moved, so the QR code opens the framed lens).
 */
export async function takeBriefSnapshot(planMap: PlanMap | undefined, scope: LensScope): Promise<BriefSnapshot> {
  const camera = await cameraForPlaces(planMap, scope.zoneIds, scope.carrierIds, briefMapAspect);
  if (camera) useAppStore.getState().cameraRequested(camera);
  await mapIdle(planMap);
  const canvas = getMapCanvas(planMap);
  const mapImage = canvas && canvas.width > 0 ? canvas.toDataURL('image/png') : undefined;
  return { mapImage, url: shareUrl(currentSearch()), now: new Date() };
}
