import type { Page } from 'playwright-core';
import { drawnParts, planLayerId, planParts, plansSourceId } from '../../src/map/layers/plan-layers';
import { planPartFilter, type LayerState } from '../../src/map/layers/plan-visibility';

/**
 * In-page timing for the explore scenario, in the page's own clock. Strings, because tsx would wrap the inner
 * closures of a serialised function in a `__name` helper that does not exist in the page.
 */

export interface Camera {
  center: [number, number];
  zoom: number;
}

/** Waits for the map's next `idle` (the frame after a change is drawn and nothing more is pending). */
export const nextIdle = (page: Page) =>
  page.evaluate(`new Promise((resolve) => window.__suzhouMap.once('idle', () => resolve(performance.now())))`) as Promise<number>;

/**
 * Waits until the browser draws frames at its normal pace again (three in a row within 25 ms of each other):
 * a software-rendered frame keeps the page's next frames waiting for a while after the map's `idle`, and a
 * press measured during that wait would be charged for the frame before it.
 */
export const framesSettled = (page: Page) =>
  page.evaluate(`new Promise((resolve) => {
    const started = performance.now();
    let last = started;
    let quiet = 0;
    const tick = (now) => {
      quiet = now - last < 25 ? quiet + 1 : 0;
      last = now;
      if (quiet >= 3 || now - started > 5000) resolve(now - started);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`) as Promise<number>;

export const cameraOf = (page: Page) =>
  page.evaluate(`(() => { const m = window.__suzhouMap; const c = m.getCenter(); return { center: [c.lng, c.lat], zoom: m.getZoom() }; })()`) as Promise<Camera>;

export const mapSizeOf = (page: Page) =>
  page.evaluate(`(() => { const r = window.__suzhouMap.getContainer().getBoundingClientRect(); return { width: Math.round(r.width), height: Math.round(r.height) }; })()`) as Promise<{ width: number; height: number }>;

/**
 * Watches every click with the browser's Event Timing API: a `click` entry's startTime + duration is when the
 * browser presented the first frame after the click's handlers ran (what Interaction to Next Paint measures).
 * Entries shorter than 16 ms are not reported; such a click painted within 16 ms of its event.
 */
export const installClickProbe = (page: Page, press: 'mousedown' | 'pointerdown' = 'mousedown') =>
  page.evaluate(`(() => {
    const probe = { clicks: [] };
    window.__clickProbe = probe;
    addEventListener('${press}', (event) => { probe.pressedAt = event.timeStamp; }, { capture: true });
    addEventListener('click', (event) => { probe.clicks.push({ pressedAt: probe.pressedAt, clickAt: event.timeStamp }); }, { capture: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'click') continue;
        const click = probe.clicks.find((c) => Math.abs(c.clickAt - entry.startTime) < 1);
        if (click) Object.assign(click, { paintedAt: entry.startTime + entry.duration, handledAt: entry.processingEnd });
      }
    }).observe({ type: 'event', durationThreshold: 16 });
  })()`);

export interface ClickTiming {
  /** The press's event time (mousedown, or pointerdown for a touch). */
  pressedAt: number;
  clickAt: number;
  /** The first frame presented after the click's handlers ran. */
  paintedAt: number;
  /** When the click's handlers had run (unknown when the browser reported no entry). */
  handledAt?: number;
  /** True when the browser reported no entry (the frame came within 16 ms) and paintedAt is clickAt + 16. */
  bounded: boolean;
}

/** The latest click's timing, once the browser has reported its paint (or clearly will not). */
export const lastClick = (page: Page) =>
  page.evaluate(`new Promise((resolve) => {
    const probe = window.__clickProbe;
    const click = probe.clicks[probe.clicks.length - 1];
    const started = performance.now();
    const poll = () => {
      if (click.paintedAt !== undefined) resolve({ ...click, bounded: false });
      else if (performance.now() - started > 3000) resolve({ ...click, paintedAt: click.clickAt + 16, bounded: true });
      else setTimeout(poll, 50);
    };
    poll();
  })`) as Promise<ClickTiming>;

/**
 * A small button that only changes its own colour when clicked, in the page's top left. Its click → next paint
 * is the floor: what presenting any frame costs on this machine, with the page's own layers but no work.
 */
export const floorButtonId = 'bench-floor-button';
export const addFloorButtonScript = `(() => {
  const button = document.createElement('button');
  button.id = ${JSON.stringify(floorButtonId)};
  button.textContent = '·';
  button.style.cssText = 'position:fixed;left:600px;top:12px;z-index:9999;width:30px;height:20px;background:#eeeeee';
  button.addEventListener('click', () => {
    button.style.background = button.style.background === 'rgb(238, 238, 238)' ? '#dddddd' : '#eeeeee';
  });
  document.body.append(button);
})()`;

export interface PanelTimes {
  /** The panel's title shows the name. */
  inDom: number;
  /** The map's first `idle` with the change drawn. */
  mapDrawn: number;
}

export const zoneCardTitle = '[data-testid="zone-card"] h2';
const drawnLayerIds = drawnParts.map(planLayerId);
export const lensTitle = '#lens-detail-title';

/**
 * A zone whose state shows that the map has taken a change in: once `flag` is set and the zone is among the
 * features the map rendered, the change is drawn at that `idle` (a zone's plan may still be on its way).
 */
export interface DrawnWhen {
  id: string;
  flag: string;
}

/**
 * Armed before the press (awaited, so that it is in place before the input arrives): `window.__panelTimes`
 * resolves with the time a panel's title shows `name`, and the time of the map's first `idle` at which the
 * feature has the flag (the frame that drew the change has been rendered).
 */
export const armPanelTimesScript = (title: string, name: string, drawn: DrawnWhen) => `window.__panelTimes = new Promise((resolve, reject) => {
  const title = ${JSON.stringify(title)};
  const name = ${JSON.stringify(name)};
  const drawn = ${JSON.stringify(drawn)};
  const map = window.__suzhouMap;
  const times = {};
  const done = () => times.inDom !== undefined && times.mapDrawn !== undefined && resolve(times);
  const onIdle = () => {
    const now = performance.now();
    if (!map.getFeatureState({ source: ${JSON.stringify(plansSourceId)}, id: drawn.id })[drawn.flag]) return;
    const layers = ${JSON.stringify(drawnLayerIds)};
    if (!map.queryRenderedFeatures({ layers, filter: ['==', ['get', 'id'], drawn.id] }).length) return;
    map.off('idle', onIdle);
    times.mapDrawn = now;
    done();
  };
  map.on('idle', onIdle);
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (document.querySelector(title)?.textContent !== name) return;
    observer.disconnect();
    times.inDom = performance.now();
    done();
  };
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  check();
  setTimeout(() => reject(new Error(title + ' did not show ' + name + ' with the map drawn within 10 s; it shows ' + (document.querySelector(title)?.textContent ?? 'nothing'))), 10000);
}); undefined;`;

/** Shows only the given plans on the bare page (the plan layers' filters choose them) and sets the camera. */
export const bareViewScript = (planIds: string[], camera: Camera) => `new Promise((resolve) => {
  const map = window.__suzhouMap;
  for (const { id, filter } of ${JSON.stringify(planParts.map((part) => ({ id: planLayerId(part), filter: planPartFilter(part, planIds) })))}) map.setFilter(id, filter);
  map.jumpTo(${JSON.stringify(camera)});
  map.once('idle', resolve);
})`;

export interface FeatureFlags {
  /** source id → feature id → the states to set. */
  [source: string]: Record<string, Record<string, boolean>>;
}

const setFlags = (flags: FeatureFlags) => `
  for (const [source, features] of Object.entries(${JSON.stringify(flags)}))
    for (const [id, state] of Object.entries(features)) map.setFeatureState({ source, id }, state);`;

/**
 * Arms the bare page's answer to the next click on the map: it sets the feature states a click on the zone sets
 * in the app, as the smallest MapLibre page would. `window.__bareDrawn` then resolves with the next `idle`.
 */
export const armBareClickScript = (flags: FeatureFlags) => `(() => {
  const map = window.__suzhouMap;
  window.__bareDrawn = new Promise((resolve) => {
    map.once('click', () => {
      map.once('idle', () => resolve(performance.now()));
      ${setFlags(flags)}
    });
  });
})()`;

/** Layer visibility, filters and paint set as the app's bindings set them (applyLayerStates): only what differs. */
const setLayerStates = (states: LayerState[]) => `
  for (const s of ${JSON.stringify(states)}) {
    if (!map.getLayer(s.id)) continue;
    if ((map.getLayoutProperty(s.id, 'visibility') ?? 'visible') !== s.visibility) map.setLayoutProperty(s.id, 'visibility', s.visibility);
    if (JSON.stringify(map.getFilter(s.id) ?? null) !== JSON.stringify(s.filter)) map.setFilter(s.id, s.filter);
    for (const [name, value] of Object.entries(s.paint ?? {}))
      if (JSON.stringify(map.getPaintProperty(s.id, name)) !== JSON.stringify(value)) map.setPaintProperty(s.id, name, value);
  }`;

/**
 * The bare page's baseline for a change that does not start on the map: set layer states, feature states and
 * the camera the way the app's map bindings do (each optional), and time the next `idle` from the change.
 */
export const bareRepaintScript = (flags: FeatureFlags, camera?: Camera, states?: LayerState[]) => `new Promise((resolve) => {
  const map = window.__suzhouMap;
  const started = performance.now();
  map.once('idle', () => resolve(performance.now() - started));
  ${states ? setLayerStates(states) : ''}
  ${setFlags(flags)}
  ${camera ? `map.jumpTo(${JSON.stringify(camera)});` : ''}
})`;
