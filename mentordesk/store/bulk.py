"""Writing many rows at once: the demo practice, and later large imports.

Rows go in with ``executemany`` inside the caller's transaction, with explicit ids, straight
into the base tables. The full-text index follows by itself: the triggers of ``schema_v1``
fire for every inserted row. Table and column names cannot be bound as SQL parameters, so they
are checked against the models before they are put into a statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from mentordesk.store.models import ALL_MODELS


def _columns_by_table() -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {}
    for model in ALL_MODELS:
        meta = model._meta
        found[str(meta.table_name)] = frozenset(str(f.column_name) for f in meta.sorted_fields)
    return found


COLUMNS: Mapping[str, frozenset[str]] = _columns_by_table()
# Tables that take bulk rows. ``practice`` is a single row and goes through its service.
BULK_TABLES = frozenset(COLUMNS) - {"practice"}


def _check(table: str, columns: Iterable[str], allowed_tables: frozenset[str]) -> list[str]:
    if table not in allowed_tables:
        raise ValueError(f"not a table for bulk writes: {table!r}")
    names = list(columns)
    unknown = [c for c in names if c not in COLUMNS[table]]
    if unknown or not names:
        raise ValueError(f"unknown or missing columns for {table}: {unknown or names}")
    if len(set(names)) != len(names):
        raise ValueError(f"a column is named twice for {table}: {names}")
    return names


def _require_transaction(conn: Any) -> None:
    # Row by row autocommit would sync the disk once per row: minutes instead of seconds.
    if not conn.in_transaction:
        raise RuntimeError("bulk writes need an open transaction (PracticeFile.transaction())")


def insert_rows(
    conn: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> int:
    """Insert ``rows`` (one value per column, in order) into ``table``; returns how many.

    Runs inside the caller's transaction; constraints and foreign keys are checked as usual, so
    parents must be inserted before their children.
    """
    names = _check(table, columns, BULK_TABLES)
    _require_transaction(conn)
    count = 0

    def counted() -> Iterable[Sequence[object]]:
        nonlocal count
        for row in rows:
            if len(row) != len(names):
                raise ValueError(f"{table}: a row has {len(row)} values for {len(names)} columns")
            count += 1
            yield row

    column_list = ", ".join(f'"{c}"' for c in names)
    marks = ", ".join("?" for _ in names)
    conn.executemany(f'INSERT INTO "{table}" ({column_list}) VALUES ({marks})', counted())
    return count


def set_column(conn: Any, table: str, column: str, value: object) -> int:
    """Give ``column`` the same ``value`` in every row of ``table``; returns how many rows."""
    (name,) = _check(table, [column], frozenset(COLUMNS))
    _require_transaction(conn)
    cursor = conn.execute(f'UPDATE "{table}" SET "{name}" = ?', (value,))
    return int(cursor.rowcount)


def optimize_search_index(conn: Any) -> None:
    """Merge the full-text index into one segment: smaller, and faster to search afterwards."""
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
