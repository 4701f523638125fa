#!/usr/bin/env bash
# One entry point for the README's two commands on a fresh Debian 12 machine.
#   packaging/dev.sh demo   install what is missing, build, start Draftdesk on the built-in sandbox
#   packaging/dev.sh test   install what is missing, build (warnings are errors), run every test headless
#   packaging/dev.sh bench  install what is missing, build in Release, run every benchmark against its
#                           baseline (tests/bench/bench_report; extra arguments go to it, e.g. --rounds 9)
#   packaging/dev.sh package  install what is missing, build the release preset (optimised, hardened,
#                           stripped) and make build/release/draftdesk_<version>_amd64.deb, then
#                           check it with lintian, desktop-file-validate and appstreamcli
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
  demo)
    bash packaging/install-deps.sh
    # The two programs only (not the tests and fuzzers): a window in minutes on a fresh machine.
    cmake --preset dev >/dev/null
    cmake --build --preset dev --parallel "$jobs" --target draftdesk draftdesk-sandbox
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
      bash packaging/install-deps.sh --gui >/dev/null # imagemagick's import takes the picture
      shot=build/dev/demo-window.png
      cat >&2 <<EOT
dev.sh: there is no display here, so the window cannot appear on a screen. To see it:
  - run packaging/dev.sh demo from a terminal on your desktop, or
  - connect with ssh -X (or -Y) and run it again, or
  - look at $shot: Draftdesk now runs in a virtual display and that picture of its
    window is saved once it is up (and again every 30 seconds). Ctrl+C stops it.
EOT
      exec xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
        build/dev/app/draftdesk --demo & app=$!
        trap "kill $app 2>/dev/null" EXIT INT TERM
        sleep 5
        while kill -0 $app 2>/dev/null; do
          if command -v import >/dev/null; then import -window root "$0" 2>/dev/null && echo "dev.sh: saved $0" >&2; fi
          sleep 30
        done' "$shot"
    fi
    exec build/dev/app/draftdesk --demo
    ;;
  test)
    bash packaging/install-deps.sh
    cmake --preset ci >/dev/null
    cmake --build --preset ci --parallel "$jobs"
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    ctest --preset ci --parallel "$jobs"
    # The fuzz harnesses under clang + libFuzzer, each for a short bounded run from its corpus.
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz --parallel "$jobs"
    ctest --preset fuzz --parallel "$jobs"
    ;;
  bench)
    bash packaging/install-deps.sh
    cmake --preset bench >/dev/null
    cmake --build --preset bench --parallel "$jobs" --target bench_report bench_store bench_sandbox
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    shift
    # Offscreen unless asked otherwise: the same on a desktop, over ssh and in CI.
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    build/bench/tests/bench/bench_report "$@"
    # The local store at a million emails (the store is made once, about four minutes, and kept) and
    # the sandbox's list page at ten thousand and a million.
    store="${DRAFTDESK_BENCH_STORE:-build/bench/store-1m.sqlite}"
    build/bench/tests/bench/bench_store --store "$store"
    exec build/bench/tests/bench/bench_sandbox
    ;;
  package)
    bash packaging/install-deps.sh
    cmake --preset release >/dev/null
    cmake --build --preset release --parallel "$jobs"
    (cd build/release && cpack -G DEB >/dev/null)
    deb=$(ls build/release/draftdesk_*.deb)
    echo "dev.sh: built $deb"
    desktop-file-validate resources/app.draftdesk.Draftdesk.desktop
    appstreamcli validate --no-net resources/app.draftdesk.Draftdesk.metainfo.xml
    # Errors and warnings fail; informational tags are shown but do not.
    lintian --fail-on error,warning --display-info "$deb"
    echo "dev.sh: lintian, desktop-file-validate and appstreamcli found nothing wrong"
    ;;
  *)
    echo "usage: packaging/dev.sh demo|test|bench|package" >&2
    exit 2
    ;;
esac
