"""The client table model: sorting, accent-insensitive filtering, initials for sensitive ones."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.domain.enums import ClientStatus, EngagementKind, Funding
from mentordesk.domain.names import display_name
from mentordesk.services.records import ClientRow
from mentordesk.ui.models.client_table import ClientTableModel, Column

FIRST = ["José", "Anna", "Ülkü", "Mohammed", "Sanne", "Dirk", "Émilie", "Noor", "Bram", "Fatma"]
LAST = [
    "Álvarez",
    "de Vries",
    "Şahin",
    "Bakker",
    "Janssen",
    "Koendjbiharie",
    "van Dijk",
    "Peeters",
    "Müller",
    "Öztürk",
]


def row(
    ident: int,
    name: str,
    *,
    status: ClientStatus = ClientStatus.ACTIVE,
    sensitive: bool = False,
    last: dt.date | None = None,
) -> ClientRow:
    return ClientRow(
        id=ident,
        name=name,
        display_name=display_name(name, sensitive=sensitive),
        status=status,
        sensitive=sensitive,
        tags=(),
        engagement_kind=EngagementKind.PERSONAL_GROWTH,
        funding=Funding.PRO_BONO,
        last_session=last,
        next_session=None,
    )


def many_rows(count: int) -> list[ClientRow]:
    statuses = list(ClientStatus)
    return [
        row(
            i,
            f"{FIRST[i % 10]} {LAST[(i // 10) % 10]} {i}",
            status=statuses[i % len(statuses)],
            sensitive=i % 7 == 0,
            last=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
        )
        for i in range(count)
    ]


def cells(model: ClientTableModel, role: Qt.ItemDataRole) -> list[object]:
    return [
        model.data(model.index(r, c), role)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def names(model: ClientTableModel) -> list[str]:
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


def test_labels_and_dates_are_human(qtbot: QtBot) -> None:
    model = ClientTableModel()
    model.set_rows([row(1, "Anna de Vries", last=dt.date(2026, 3, 12))])
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert shown == ["Anna de Vries", "Active", "Personal growth", "Pro bono", "12/03/2026", ""]
    assert model.headerData(Column.FUNDING, Qt.Orientation.Horizontal) == "Funding"


def test_sorting_by_name_and_by_date(qtbot: QtBot) -> None:
    model = ClientTableModel()
    model.set_rows(
        [
            row(1, "Bram Bakker", last=dt.date(2026, 1, 5)),
            row(2, "Émilie Peeters", last=None),
            row(3, "anna Janssen", last=dt.date(2026, 2, 1)),
        ]
    )
    assert names(model) == ["anna Janssen", "Bram Bakker", "Émilie Peeters"]
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Émilie Peeters", "Bram Bakker", "anna Janssen"]
    model.sort(Column.LAST_SESSION, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["anna Janssen", "Bram Bakker", "Émilie Peeters"]


def test_filter_ignores_accents_and_case_and_matches_status(qtbot: QtBot) -> None:
    model = ClientTableModel()
    model.set_rows(
        [
            row(1, "José Álvarez"),
            row(2, "Jose Bakker", status=ClientStatus.PAUSED),
            row(3, "Anna de Vries", status=ClientStatus.INTAKE),
        ]
    )
    model.set_filter("JOSE")
    assert names(model) == ["José Álvarez", "Jose Bakker"]
    model.set_filter("alvarez")
    assert names(model) == ["José Álvarez"]
    model.set_filter("paused")
    assert names(model) == ["Jose Bakker"]
    model.set_filter("jose  paus")  # every word must match
    assert names(model) == ["Jose Bakker"]
    model.set_filter("")
    assert model.rowCount() == 3


def test_sensitive_client_shows_initials_only(qtbot: QtBot) -> None:
    model = ClientTableModel()
    model.set_rows([row(1, "Ülkü Şahin", sensitive=True), row(2, "Anna de Vries")])
    model.set_filter("ulku")  # the mentor can still find the client by name ...
    assert model.rowCount() == 1
    everything = [
        str(v)
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.StatusTipRole,
            Qt.ItemDataRole.WhatsThisRole,
        )
        for v in cells(model, role)
        if v is not None
    ]
    assert "Ü.Ş." in everything  # ... but sees only the initials
    assert not any("Ülkü" in text or "Şahin" in text for text in everything)
    assert model.data(model.index(0, Column.NAME), Qt.ItemDataRole.UserRole) == 1


def test_filtering_ten_thousand_clients_is_correct_and_quick(qtbot: QtBot) -> None:
    rows = many_rows(10_000)
    model = ClientTableModel()
    model.set_rows(rows)
    assert model.rowCount() == 10_000

    started = time.perf_counter()
    model.set_filter("sahin")
    elapsed = time.perf_counter() - started
    expected = {r.id for r in rows if "Şahin" in r.name}
    got = {model.row_at(i).id for i in range(model.rowCount())}
    assert got == expected and len(expected) == 1000
    assert elapsed < 0.5, f"filtering took {elapsed:.3f} s"

    model.set_filter("emilie koendj")
    expected = {r.id for r in rows if r.name.startswith("Émilie Koendjbiharie")}
    assert {model.row_at(i).id for i in range(model.rowCount())} == expected
    assert expected

    model.sort(Column.LAST_SESSION, Qt.SortOrder.AscendingOrder)
    dates = [model.row_at(i).last_session for i in range(model.rowCount())]
    assert dates == sorted(dates)  # type: ignore[type-var]
    model.set_filter("")
    assert model.visible_count == model.total_count == 10_000
