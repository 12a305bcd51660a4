#!/usr/bin/env bash
# Builds the libFuzzer targets of the CSV, XLSX and iCalendar readers with clang (AddressSanitizer and
# UBSan on) in build-fuzz/ and fuzzes each for a while. See docs/fuzzing.md.
#
#   scripts/fuzz.sh                   every target, 10 minutes each
#   scripts/fuzz.sh --minutes 3 csv   one target, 3 minutes
#
# New inputs that reach new code go to build-fuzz/corpus/<target>/ (the seeds in
# tests/fuzz/corpus/<target>/ are read, never written). A crash stops the run with the
# input in build-fuzz/artifacts/<target>/: fix it and copy the input into
# tests/fuzz/corpus/<target>/, where the ordinary test suite replays it.
set -euo pipefail

# shellcheck source=scripts/deps.sh
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$THUKY_ROOT"

minutes=10
targets=()
while (($# > 0)); do
    case "$1" in
        --minutes)
            (($# >= 2)) || thuky_die "--minutes needs a number"
            [[ "$2" =~ ^[0-9]+$ ]] || thuky_die "--minutes needs a whole number, not '$2'"
            minutes=$2
            shift
            ;;
        csv | xlsx | ics) targets+=("$1") ;;
        -h | --help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) thuky_die "unknown argument $1 (try --help)" ;;
    esac
    shift
done
((${#targets[@]} > 0)) || targets=(csv xlsx ics)

thuky_require_packages build fuzz

build_dir=$THUKY_ROOT/build-fuzz
CC=clang CXX=clang++ thuky_build "$build_dir" RelWithDebInfo \
    -DTHUKY_FUZZ=ON -DTHUKY_BUILD_APPS=OFF -DTHUKY_BUILD_TESTS=OFF -DTHUKY_WERROR=OFF \
    -- "${targets[@]/#/thuky_fuzz_}"

# Qt's one-time allocations are not leaks of a run; everything else stops at the first report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

for target in "${targets[@]}"; do
    corpus=$build_dir/corpus/$target
    artifacts=$build_dir/artifacts/$target/
    mkdir -p "$corpus" "$artifacts"
    thuky_say "Fuzzing $target for $minutes min (corpus: ${corpus#"$THUKY_ROOT"/})"
    # -rss_limit_mb: the readers promise to stay far below it whatever the input.
    "$build_dir/tests/fuzz/thuky_fuzz_$target" "$corpus" "tests/fuzz/corpus/$target" \
        -max_total_time=$((minutes * 60)) -rss_limit_mb=1024 -timeout=10 -max_len=65536 \
        -artifact_prefix="$artifacts" -print_final_stats=1
done
thuky_say "Không có lỗi / no crash found"
