// `npx tsx bench/split-sizes.ts`: the first view's app JavaScript (gzip), without the browser runs of `npm run bench`.
import { buildAppSplit } from './lib/build';

const chunks = (await buildAppSplit()).filter((c) => c.group === 'app');
const sum = (list: typeof chunks) => list.reduce((total, c) => total + c.gzip, 0);
const initial = chunks.filter((c) => c.initial).sort((a, b) => b.gzip - a.gzip);
console.log(`first view, app JS excl. maplibre-gl and react: ${(sum(initial) / 1000).toFixed(1)} kB gzip`);
for (const chunk of initial) console.log(`  ${chunk.file.padEnd(40)} ${(chunk.gzip / 1000).toFixed(1)} kB  ${chunk.topModules?.slice(0, 5).map((m) => m.id.replace(/^.*node_modules\//, '')).join(', ')}`);
console.log(`deferred chunks: ${(sum(chunks.filter((c) => !c.initial)) / 1000).toFixed(1)} kB gzip in ${chunks.filter((c) => !c.initial).length} chunks`);
