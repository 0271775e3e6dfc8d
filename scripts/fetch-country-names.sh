#!/usr/bin/env bash
# Rebuilds geodata/country-names.csv byte for byte from the Unicode CLDR data that the pinned
# Babel wheel on PyPI ships: fetches the wheel (no dependencies), checks its sha256, and reads the
# locale pickles straight out of the zip (Babel itself is neither installed nor imported).
# Usage: scripts/fetch-country-names.sh   (from anywhere; needs pip and python3)
set -euo pipefail
cd "$(dirname "$0")/.."

BABEL_VERSION=2.18.0
BABEL_WHEEL=babel-2.18.0-py3-none-any.whl
BABEL_SHA256=e2b422b277c2b9a9630c1d7903c2a00d0830c409c59ac8cae9081c92f1aeba35
CLDR_VERSION=47

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pip download --quiet --no-deps --only-binary=:all: -d "$work" "babel==$BABEL_VERSION"
(cd "$work" && sha256sum --check --strict --quiet <<SUMS
$BABEL_SHA256  $BABEL_WHEEL
SUMS
)

python3 - "$work/$BABEL_WHEEL" "$CLDR_VERSION" geodata/country-names.csv <<'PY'
import csv, io, pickle, sys, zipfile
wheel_path, cldr_version, out_path = sys.argv[1:]

# Column -> CLDR locale file. Every one of these has root as its parent (root names no
# territory), so each file alone holds the whole table. zh is Simplified Chinese: CLDR's likely
# subtags make zh zh_Hans_CN, and zh_Hans.dat inherits its territory names from zh.dat unchanged
# (both are checked below).
COLUMNS = [("en", "en"), ("zh", "zh"), ("vi", "vi"), ("th", "th")]

# Two-letter region codes CLDR names that are not ISO 3166-1 assigned country codes.
SKIP = {
    # ISO 3166-1 exceptionally reserved: groupings ...
    "EU", "EZ", "UN",
    # ... and parts of other countries (Ascension, Clipperton, Sark, Diego Garcia,
    # Ceuta & Melilla, Canary Islands, Tristan da Cunha)
    "AC", "CP", "CQ", "DG", "EA", "IC", "TA",
    # user-assigned: Outlying Oceania, the two pseudo-locales, Unknown Region
    "QO", "XA", "XB", "ZZ",
}
# XK (Kosovo) is user-assigned too but kept: CLDR names it and the basemap uses it.


class Inert:
    """Stands in for Babel's own classes (number/date patterns, plural rules) in the pickles."""
    def __init__(self, *args, **kwargs): pass
    def __setstate__(self, state): pass


class LocaleUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module.split(".")[0] == "babel":
            return type(name, (Inert,), {})
        raise pickle.UnpicklingError(f"unexpected global {module}.{name} in Babel locale data")


with zipfile.ZipFile(wheel_path) as wheel:
    def load(name):
        return LocaleUnpickler(io.BytesIO(wheel.read(f"babel/{name}.dat"))).load()

    glob = load("global")
    if str(glob["cldr"]["version"]) != cldr_version:
        sys.exit(f"wheel carries CLDR {glob['cldr']['version']}, expected {cldr_version}")
    if glob["likely_subtags"]["zh"] != "zh_Hans_CN":
        sys.exit(f"CLDR's likely subtags for zh are {glob['likely_subtags']['zh']}, expected zh_Hans_CN")
    for locale in ["root", "zh_Hans"]:
        if load(f"locale-data/{locale}")["territories"]:
            sys.exit(f"{locale}.dat names territories of its own; the table would need them merged")
    names = {column: load(f"locale-data/{locale}")["territories"] for column, locale in COLUMNS}

codes = sorted(code for code in names["en"]
               if len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()
               and code not in SKIP)
rows = []
for code in codes:
    row = [code]
    for column, _ in COLUMNS:
        name = names[column].get(code)
        if not isinstance(name, str) or not name or name != name.strip():
            sys.exit(f"{code}: CLDR gives no usable {column} name ({name!r})")
        row.append(name)
    rows.append(row)

text = io.StringIO()
writer = csv.writer(text, lineterminator="\n")
writer.writerow(["iso2"] + [column for column, _ in COLUMNS])
writer.writerows(rows)
with open(out_path, "w", encoding="utf-8", newline="") as out:
    out.write(text.getvalue())
print(f"{out_path}: {len(rows)} countries from CLDR {cldr_version}")
PY
