#!/usr/bin/env bash
# Builds Thuky (Release, in build/) and starts the desktop application.
#
#   scripts/run.sh                  the user's own database (~/.local/share/Thuky/thuky.sqlite)
#   scripts/run.sh --demo           a fresh demo database (office scale) to try things out
#   scripts/run.sh --demo=decade    a bigger one: office, decade or stress
#   scripts/run.sh -- ARGS…         ARGS go to thuky as they are (see build/src/app/thuky --help)
#
# Other arguments are passed to thuky too, e.g. scripts/run.sh --today 2025-06-30.
set -euo pipefail

# shellcheck source=scripts/deps.sh
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$THUKY_ROOT"

# The command line as given, to repeat it in the no-display message.
rerun="$0${*:+ $(printf '%q ' "$@")}"
demo_scale=
app_args=()
while (($# > 0)); do
    case "$1" in
        --demo) demo_scale=office ;;
        --demo=*) demo_scale=${1#--demo=} ;;
        --) shift; app_args+=("$@"); break ;;
        *) app_args+=("$1") ;;
    esac
    shift
done
case "$demo_scale" in
    "" | office | decade | stress) ;;
    *) thuky_die "--demo=$demo_scale: the scale must be office, decade or stress" ;;
esac

thuky_require_packages build
build_dir=$THUKY_ROOT/build
thuky_build "$build_dir" Release -- thuky thuky-cli
app=$build_dir/src/app/thuky
cli=$build_dir/src/cli/thuky-cli

if [[ -n "$demo_scale" ]]; then
    # Beside the real database, never in place of it; each --demo starts afresh.
    demo_dir=${XDG_DATA_HOME:-$HOME/.local/share}/Thuky/demo
    db=$demo_dir/thuky-demo-$demo_scale.sqlite
    mkdir -p "$demo_dir"
    rm -f "$db" "$db-wal" "$db-shm"
    thuky_say "Tạo dữ liệu mẫu / creating demo data ($demo_scale): $db"
    "$cli" --db "$db" demo --scale "$demo_scale" || thuky_die "thuky-cli demo failed"
    thuky_say "Đăng nhập bằng một tài khoản mẫu ở trên / log in with one of the demo accounts above"
    app_args=(--db "$db" "${app_args[@]}")
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<EOF

Thuky là ứng dụng có giao diện đồ họa: cần chạy trong một phiên đồ họa (máy bàn Linux,
hoặc ssh -X). Không thấy DISPLAY hay WAYLAND_DISPLAY nên chưa mở cửa sổ.
  - Chương trình đã được biên dịch: $app
  - Dùng dòng lệnh thay thế: $cli --help (xem docs/cli.md)
  - Chạy thử không màn hình: xvfb-run -a $rerun

Thuky is a desktop application and needs a graphical session (a Linux desktop, or
ssh -X). Neither DISPLAY nor WAYLAND_DISPLAY is set, so no window was opened.
  - The program is built: $app
  - The command line works without one: $cli --help (see docs/cli.md)
  - To run it headless anyway: xvfb-run -a $rerun
EOF
    exit 1
fi

thuky_say "Khởi động / starting: thuky ${app_args[*]}"
exec "$app" "${app_args[@]}"
