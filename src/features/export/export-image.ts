import { assetUrl } from '../../config/env';
import type { CatalogIndex } from '../../data/catalog-index';
import { lensScope } from '../../data/lens-scope';
import { lensSubjectOf } from '../../state/slices/lens-slice';
import { boxesOf, captureFramed } from '../../map/map-canvas';
import type { PlanMap } from '../../map/plan-map';
import { downloadFile } from '../shared/download-file';
import { drawExport } from './export-draw';
import { capLegend, exportContent, type ExportState } from '../shared/export-content';
import { exportLayout } from './export-layout';
import { outerRings, type Rings } from './export-locator';
import { qrMatrix } from '../shared/qr-matrix';
import { shareUrl } from '../../state/url';
import { currentSearch } from '../../state/address-bar';
import { panelMessages } from '../../i18n/messages-panels';

export interface ExportedImage {
  blob: Blob;
  fileName: string;
  /** What the exported map shows: [west, south, east, north]. */
  bounds: [number, number, number, number];
}

/** Suzhou's district outlines for the locator inset; none when they cannot be read (the inset is left out). */
async function cityRings(): Promise<Rings> {
  try {
    const response = await fetch(assetUrl('geojson/base/districts.geojson'));
    return response.ok ? outerRings(await response.json()) : [];
  } catch {
    return [];
  }
}

/** What the image is about, as boxes to frame: the selected zone, else the lens's places (zones and carriers). */
async function subjectBoxes(state: ExportState, index: CatalogIndex) {
  if (state.selectedZoneId) return boxesOf([state.selectedZoneId]);
  const subject = lensSubjectOf(state);
  const scope = subject ? lensScope(index, subject) : undefined;
  if (!scope) return [];
  return boxesOf(scope.zoneIds, scope.carrierIds);
}

/**
 * Composes one PNG: the map framed on what the image is about (the selected zone, or the lens's places) with
 * all of Suzhou as a locator inset, the title, the industries that say why this place, the legend, credits,
 * date and a QR code of the view. The user's own camera is put back afterwards.
 */
export async function exportImage(
  planMap: PlanMap | undefined,
  state: ExportState,
  index: CatalogIndex,
  now = new Date(),
): Promise<ExportedImage | undefined> {
  const [boxes, rings] = await Promise.all([subjectBoxes(state, index), cityRings(), document.fonts?.ready]);
  const content = exportContent(state, index, shareUrl(currentSearch()), now);
  const drawn = await captureFramed(planMap, boxes, ({ canvas: map, bounds }) => {
    if (map.width === 0) return undefined;
    const layout = exportLayout({ mapWidth: map.width, mapHeight: map.height, legendRows: content.legend.length, industries: Boolean(content.industries) });
    const canvas = document.createElement('canvas');
    canvas.width = layout.width;
    canvas.height = layout.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    const locator = boxes.length && rings.length ? { rings, shown: bounds, caption: panelMessages[state.locale].takeawayLocator } : undefined;
    drawExport(ctx, layout, { ...content, legend: capLegend(content.legend, layout.legend.capacity, state.locale) }, { map, qr: qrMatrix(content.qrUrl), ...(locator ? { locator } : {}) });
    return { canvas, bounds };
  });
  if (!drawn) return undefined;
  const blob = await new Promise<Blob | null>((resolve) => drawn.canvas.toBlob(resolve, 'image/png'));
  return blob ? { blob, fileName: content.fileName, bounds: drawn.bounds } : undefined;
}

/** Saves the exported image. */
export const download = ({ blob, fileName }: Pick<ExportedImage, 'blob' | 'fileName'>): void => downloadFile(blob, fileName);
