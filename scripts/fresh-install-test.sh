#!/usr/bin/env bash
# Installs a Thuky .deb with apt on a fresh Debian 12 (bookworm, debootstrap --variant=minbase)
# in a folder, as a new machine would, and checks it from inside: the programs start, the menu
# entry, icon, man pages and bash completion are in place, the fonts are right, and the
# application opens under X (its log-in window and, after logging in, its main window are
# photographed for a person to look at). See docs/packaging.md.
#
#   scripts/fresh-install-test.sh [OPTION…] [DEB]
#
#   DEB              the package (default: the newest build-package/thuky_*_amd64.deb)
#   --root DIR       the Debian root, remade on every run (default /tmp/thuky-fresh-root)
#   --cache DIR      where the base system is kept between runs
#                    (default ${XDG_CACHE_HOME:-~/.cache}/thuky)
#   --refresh        bootstrap the base system again instead of reusing the cached one
#   --mirror URL     the Debian mirror (default http://deb.debian.org/debian)
#   --recommends     let apt install the package's Recommends too (default: Depends only,
#                    as on a machine with APT::Install-Recommends "false": the stricter test)
#   --display :N     the X display to start Thuky on; an Xvfb is started there when none runs
#                    (default :97)
#   --shots PREFIX   the screenshots: PREFIX-first-run.png (started as from the menu),
#                    PREFIX-login.png, PREFIX-main.png, PREFIX-report.png
#                    (default /tmp/thuky-fresh)
#   --keep           keep the root afterwards (to look around: chroot DIR)
#
# Needs root (debootstrap, chroot, mount) and the network. Exits 0 when every check passed,
# 1 with the failures listed otherwise; 2 on a wrong option. Not part of .ci/run or CTest.
# shellcheck disable=SC2016 # the dpkg-query formats (${Package}…) are dpkg's, not the shell's
set -euo pipefail

# shellcheck source=scripts/deps.sh
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$THUKY_ROOT"

root=/tmp/thuky-fresh-root
cache=${XDG_CACHE_HOME:-$HOME/.cache}/thuky
refresh=0
mirror=http://deb.debian.org/debian
recommends=0
display=:97
shots=/tmp/thuky-fresh
keep=0
deb=""
while (($# > 0)); do
    case "$1" in
        --root) root=${2:?--root needs a folder}; shift ;;
        --cache) cache=${2:?--cache needs a folder}; shift ;;
        --refresh) refresh=1 ;;
        --mirror) mirror=${2:?--mirror needs a URL}; shift ;;
        --recommends) recommends=1 ;;
        --display) display=${2:?--display needs :N}; shift ;;
        --shots) shots=${2:?--shots needs a prefix}; shift ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '2,26s/^# \{0,1\}//p' "$0"; exit 0 ;;
        -*) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
        *) deb=$1 ;;
    esac
    shift
done
[[ "$display" =~ ^:[0-9]+$ ]] || { echo "--display wants :N, not $display" >&2; exit 2; }

[[ "$(id -u)" == 0 ]] || thuky_die "run as root: debootstrap, chroot and mount need it (sudo $0 …)"
thuky_require_packages fresh

if [[ -z "$deb" ]]; then
    deb=$(find build-package -maxdepth 1 -name 'thuky_*_amd64.deb' -printf '%T@ %p\n' 2>/dev/null |
        sort -rn | head -n 1 | cut -d' ' -f2-) || true
    [[ -n "$deb" ]] || thuky_die "no build-package/thuky_*_amd64.deb: run scripts/package.sh first, or name the .deb"
fi
[[ -f "$deb" ]] || thuky_die "no such package: $deb"
deb=$(realpath "$deb")
root=$(realpath -m "$root")
[[ "$root" != / && "$root" != "$(realpath -m "$THUKY_ROOT")" ]] || thuky_die "--root $root cannot be used"

# Mounts under the root, deepest first.
mounts_under() { awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r; }
unmount_all() {
    local m
    for m in $(mounts_under); do
        umount "$m" 2>/dev/null || umount -l "$m" || echo "WARNING: could not unmount $m" >&2
    done
}
xvfb_pid=""
app_pid=""
owned=0 # set once this run has made the root: never unmount or remove another run's
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
    ((owned)) || return 0
    unmount_all
    if ((keep == 0)) && [[ -z "$(mounts_under)" && -f "$root/.thuky-fresh-root" ]]; then
        rm -rf --one-file-system "$root"
    fi
    return 0
}
trap cleanup EXIT

# --- The base system: debootstrap once, then a tarball in the cache --------------------
base=$cache/debian-12-minbase.tar.gz
mkdir -p "$cache"
if ((refresh)) || [[ ! -f "$base" ]]; then
    thuky_say "debootstrap --variant=minbase bookworm ($mirror) → $base"
    work=$(mktemp -d "$cache/bootstrap.XXXXXX")
    debootstrap --variant=minbase bookworm "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
        tail -n 20 "$work/debootstrap.log" >&2
        rm -rf --one-file-system "$work"
        thuky_die "debootstrap failed (log above)"
    }
    # A Debian 12 as the installer leaves it: the point-release updates and security too.
    cat >"$work/root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
    cp /etc/resolv.conf "$work/root/etc/resolv.conf"
    chroot "$work/root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        sh -c 'apt-get update -q && apt-get upgrade -y -q && apt-get clean' >>"$work/debootstrap.log" 2>&1 || {
        tail -n 20 "$work/debootstrap.log" >&2
        rm -rf --one-file-system "$work"
        thuky_die "apt-get upgrade of the base failed (log above)"
    }
    if ! { tar -C "$work/root" --numeric-owner -czf "$base.part" . && mv "$base.part" "$base"; }; then
        rm -rf --one-file-system "$work"
        thuky_die "could not write $base"
    fi
    rm -rf --one-file-system "$work"
else
    thuky_say "Debian 12 base system: $base ($(date -r "$base" '+%Y-%m-%d'); --refresh makes it again)"
fi

# --- A fresh root from it ------------------------------------------------------------------
if [[ -e "$root" ]]; then
    [[ -z "$(mounts_under)" ]] || thuky_die "$root still has mounts (another run?): $(mounts_under | tr '\n' ' ')"
    if [[ -n "$(ls -A "$root")" && ! -f "$root/.thuky-fresh-root" ]]; then
        thuky_die "$root is not empty and was not made by this script; choose another --root"
    fi
    rm -rf --one-file-system "$root"
fi
mkdir -p "$root"
touch "$root/.thuky-fresh-root"
owned=1
tar -C "$root" --numeric-owner -xzf "$base"
touch "$root/.thuky-fresh-root"

mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" 2>/dev/null ||
    { mkdir -p "$root/dev/shm" && mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"; }
mkdir -p "$root/dev/pts" && mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# Inside the root: as root (apt) or as the new machine's user `canbo` (uid 1000).
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root \
    DEBIAN_FRONTEND=noninteractive "$@"; }
user_env=(HOME=/home/canbo USER=canbo LOGNAME=canbo LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin
    XDG_RUNTIME_DIR=/tmp/xdg-canbo)
as_user() { chroot --userspec=1000:1000 "$root" /usr/bin/env -i "${user_env[@]}" "$@"; }

failures=0
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
pass() { printf 'ok:   %s\n' "$*"; }
check() { # check NAME COMMAND…
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}

debian_version=$(cat "$root/etc/debian_version")
thuky_say "Debian $debian_version in $root: apt-get update"
in_root apt-get update -q >/dev/null || thuky_die "apt-get update failed in the root"
in_root apt-get upgrade -y -q >/dev/null || thuky_die "apt-get upgrade failed in the root"
debian_version=$(cat "$root/etc/debian_version")
in_root useradd -m -u 1000 -s /bin/bash canbo
install -d -m 700 -o 1000 -g 1000 "$root/tmp/xdg-canbo"

# --- The install ---------------------------------------------------------------------------
in_root dpkg-query -W -f '${Package}\n' | sort >"$root/tmp/before.txt"
in_root apt-get clean # measured as after the install, without apt's caches
size_before=$(du -smx "$root" | cut -f1)
cp "$deb" "$root/tmp/"
apt_opts=(-y)
((recommends)) || apt_opts+=(--no-install-recommends)
thuky_say "apt-get install ${apt_opts[*]} ./$(basename "$deb") (Debian $debian_version)"
if ! in_root sh -c "cd /tmp && apt-get install ${apt_opts[*]} ./$(basename "$deb")" >"$root/tmp/apt.log" 2>&1; then
    tail -n 30 "$root/tmp/apt.log"
    thuky_die "apt-get install of the package failed on a fresh Debian $debian_version (log above)"
fi
grep -E '^(Need to get|After this operation)' "$root/tmp/apt.log" | sed 's/^/      apt: /' || true
in_root dpkg-query -W -f '${Package}\n' | sort >"$root/tmp/after.txt"
new_packages=$(comm -13 "$root/tmp/before.txt" "$root/tmp/after.txt")
rm -f "$root/tmp/$(basename "$deb")"
in_root apt-get clean # what stays on the disk, without the archives apt downloaded
size_after=$(du -smx "$root" | cut -f1)
printf '      %d packages installed (%d MB more on the disk; the base system with its apt lists: %d MB)\n' \
    "$(wc -l <<<"$new_packages")" "$((size_after - size_before))" "$size_before"
printf '      %s\n' "$(tr '\n' ' ' <<<"$new_packages" | fold -s -w 90 | sed '2,$s/^/      /')"
check "dpkg: thuky installed ($(in_root dpkg-query -W -f '${Version}' thuky))" \
    test "$(in_root dpkg-query -W -f '${Status}' thuky)" = "install ok installed"

# --- The programs --------------------------------------------------------------------------
thuky_say "Checks inside the root, as the user canbo"
usage=$(as_user thuky-cli --lang en --help 2>&1) || true
check "thuky-cli --help" grep -q '^Commands:' <<<"$usage"
check "thuky-cli --db /tmp/x.sqlite init" as_user thuky-cli --db /tmp/x.sqlite init
check "thuky --exit-after-paint (offscreen)" \
    as_user env QT_QPA_PLATFORM=offscreen timeout 60 thuky --db /tmp/x.sqlite --exit-after-paint

# --- The menu entry, icon, man pages, completion ------------------------------------------
desktop=$root/usr/share/applications/thuky.desktop
menu_exec=thuky
if [[ -f "$desktop" ]]; then
    pass "menu entry /usr/share/applications/thuky.desktop"
    key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
    check "menu: Name=$(key Name)" test "$(key Name)" = Thuky
    check "menu: GenericName (en) $(key GenericName)" test -n "$(key GenericName)"
    check "menu: GenericName[vi] $(key 'GenericName\[vi\]')" grep -q 'Vụ Thư ký' <<<"$(key 'GenericName\[vi\]')"
    check "menu: Comment[vi] in Vietnamese" grep -q 'Văn phòng Quốc hội' <<<"$(key 'Comment\[vi\]')"
    check "menu: in the Office menu ($(key Categories))" grep -q '\bOffice;' <<<"$(key Categories)"
    check "menu: Exec=$(key Exec) is on the PATH" as_user sh -c "command -v '$(key Exec | cut -d' ' -f1)' >/dev/null"
    menu_exec=$(key Exec)
    icon=$(key Icon)
    for size in 16x16 48x48 256x256 scalable; do
        ext=png
        [[ $size == scalable ]] && ext=svg
        check "icon hicolor/$size/apps/$icon.$ext" test -s "$root/usr/share/icons/hicolor/$size/apps/$icon.$ext"
    done
else
    fail "no menu entry /usr/share/applications/thuky.desktop"
fi
for page in thuky thuky-cli; do
    check "man page $page(1)" sh -c "gzip -dc '$root/usr/share/man/man1/$page.1.gz' | grep -q '^\.TH'"
done
completion=$root/usr/share/bash-completion/completions/thuky-cli
check "bash completion /usr/share/bash-completion/completions/thuky-cli" \
    sh -c "test -s '$completion' && bash -n '$completion'"
check "user guide /usr/share/doc/thuky/guide/index.md" test -s "$root/usr/share/doc/thuky/guide/index.md"

# --- Fonts (fontconfig's tools come with the `fontconfig` package, installed for the check) --
in_root apt-get install -y -q --no-install-recommends fontconfig >/dev/null 2>&1 ||
    fail "apt-get install fontconfig (for fc-match)"
sans=$(as_user fc-match -f '%{family[0]}|%{spacing}|%{file}' sans-serif 2>/dev/null || true)
sans_family=${sans%%|*}
spacing=$(cut -d'|' -f2 <<<"$sans")
printf '      fc-match sans-serif: %s\n' "$sans"
check "sans-serif is a proportional font ($sans_family)" test -n "$sans_family" -a "$spacing" != 100 -a "$spacing" != 110
vi_families=$(as_user fc-list :lang=vi family | tr ',' '\n' | sort -u)
check "sans-serif covers Vietnamese (fc-list :lang=vi)" grep -qxF "$sans_family" <<<"$vi_families"
check "Liberation Serif for the documents (fc-list :lang=vi)" grep -qxF "Liberation Serif" <<<"$vi_families"
printf '      families with Vietnamese: %s\n' "$(tr '\n' ',' <<<"$vi_families" | sed 's/,$//; s/,/, /g')"

# --- Under X: demo data, the log-in window, the main window ---------------------------------
number=${display#:}
socket=/tmp/.X11-unix/X$number
if [[ ! -S "$socket" ]]; then
    thuky_say "Xvfb $display"
    Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [[ -S "$socket" ]] && break; sleep 0.2; done
    [[ -S "$socket" ]] || thuky_die "Xvfb $display did not start"
fi
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
user_env+=(DISPLAY="$display" THUKY_KEY_DIR=/home/canbo/keys)
# The application in the background: chroot, env and sh exec one another, so $! is its pid.
start_app() { # start_app LOG COMMAND-LINE
    chroot --userspec=1000:1000 "$root" /usr/bin/env -i "${user_env[@]}" sh -c "exec $2" >"$root/tmp/$1" 2>&1 &
    app_pid=$!
}

# The first visible top-level window whose name matches, or nothing after 60 s.
find_window() {
    local id
    for _ in $(seq 120); do
        id=$(DISPLAY=$display xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1) || true
        [[ -n "$id" ]] && { echo "$id"; return 0; }
        kill -0 "$app_pid" 2>/dev/null || return 1
        sleep 0.5
    done
    return 1
}
shot() { sleep 2; DISPLAY=$display import -window root "$1"; printf '      screenshot %s\n' "$1"; }
stop_app() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

# As from the menu: the entry's Exec line, no arguments, on a home without a database. Thuky
# makes its default database and asks for the first administrator account.
start_app thuky-menu.log "$menu_exec"
if find_window 'Thuky' >/dev/null; then
    pass "started as the menu does ($menu_exec): the first window opens"
    shot "$shots-first-run.png"
else
    fail "started as the menu does ($menu_exec): no window (log: $(tail -n 5 "$root/tmp/thuky-menu.log" | tr '\n' ' '))"
fi
stop_app
default_db=$(find "$root/home/canbo/.local/share" -name thuky.sqlite -printf '/home/canbo/.local/share/%P\n' 2>/dev/null | head -n 1)
check "the default database ${default_db:-(none)} is made in the user's home" test -n "$default_db"

demo_db=/home/canbo/demo.sqlite
check "thuky-cli demo --scale office" \
    as_user thuky-cli --db "$demo_db" --today 2025-06-16 demo --scale office >/dev/null
start_app thuky-gui.log "thuky --db $demo_db --today 2025-06-16"
if login=$(find_window 'Thuky'); then
    pass "the log-in window opens under X ($display)"
    shot "$shots-login.png"
    DISPLAY=$display xdotool windowfocus --sync "$login" 2>/dev/null || DISPLAY=$display xdotool mousemove 683 384
    DISPLAY=$display xdotool key --clearmodifiers ctrl+a type --delay 40 'chuyenvien'
    DISPLAY=$display xdotool key Tab type --delay 40 'Thuky@2025'
    DISPLAY=$display xdotool key Return
    sleep 3
    # The main window is larger than the log-in dialog: wait for a window wider than 900 px.
    main=""
    for _ in $(seq 60); do
        for id in $(DISPLAY=$display xdotool search --onlyvisible --name 'Thuky' 2>/dev/null); do
            width=$(DISPLAY=$display xdotool getwindowgeometry "$id" | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
            ((${width:-0} > 900)) && main=$id
        done
        [[ -n "$main" ]] && break
        sleep 0.5
    done
    if [[ -n "$main" ]]; then
        pass "logged in as chuyenvien: the main window opens"
        shot "$shots-main.png"
    else
        fail "no main window after logging in (log: $(tail -n 3 "$root/tmp/thuky-gui.log" | tr '\n' ' '))"
        shot "$shots-main.png"
    fi
else
    fail "no Thuky window under X (log: $(tail -n 5 "$root/tmp/thuky-gui.log" | tr '\n' ' '))"
fi
stop_app
ui_font=$(grep -h -o 'UI font: .*\|monospace or lacks Vietnamese; using .*' \
    "$root"/home/canbo/.local/share/VPQH/Thuky/logs/thuky.log 2>/dev/null | tail -n 1 || true)
printf '      the application log says: %s\n' "${ui_font:-nothing about the UI font}"

# A document written on the fresh machine, with the fonts it found there.
if as_user env THUKY_PASSWORD='Thuky@2025' thuky-cli --db "$demo_db" --today 2025-06-16 --user chuyenvien \
        programme report --year 2025 --period quarter --n 2 --out /tmp/report.pdf >/dev/null 2>&1 \
        </dev/null && [[ -s "$root/tmp/report.pdf" ]]; then
    pdf_fonts=$(pdffonts "$root/tmp/report.pdf" 2>/dev/null | awk 'NR > 2 { print $1 }' | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')
    check "report PDF set in Liberation Serif ($pdf_fonts)" grep -q 'LiberationSerif' <<<"$pdf_fonts"
    if command -v pdftoppm >/dev/null; then
        pdftoppm -png -r 60 -singlefile "$root/tmp/report.pdf" "$shots-report"
        printf '      first page %s\n' "$shots-report.png"
    fi
else
    fail "thuky-cli programme report --out report.pdf"
fi

if ((failures > 0)); then
    printf '\nLỗi / Error: %d check(s) failed on a fresh Debian %s with %s\n' "$failures" "$debian_version" "$(basename "$deb")" >&2
    exit 1
fi
printf '\nThe package installs and works on a fresh Debian %s: %s\n' "$debian_version" "$(basename "$deb")"
printf 'Look at the screenshots: %s-{first-run,login,main,report}.png\n' "$shots"
