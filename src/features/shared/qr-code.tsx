import { useMemo } from 'react';
import { qrMatrix, qrPath } from './qr-matrix';
import { uiColors } from '../../config/design-tokens';

/** A QR code as crisp vector art with its 4-module quiet zone, for screen and print alike. */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const matrix = useMemo(() => qrMatrix(text), [text]);
  const size = matrix.length + 8;
  return (
    <svg className={className} viewBox={`-4 -4 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="qr-code">
      <rect x={-4} y={-4} width={size} height={size} fill={uiColors.qrLight} />
      <path d={qrPath(matrix)} fill={uiColors.qrDark} />
    </svg>
  );
}
