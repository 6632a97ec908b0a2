import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { assetUrl } from '../config/env';
import type { CatalogIndex } from '../data/catalog-index';
import type { Catalog } from '../data/catalog-schema';
import { reportDataFileProblem } from '../data/data-file-problems';
import { DataFileError, fetchDataFile } from '../data/fetch-data-file';
import { zoneColors } from '../data/zone-colors';
import { joinedPlans, planFeatures } from './layers/plan-features';
import { planFilePath, plansSourceId } from './layers/plan-layers';

/** What one map's plans' source holds, and which plans' files are on their way. */
interface PlanSourceState {
  loaded: Map<string, Feature[]>;
  requested: Set<string>;
  removed: boolean;
  /** Settles once every file asked for so far has been joined into the source, or has failed. */
  joined: Promise<void>;
}

const states = new WeakMap<MapLibreMap, PlanSourceState>();

function stateOf(map: MapLibreMap): PlanSourceState {
  let state = states.get(map);
  if (!state) {
    const created: PlanSourceState = { loaded: new Map(), requested: new Set(), removed: false, joined: Promise.resolve() };
    map.once('remove', () => (created.removed = true));
    states.set(map, (state = created));
  }
  return state;
}

const colorsByCatalog = new WeakMap<Catalog, Map<string, string>>();
/** Every zone's colour key, worked out once per catalog. */
function colorsOf(catalog: Catalog): Map<string, string> {
  let colors = colorsByCatalog.get(catalog);
  if (!colors) colorsByCatalog.set(catalog, (colors = zoneColors(catalog)));
  return colors;
}

/**
 * A plan's features, checked before they join the one source every plan shares: a damaged file is named to
 * the user, and only its sound features are drawn, so that one bad file cannot take the other plans with it.
 */
async function fetchPlan(index: CatalogIndex, planId: string): Promise<Feature[]> {
  const file = planFilePath(planId);
  // The check's code (zod) is fetched beside the plan's file, not with the first view's scripts.
  const [json, { geojsonProblems }] = await Promise.all([
    fetchDataFile(assetUrl(file), (problems) => new DataFileError(file, problems)),
    import('../data/geojson-check'),
  ]);
  const problems = geojsonProblems(json, new Set(index.zonesOfPlan(planId).map((zone) => zone.id)));
  const colors = colorsOf(index.catalog);
  if (problems.length === 0) return planFeatures(planId, json as FeatureCollection, colors);
  reportDataFileProblem(file, problems);
  const features: unknown = (json as { features?: unknown })?.features;
  const sound = Array.isArray(features) ? features.filter((f) => geojsonProblems({ type: 'FeatureCollection', features: [f] }).length === 0) : [];
  return planFeatures(planId, { type: 'FeatureCollection', features: sound as Feature[] }, colors);
}

/**
 * Fetches the files of the plans in `planIds` that have not been asked for yet and joins their features into
 * the plans' source, in catalog order (the drawing order), once all of them are in: a lens that brings in many
 * plans sets the source's data once. Features stay once joined, so a plan switched off and on again costs a
 * filter, not a request; a file that failed is fetched again the next time its plan is wanted.
 */
export function loadPlanFeatures(map: MapLibreMap, index: CatalogIndex, planIds: Iterable<string>): void {
  const state = stateOf(map);
  const missing = [...planIds].filter((id) => !state.requested.has(id));
  if (missing.length === 0) return;
  missing.forEach((id) => state.requested.add(id));
  const arrivals = missing.map((planId) =>
    fetchPlan(index, planId).then(
      (features) => void state.loaded.set(planId, features),
      (error: unknown) => {
        state.requested.delete(planId);
        if (error instanceof DataFileError) reportDataFileProblem(error.file, error.problems);
        else console.warn(`plan ${planId}: its shapes could not be drawn`, error);
      },
    ),
  );
  const joined = Promise.all(arrivals).then(async () => {
    if (state.removed) return;
    await tilesSettled(map, plansSourceId);
    if (state.removed) return;
    const order = index.catalog.plans.map((plan) => plan.id);
    await map
      .getSource<GeoJSONSource>(plansSourceId)
      ?.setData(joinedPlans(order, state.loaded))
      .catch((error: unknown) => console.warn('plans: their shapes could not be drawn', error));
  });
  state.joined = Promise.all([state.joined, joined]).then(() => undefined);
}

/**
 * Settles, within a drawn frame, once none of the source's tiles is being laid out. New data set while a tile
 * is laid out again for a new filter can leave MapLibre with that tile's features from the new data and its
 * index from the old, and the tile then fails every query ("feature index out of bounds") until it is laid
 * out again; so the plans' data is set only between layouts. The frame's own style changes have been sent
 * by then, and the data is set before anything else can change a filter.
 */
function tilesSettled(map: MapLibreMap, sourceId: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!map.getSource(sourceId) || map.isSourceLoaded(sourceId)) {
        map.off('render', check);
        resolve();
      }
    };
    map.on('render', check);
    map.triggerRepaint();
  });
}

/**
 * Lays the plans' tiles out afresh from the data they hold, for a tile MapLibre can no longer query (see
 * tilesSettled): done when the map is idle, so no layout is under way.
 */
export function relayPlanTiles(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => {
      const source = map.getSource<GeoJSONSource>(plansSourceId);
      if (!source) return resolve();
      source
        .getData()
        .then((data) => source.setData(data))
        .catch((error: unknown) => console.warn('plans: their tiles could not be laid out again', error))
        .finally(resolve);
    });
    map.triggerRepaint();
  });
}

/** Settles once the plans' files asked for so far are in the map's plans' source (or have failed). */
export const plansJoined = (map: MapLibreMap): Promise<void> => stateOf(map).joined;
