"""Reading generated PDFs back in tests: text, links, embedded fonts (pypdf)."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    """The text of every page, as a PDF reader extracts it."""
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def squeeze(text: str) -> str:
    """``text`` without any whitespace: lines broken anywhere still match."""
    return "".join(text.split())


def contains(data: bytes, needle: str) -> bool:
    return squeeze(needle) in squeeze(pdf_text(data))


def annotations(data: bytes) -> list[Any]:
    """Every annotation (links included) on every page."""
    found: list[Any] = []
    for page in reader(data).pages:
        annots = page.get("/Annots")
        if annots is not None:
            found.extend(annots.get_object())
    return found


def page_count(data: bytes) -> int:
    return len(reader(data).pages)


def fonts(data: bytes) -> dict[str, Any]:
    """The fonts used on any page, by base font name, with their descriptors resolved."""
    found: dict[str, Any] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for ref in (resources.get_object().get("/Font") or {}).values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found
