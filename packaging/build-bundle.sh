#!/usr/bin/env bash
# The desktop bundle (Linux): a PyInstaller one-folder build from packaging/nnviz.spec, then
# smoke-tested: nnviz --version, nnviz lessons, a render of the xor lesson to a PNG (offscreen),
# the resources (lessons, data, icons, translations) and Qt's platform plugins (xcb, wayland,
# offscreen) inside, no broken links; its size (fails above MAX_MB, 200 by default), and, where
# xvfb-run is installed, the time from launch to the first painted window on an X screen.
#   bash packaging/build-bundle.sh [VENV]
# VENV: a venv with nnviz installed (from the wheel, or editable; default: the checkout's .venv);
# pyinstaller is installed into it. The bundle goes to $OUT/nnviz (OUT default: build/bundle).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=$(cd "${1:-$ROOT/.venv}" && pwd)
OUT=${OUT:-$ROOT/build/bundle}
MAX_MB=${MAX_MB:-200}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nnviz-bundle.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen PIP_DISABLE_PIP_VERSION_CHECK=1
START=$SECONDS
step_start=$SECONDS
step() { echo "== $1"; step_start=$SECONDS; }
done_step() { echo "   ($((SECONDS - step_start)) s)"; }
fail() { echo "build-bundle: FAILED: $*" >&2; exit 1; }

step "pyinstaller into $VENV"
"$VENV/bin/pip" install -q "pyinstaller>=6.10" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2 || true)
"$VENV/bin/pyinstaller" --version
done_step

step "pyinstaller packaging/nnviz.spec -> $OUT/nnviz"
rm -rf "$OUT/nnviz"
(cd "$ROOT" && "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$OUT" \
    --workpath "$WORK/build" packaging/nnviz.spec) > "$WORK/pyinstaller.log" 2>&1 \
    || { cat "$WORK/pyinstaller.log"; fail "pyinstaller"; }
grep -E "ERROR|WARNING" "$WORK/pyinstaller.log" | grep -v -E "jupyter|libg[dt]k-3|Hidden import 'nnviz.resources' not found" || true
BUNDLE="$OUT/nnviz"
APP="$BUNDLE/nnviz"
INTERNAL="$BUNDLE/_internal"
done_step

step "what the bundle holds"
resources="$INTERNAL/nnviz/resources"
for needed in data/mnist.npz icons/nnviz.svg icons/nnviz-256.png style/check.svg \
              "$INTERNAL/PySide6/Qt/plugins/platforms/libqxcb.so" \
              "$INTERNAL/PySide6/Qt/plugins/platforms/libqwayland.so" \
              "$INTERNAL/PySide6/Qt/plugins/platforms/libqoffscreen.so"; do
    [[ "$needed" == /* ]] || needed="$resources/$needed"
    [[ -f "$needed" ]] || fail "the bundle has no ${needed#"$BUNDLE"/}"
done
for folder in lessons translations; do
    [[ -d "$ROOT/resources/$folder" ]] || continue
    want=$(cd "$ROOT/resources/$folder" && ls | grep -v __pycache__ | sort)
    have=$(cd "$resources/$folder" && ls | sort)
    [[ "$want" == "$have" ]] || fail "resources/$folder in the bundle differs: $(diff <(echo "$want") <(echo "$have") | tr '\n' ' ')"
done
broken=$(cd "$INTERNAL" && find . -xtype l)
[[ -z "$broken" ]] || fail "broken links in the bundle: $broken"
echo "   lessons: $(ls "$resources/lessons" | wc -l), translations: $(ls "$resources/translations" 2>/dev/null | wc -l)," \
     "Qt plugins: $(cd "$INTERNAL/PySide6/Qt/plugins" && ls -d */ | tr -d / | tr '\n' ' ')"
done_step

step "the bundle runs"
version=$("$APP" --version)
want_version=$(grep -oP '^__version__ = "\K[^"]+' "$ROOT/nnviz/__init__.py")
echo "   $version"
[[ "$version" == "nnviz $want_version" ]] || fail "--version says '$version', nnviz/__init__.py $want_version"
n_lessons=$("$APP" lessons | awk 'NR > 1 && $1 ~ /^[0-9]+$/' | wc -l)
(( n_lessons == $(ls "$ROOT"/resources/lessons/*.toml | wc -l) )) || fail "nnviz lessons lists $n_lessons lessons"
t0=$(date +%s.%N)
"$APP" render --lesson xor --steps 0 --size 1366x768 --out "$WORK/start.png" 2>/dev/null
t_render0=$(echo "$(date +%s.%N) - $t0" | bc)
t0=$(date +%s.%N)
"$APP" render --lesson xor --size 800x500 --out "$WORK/xor.png" 2>/dev/null
t_render=$(echo "$(date +%s.%N) - $t0" | bc)
"$VENV/bin/python" - "$WORK/start.png" 1366 768 "$WORK/xor.png" 800 500 <<'EOF' || fail "a bad PNG"
import struct, sys
for path, width, height in zip(sys.argv[1::3], sys.argv[2::3], sys.argv[3::3]):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    assert struct.unpack(">II", data[16:24]) == (int(width), int(height)), f"{path}: wrong size"
    assert len(data) > 20_000, f"{path}: only {len(data)} bytes: an empty window?"
    print(f"   {path.rsplit('/', 1)[1]}: {width}x{height}, {len(data)} bytes")
EOF
printf '   render --steps 0 (start, draw, save, 1366x768): %.2f s; render of xor after 1000 steps: %.2f s\n' \
    "$t_render0" "$t_render"
done_step

if command -v xvfb-run > /dev/null; then
    step "time to the first painted window (xvfb-run, QT_QPA_PLATFORM=xcb, the default lesson)"
    for run in 1 2; do
        echo "   start $run:"
        xvfb-run -a -s "-screen 0 1600x1000x24" "$VENV/bin/python" "$ROOT/packaging/first_paint.py" \
            --timeout 60 --png "$WORK/window.png" -- "$APP" 2>&1 | sed 's/^/     /' \
            || fail "no painted window under Xvfb"
    done
    done_step
else
    echo "== (no xvfb-run: the time to a painted window is not measured)"
fi

step "size"
size_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "   $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE ($(find "$BUNDLE" -type f | wc -l) files); the largest parts:"
(cd "$INTERNAL" && du -sm -- * | sort -rn | head -6 | sed 's/^/     MB /')
(( size_mb <= MAX_MB )) || fail "the bundle is $size_mb MB, more than $MAX_MB MB"
done_step

echo "build-bundle: OK: $BUNDLE ($size_mb MB) in $((SECONDS - START)) s"
