import type { ErrorEvent, GeoJSONSource, Map as MapLibreMap, MapSourceDataEvent, SourceSpecification } from 'maplibre-gl';
import { assetUrl } from '../config/env';
import { reportDataFileProblem } from '../data/data-file-problems';
import { afterFirstView } from '../state/after-first-view';
import type { Store } from '../state/store';
import { carrierSourceId } from './layers/carrier-layers';
import { plansSourceId, zoneLabelSourceId } from './layers/plan-layers';

/** What MapLibre adds to the events of a source, the error event among them. */
type SourceFields = { sourceId?: string; source?: SourceSpecification };

/** The ids a source's features must have, where the catalog says: the carriers, all zones. */
function expectedIds(sourceId: string, store: Store): ReadonlySet<string> | undefined {
  const { catalog } = store.getState();
  if (catalog.status !== 'ready') return undefined;
  const { zones, carriers } = catalog.catalog;
  if (sourceId === carrierSourceId) return new Set(carriers.map((c) => c.id));
  if (sourceId === zoneLabelSourceId) return new Set(zones.map((z) => z.id));
  return undefined;
}

/**
 * Reports every GeoJSON file the map could not load (missing, not JSON, not GeoJSON) and every one it loaded
 * that is damaged (coordinates outside the world, features of ids the catalog lacks), naming the file and
 * the field, so that a damaged file is never silently drawn as nothing. MapLibre keeps a copy of each loaded
 * file, so the check reads no file twice; it runs once the first view is drawn and the browser is idle, and its
 * code (the GeoJSON schema) is fetched then, not with the first view.
 */
export function bindDataChecks(map: MapLibreMap, store: Store): () => void {
  const urls = new Map<string, string>();
  const checked = new Set<string>();
  const base = assetUrl('');
  const fileOf = (sourceId: string) => {
    const url = urls.get(sourceId) ?? sourceId;
    return url.startsWith(base) ? url.slice(base.length) : url;
  };
  const remember = ({ sourceId, source }: SourceFields) => {
    if (sourceId && source?.type === 'geojson' && typeof source.data === 'string') urls.set(sourceId, source.data);
  };

  const onLoading = (event: MapSourceDataEvent) => remember(event);
  const onLoaded = (event: MapSourceDataEvent) => {
    const { sourceId } = event;
    // The plans' files are checked as they are fetched, before they join their source (plan-source.ts).
    if (event.sourceDataType !== 'metadata' || checked.has(sourceId) || sourceId === plansSourceId) return;
    const source = map.getSource<GeoJSONSource>(sourceId);
    if (source?.type !== 'geojson') return;
    checked.add(sourceId);
    const check = () =>
      void Promise.all([source.getData(), import('../data/geojson-check')]).then(([json, { geojsonProblems }]) => {
        const problems = geojsonProblems(json, expectedIds(sourceId, store));
        if (problems.length) reportDataFileProblem(fileOf(sourceId), problems);
      });
    afterFirstView(store, check, { idleTimeoutMs: 5000 });
  };
  const onError = (event: ErrorEvent) => {
    const { sourceId } = event as ErrorEvent & SourceFields;
    remember(event as ErrorEvent & SourceFields);
    if (sourceId) reportDataFileProblem(fileOf(sourceId), [event.error?.message ?? 'could not be loaded']);
    else console.warn('map:', event.error?.message ?? event);
  };

  map.on('sourcedataloading', onLoading);
  map.on('sourcedata', onLoaded);
  map.on('error', onError);
  return () => {
    map.off('sourcedataloading', onLoading);
    map.off('sourcedata', onLoaded);
    map.off('error', onError);
  };
}
