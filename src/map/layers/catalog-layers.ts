import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Catalog } from '../../data/catalog-schema';
import { carrierLayers, carrierNamesState, carrierSources } from './carrier-layers';
import { planLabelLayers, planLayers, planSources, zoneNamesState } from './plan-layers';
import { namesByLocale, type NamesByLocale } from './zone-expressions';

/** What the catalog adds to the base style: sources, shapes (beneath the base labels), labels (on top) and names. */
export interface CatalogLayers {
  sources: Record<string, SourceSpecification>;
  shapes: LayerSpecification[];
  labels: LayerSpecification[];
  /** The global state the labels read the zones' and carriers' names from. */
  names: Record<string, NamesByLocale>;
}

/** Names for global states the catalog has not filled yet, so the labels' lookups always find an object. */
export const noNames = (): Record<string, NamesByLocale> => ({
  [zoneNamesState]: { zh: {}, en: {} },
  [carrierNamesState]: { zh: {}, en: {} },
});

/**
 * Carriers are drawn once the catalog that names them is in: the first view's index has none (its zoom is
 * below the carriers' anyway), and their file is not fetched for it.
 */
export function catalogLayers(catalog: Catalog, url: (path: string) => string): CatalogLayers {
  const carriers = catalog.carriers.length ? carrierLayers() : { shapes: [], labels: [] };
  return {
    sources: { ...planSources(url), ...(catalog.carriers.length ? carrierSources(url) : {}) },
    shapes: [...planLayers(), ...carriers.shapes],
    // Plan names go above place names, so that where they collide the plan's name shows.
    labels: [...carriers.labels, ...planLabelLayers()],
    names: {
      ...noNames(),
      [zoneNamesState]: namesByLocale(catalog.zones.map((zone) => [zone.id, zone.name])),
      ...(catalog.carriers.length ? { [carrierNamesState]: namesByLocale(catalog.carriers.map((carrier) => [carrier.id, carrier.name])) } : {}),
    },
  };
}
