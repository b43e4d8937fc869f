"""The shared base of the list models: filter words, a predicate, sorting, all with a reset."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from mentordesk.domain.names import fold
from mentordesk.ui.models.filtered_table import Entry, FilteredTableModel

PEOPLE = [("Zoë Şahin", 41), ("anna de Vries", 29), ("José Álvarez", 35), ("Bram Bakker", 29)]


class PeopleModel(FilteredTableModel[tuple[str, int]]):
    """Name and age; ages sort by age then name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, 0, Qt.SortOrder.AscendingOrder)
        self._headers = ("Name", "Age")

    def _entry(self, row: tuple[str, int]) -> Entry[tuple[str, int]]:
        name, age = row
        return Entry(row, (name, str(age)), fold(name), (fold(name), (age, fold(name))))


@pytest.fixture
def model(qtbot: QtBot) -> PeopleModel:
    model = PeopleModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load(PEOPLE)
    return model


def names(model: PeopleModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_load_sorts_and_shows_texts(model: PeopleModel) -> None:
    assert names(model) == ["anna de Vries", "Bram Bakker", "José Álvarez", "Zoë Şahin"]
    assert model.columnCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.data(model.index(3, 1)) == "41"
    assert model.data(model.index(3, 1), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Age"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert (model.total_count, model.visible_count) == (4, 4)
    assert model.row_at(2) == ("José Álvarez", 35)
    assert model.text(0, 1) == "29"


def test_filter_matches_every_word_ignoring_case_and_accents(
    model: PeopleModel, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.set_filter("SAHIN")
    assert names(model) == ["Zoë Şahin"]
    model.set_filter("  de   vries ")
    assert names(model) == ["anna de Vries"]
    model.set_filter("a xyz")
    assert model.rowCount() == 0
    assert (model.total_count, model.visible_count) == (4, 0)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_filter("A  XYZ")  # the same words: no reset
    model.set_filter("")
    assert model.visible_count == 4


def test_predicate_combines_with_the_filter(model: PeopleModel) -> None:
    model.set_predicate(lambda person: person[1] < 30)
    assert names(model) == ["anna de Vries", "Bram Bakker"]
    model.set_filter("bram")
    assert model.visible_rows() == [("Bram Bakker", 29)]
    model.set_predicate(None)
    model.set_filter("")
    assert model.visible_count == 4


def test_sort_by_column_and_order_survives_a_reload(model: PeopleModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Zoë Şahin", "José Álvarez", "Bram Bakker", "anna de Vries"]
    model.sort(7)  # no such column: ignored
    assert names(model)[0] == "Zoë Şahin"
    model.load([*PEOPLE, ("Noor Peeters", 50)])
    assert names(model)[0] == "Noor Peeters"
    model.set_filter("o")
    model.sort(0)
    assert names(model) == ["José Álvarez", "Noor Peeters", "Zoë Şahin"]


def test_clear_forgets_rows_and_filter(model: PeopleModel) -> None:
    model.set_filter("bram")
    model.clear()
    assert (model.total_count, model.rowCount()) == (0, 0)
    model.load(PEOPLE)
    assert model.visible_count == 4  # the filter text went with the rows
