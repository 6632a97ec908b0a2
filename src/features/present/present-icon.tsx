/** A screen with a play mark: the sign of every way into presentation mode. */
export function PresentIcon({ size = 18 }: { size?: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width={size} height={size}>
      <path d="M3 4h18v12H3z M12 16v4 M8 20h8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M10 7.5v5l4-2.5z" fill="currentColor" />
    </svg>
  );
}
