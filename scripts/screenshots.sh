#!/usr/bin/env bash
# Makes the user guide's screenshots again (docs/guide/images/*.png): a fresh office-scale
# demo database with today = 2025-06-16, the real windows under a private Xvfb, driven by
# thuky-screenshots after tests/screenshots/plan.txt, each PNG quantised to 256 colours
# (under 200 KB). Run it whenever the screens change, look at the pictures, commit them.
#
#   scripts/screenshots.sh              every picture of the plan
#   scripts/screenshots.sh NAME…        only these (e.g. programme task-dialog)
#   scripts/screenshots.sh --lang en    the English interface, into docs/guide/images/en/
set -euo pipefail

# shellcheck source=scripts/deps.sh
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$THUKY_ROOT"

lang='vi'
only=()
while (($# > 0)); do
    case "$1" in
        --lang) lang=$2; shift ;;
        --lang=*) lang=${1#--lang=} ;;
        -h | --help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
        -*) thuky_die "unknown option $1 (try --help)" ;;
        *) only+=("$1") ;;
    esac
    shift
done
out=$THUKY_ROOT/docs/guide/images
[[ "$lang" == vi ]] || out=$out/$lang

thuky_require_packages build screenshots
build_dir=${THUKY_SCREENSHOT_BUILD:-$THUKY_ROOT/build-test}
thuky_build "$build_dir" Debug -DTHUKY_BUILD_TESTS=ON -- thuky-cli thuky-screenshots

scratch=$(mktemp -d "${TMPDIR:-/tmp}/thuky-shots.XXXXXX")
xvfb_pid=
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -m 700 "$scratch/runtime"
export XDG_RUNTIME_DIR=$scratch/runtime XDG_CONFIG_HOME=$scratch/config
export XDG_DATA_HOME=$scratch/data XDG_CACHE_HOME=$scratch/cache THUKY_KEY_DIR=$scratch/keys

# The database's path shows in the pictures (status bar, log-in dialog): always the same one.
# One run at a time, then.
data=/tmp/thuky-guide
mkdir -p "$data"
exec 9>"$data/.lock"
flock -n 9 || thuky_die "another scripts/screenshots.sh is running"
db=$data/thuky.sqlite
rm -f "$db" "$db-wal" "$db-shm"
thuky_say "Dữ liệu mẫu / demo data (office, 2025-06-16)"
"$build_dir/src/cli/thuky-cli" --db "$db" --today 2025-06-16 demo --scale office >/dev/null

# A display of our own: the first free number from 90 on.
display=90
while [[ -e /tmp/.X$display-lock || -e /tmp/.X11-unix/X$display ]]; do
    display=$((display + 1))
done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [[ -e /tmp/.X11-unix/X$display ]] && break
    sleep 0.1
done
[[ -e /tmp/.X11-unix/X$display ]] || thuky_die "Xvfb :$display did not start ($(cat "$scratch/xvfb.log"))"

thuky_say "Chụp màn hình / taking the screenshots on :$display → ${out#"$THUKY_ROOT"/}"
mkdir -p "$out"
raw=$scratch/png
run_tool() {
    env -u QT_QPA_PLATFORM DISPLAY=":$display" THUKY_PASSWORD='Thuky@2025' \
        "$build_dir/tests/screenshots/thuky-screenshots" --db "$db" --today 2025-06-16 \
        --lang "$lang" --plan tests/screenshots/plan.txt --out "$raw" "$@"
}
if ((${#only[@]} == 0)); then
    run_tool
else
    for name in "${only[@]}"; do
        run_tool --only "$name"
    done
fi

# 256 colours without dithering keep the text sharp and each picture well under 200 KB.
for png in "$raw"/*.png; do
    name=$(basename "$png")
    pngquant --force --skip-if-larger --nofs --quality 70-95 --speed 1 --strip --output "$out/$name" "$png" ||
        cp "$png" "$out/$name"
    printf '  %-24s %s\n' "$name" "$(du -h "$out/$name" | cut -f1)" >&2
done
thuky_say "Xong / done: hãy xem lại từng ảnh / look at every picture before committing them"
