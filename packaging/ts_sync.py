"""Keep resources/translations/nnviz_<lang>.ts in step with the source (used by
update-translations.sh and the translation tests; standard library only).

``pyside6-lupdate`` extracts every ``translate(context, source, …)`` call, but its Python
parser marks only ``self.tr(…, n)`` as a plural (numerus) message, and when it updates an
existing .ts it folds a plural translation back to one form. So lupdate writes a fresh
extraction to a temporary file and this module merges it into the committed .ts:

- every extracted message is kept (context, source, disambiguation, locations);
- a source containing ``%n`` is a plural message (``numerus="yes"``) with as many forms as
  the language has (Thai and Vietnamese 1, Brazilian Portuguese 2);
- the translation the committed .ts held for the same (context, source, disambiguation)
  is carried over with its finished / unfinished state; a message no longer in the source
  is dropped (the .ts holds exactly what the code asks for).

    python packaging/ts_sync.py EXTRACTED.ts TARGET.ts LANGUAGE
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

PLURAL_FORMS = {"th": 1, "vi": 1, "pt_BR": 2, "en": 2}


@dataclass
class Message:
    context: str
    source: str
    disambiguation: str = ""
    locations: list[tuple[str, str]] = field(default_factory=list)
    translations: list[str] = field(default_factory=list)  # one, or one per plural form
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.disambiguation

    @property
    def numerus(self) -> bool:
        return "%n" in self.source


def read_ts(path: str | Path) -> tuple[str, list[Message]]:
    """The .ts file's target language and its messages, in file order."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else (
                [translation.text or ""] if translation is not None else [""])
            kind = "" if translation is None else translation.get("type", "")
            messages.append(Message(
                name, m.findtext("source") or "", m.findtext("comment") or "",
                [(loc.get("filename", ""), loc.get("line", "")) for loc in m.findall("location")],
                texts, kind == "" and any(texts)))
            if kind in ("obsolete", "vanished"):
                messages.pop()
    return root.get("language", ""), messages


def merge(extracted: list[Message], existing: list[Message], language: str) -> list[Message]:
    """The extracted messages with the existing translations carried over (see the module)."""
    known = {m.key: m for m in existing}
    forms = PLURAL_FORMS.get(language, 1)
    out = []
    for m in extracted:
        old = known.get(m.key)
        texts = list(old.translations) if old else []
        if m.numerus:
            texts = (texts + [""] * forms)[:forms]
        else:
            texts = texts[:1] or [""]
        finished = bool(old and old.finished and all(texts))
        out.append(Message(m.context, m.source, m.disambiguation, m.locations, texts, finished))
    return out


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(path: str | Path, language: str, messages: list[Message]) -> None:
    """Write ``messages`` as a .ts file (contexts sorted, messages in order), as lupdate does."""
    contexts: dict[str, list[Message]] = {}
    for m in messages:
        contexts.setdefault(m.context, []).append(m)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}">']
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for m in contexts[name]:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for filename, line in m.locations:
                lines.append(f'        <location filename="{_escape(filename)}" '
                             f'line="{line}"/>')
            lines.append(f"        <source>{_escape(m.source)}</source>")
            if m.disambiguation:
                lines.append(f"        <comment>{_escape(m.disambiguation)}</comment>")
            state = "" if m.finished else ' type="unfinished"'
            if m.numerus:
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{_escape(t)}</numerusform>"
                          for t in m.translations]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{_escape(m.translations[0])}"
                             "</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def finished_share(messages: list[Message]) -> float:
    """The share of messages with a finished translation (1.0 for none)."""
    return sum(m.finished for m in messages) / len(messages) if messages else 1.0


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    extracted_path, target, language = argv
    _, extracted = read_ts(extracted_path)
    existing = read_ts(target)[1] if Path(target).exists() else []
    merged = merge(extracted, existing, language)
    write_ts(target, language, merged)
    done = sum(m.finished for m in merged)
    print(f"{target}: {len(merged)} messages, {done} finished "
          f"({100 * finished_share(merged):.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
