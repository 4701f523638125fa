#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running the demo of Draftdesk need.
# Idempotent and quick when everything is present; works as root or through sudo.
#   packaging/install-deps.sh          build + test + demo dependencies
#   packaging/install-deps.sh --gui    also what the screenshots need (xdotool, imagemagick, Qt's GTK theme)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build clang-format dpkg-dev file curl
  # the package: manual pages made from --help at build time; lintian, desktop-file-validate and
  # appstreamcli check it in the tests
  help2man lintian desktop-file-utils appstream
  # Qt 6 (Debian 12 ships 6.4.2)
  qt6-base-dev qt6-base-dev-tools libgl-dev libvulkan-dev
  qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins qt6-svg-dev qt6-image-formats-plugins
  # secrets in the OS keyring
  qtkeychain-qt6-dev
  # email HTML is parsed as a browser would before Qt sees it (richtext/HtmlSanitizer)
  libgumbo-dev pkg-config
  # the list's locale-aware sort keys in one block (core/list/SortKeys); the ICU that Qt itself uses
  libicu-dev
  # the local store of emails (core/store): SQLite through its C API, FTS5 included in Debian's build
  libsqlite3-dev
  # the email list's pages read straight into rows (core/list/ListPageReader), ten times faster than Qt's
  # JSON classes
  libsimdjson-dev
  # spell check in the composer (core/drafts/SpellChecker) and the dictionaries its tests use
  libhunspell-dev hunspell-en-us hunspell-de-de hunspell-fr
  # tests/fuzz: libFuzzer harnesses (clang's fuzzer runtime)
  clang libclang-rt-14-dev
  # the window's font thread reads fontconfig's configuration before Qt asks (app/main/FontDatabaseWarmUp)
  libfontconfig-dev
  # fonts so that offscreen rendering and screenshots show text
  fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji
  # headless runs of the real window
  xvfb xauth
)
if [[ "${1:-}" == "--gui" ]]; then
  # the dark screenshots: Qt's GTK theme, as a GNOME desktop runs it, with its icons
  packages+=(xdotool imagemagick qt6-gtk-platformtheme adwaita-icon-theme)
fi


missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
