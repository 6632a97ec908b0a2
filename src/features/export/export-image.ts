import type { CatalogIndex } from '../../data/catalog-index';
import { getMapCanvas, mapIdle } from '../../map/map-canvas';
import { drawExport } from './export-draw';
import { capLegend, exportContent, type ExportState } from './export-content';
import { exportLayout } from './export-layout';
import { qrMatrix } from './qr-matrix';
import { shareUrl } from './share-url';
import { downloadFile } from '../shared/download-file';

export interface ExportedImage {
  blob: Blob;
  fileName: string;
}

/** Composes the current map, its legend, title, credits, date and a QR code of the view into one PNG. */
export async function exportImage(state: ExportState, index: CatalogIndex, now = new Date()): Promise<ExportedImage | undefined> {
  // Half-loaded tiles or fallback fonts would end up in the picture.
  await Promise.all([mapIdle(), document.fonts?.ready]);
  const map = getMapCanvas();
  if (!map || map.width === 0) return undefined;
  const content = exportContent(state, index, shareUrl(window.location.search), now);
  const layout = exportLayout({ mapWidth: map.width, mapHeight: map.height, legendRows: content.legend.length });
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  drawExport(ctx, layout, { ...content, legend: capLegend(content.legend, layout.legend.capacity, state.locale) }, map, qrMatrix(content.qrUrl));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return blob ? { blob, fileName: content.fileName } : undefined;
}

/** Saves the exported image. */
export const download = ({ blob, fileName }: ExportedImage): void => downloadFile(blob, fileName);
