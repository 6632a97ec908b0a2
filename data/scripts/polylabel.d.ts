declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon's rings: the inside point farthest from any edge. */
  export default function polylabel(polygon: number[][][], precision?: number): number[] & { distance: number };
}
