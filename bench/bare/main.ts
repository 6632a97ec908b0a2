/// <reference types="vite/client" />
// The baseline: MapLibre alone drawing the app's style, created with the same options as src/map/create-map.ts.
import type { Feature, FeatureCollection } from 'geojson';
import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { joinedPlans, planFeatures } from '../../src/map/layers/plan-features';
import { planFilePath, plansSourceId } from '../../src/map/layers/plan-layers';
import { styleWithPlans } from '../lib/style-plans';

type Bounds = [[number, number], [number, number]];
declare const __BARE_STYLE__: StyleSpecification;
declare const __BARE_VIEW__: {
  bounds: Bounds;
  maxBounds: Bounds;
  minZoom: number;
  maxZoom: number;
  plans: string[];
  planOrder: string[];
  zoneColors: [string, string][];
  dataOrigin: string;
};
declare const __BARE_IMAGES__: { id: string; width: number; height: number; data: number[]; sdf: boolean }[];

// The harness sizes the map like the app's map area (the app has a header and a side panel).
const size = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
if (size.get('w')) container.style.width = `${size.get('w')}px`;
if (size.get('h')) container.style.height = `${size.get('h')}px`;

// Ships MapLibre's worker as a file of the build, as the app does.
setWorkerUrl(new URL(workerUrl, location.href).href);

// The plans of the app's first view, or those a scenario names (`?plans=a,b`), as the app's map holds them:
// each plan's file fetched and its features joined into the one plans' source, which the layers filter.
const zoneColors = new Map(__BARE_VIEW__.zoneColors);
const plans = size.get('plans')?.split(',') ?? __BARE_VIEW__.plans;
const planFiles = Promise.all(
  plans.map(async (id): Promise<[string, Feature[]]> => {
    const file = (await (await fetch(`${__BARE_VIEW__.dataOrigin}/${planFilePath(id)}`)).json()) as FeatureCollection;
    return [id, planFeatures(id, file, zoneColors)];
  }),
);

const map = new MapLibreMap({
  container,
  style: styleWithPlans(__BARE_STYLE__, plans),
  bounds: __BARE_VIEW__.bounds,
  fitBoundsOptions: { padding: 24 },
  maxBounds: __BARE_VIEW__.maxBounds,
  minZoom: __BARE_VIEW__.minZoom,
  maxZoom: __BARE_VIEW__.maxZoom,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  attributionControl: false,
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
map.touchZoomRotate.disableRotation();
map.keyboard.disableRotation();
map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
// Images the style uses but cannot carry (the app draws them in code), supplied on demand as the app does.
map.on('styleimagemissing', ({ id }) => {
  const image = __BARE_IMAGES__.find((i) => i.id === id);
  if (image && !map.hasImage(id)) map.addImage(id, { ...image, data: new Uint8Array(image.data) }, { sdf: image.sdf });
});
map.once('load', async () => {
  await map.getSource<GeoJSONSource>(plansSourceId)!.setData(joinedPlans(__BARE_VIEW__.planOrder, new Map(await planFiles)));
  map.once('idle', () => performance.mark('map-idle'));
});
window.__suzhouMap = map;
