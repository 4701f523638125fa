#!/usr/bin/env bash
# Makes the screenshots the README and the AppStream metainfo show (resources/screenshots), from the
# real windows on the demo sandbox, in a virtual X display: the light look, high density
# (QT_SCALE_FACTOR=2) and GNOME's dark style (Qt's GTK theme with Adwaita:dark). Run it after a change
# to what a window shows; it fails when a formatting icon would vanish on the dark toolbar.
#   packaging/screenshots.sh [OUTDIR]     (default: resources/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots}
bash packaging/install-deps.sh --gui
cmake --preset ci >/dev/null
cmake --build --preset ci --parallel "$(nproc 2>/dev/null || echo 2)" --target draftdesk_screenshots
tool=build/ci/tests/screenshots/draftdesk_screenshots
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}" LC_ALL=C.UTF-8 LANGUAGE=en
run() { xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$@"; }
run "$tool" "$out" light
run env QT_SCALE_FACTOR=2 "$tool" "$out" hidpi
run env QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark "$tool" "$out" dark
echo "screenshots.sh: written to $out"
