import type { ExportContent, LegendEntry } from '../shared/export-content';
import { legendSlot, type ExportLayout, type Rect, type TextSlot } from './export-layout';
import { drawLocator, type Rings } from './export-locator';
import type { QrMatrix } from '../shared/qr-matrix';
import { uiColors } from '../../config/design-tokens';

// A canvas cannot read CSS variables: it takes the same tokens from their module.
const { ink, inkSoft, paper, rule, accent } = uiColors;
const fontStack = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

type Ctx = CanvasRenderingContext2D;

/**
 * Breaks text into at most `maxLines` lines of `maxWidth`: after a list separator where it can, anywhere in a
 * word of Chinese otherwise. The last line ends in an ellipsis when text is left over.
 */
export function wrapText(ctx: Ctx, text: string, maxWidth: number, maxLines: number): string[] {
  const pieces = text.split(/(?<=[、，,;；]\s?|\s)/u);
  const lines: string[] = [];
  let line = '';
  const push = (piece: string) => {
    if (!line || ctx.measureText(line + piece).width <= maxWidth) {
      line += piece;
      return;
    }
    lines.push(line.trimEnd());
    line = piece.trimStart();
  };
  for (const piece of pieces) {
    if (ctx.measureText(piece).width <= maxWidth) push(piece);
    else for (const char of piece) push(char);
  }
  if (line) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(ctx, `${kept[maxLines - 1]}${lines.slice(maxLines).join('')}`, maxWidth);
  return kept;
}

/** Shortens text with an ellipsis until it fits; canvas text would otherwise run off the image. */
export function fitText(ctx: Ctx, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let chars = [...text];
  while (chars.length > 1 && ctx.measureText(`${chars.join('')}…`).width > maxWidth) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

function write(ctx: Ctx, text: string, slot: TextSlot, { weight = 400, color = ink, align = 'left' as CanvasTextAlign } = {}) {
  ctx.font = `${weight} ${slot.size}px ${fontStack}`;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(fitText(ctx, text, slot.maxWidth), slot.x, slot.y);
}

/** The legend key in the shapes of the map symbols, like the layer panel's swatches. */
function swatch(ctx: Ctx, entry: Extract<LegendEntry, { type: 'zone' }>, x: number, y: number, size: number) {
  const w = size * 1.6;
  const h = size;
  ctx.save();
  ctx.strokeStyle = entry.color;
  ctx.fillStyle = entry.color;
  if (entry.kind === 'axis' || entry.kind === 'corridor') {
    ctx.lineWidth = h * 0.28;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(x, y + h / 2);
    ctx.lineTo(x + w * 0.78, y + h / 2);
    ctx.moveTo(x + w * 0.62, y + h * 0.15);
    ctx.lineTo(x + w, y + h / 2);
    ctx.lineTo(x + w * 0.62, y + h * 0.85);
    ctx.stroke();
  } else if (entry.kind === 'cluster') {
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, h * 0.38, 0, Math.PI * 2);
    ctx.fill();
  } else {
    const band = entry.kind === 'ring' || entry.kind === 'belt';
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, band ? h / 2 : h * 0.15);
    ctx.globalAlpha = band ? 0.35 : 0.25;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = Math.max(1, h * 0.12);
    ctx.stroke();
  }
  ctx.restore();
}

function drawLegend(ctx: Ctx, layout: ExportLayout, entries: LegendEntry[]) {
  const { legend } = layout;
  const key = Math.round(legend.textSize * 0.8);
  entries.forEach((entry, i) => {
    const { x, y } = legendSlot(layout, i);
    const mid = y + legend.rowHeight / 2;
    const slot = { x, y: mid + legend.textSize * 0.36, size: legend.textSize, maxWidth: legend.columnWidth - legend.textSize };
    if (entry.type === 'zone') {
      swatch(ctx, entry, x, mid - key / 2, key);
      write(ctx, entry.text, { ...slot, x: x + key * 2.1, maxWidth: slot.maxWidth - key * 2.1 });
    } else if (entry.type === 'plan') write(ctx, entry.text, slot, { weight: 700 });
    else write(ctx, entry.text, slot, { color: inkSoft });
  });
}

/** Draws the QR code with its quiet zone on white, on whole pixels so a phone camera reads it crisply. */
export function drawQr(ctx: Ctx, matrix: QrMatrix, box: Rect) {
  const n = matrix.length;
  const cell = Math.max(1, Math.floor(box.width / (n + 8)));
  const side = cell * (n + 8);
  const x0 = Math.round(box.x + (box.width - side) / 2);
  const y0 = Math.round(box.y + (box.height - side) / 2);
  ctx.fillStyle = uiColors.qrLight;
  ctx.fillRect(x0, y0, side, side);
  ctx.fillStyle = uiColors.qrDark;
  matrix.forEach((row, r) => row.forEach((dark, c) => dark && ctx.fillRect(x0 + (c + 4) * cell, y0 + (r + 4) * cell, cell, cell)));
}

export interface ExportPicture {
  map: CanvasImageSource;
  qr: QrMatrix;
  /** The outline of Suzhou and the extent the map shows, for the locator inset; absent when not framed. */
  locator?: { rings: Rings; shown: [number, number, number, number]; caption: string };
}

export function drawExport(ctx: Ctx, layout: ExportLayout, content: ExportContent, { map, qr, locator }: ExportPicture) {
  const s = layout.scale;
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = accent;
  ctx.fillRect(0, 0, layout.width, Math.round(6 * s));

  write(ctx, content.eyebrow, layout.eyebrow, { weight: 700, color: accent });
  write(ctx, content.title, layout.title, { weight: 700 });
  write(ctx, content.subtitle, layout.subtitle, { color: inkSoft });
  write(ctx, content.date, layout.date, { color: inkSoft, align: 'right' });

  const { map: m } = layout;
  ctx.drawImage(map, m.x, m.y, m.width, m.height);
  ctx.fillStyle = rule;
  ctx.fillRect(0, m.y - 1, layout.width, 1);
  ctx.fillRect(0, m.y + m.height, layout.width, 1);
  if (locator) drawLocator(ctx, layout.locator, locator.rings, locator.shown, locator.caption, s);

  if (content.industries && layout.industries) {
    const { title, lines } = layout.industries;
    write(ctx, content.industries.title, title, { weight: 700, color: inkSoft });
    const slot = lines[0]!;
    ctx.font = `400 ${slot.size}px ${fontStack}`;
    wrapText(ctx, content.industries.text, slot.maxWidth, lines.length).forEach((text, i) => write(ctx, text, lines[i]!));
  }

  write(ctx, content.legendTitle, layout.legendTitle, { weight: 700, color: inkSoft });
  drawLegend(ctx, layout, content.legend);
  drawQr(ctx, qr, layout.qr);
  write(ctx, content.qrCaption, layout.qrCaption, { color: inkSoft, align: 'center' });

  ctx.fillStyle = rule;
  ctx.fillRect(layout.footer.x, layout.footerRule, layout.footer.maxWidth, Math.max(1, Math.round(s)));
  write(ctx, content.footer, layout.footer, { color: inkSoft });
}
