// `npx tsx bench/split-sizes.ts`: the first view's app JavaScript (gzip), without the browser runs of `npm run bench`.
import { buildAppSplit } from './lib/build';

const all = await buildAppSplit();
const chunks = all.filter((c) => c.group === 'app');
const sum = (list: typeof chunks) => list.reduce((total, c) => total + c.gzip, 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const modules = (chunk: (typeof chunks)[number], n: number) =>
  chunk.topModules
    ?.slice(0, n)
    .map((m) => m.id.replace(/^.*node_modules\//, ''))
    .join(', ');
/**
 * What the first view fetches: the entry and the chunks it imports statically. It fetches no other chunk of the
 * app before it is drawn (tests/e2e/app-loads.test.ts checks that on a desktop and a phone), and its index is
 * checked without zod (src/data/first-view-check.ts), so this is all of it.
 */
const firstView = chunks.filter((c) => c.initial).sort((a, b) => b.gzip - a.gzip);
const later = chunks.filter((c) => !c.initial).sort((a, b) => b.gzip - a.gzip);

console.log(`first view, app JS excl. maplibre-gl and react: ${kB(sum(firstView))} gzip (target ≤ 45 kB): the entry and its static imports`);
for (const chunk of firstView) console.log(`  ${chunk.file.padEnd(40)} ${kB(chunk.gzip)}  ${modules(chunk, 5)}`);
console.log(`deferred chunks: ${kB(sum(later))} gzip in ${later.length} chunks, fetched on first use (panels, presentation, export, print and search also once the first view is drawn and the browser idle); the largest:`);
for (const chunk of later.slice(0, 5)) console.log(`  ${chunk.file.padEnd(40)} ${kB(chunk.gzip)}  ${modules(chunk, 3)}`);
