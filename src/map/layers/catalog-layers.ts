import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Catalog } from '../../data/catalog-schema';
import { carrierLayers, carrierSources } from './carrier-layers';
import { planLabelLayers, planLayers, planSources } from './plan-layers';

/** What the catalog adds to the base style: sources, shapes (beneath the base labels) and labels (on top). */
export interface CatalogLayers {
  sources: Record<string, SourceSpecification>;
  shapes: LayerSpecification[];
  labels: LayerSpecification[];
}

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
  };
}
