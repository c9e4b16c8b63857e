#!/usr/bin/env bash
# The system libraries Qt 6 (PySide6-Essentials) needs on a bare Debian or Ubuntu.
# Run as root (or with sudo). Pass --xvfb to add a virtual X server for 3-D tests.
# Fonts: DejaVu covers Latin, Greek (the notation) and Vietnamese (stacked tone marks);
# fonts-tlwg-loma-otf (Loma, ~0.3 MB; the TLWG sans fontconfig picks for Thai) covers Thai.
# Check with `fc-list :lang=th` and `fc-list :lang=vi`.
set -euo pipefail
packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6
          libdbus-1-3 fonts-dejavu-core fonts-tlwg-loma-otf)
if [[ "${1:-}" == "--xvfb" ]]; then
    packages+=(xvfb xauth libgl1-mesa-dri libglx-mesa0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
               libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0)
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
