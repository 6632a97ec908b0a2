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
  sources: 6,
} as const;

/** Width / height of the brief's map picture (print.css); the map is framed so the zone fits inside it. */
export const briefMapAspect = 3 / 2;
