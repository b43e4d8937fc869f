"""User text on its way into reportlab markup: escaped, cleaned, never markup itself."""

from __future__ import annotations

import pytest

from mentordesk.documents import markup

HOSTILE = [
    "<",
    "&",
    "Tom & Jerry <b> unclosed",
    '<a href="http://x">klik</a>',
    '<img src="/etc/passwd"/>',
    "<font color=red>rood</font>",
    "&amp; &lt; &#60; &nbsp;",
    "\"double\" and 'single'",
    "<br/><para>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_has_no_markup_left(text: str) -> None:
    escaped = markup.inline(text)
    assert "<" not in escaped and ">" not in escaped
    assert '"' not in escaped and "'" not in escaped
    # every & starts one of our own entities
    rest = escaped
    for entity in ("&amp;", "&lt;", "&gt;", "&quot;", "&#39;"):
        rest = rest.replace(entity, "")
    assert "&" not in rest


def test_paragraph_keeps_line_breaks_as_our_only_tag() -> None:
    assert markup.paragraph("één\ntwee\r\ndrie\rvier\u2028vijf") == (
        "één<br/>twee<br/>drie<br/>vier<br/>vijf"
    )
    assert markup.paragraph("a<br/>b") == "a&lt;br/&gt;b"


def test_control_characters_go_and_tabs_become_spaces() -> None:
    assert markup.clean("a\x00b\x07c\x1b[31md\x7fe\tf\x85g") == "abc[31mde f\ng"
    assert markup.clean("lone \ud800 surrogate\ufeff") == "lone  surrogate"


def test_characters_without_a_glyph_and_invisible_marks_are_dropped() -> None:
    assert markup.clean("Anna 🙂 ✓") == "Anna  "
    assert markup.clean("abc\u200fdef\u200e\u202eghi\u200d\u00ad") == "abcdefghi"
    assert markup.clean("e\u0301") == "é"  # composed, then printable


def test_blocks_split_paragraphs_and_bullets() -> None:
    found = markup.blocks("Eerste regel\ntweede regel\n\n- een & twee\n* drie\n• <vier>\nslot")
    assert [(b.markup, b.bullet, b.marker) for b in found] == [
        ("Eerste regel<br/>tweede regel", False, False),
        ("een &amp; twee", True, True),
        ("drie", True, True),
        ("&lt;vier&gt;", True, True),
        ("slot", False, False),
    ]
    assert not any(b.continued for b in found)
    assert markup.blocks("") == []
    assert markup.blocks("\x00\n\n  ") == []


def test_very_long_text_comes_in_pieces_cut_between_words() -> None:
    sentence = "Dit is een zin over de voortgang. "
    text = sentence * 300  # about 10,000 characters in one paragraph
    pieces = markup.pieces(text)
    assert len(pieces) >= 5
    assert all(len(piece) <= markup.CHUNK for piece in pieces)
    assert all(piece.rstrip().endswith(".") for piece in pieces)
    assert "".join(p.replace(" ", "") for p in pieces) == text.replace(" ", "")
    word = "x" * 5000  # no place to cut: cut anyway
    assert [len(p) for p in markup.pieces(word)] == [2000, 2000, 1000]
    found = markup.blocks("- " + text)
    assert found[0].marker and all(b.bullet for b in found)
    assert [b.continued for b in found] == [True] * (len(found) - 1) + [False]


def test_names_and_titles_are_cut_at_a_sane_length() -> None:
    assert markup.inline("a" * 600).endswith("…")
    assert len(markup.inline("a" * 600)) == markup.MAX_INLINE
    assert markup.inline("Tom & Jerry", limit=5) == "Tom…"
