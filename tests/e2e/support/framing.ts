import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { waitForMapIdle } from './browser';

type Bbox = [number, number, number, number];

const labels = JSON.parse(readFileSync('public/geojson/zone-labels.geojson', 'utf8')) as FeatureCollection<Point, { id: string; bbox: Bbox }>;

/** A zone's extent, [west, south, east, north], from the label file the data build writes. */
export function zoneBbox(zoneId: string): Bbox {
  const bbox = labels.features.find((f) => f.properties.id === zoneId)?.properties.bbox;
  if (!bbox) throw new Error(`no extent for ${zoneId}`);
  return bbox;
}

/** Resolves once the camera has arrived where the last action asked it to frame, and the map is drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.__suzhouMap!.getContainer().dataset.framing !== 'pending' && !window.__suzhouMap!.isMoving(),
    undefined,
    { timeout: 20_000 },
  );
  await waitForMapIdle(page);
}

export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a zone's extent lies on the page, in CSS pixels. */
export async function zoneOnScreen(page: Page, zoneId: string): Promise<ScreenBox> {
  const [west, south, east, north] = zoneBbox(zoneId);
  return page.evaluate(
    ([w, s, e, n]) => {
      const map = window.__suzhouMap!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const a = map.project([w!, n!]);
      const b = map.project([e!, s!]);
      return { left: canvas.left + a.x, top: canvas.top + a.y, right: canvas.left + b.x, bottom: canvas.top + b.y };
    },
    [west, south, east, north],
  );
}

export const overlaps = (a: ScreenBox, b: ScreenBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export async function boxOf(page: Page, selector: string): Promise<ScreenBox> {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}
