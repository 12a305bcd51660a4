#!/usr/bin/env bash
# Builds everything with warnings as errors and runs the whole test suite, headless.
#
#   scripts/test.sh                 Debug build in build-test/, then every test
#   scripts/test.sh --sanitize      the same with AddressSanitizer + UBSan, in build-asan/
#   scripts/test.sh -- -R 'core: '  arguments after -- go to ctest (here: core tests only)
#
# Exits non-zero when the build or any test fails. Works from any folder.
set -euo pipefail

# shellcheck source=scripts/deps.sh
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$THUKY_ROOT"

sanitize=0
ctest_args=()
while (($# > 0)); do
    case "$1" in
        --sanitize) sanitize=1 ;;
        --) shift; ctest_args+=("$@"); break ;;
        -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) thuky_die "unknown option $1 (try --help)" ;;
    esac
    shift
done

thuky_require_packages build test

cmake_opts=(-DTHUKY_WERROR=ON -DTHUKY_BUILD_APPS=ON -DTHUKY_BUILD_TESTS=ON)
if ((sanitize)); then
    build_dir=$THUKY_ROOT/build-asan
    cmake_opts+=(-DTHUKY_SANITIZE=ON)
    # Stop at the first report, with a stack; LeakSanitizer stays on.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
else
    build_dir=$THUKY_ROOT/build-test
    cmake_opts+=(-DTHUKY_SANITIZE=OFF)
fi

thuky_build "$build_dir" Debug "${cmake_opts[@]}"

# A private, throw-away home for everything the tests might touch: Qt's runtime folder,
# settings and data folders. The user's own database and settings stay out of reach.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/thuky-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export XDG_RUNTIME_DIR=$scratch/runtime
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_CACHE_HOME=$scratch/cache
export QT_QPA_PLATFORM=offscreen

thuky_say "Kiểm thử / running the tests (${THUKY_JOBS} at a time)"
started=$SECONDS
status=0
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error --timeout 600 \
    --parallel "$THUKY_JOBS" "${ctest_args[@]}" || status=$?
if ((status == 0)); then
    thuky_say "Tất cả kiểm thử đều đạt / all tests passed ($((SECONDS - started)) s)"
else
    printf 'Có kiểm thử không đạt / some tests failed (ctest exit %d)\n' "$status" >&2
fi
exit "$status"
