import { PNG } from 'pngjs';
import { readFileSync, readdirSync } from 'node:fs';
for (const f of readdirSync('/tmp/i10/after').filter((f) => f.endsWith('.png'))) {
  const a = PNG.sync.read(readFileSync(`/tmp/i10/before/${f}`));
  const b = PNG.sync.read(readFileSync(`/tmp/i10/after/${f}`));
  if (a.width !== b.width || a.height !== b.height) { console.log(f, 'size differs'); continue; }
  let diff = 0; let minx = 1e9, miny = 1e9, maxx = -1, maxy = -1;
  for (let y = 0; y < a.height; y++) for (let x = 0; x < a.width; x++) {
    const i = (y * a.width + x) * 4;
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 24) { diff++; minx = Math.min(minx, x); miny = Math.min(miny, y); maxx = Math.max(maxx, x); maxy = Math.max(maxy, y); }
  }
  console.log(f.padEnd(28), diff, diff ? `box ${minx},${miny}–${maxx},${maxy}` : '');
}
