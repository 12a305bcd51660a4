#!/usr/bin/env bash
# Checks a Thuky .deb without installing it on the machine: unpacks it into a scratch root
# (dpkg -x), looks for every file the package promises, validates the menu entry and the
# metainfo, starts `thuky-cli --help` and `thuky --exit-after-paint` from that root, and
# checks that the bash completion offers every command of the CLI's own usage.
#
#   tests/package/check_package.sh DEB
#
# Exits 0 when all is well, 1 with the failures listed otherwise. Used by
# scripts/package.sh and by the CTest test "package: trial install" (tests/package).
set -uo pipefail

deb=${1:?usage: check_package.sh DEB}
root=$(mktemp -d "${TMPDIR:-/tmp}/thuky-package.XXXXXX")
trap 'rm -rf "$root"' EXIT
failures=0
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
pass() { printf 'ok:   %s\n' "$*"; }

dpkg-deb --field "$deb" Package Version Architecture Depends | sed 's/^/      /'
dpkg-deb --field "$deb" Depends | grep -q 'fonts-liberation2' || fail "Depends lacks fonts-liberation2"
dpkg-deb --field "$deb" Depends | grep -q 'fonts-dejavu-core' || fail "Depends lacks a UI font"
dpkg-deb --field "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends lacks the Qt libraries (shlibdeps)"
dpkg -x "$deb" "$root/sys" || { fail "dpkg -x"; exit 1; }
usr=$root/sys/usr

for file in bin/thuky bin/thuky-cli \
    share/applications/thuky.desktop \
    share/metainfo/vn.gov.quochoi.thuky.metainfo.xml \
    share/icons/hicolor/scalable/apps/thuky.svg \
    share/icons/hicolor/16x16/apps/thuky.png share/icons/hicolor/48x48/apps/thuky.png \
    share/icons/hicolor/256x256/apps/thuky.png \
    share/man/man1/thuky.1.gz share/man/man1/thuky-cli.1.gz \
    share/bash-completion/completions/thuky-cli \
    share/doc/thuky/copyright share/doc/thuky/changelog.gz share/doc/thuky/guide/index.md share/doc/thuky/guide/images/programme.png \
    share/doc/thuky/cli.md; do
    [[ -f "$usr/$file" ]] || fail "missing /usr/$file"
done
pass "files in place"

if command -v desktop-file-validate >/dev/null; then
    if desktop-file-validate "$usr/share/applications/thuky.desktop"; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate"
    fi
fi
if command -v appstreamcli >/dev/null; then
    if appstreamcli validate --no-net --pedantic "$usr/share/metainfo/vn.gov.quochoi.thuky.metainfo.xml" >/dev/null; then
        pass "appstreamcli validate"
    else
        fail "appstreamcli validate"
    fi
fi

# The programs, from the scratch root, with a throw-away home.
export HOME=$root/home XDG_RUNTIME_DIR=$root/runtime QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME=$root/home/.config XDG_DATA_HOME=$root/home/.local/share
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
check() { # check NAME COMMAND…
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}
usage=$("$usr/bin/thuky-cli" --lang en --help)
check "thuky-cli --help" grep -q '^Commands:' <<<"$usage"
check "thuky-cli init" "$usr/bin/thuky-cli" --db "$root/t.sqlite" init
# The log-in dialog of the new database's first administrator, painted, then closed.
check "thuky --exit-after-paint" timeout 60 "$usr/bin/thuky" --db "$root/t.sqlite" --exit-after-paint

# zcat | man -l would need man-db; checking that the page lists every command is enough.
man_page=$(gzip -dc "$usr/share/man/man1/thuky-cli.1.gz")
# a usage line: "  WORD [WORD…] ARGS [--option VALUE]…", the command words in lower case
commands=$(awk '/^  [a-z]/ { c = ""; for (i = 1; i <= NF && $i ~ /^[a-z][a-z0-9-]*$/; i++) c = c (c ? " " : "") $i; print c }' <<<"$usage")
[[ -n "$commands" ]] || fail "no command read from the usage"
while IFS= read -r command; do
    # the man page escapes hyphens
    grep -qF ".B ${command//-/\\-}" <<<"$man_page" || fail "man page lacks '$command'"
done <<<"$commands"
pass "the man page lists $(wc -l <<<"$commands") commands"

# The completion, as bash would call it, with the two helpers of bash-completion stubbed.
completion_out=$(CLI="$usr/bin/thuky-cli" bash -c '
    _init_completion() { words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${words[cword]}; prev=${words[cword-1]}; }
    _filedir() { COMPREPLY=(); }
    source "$1"
    complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _thuky_cli; printf "%s\n" "${COMPREPLY[@]}"; }
    shift
    while IFS= read -r command; do
        read -ra parts <<<"$command"
        typed=("$CLI")
        for part in "${parts[@]}"; do
            complete_words "${typed[@]}" "" | grep -qx -- "$part" || echo "missing: $command ($part)"
            typed+=("$part")
        done
    done
' _ "$usr/share/bash-completion/completions/thuky-cli" <<<"$commands")
if [[ -n "$completion_out" ]]; then
    fail "bash completion: $completion_out"
else
    pass "bash completion offers every command"
fi

if ((failures > 0)); then
    printf '%d check(s) failed\n' "$failures"
    exit 1
fi
printf 'package checks passed\n'
