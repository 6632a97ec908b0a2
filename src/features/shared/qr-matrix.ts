import qrcode from 'qrcode-generator';

/** A QR code as rows of dark (true) and light modules, without the quiet zone. */
export type QrMatrix = boolean[][];

/**
 * Error correction 'M' (15 %) keeps a long view link at a version a phone reads from a printed 25 mm square;
 * type number 0 lets the library pick the smallest version that fits.
 */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  // The library's byte mode keeps only the low byte of each UTF-16 unit; hand it UTF-8 bytes instead.
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** One SVG path for all dark modules, in module units: small to print and crisp at any size. */
export function qrPath(matrix: QrMatrix): string {
  return matrix
    .flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : [])))
    .join('');
}
