/**
 * A chevron pointing along the line, drawn once into pixels so the style needs no sprite sheet. It is an
 * SDF-style image (white on transparent) so each axis layer tints it with its own colour.
 */
export function arrowImage(size = 24): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const mid = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two strokes meeting at the tip (x = 0.75·size): |dy| ≈ (tip − x) within a band of half-width 2.2 px.
      const dx = size * 0.75 - x;
      const inside = dx >= 0 && dx <= size * 0.45 && Math.abs(Math.abs(y - mid) - dx) < 2.2;
      if (inside) data.set([255, 255, 255, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
