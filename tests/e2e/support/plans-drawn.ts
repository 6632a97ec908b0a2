import type { Page } from 'playwright-core';
import { drawnParts, planLayerId, plansSourceId } from '../../../src/map/layers/plan-layers';

/**
 * What the map draws of the plans, as a person sees it: the features it rendered in view. Every plan's zones
 * are drawn by one set of layers from one source, each feature carrying its `id` and its plan's `planId`.
 */
export const drawnLayers = drawnParts.map(planLayerId);

export interface DrawnZone {
  id: string;
  planId: string;
}

/** Every zone the map renders in view now, each once, with its plan. */
export function zonesInView(page: Page): Promise<DrawnZone[]> {
  return page.evaluate(async (layers) => {
    const map = window.__suzhouMap!;
    const drawn = () => new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    // MapLibre's feature index can briefly disagree with tiles being replaced ("feature index out of
    // bounds"): asked again, up to five times, each once the map has drawn.
    for (let attempt = 1; ; attempt++) {
      try {
        const seen = new Map<string, string>();
        for (const f of map.queryRenderedFeatures({ layers })) seen.set(String(f.properties.id), String(f.properties.planId));
        return [...seen].map(([id, planId]) => ({ id, planId }));
      } catch (error) {
        if (attempt === 5) throw error;
        await drawn();
      }
    }
  }, drawnLayers);
}

/** The plans whose zones the map renders in view now. */
export async function plansInView(page: Page): Promise<string[]> {
  return [...new Set((await zonesInView(page)).map((zone) => zone.planId))];
}

/** Whether the zone's plan is drawn in view, and the zone itself among the features the map rendered. */
export async function zoneRendered(page: Page, planId: string, zoneId: string): Promise<{ visible: boolean; rendered: boolean }> {
  const zones = await zonesInView(page);
  return { visible: zones.some((zone) => zone.planId === planId), rendered: zones.some((zone) => zone.id === zoneId) };
}

/** Waits until the map renders zones of the plan in view, or none. */
export function planDrawn(page: Page, planId: string, drawn: boolean) {
  return page.waitForFunction(
    ([layers, id, wanted]) => {
      try {
        return window.__suzhouMap!.queryRenderedFeatures({ layers }).some((f) => f.properties.planId === id) === wanted;
      } catch {
        return false; // tiles being replaced (see zonesInView): asked again at the next poll
      }
    },
    [drawnLayers, planId, drawn] as const,
  );
}

/** A zone's feature state on the map: the flags the bindings set (selected, lensed, dimmed …). */
export function zoneFlags(page: Page, zoneId: string): Promise<Record<string, unknown>> {
  return page.evaluate(([source, id]) => window.__suzhouMap!.getFeatureState({ source, id }), [plansSourceId, zoneId] as const);
}

/** Waits until a zone's flag on the map is `on`. */
export function zoneFlagIs(page: Page, zoneId: string, flag: string, on: boolean) {
  return page.waitForFunction(
    ([source, id, name, wanted]) => Boolean(window.__suzhouMap!.getFeatureState({ source, id })[name]) === wanted,
    [plansSourceId, zoneId, flag, on] as const,
  );
}
