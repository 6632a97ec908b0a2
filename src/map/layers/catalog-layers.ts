import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Catalog } from '../../data/catalog-schema';
import { zoneColors } from '../../data/zone-colors';
import { carrierLayers, carrierSources } from './carrier-layers';
import { planLabelLayers, planLayers, planSources } from './plan-layers';

/** What the catalog adds to the base style: sources, shapes (beneath the base labels) and labels (on top). */
export interface CatalogLayers {
  sources: Record<string, SourceSpecification>;
  shapes: LayerSpecification[];
  labels: LayerSpecification[];
}

export function catalogLayers(catalog: Catalog, url: (path: string) => string): CatalogLayers {
  const carriers = carrierLayers(catalog);
  return {
    sources: { ...planSources(catalog, url), ...carrierSources(url) },
    shapes: [...planLayers(catalog, zoneColors(catalog)), ...carriers.shapes],
    // Plan names go above place names, so that where they collide the plan's name shows.
    labels: [...carriers.labels, ...planLabelLayers(catalog)],
  };
}
