// `npx tsx bench/split-sizes.ts`: the first view's app JavaScript (gzip), without the browser runs of `npm run bench`.
import { buildAppSplit } from './lib/build';

const all = await buildAppSplit();
const chunks = all.filter((c) => c.group === 'app');
const byFile = new Map(all.map((c) => [c.file, c]));
const sum = (list: typeof chunks) => list.reduce((total, c) => total + c.gzip, 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const initial = chunks.filter((c) => c.initial).sort((a, b) => b.gzip - a.gzip);
/**
 * The first-view index's loader and its check (zod): imported by the entry as soon as it runs, beside the index
 * that index.html preloads. On the first view's network, but not before the map is created.
 */
const atStart = new Set<string>();
const visit = (file: string) => {
  const chunk = byFile.get(file);
  if (!chunk || chunk.initial || chunk.group !== 'app' || atStart.has(file)) return;
  atStart.add(file);
  chunk.imports.forEach(visit);
};
chunks.filter((c) => c.name === 'load-first-view').forEach((c) => visit(c.file));
const started = chunks.filter((c) => atStart.has(c.file));

console.log(`first view, app JS excl. maplibre-gl and react: ${kB(sum(initial))} gzip (the entry and its static imports)`);
for (const chunk of initial) console.log(`  ${chunk.file.padEnd(40)} ${kB(chunk.gzip)}  ${chunk.topModules?.slice(0, 5).map((m) => m.id.replace(/^.*node_modules\//, '')).join(', ')}`);
console.log(`fetched at start beside the index (its loader and check): ${kB(sum(started))} gzip, ${kB(sum(initial) + sum(started))} with the above`);
for (const chunk of started) console.log(`  ${chunk.file.padEnd(40)} ${kB(chunk.gzip)}  ${chunk.topModules?.slice(0, 3).map((m) => m.id.replace(/^.*node_modules\//, '')).join(', ')}`);
const later = chunks.filter((c) => !c.initial && !atStart.has(c.file));
console.log(`deferred chunks: ${kB(sum(later))} gzip in ${later.length} chunks`);
