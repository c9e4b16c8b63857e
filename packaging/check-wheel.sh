#!/usr/bin/env bash
# The wheel and the sdist, proven to install anywhere:
#   1. python -m build: the sdist from a clean copy of the checkout, the wheel from the sdist;
#   2. twine check --strict on both; every file under resources/ is in the sdist and the wheel;
#   3. the wheel into a fresh venv (not editable), run from a folder outside the checkout:
#      nnviz --version, nnviz lessons, nnviz train + explain on the xor lesson, nnviz render of
#      every shipped lesson to an 800x500 PNG, and the installed resources equal the checkout's.
# No display needed (QT_QPA_PLATFORM=offscreen); runs as root in CI. Prints timings.
#   bash packaging/check-wheel.sh            PYTHON=python3.12 bash packaging/check-wheel.sh
#   KEEP=1 keeps the work folder (the dist/ and the PNGs) and prints its path.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/nnviz-wheel.XXXXXX")
# The work folder (two venvs, ~700 MB) is removed in the background: that takes ~25 s on a busy disk.
if [[ -n "${KEEP:-}" ]]; then trap 'echo "kept: $WORK"' EXIT; else trap '(rm -rf "$WORK" &)' EXIT; fi
export QT_QPA_PLATFORM=offscreen PIP_DISABLE_PIP_VERSION_CHECK=1
unset PYTHONPATH

START=$SECONDS
step_start=$SECONDS
step() {  # step NAME: print the time the previous step took, then start NAME
    echo "== $1"
    step_start=$SECONDS
}
done_step() { echo "   ($((SECONDS - step_start)) s)"; }
fail() { echo "check-wheel: FAILED: $*" >&2; exit 1; }

step "copy the checkout (tracked and new files, .gitignore respected)"
mkdir -p "$WORK/src"
if git -C "$ROOT" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard \
        | while IFS= read -r -d '' f; do [[ -f "$f" ]] && printf '%s\0' "$f"; done \
        | tar --null -T - -cf -) | tar -xf - -C "$WORK/src"
else
    tar -C "$ROOT" --exclude=.git --exclude=.venv --exclude=venv --exclude=build --exclude=dist \
        --exclude='*.egg-info' --exclude=__pycache__ --exclude='*.pyc' -cf - . | tar -xf - -C "$WORK/src"
fi
done_step

quiet_pip() { grep -v "is ignored: it is neither a file nor a directory" >&2 || true; }
step "build tools (build, twine, setuptools) in a venv of their own"
"$PYTHON" -m venv "$WORK/tools"
"$WORK/tools/bin/pip" install -q build twine "setuptools>=77" 2> >(quiet_pip)
done_step

step "python -m build (sdist, then the wheel from the sdist)"
"$WORK/tools/bin/python" -m build -q --no-isolation --outdir "$WORK/dist" "$WORK/src" > "$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log"; fail "python -m build"; }
ls -l "$WORK/dist"
WHEEL=$(ls "$WORK"/dist/*.whl)
SDIST=$(ls "$WORK"/dist/*.tar.gz)
done_step

step "twine check --strict"
"$WORK/tools/bin/twine" check --strict "$WORK"/dist/*
done_step

step "every file under resources/ is in the sdist and the wheel; no tests, no caches"
"$WORK/tools/bin/python" - "$WORK/src" "$WHEEL" "$SDIST" <<'EOF'
import sys, tarfile, zipfile
from pathlib import Path

src, wheel, sdist = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
shipped = {p.relative_to(src / "resources").as_posix() for p in (src / "resources").rglob("*")
           if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
names = zipfile.ZipFile(wheel).namelist()
in_wheel = {n.removeprefix("nnviz/resources/") for n in names if n.startswith("nnviz/resources/")}
with tarfile.open(sdist) as tar:
    root = tar.getnames()[0].split("/")[0]
    in_sdist = {n.removeprefix(f"{root}/resources/") for n in tar.getnames()
                if n.startswith(f"{root}/resources/") and tar.getmember(n).isfile()}
problems = []
for where, found in (("wheel", in_wheel), ("sdist", in_sdist)):
    if missing := shipped - found:
        problems.append(f"missing from the {where}: {sorted(missing)}")
if stray := [n for n in names if "__pycache__" in n or n.endswith(".pyc") or n.startswith("tests/")]:
    problems.append(f"in the wheel but not wanted: {stray[:10]}")
for needed in ("data/mnist.npz", "icons/nnviz.svg", "icons/nnviz-256.png", "lessons/xor.toml"):
    if needed not in in_wheel:
        problems.append(f"the wheel has no resources/{needed}")
with tarfile.open(sdist) as tar:
    for needed in ("packaging/io.github.nnviz.desktop", "packaging/io.github.nnviz.metainfo.xml",
                   "packaging/nnviz.spec", "README.md", "docs/screenshot.png"):
        if f"{root}/{needed}" not in tar.getnames():
            problems.append(f"the sdist has no {needed}")
translations = sorted(n for n in shipped if n.startswith("translations/"))
if problems:
    sys.exit("\n".join(problems))
print(f"   {len(shipped)} resource files in both (translations: {len(translations)}), "
      f"{len(names)} files in the wheel")
EOF
done_step

step "a fresh venv with the wheel (not editable)"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q "$WHEEL" 2> >(quiet_pip)
done_step

RUN="$WORK/run"   # outside the checkout: `import nnviz` can only find the installed copy
mkdir -p "$RUN"
cd "$RUN"
NNVIZ="$WORK/venv/bin/nnviz"
VENV_PY="$WORK/venv/bin/python"

step "the installed nnviz is the wheel's"
where=$("$VENV_PY" -c 'import nnviz; print(nnviz.__file__)')
echo "   $where"
[[ "$where" == "$WORK/venv/"* ]] || fail "nnviz imported from $where, not from the fresh venv"
version=$("$NNVIZ" --version)
echo "   $version"
wheel_version=$(basename "$WHEEL" | cut -d- -f2)
[[ "$version" == "nnviz $wheel_version" ]] || fail "nnviz --version says '$version', the wheel is $wheel_version"
done_step

step "the installed resources equal the checkout's"
"$VENV_PY" - "$WORK/src/resources" <<'EOF'
import sys
from importlib import resources
from pathlib import Path

checkout = Path(sys.argv[1])
installed_root = Path(str(resources.files("nnviz.resources")))
def files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
want, have = files(checkout), files(installed_root)
missing = sorted(set(want) - set(have))
different = sorted(n for n in set(want) & set(have) if want[n] != have[n])
if missing or different:
    sys.exit(f"installed resources: missing {missing}, different {different}")
groups = {}
for name in have:
    groups.setdefault(name.split("/")[0], []).append(name)
print("   " + ", ".join(f"{g}: {len(n)}" for g, n in sorted(groups.items())))
EOF
done_step

step "nnviz lessons"
"$NNVIZ" lessons | tee "$RUN/lessons.txt"
mapfile -t LESSONS < <(awk 'NR > 1 && $1 ~ /^[0-9]+$/ {print $2}' "$RUN/lessons.txt")
shipped_lessons=$(ls "$WORK/src/resources/lessons"/*.toml | wc -l)
(( ${#LESSONS[@]} == shipped_lessons )) || fail "nnviz lessons lists ${#LESSONS[@]} lessons, the checkout has $shipped_lessons"
done_step

step "nnviz train --lesson xor --save, then nnviz explain on it"
"$NNVIZ" train --lesson xor --steps 50 --save "$RUN/xor.json" > /dev/null
"$NNVIZ" explain "$RUN/xor.json" --input 1,0 --target 1 --lr 0.5 > "$RUN/explain.txt"
sed -n 1,5p "$RUN/explain.txt"
grep -q "δ" "$RUN/explain.txt" || fail "explain wrote no backward pass"
"$NNVIZ" explain "$RUN/xor.json" --input 1,0 --target 1 --lr 0.5 --format beamer > "$RUN/walk.tex"
grep -q 'begin{document}' "$RUN/walk.tex" || fail "explain --format beamer wrote no document"
done_step

PNG_CHECK='
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
size = struct.unpack(">II", data[16:24])
assert size == (800, 500), size
assert len(data) > 20_000, f"only {len(data)} bytes: an empty window?"
'
render_one() {  # render_one LESSON: an 800x500 PNG after 10 steps, checked; one line of timing
    local lesson=$1 t0=$SECONDS
    "$NNVIZ" render --lesson "$lesson" --out "$RUN/$lesson.png" --size 800x500 --steps 10 \
        > "$RUN/$lesson.log" 2>&1 || { cat "$RUN/$lesson.log"; echo "render --lesson $lesson failed"; return 1; }
    "$VENV_PY" -c "$PNG_CHECK" "$RUN/$lesson.png" || { echo "render --lesson $lesson: a bad PNG"; return 1; }
    printf '   %-22s %3d s  %7d bytes\n' "$lesson" $((SECONDS - t0)) "$(stat -c %s "$RUN/$lesson.png")"
}
JOBS=${JOBS:-$(nproc)}
step "nnviz render of every shipped lesson (${#LESSONS[@]}), 800x500, 10 steps, $JOBS at a time"
failed=0
for lesson in "${LESSONS[@]}"; do
    while (( $(jobs -rp | wc -l) >= JOBS )); do wait -n || failed=1; done
    render_one "$lesson" &
done
while (( $(jobs -rp | wc -l) > 0 )); do wait -n || failed=1; done
(( failed == 0 )) || fail "a lesson did not render (above)"
done_step

echo "check-wheel: OK: $(basename "$WHEEL") and $(basename "$SDIST") in $((SECONDS - START)) s"
