"""A table model that filters and sorts in Python, with a model reset (the house design).

Each loaded row becomes an ``Entry``: its texts per column, a folded haystack for matching and
a sort key per column, all computed once. ``set_filter`` keeps the entries holding every folded
word of the text (and passing the optional row predicate); ``sort`` orders the full list. Both
rebuild the visible list and reset the model: at 10,000 rows this is far faster than a
``QSortFilterProxyModel``, which calls ``data()`` per row through Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mentordesk.domain.names import fold

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Entry(Generic[R]):
    row: R
    texts: tuple[str, ...]  # what each column shows
    haystack: str  # folded text the filter words are looked for in
    sort_keys: tuple[Any, ...]  # how each column sorts


class FilteredTableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R``; subclasses say how a row becomes an ``Entry`` and what ``data`` shows."""

    def __init__(
        self,
        parent: Any = None,
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()  # set by the subclass, translated
        self._all: list[Entry[R]] = []
        self._visible: list[Entry[R]] = []
        self._needles: list[str] = []
        self._predicate: Callable[[R], bool] | None = None
        self._sort_column = sort_column
        self._sort_order = sort_order

    def _entry(self, row: R) -> Entry[R]:
        """Texts, haystack and sort keys of one row (every subclass says how)."""
        raise NotImplementedError

    # -- loading, filtering, sorting ----------------------------------------------------------
    def load(self, rows: Iterable[R]) -> None:
        """Replace every row; texts and keys are computed here, once."""
        self._all = [self._entry(r) for r in rows]
        self._sort_all()
        self._refresh()

    def clear(self) -> None:
        """Forget every row and the filter text (which may hold a name)."""
        self._needles = []
        self.load([])

    def set_filter(self, text: str) -> None:
        """Keep the rows matching every word of ``text``, ignoring case and accents."""
        needles = fold(text).split()
        if needles != self._needles:
            self._needles = needles
            self._refresh()

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        """Keep only the rows ``predicate`` accepts as well (None: every row)."""
        self._predicate = predicate
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort_column = column
        self._sort_order = order
        self._sort_all()
        self._refresh()

    def _sort_all(self) -> None:
        column = self._sort_column
        self._all.sort(
            key=lambda e: e.sort_keys[column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _refresh(self) -> None:
        self.beginResetModel()
        needles, keep = self._needles, self._predicate
        entries = self._all if keep is None else [e for e in self._all if keep(e.row)]
        if needles:
            self._visible = [e for e in entries if all(n in e.haystack for n in needles)]
        else:
            self._visible = list(entries)
        self.endResetModel()

    # -- what the page and the view ask -------------------------------------------------------
    @property
    def total_count(self) -> int:
        return len(self._all)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    def visible_rows(self) -> list[R]:
        return [e.row for e in self._visible]

    def row_at(self, row: int) -> R:
        return self._visible[row].row

    def text(self, row: int, column: int) -> str:
        return self._visible[row].texts[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.texts[index.column()]
        return self._data(entry, index.column(), role)

    def _data(self, entry: Entry[R], column: int, role: int) -> Any:
        """What a cell holds for every role but the display text (None by default)."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
