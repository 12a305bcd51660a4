#!/usr/bin/env bash
# Builds the Debian package of Thuky: a Release build in build-package/, then CPack.
#
#   scripts/package.sh              build-package/thuky_<version>_amd64.deb, then the checks
#   scripts/package.sh --no-check   only the package (no lintian, desktop-file-validate,
#                                   appstreamcli, no trial install)
#   scripts/package.sh --icons      render packaging/icons/*.png again from packaging/thuky.svg
#
# The checks: desktop-file-validate, appstreamcli validate, lintian (errors fail the script,
# warnings are printed), and the trial install of tests/package/check_package.sh. Their
# tools come from the `package` set of scripts/deps.sh, installed as root when missing.
set -euo pipefail

# shellcheck source=scripts/deps.sh
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$THUKY_ROOT"

check=1
while (($# > 0)); do
    case "$1" in
        --no-check) check=0 ;;
        --icons)
            thuky_require_packages package
            for size in 16 22 24 32 48 64 128 256; do
                rsvg-convert -w "$size" -h "$size" packaging/thuky.svg -o "packaging/icons/thuky-$size.png"
            done
            thuky_say "packaging/icons/ rendered from packaging/thuky.svg"
            exit 0 ;;
        -h | --help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) thuky_die "unknown option $1 (try --help)" ;;
    esac
    shift
done

if ((check)); then
    thuky_require_packages build package
else
    thuky_require_packages build
fi

# Debian's hardening flags, as dpkg-buildflags gives them, so lintian finds them.
cflags="-O2 -D_FORTIFY_SOURCE=2 -fstack-protector-strong -Wformat -Werror=format-security"
ldflags="-Wl,-z,relro -Wl,-z,now"
build_dir=$THUKY_ROOT/build-package
thuky_build "$build_dir" Release -DTHUKY_BUILD_TESTS=OFF -DTHUKY_WERROR=OFF \
    "-DCMAKE_CXX_FLAGS_RELEASE=$cflags -DNDEBUG" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" \
    -- thuky thuky-cli thuky_package_files

thuky_say "CPack → $build_dir"
rm -f "$build_dir"/thuky_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null) || thuky_die "cpack failed"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
deb=$build_dir/thuky_${version}_amd64.deb
[[ -f "$deb" ]] || thuky_die "no $deb"
thuky_say "Gói / package: $deb ($(du -h "$deb" | cut -f1))"
((check)) || exit 0

tests/package/check_package.sh "$deb"

thuky_say "lintian"
lintian_out=$(lintian --tag-display-limit 0 --info "$deb" 2>&1) || true
printf '%s\n' "$lintian_out"
if grep -q '^E:' <<<"$lintian_out"; then
    thuky_die "lintian found errors"
fi
thuky_say "Gói đạt mọi kiểm tra / the package passed every check: $deb"
