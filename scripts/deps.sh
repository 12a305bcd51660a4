# shellcheck shell=bash
# What run.sh and test.sh share: the Debian 12 packages Thuky needs, installing the
# missing ones, and configuring + building a CMake tree. Sourced, never run.
#
#   source scripts/deps.sh
#   thuky_require_packages build          # or: build test, build fuzz, build package,
#                                         #     build screenshots, fresh
#   thuky_build DIR BUILD_TYPE [-DOPTION=VALUE…] [-- TARGET…]
#
# Set THUKY_SKIP_DEPS=1 to skip the package check (another distribution, or a machine
# where the libraries come from elsewhere).

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    echo "scripts/deps.sh is meant to be sourced by scripts/run.sh and scripts/test.sh." >&2
    exit 2
fi

THUKY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# To build the program (find_package lines of CMakeLists.txt, pkg-config modules, the
# GL headers Qt6Gui's CMake package asks for, Qt Charts with the Qt6OpenGL CMake package
# its own asks for, the fonts the documents use, and a proportional UI font that covers
# Vietnamese: without one a bare system gives Qt a monospace font for the whole interface).
THUKY_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libgl-dev qt6-charts-dev libqt6charts6 libqt6opengl6-dev
    libspdlog-dev catch2 libsqlite3-dev libxlsxwriter-dev libzip-dev libsodium-dev libical-dev
    fonts-liberation2 fonts-dejavu-core
)
# For the test suite only: a virtual X server, the sqlite3 shell the tests call, and
# poppler's pdftotext/pdffonts/pdfinfo that check the PDFs written. The DOCX test also
# converts with LibreOffice when `soffice` is there (libreoffice-writer-nogui), and is
# skipped otherwise: it is too large to install for everyone. cpack's DEB generator needs
# `file` and dpkg-shlibdeps (dpkg-dev) for the package's trial install (tests/package),
# which validates the menu entry with desktop-file-validate.
THUKY_TEST_PACKAGES=(xvfb xauth sqlite3 poppler-utils file dpkg-dev desktop-file-utils)
# For scripts/package.sh: cpack's DEB generator, the checks, and rsvg-convert for --icons.
THUKY_PACKAGE_PACKAGES=(file dpkg-dev desktop-file-utils appstream lintian librsvg2-bin)
# For scripts/screenshots.sh: its own X server and the PNG quantiser.
THUKY_SCREENSHOT_PACKAGES=(xvfb xauth pngquant)
# For scripts/fresh-install-test.sh: a Debian 12 root to install the package into, the X
# server, xdotool to log in, ImageMagick's `import` for the screenshots, poppler for the PDF.
THUKY_FRESH_PACKAGES=(debootstrap xvfb xdotool imagemagick poppler-utils)
# For scripts/fuzz.sh only: clang with libFuzzer and the sanitizer runtimes.
THUKY_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# Bold headings on a terminal, plain text in CI logs.
if [[ -t 2 ]]; then
    thuky_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
else
    thuky_say() { printf '==> %s\n' "$*" >&2; }
fi
thuky_die() { printf 'Lỗi / Error: %s\n' "$*" >&2; exit 1; }

thuky_jobs() { nproc 2>/dev/null || echo 2; }

# Prints the packages of the arguments that are not installed, one per line.
thuky_missing_packages() {
    local pkg
    for pkg in "$@"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]]; then
            echo "$pkg"
        fi
    done
}

# thuky_require_packages build [test]: installs what is missing (as root) or says how to.
# Costs one dpkg-query per package when everything is there; apt-get only runs when needed.
thuky_require_packages() {
    [[ "${THUKY_SKIP_DEPS:-0}" == 1 ]] && return 0
    if ! command -v dpkg-query >/dev/null 2>&1; then
        thuky_say "Không phải Debian/Ubuntu: bỏ qua kiểm tra gói. Not Debian/Ubuntu: skipping the package check."
        thuky_say "Cần / Needs: ${THUKY_BUILD_PACKAGES[*]}"
        return 0
    fi
    local wanted=() set
    for set in "$@"; do
        case "$set" in
            build) wanted+=("${THUKY_BUILD_PACKAGES[@]}") ;;
            test) wanted+=("${THUKY_TEST_PACKAGES[@]}") ;;
            fuzz) wanted+=("${THUKY_FUZZ_PACKAGES[@]}") ;;
            package) wanted+=("${THUKY_PACKAGE_PACKAGES[@]}") ;;
            screenshots) wanted+=("${THUKY_SCREENSHOT_PACKAGES[@]}") ;;
            fresh) wanted+=("${THUKY_FRESH_PACKAGES[@]}") ;;
            *) thuky_die "unknown package set '$set'" ;;
        esac
    done
    local missing
    mapfile -t missing < <(thuky_missing_packages "${wanted[@]}")
    ((${#missing[@]} == 0)) && return 0

    if [[ "$(id -u)" != 0 ]]; then
        printf 'Thiếu gói / Missing packages: %s\n' "${missing[*]}" >&2
        printf 'Cài bằng lệnh / Install them with:\n\n    sudo apt-get install %s\n\n' "${missing[*]}" >&2
        printf 'rồi chạy lại / then run this script again.\n' >&2
        exit 1
    fi
    thuky_say "Cài các gói còn thiếu / installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q || thuky_die "apt-get update failed"
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null ||
        thuky_die "apt-get install failed"
}

# thuky_build DIR BUILD_TYPE [CMAKE_ARG…] [-- TARGET…]: configures DIR (Ninja for a new
# tree; an existing tree keeps its generator) and builds the targets (all when none are
# given) on every core.
thuky_build() {
    local dir=$1 type=$2
    shift 2
    local args=(-S "$THUKY_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE="$type")
    [[ -f "$dir/CMakeCache.txt" ]] || args+=(-G Ninja)
    while (($# > 0)) && [[ "$1" != -- ]]; do
        args+=("$1")
        shift
    done
    (($# > 0)) && shift # the --
    local targets=()
    (($# > 0)) && targets=(--target "$@")

    thuky_say "CMake ($type) → ${dir#"$THUKY_ROOT"/}"
    cmake "${args[@]}" >/dev/null || thuky_die "CMake configure failed in $dir"
    : "${THUKY_JOBS:=$(thuky_jobs)}"
    thuky_say "Biên dịch / building${*:+ $*} with $THUKY_JOBS jobs"
    cmake --build "$dir" --parallel "$THUKY_JOBS" "${targets[@]}" || thuky_die "build failed in $dir"
}
