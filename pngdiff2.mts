import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
const [fa, fb] = process.argv.slice(2);
const a = PNG.sync.read(readFileSync(fa!)); const b = PNG.sync.read(readFileSync(fb!));
let diff = 0; let minx = 1e9, miny = 1e9, maxx = -1, maxy = -1;
for (let y = 0; y < a.height; y++) for (let x = 0; x < a.width; x++) { const i = (y * a.width + x) * 4;
  if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 24) { diff++; minx = Math.min(minx, x); miny = Math.min(miny, y); maxx = Math.max(maxx, x); maxy = Math.max(maxy, y); } }
console.log(diff, diff ? `box ${minx},${miny}–${maxx},${maxy}` : '');
