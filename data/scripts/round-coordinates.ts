/** RFC 7946 asks for no more precision than is meaningful: 6 decimals is ~0.1 m. */
export function roundCoordinates<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 1e6) / 1e6) as T;
  if (Array.isArray(value)) return value.map(roundCoordinates) as T;
  return value;
}
