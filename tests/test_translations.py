"""The translations (resources/translations): every translatable string of the source is in
each .ts file, each is at least 98 % finished, a translation keeps its source's {fields} and
%n, and the committed .qm files are built from the committed .ts files.

packaging/update-translations.sh updates the .ts and .qm files; a failure here names it.
"""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("th", "vi", "pt_BR")
FINISHED_AT_LEAST = 0.98
FIELDS = re.compile(r"\{[^{}]*\}|%n")
UPDATE = "run packaging/update-translations.sh (and commit the .ts and .qm files)"

sys.path.insert(0, str(ROOT / "packaging"))
from ts_sync import PLURAL_FORMS, read_ts  # noqa: E402


def qt_tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} (PySide6's Qt tools) is not installed")
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every string lupdate finds in nnviz/**/*.py."""
    out = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "nnviz").rglob("*.py")
                     if "__pycache__" not in p.parts)
    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources,
                    "-ts", str(out)], cwd=ROOT, check=True, capture_output=True)
    return {m.key for m in read_ts(out)[1]}


def messages(language: str):
    return read_ts(TRANSLATIONS / f"nnviz_{language}.ts")[1]


def test_lupdate_finds_translatable_strings(extracted):
    assert len(extracted) > 300
    assert ("LanguageMenu", "&Language", "") in extracted


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translatable_string_is_in_the_ts_file(extracted, language):
    committed = {m.key for m in messages(language)}
    missing = sorted(extracted - committed)
    assert not missing, f"{len(missing)} strings not in nnviz_{language}.ts, e.g. {missing[:5]}: {UPDATE}"
    gone = sorted(committed - extracted)
    assert not gone, f"{len(gone)} strings no longer in the source, e.g. {gone[:5]}: {UPDATE}"


def literal_calls() -> list[tuple[str, int, tuple[str, str]]]:
    """(file, line, (context, source)) of every translate / QT_TRANSLATE_NOOP call in nnviz
    whose context and source are string literals (wherever it is, f-strings included)."""
    calls = []
    for path in sorted((ROOT / "nnviz").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args[:2]
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) == 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                calls.append((str(path.relative_to(ROOT)), node.lineno,
                              (args[0].value, args[1].value)))
    return calls


def test_lupdate_extracts_every_literal_translate_call(extracted):
    """lupdate's Python parser silently skips a call inside an f-string and a plural whose n
    is not a plain name (``translate(c, s, None, snapshot.step)``, ``…, len(x))``): such a
    text is never translated. Bind n to a name first; take the call out of the f-string."""
    known = {(context, source) for context, source, _ in extracted}
    calls = literal_calls()
    assert len(calls) > 300
    skipped = [f"{path}:{line}: {key}" for path, line, key in calls if key not in known]
    assert not skipped, "lupdate does not extract these calls:\n" + "\n".join(skipped)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_is_for_its_language_with_its_plural_forms(language):
    ts_language, all_messages = read_ts(TRANSLATIONS / f"nnviz_{language}.ts")
    assert ts_language == language
    for m in all_messages:
        assert len(m.translations) == (PLURAL_FORMS[language] if m.numerus else 1), m.key


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_least_98_percent_finished(language):
    all_messages = messages(language)
    missing = [m.key for m in all_messages if not m.finished]
    share = 1 - len(missing) / len(all_messages)
    assert share >= FINISHED_AT_LEAST, (
        f"nnviz_{language}.ts is {share:.1%} finished ({len(missing)} of {len(all_messages)} "
        f"missing), e.g. {missing[:8]}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_the_fields_and_n_of_its_source(language):
    wrong = [(m.key, t) for m in messages(language) if m.finished for t in m.translations
             if fields(t) != fields(m.source)]
    assert not wrong, f"{len(wrong)} translations change the {{fields}} or %n: {wrong[:5]}"


def fields(text: str) -> set[str]:
    """The {fields} and %n of a text (a translation may repeat one, not drop or add one)."""
    return set(FIELDS.findall(text))


def test_the_field_check_catches_a_dropped_or_renamed_field():
    assert fields("ไฟล์ว่าง") != fields("The file {path} is empty")
    assert fields("ไฟล์ {name} ว่าง") != fields("The file {path} is empty")
    assert fields("%n ขั้น") == fields("%n step(s)")
    assert fields("{x:.3g} และ {x:.3g}") == fields("{x:.3g}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_file_is_built_from_the_ts_file(tmp_path, language):
    built = tmp_path / f"nnviz_{language}.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", "-nounfinished",
                    str(TRANSLATIONS / f"nnviz_{language}.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    committed = TRANSLATIONS / f"nnviz_{language}.qm"
    assert committed.exists() and committed.read_bytes() == built.read_bytes(), UPDATE
