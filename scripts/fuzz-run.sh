#!/usr/bin/env bash
# Runs one fuzz target (built by `make fuzz-build`) as a single process. It starts from the
# committed seeds (Fuzz/Corpus/TARGET), the inputs that once crashed it (Tests/FuzzCrashes/TARGET,
# which the tests read too) and what earlier runs found; it keeps the inputs that reach new code
# in .build-fuzz/corpus/TARGET, and writes one that crashes, hangs (10 s) or takes over 2 GB to
# .build-fuzz/crashes/TARGET-…, exiting non-zero. Further arguments go to libFuzzer
# (-runs=N, -max_total_time=SECONDS, …).
# Usage: scripts/fuzz-run.sh TARGET [libFuzzer flags...]   (TARGET: CSV, Spec, PMB, …)
set -euo pipefail
cd "$(dirname "$0")/.."
target=$1
shift
scratch=.build-fuzz
mkdir -p "$scratch/corpus/$target" "$scratch/crashes"
flags=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=$scratch/crashes/$target-")
if [[ -f Fuzz/Dictionaries/$target.dict ]]; then flags+=("-dict=Fuzz/Dictionaries/$target.dict"); fi
echo "fuzz: $target $*" >&2
# Swift's own crash backtracer would race libFuzzer's handlers (and trip AddressSanitizer).
export SWIFT_BACKTRACE=enable=no
corpora=("$scratch/corpus/$target" "Fuzz/Corpus/$target")
if [[ -d Tests/FuzzCrashes/$target ]]; then corpora+=("Tests/FuzzCrashes/$target"); fi
exec "$scratch/${FUZZ_CONFIG:-debug}/Fuzz$target" "${flags[@]}" "$@" "${corpora[@]}"
