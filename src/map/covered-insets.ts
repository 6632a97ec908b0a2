export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

type Side = keyof Insets;

/** However much is covered, the camera keeps at least this share of each dimension to frame in. */
const minFreeShare = 0.3;

/**
 * How far in from each edge of the map things lie over it (a floating panel, a slide card, a caption): each
 * overlay is kept clear by pushing in the one edge that costs the least map, so a caption at the bottom
 * lifts the bottom edge and a card on the right narrows the map from the right. Pure, tested without a DOM.
 */
export function coveredInsets(map: Box, overlays: Box[]): Insets {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  if (width <= 0 || height <= 0) return insets;
  for (const o of overlays) {
    const overlaps = o.left < map.right && o.right > map.left && o.top < map.bottom && o.bottom > map.top;
    if (!overlaps) continue;
    const needed: Record<Side, number> = {
      left: o.right - map.left,
      right: map.right - o.left,
      top: o.bottom - map.top,
      bottom: map.bottom - o.top,
    };
    // The free area each choice leaves; the largest wins.
    const freeArea = (side: Side) =>
      side === 'left' || side === 'right' ? (width - needed[side]) * height : width * (height - needed[side]);
    const side = (Object.keys(needed) as Side[]).reduce((best, s) => (freeArea(s) > freeArea(best) ? s : best));
    insets[side] = Math.max(insets[side], needed[side]);
  }
  // Something covering nearly everything (a full-screen overlay) must not leave the camera nowhere to frame.
  const fit = (a: Side, b: Side, size: number) => {
    const spare = insets[a] + insets[b] - size * (1 - minFreeShare);
    if (spare <= 0) return;
    const total = insets[a] + insets[b];
    insets[a] -= (spare * insets[a]) / total;
    insets[b] -= (spare * insets[b]) / total;
  };
  fit('left', 'right', width);
  fit('top', 'bottom', height);
  return insets;
}
