#!/usr/bin/env bash
# Makes the user guide's screenshots by running the real Anchorline under Xvfb and driving it
# with xdotool, so the pictures in docs/user-guide.md stay current.
#
#   docs/screenshots/make-screenshots.sh [--app PATH] [--out DIR] [LIBRARY_DIR]
#
#   --app PATH     the anchorline binary (default: $ANCHORLINE, else build/release/app/anchorline)
#   --out DIR      where the PNGs go (default: docs/screenshots beside this script)
#   LIBRARY_DIR    optional folder with the source texts (articles), passed as --library
#
# Needs Xvfb, xdotool and ImageMagick (import, convert). Each PNG is 1600×1000 scaled to 75 %
# and reduced to 256 colours, so the set stays small enough to commit.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
app="${ANCHORLINE:-$repo/build/release/app/anchorline}"
out="$here"
library=""
while [ $# -gt 0 ]; do
    case "$1" in
    --app) app="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) library="$1"; shift ;;
    esac
done
[ -x "$app" ] || { echo "make-screenshots: no anchorline binary at $app (use --app)" >&2; exit 2; }
for tool in Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || { echo "make-screenshots: $tool is missing" >&2; exit 2; }
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"

width=1600
height=1000
work="$(mktemp -d)"
pids=()
# SIGTERM, then SIGKILL if the process is still there after 5 s: a window that asks something
# on closing, or a server that hangs, must not hold the script (and CI) forever.
end_process() {
    kill "$1" 2>/dev/null || return 0
    for _ in $(seq 50); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
cleanup() {
    for pid in "${pids[@]}"; do end_process "$pid"; done
    rm -rf "$work"
}
trap cleanup EXIT

# Xvfb picks a free display itself (-displayfd) and writes its number once it accepts clients.
# -noreset: by default the server resets when its last client leaves (one Anchorline closes
# before the next starts), and a client connecting during the reset is refused.
Xvfb -displayfd 3 -noreset -screen 0 "${width}x${height}x24" -nolisten tcp 3>"$work/display" \
    >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
[ -s "$work/display" ] || { echo "make-screenshots: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"

# A clean profile: no saved window layout, recent files or language from the user's settings.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8
unset WAYLAND_DISPLAY QT_SCALE_FACTOR

shoot() { # NAME: the whole screen, scaled and reduced, as NAME.png
    sleep 0.8
    import -window root "$work/raw.png"
    convert "$work/raw.png" -strip -resize 75% -colors 256 "PNG8:$out/$1.png"
    echo "make-screenshots: $out/$1.png"
}

key() { xdotool key --clearmodifiers "$@"; sleep 0.4; }

# start LANGUAGE: starts Anchorline and fills the screen with its window.
start() {
    local args=(--language "$1")
    [ -n "$library" ] && args+=(--library "$library")
    "$app" "${args[@]}" >"$work/app-$1.log" 2>&1 &
    pids+=($!)
    app_pid=$!
    local wid=""
    for _ in $(seq 1 150); do
        wid="$(xdotool search --onlyvisible --pid "$app_pid" --name 'Anchorline' 2>/dev/null | head -n1 || true)"
        [ -n "$wid" ] && break
        sleep 0.1
    done
    [ -n "$wid" ] || { echo "make-screenshots: no window appeared" >&2; cat "$work/app-$1.log" >&2; exit 1; }
    xdotool windowmove "$wid" 0 0 windowsize "$wid" "$width" "$height"
    xdotool mousemove 800 150 click 1 # focus: a click on the timeline
    sleep 1
}

stop() {
    end_process "$app_pid"
}

# English interface: the overview with an event selected, search, the matrix, presenting.
start en
key ctrl+f
xdotool type --delay 40 'National Defense Strategy'
sleep 0.6
key Down
key Return
shoot search
key ctrl+0
shoot overview
key alt+2
shoot matrix
key alt+1
# Cross-references: the last tab under the tabbed panels on the right.
xdotool mousemove 1470 963 click 1
shoot cross-references
key F5
sleep 1
key s
shoot presentation
key Escape
stop

# The Japanese interface.
start ja
key ctrl+f
xdotool type --delay 40 'Defense'
sleep 0.6
key Down
key Return
key ctrl+0
shoot japanese
stop
