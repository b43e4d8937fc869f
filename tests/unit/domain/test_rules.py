"""Domain rules without I/O: confidentiality, names, passphrases, cadence."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from mentordesk.domain.cadence import next_session_date
from mentordesk.domain.confidentiality import (
    MASK,
    Confidentiality,
    Output,
    Visibility,
    render,
    visibility,
)
from mentordesk.domain.names import display_name, fold, initials
from mentordesk.domain.passphrase import PassphraseCharacterError, normalise
from mentordesk.errors import EmptyPassphraseError

C, Out, V = Confidentiality, Output, Visibility


@pytest.mark.parametrize(
    ("level", "output", "flags", "expected"),
    [
        (C.NORMAL, Out.SCREEN, {}, V.SHOW),
        (C.CONFIDENTIAL, Out.SCREEN, {}, V.MASK),
        (C.CONFIDENTIAL, Out.SCREEN, {"revealed": True}, V.SHOW),
        (C.PRIVATE, Out.SCREEN, {}, V.MASK),
        (C.PRIVATE, Out.SCREEN, {"revealed": True}, V.SHOW),
        (C.NORMAL, Out.DOCUMENT, {}, V.SHOW),
        (C.CONFIDENTIAL, Out.DOCUMENT, {}, V.OMIT),
        (C.CONFIDENTIAL, Out.DOCUMENT, {"ticked": True}, V.SHOW),
        (C.PRIVATE, Out.DOCUMENT, {"ticked": True}, V.OMIT),
        (C.CONFIDENTIAL, Out.EXPORT, {}, V.SHOW),
        (C.PRIVATE, Out.EXPORT, {}, V.OMIT),
        (C.PRIVATE, Out.ACCESS_REQUEST, {}, V.SHOW),
        (C.PRIVATE, Out.ACCESS_REQUEST, {"private_included": False}, V.OMIT),
        (C.PRIVATE, Out.BACKUP, {}, V.SHOW),
    ],
)
def test_visibility_table(level: C, output: Out, flags: dict[str, bool], expected: V) -> None:
    assert visibility(level, output, **flags) is expected


def test_private_never_reaches_a_document_and_nothing_reaches_invoices_or_calendars() -> None:
    for flags in itertools.product((False, True), repeat=3):
        revealed, ticked, included = flags
        kw = {"revealed": revealed, "ticked": ticked, "private_included": included}
        assert visibility(C.PRIVATE, Out.DOCUMENT, **kw) is V.OMIT
        for level in C:
            assert visibility(level, Out.INVOICE, **kw) is V.OMIT
            assert visibility(level, Out.CALENDAR, **kw) is V.OMIT


def test_render() -> None:
    assert render("geheim", C.CONFIDENTIAL, Out.SCREEN) == MASK
    assert render("", C.CONFIDENTIAL, Out.SCREEN) == ""
    assert render("geheim", C.CONFIDENTIAL, Out.DOCUMENT) is None
    assert render("open", C.NORMAL, Out.DOCUMENT) == "open"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ülkü Şahin", "Ü.Ş."),
        ("Jan van der Berg", "J.B."),
        ("Anand Koendjbiharie", "A.K."),
        ("Siobhán O'Brien", "S.O."),
        ("ilse", "I."),
        ("🙂", "?"),
        ("van", "V."),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_display_name() -> None:
    assert display_name("Johanna Bakker", "Jo") == "Johanna Bakker (Jo)"
    assert display_name("Johanna Bakker", "Johanna") == "Johanna Bakker"
    assert display_name("Johanna Bakker", "Jo", sensitive=True) == "J.B."


def test_fold_ignores_case_and_accents() -> None:
    assert fold("José GARCÍA") == fold("jose garcia")
    assert fold("Zoë Öztürk") == "zoe ozturk"


def test_passphrase_rules() -> None:
    assert normalise("cafe\u0301") == "café"
    for empty in ("", "   ", "\t"):
        with pytest.raises(EmptyPassphraseError):
            normalise(empty)
    with pytest.raises(PassphraseCharacterError):
        normalise("line\nbreak")
    assert normalise("  spaces inside  ") == "  spaces inside  "


def test_cadence() -> None:
    assert next_session_date(dt.date(2026, 11, 23), 2) == dt.date(2026, 12, 7)
    assert next_session_date(dt.date(2026, 11, 23), None) is None
    assert next_session_date(dt.date(2026, 11, 23), 0) is None
