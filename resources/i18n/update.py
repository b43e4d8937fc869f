"""Refresh the Dutch translation: scan the code, fill in new translations, build the .qm.

    .venv/bin/python resources/i18n/update.py

1. ``pyside6-lupdate`` scans every ``tr()``/``translate()`` string in ``mentordesk/`` into
   ``mentordesk_nl.ts`` (keeping existing translations, dropping strings no longer used).
2. Translations waiting in ``pending/*.tsv`` (``context<TAB>source<TAB>translation`` per line,
   ``\\n`` for a line break) are written into the .ts; a filled file is then deleted.
3. ``pyside6-lrelease`` builds ``mentordesk_nl.qm``.

It prints what is still untranslated; ``tests/gui/test_translations.py`` fails on any of it.
Translations can also be typed in directly with ``pyside6-linguist mentordesk_nl.ts``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "mentordesk_nl.ts"


def _tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    return str(path) if path.exists() else name


def _pending() -> tuple[dict[tuple[str, str], str], list[Path]]:
    found: dict[tuple[str, str], str] = {}
    files = sorted((HERE / "pending").glob("*.tsv"))
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path.name}:{number}: expected context<TAB>source<TAB>translation")
            context, source, translation = (p.replace("\\n", "\n") for p in parts)
            found[(context, source)] = translation
    return found, files


def main() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "mentordesk").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS.relative_to(ROOT))],
        check=True,
        cwd=ROOT,
    )
    pending, files = _pending()
    tree = ET.parse(TS)
    untranslated = []
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            key = (name, source)
            if key in pending:
                translation.text = pending[key]
                translation.attrib.pop("type", None)
                used.add(key)
            elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
                if message.get("numerus") == "yes" and len(translation):
                    continue
                untranslated.append(key)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text(encoding="utf-8")
    TS.write_text(
        text.replace(
            "<?xml version='1.0' encoding='utf-8'?>",
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
            1,
        ),
        encoding="utf-8",
    )
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True
    )
    unused = sorted(set(pending) - used)
    if unused:
        print("pending translations for strings the code no longer has:")
        for key in unused:
            print("   ", key)
    if not unused:
        for path in files:
            path.unlink()
    for key in untranslated:
        print("untranslated:", key)
    print(f"{len(untranslated)} untranslated")


if __name__ == "__main__":
    main()
