#!/usr/bin/env bash
# Update resources/translations/nnviz_{th,vi,pt_BR}.ts from the source and build the .qm files.
#
# pyside6-lupdate extracts every translate(context, source, ...) call of nnviz/**/*.py into a
# fresh temporary .ts; packaging/ts_sync.py merges it into the committed .ts (its plural
# handling: lupdate's Python parser does not mark translate(..., n) as a plural, see there);
# pyside6-lrelease builds the .qm files, which are committed (the wheel and `pip install -e`
# then need no Qt tools). tests/test_translations.py checks both are up to date.
# Run from anywhere; PYSIDE_BIN may name the folder of pyside6-lupdate / pyside6-lrelease.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${PYSIDE_BIN:-$root/.venv/bin}"
python="${PYTHON:-$bin/python}"
[[ -x "$bin/pyside6-lupdate" ]] || bin="$(dirname "$(command -v pyside6-lupdate)")"
[[ -x "$python" ]] || python="$(command -v python3)"
out="$root/resources/translations"
mkdir -p "$out"
# the extraction lives next to the .ts files so that its locations read ../../nnviz/FILE.py
# (with absolute line numbers: -locations relative would store line deltas)
extracted="$out/.extracted.ts"
trap 'rm -f "$extracted"' EXIT
cd "$root"
mapfile -t sources < <(find nnviz -name '*.py' -not -path '*/__pycache__/*' | sort)
"$bin/pyside6-lupdate" -silent -locations absolute -no-obsolete "${sources[@]}" \
    -ts "$extracted"
for lang in th vi pt_BR; do
    "$python" packaging/ts_sync.py "$extracted" "$out/nnviz_$lang.ts" "$lang"
    "$bin/pyside6-lrelease" -silent -nounfinished "$out/nnviz_$lang.ts" -qm "$out/nnviz_$lang.qm"
done
