#!/usr/bin/env bash
# CTest "package: trial install": makes the .deb of the build tree BUILD_DIR with CPack
# (its binaries as built, stripped; no new compilation) into a scratch folder and runs
# check_package.sh on it. Skipped (exit 77) where the Debian packaging tools are missing.
#
#   tests/package/trial_install.sh BUILD_DIR
set -uo pipefail
build_dir=${1:?usage: trial_install.sh BUILD_DIR}
for tool in cpack dpkg-deb dpkg-shlibdeps file; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing (scripts/deps.sh's test set installs it)"
        exit 77
    fi
done
out=$(mktemp -d "${TMPDIR:-/tmp}/thuky-cpack.XXXXXX")
trap 'rm -rf "$out"' EXIT
# gzip instead of xz: the test's package is thrown away, and xz costs most of the time.
if ! cpack -G DEB -B "$out" --config "$build_dir/CPackConfig.cmake" \
        -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log"
    exit 1
fi
deb=$(find "$out" -maxdepth 1 -name 'thuky_*_amd64.deb' | head -n 1)
[[ -n "$deb" ]] || { echo "cpack made no thuky_*_amd64.deb"; cat "$out/cpack.log"; exit 1; }
exec "$(dirname "${BASH_SOURCE[0]}")/check_package.sh" "$deb"
