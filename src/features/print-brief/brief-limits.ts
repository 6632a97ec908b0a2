/** A list kept to `max` items for a one-page brief; `more` is how many were left out. */
export interface Capped<T> {
  shown: T[];
  more: number;
}

export function capList<T>(items: readonly T[], max: number): Capped<T> {
  if (items.length <= max) return { shown: [...items], more: 0 };
  // One row goes to "… and N more", so cutting never saves just a single item.
  const keep = Math.max(0, max - 1);
  return { shown: items.slice(0, keep), more: items.length - keep };
}

/** How many of each list a page holds, found by printing the fullest zones of the catalog to A4. */
export const briefCaps = {
  industries: 24,
  carriers: 8,
  targets: 4,
  sources: 4,
} as const;

/**
 * The brief's map picture: 108 mm × 72 mm on paper (print.css), i.e. 408 × 272 CSS pixels. The map is drawn at
 * that size, so its labels (10 px and up) print at 7.5 pt and up, and at 3 device pixels per CSS pixel for print.
 */
export const briefMap = { width: 408, height: 272, pixelRatio: 3 } as const;
