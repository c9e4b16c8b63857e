#!/usr/bin/env bash
# The desktop integration files, validated (installs nothing: CI installs desktop-file-utils
# and appstream with apt-get first):
#   desktop-file-validate on packaging/io.github.nnviz.desktop (hints count as failures too),
#   appstreamcli validate --no-net --strict on packaging/io.github.nnviz.metainfo.xml (any
#   issue but a pedantic one fails), then the pedantic hints printed for information,
#   and the two agree: the metainfo's launchable is the desktop file's name, its release is
#   nnviz's version, the desktop file's Icon has the icon at every hicolor size.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DESKTOP="$ROOT/packaging/io.github.nnviz.desktop"
METAINFO="$ROOT/packaging/io.github.nnviz.metainfo.xml"
START=$SECONDS
fail() { echo "check-desktop: FAILED: $*" >&2; exit 1; }
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" > /dev/null || fail "$tool is not installed (apt-get install desktop-file-utils appstream)"
done

echo "== desktop-file-validate $(basename "$DESKTOP")"
report=$(desktop-file-validate "$DESKTOP" 2>&1) || { echo "$report"; fail "desktop-file-validate"; }
[[ -z "$report" ]] || { echo "$report"; fail "desktop-file-validate has remarks"; }

echo "== appstreamcli validate --no-net --strict $(basename "$METAINFO") (appstream $(appstreamcli --version | grep -oE '[0-9.]+$'))"
appstreamcli validate --no-net --strict --explain "$METAINFO" || fail "appstreamcli validate"
appstreamcli validate --no-net --pedantic "$METAINFO" | grep -v "^$" | sed 's/^/   pedantic: /' || true

echo "== the desktop file, the metainfo, the icons and the version agree"
launchable=$(grep -oP '<launchable type="desktop-id">\K[^<]+' "$METAINFO")
[[ "$launchable" == "$(basename "$DESKTOP")" ]] || fail "metainfo launchable $launchable, desktop file $(basename "$DESKTOP")"
component=$(grep -oP '<id>\K[^<]+' "$METAINFO")
[[ "$(basename "$METAINFO")" == "$component.metainfo.xml" ]] || fail "metainfo id $component, file $(basename "$METAINFO")"
release=$(grep -oP '<release version="\K[^"]+' "$METAINFO" | head -1)
version=$(grep -oP '^__version__ = "\K[^"]+' "$ROOT/nnviz/__init__.py")
[[ "$release" == "$version" ]] || fail "metainfo's newest release $release, nnviz $version"
icon=$(grep -oP '^Icon=\K.+' "$DESKTOP")
[[ -f "$ROOT/resources/icons/$icon.svg" ]] || fail "no resources/icons/$icon.svg"
for size in 16 24 32 48 64 128 256; do
    [[ -f "$ROOT/resources/icons/$icon-$size.png" ]] || fail "no resources/icons/$icon-$size.png"
done
binary=$(grep -oP '<binary>\K[^<]+' "$METAINFO")
exec_name=$(grep -oP '^Exec=\K\S+' "$DESKTOP")
[[ "$binary" == "$exec_name" ]] || fail "metainfo provides $binary, the desktop file runs $exec_name"
echo "   $component: launchable $launchable, release $release, icon $icon (svg + 7 sizes), binary $binary"
echo "check-desktop: OK in $((SECONDS - START)) s"
