"""Every table of a client file, read generically, and written into a new file (export/import).

Reading: the data tables are the base tables in ``sqlite_master`` except SQLite's own
(``sqlite_*``) and virtual tables with their shadow tables (the full-text ``search_index``,
which an import rebuilds). They come parents first (by their foreign keys), each row in rowid
order, every stored column.

Writing (``insert_all``) goes into a new file built at the export's schema version
(``create_at_version``), in one transaction: foreign keys are checked at the end
(``defer_foreign_keys``), and the guard triggers (those that ``RAISE``: an invoice is born a
draft, an issued invoice is frozen, numbers run without gaps) are dropped before the rows go in
and re-created from their own ``sqlite_master`` text before the commit: the rows are history,
already issued, and would otherwise be refused. The search triggers stay and fill the index as
the rows arrive. Before the commit come ``PRAGMA foreign_key_check`` and the checks the guards
would have made on issued invoices (their lines add up), so a broken export is refused whole.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from mentordesk.errors import UserError
from mentordesk.store import integrity, migrations
from mentordesk.store.connections import fsync_folder, keyed_connection
from mentordesk.store.database import APPLICATION_ID, PRAGMAS, link_into_place
from mentordesk.store.sqlite_errors import user_error_for

Row = tuple[object, ...]
MAX_REPORTED = 5  # broken references named in one message


@dataclass(frozen=True)
class Column:
    name: str
    declared_type: str  # upper case as written in the DDL ("INTEGER", "TEXT", "BLOB", "")
    not_null: bool
    primary_key: bool


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: Sequence[Row]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


class ImportRowError(UserError):
    """A row of the export breaks a rule of the file (a CHECK, NOT NULL or UNIQUE)."""

    en = (
        "The export cannot be imported: row {row_id} of table {table} is refused by the file "
        "({reason}). Nothing was created."
    )
    nl = (
        "De export kan niet worden ingelezen: rij {row_id} van tabel {table} wordt door het "
        "bestand geweigerd ({reason}). Er is niets aangemaakt."
    )


class BrokenReferenceError(UserError):
    en = (
        "The export cannot be imported: it refers to records that are not in it ({detail}). "
        "Nothing was created."
    )
    nl = (
        "De export kan niet worden ingelezen: hij verwijst naar gegevens die er niet in staan "
        "({detail}). Er is niets aangemaakt."
    )


class InconsistentInvoicesError(UserError):
    en = (
        "The export cannot be imported: issued invoice {number} does not match its lines "
        "(total {net} cents, lines {lines} cents). Nothing was created."
    )
    nl = (
        "De export kan niet worden ingelezen: uitgereikte factuur {number} klopt niet met haar "
        "regels (totaal {net} cent, regels {lines} cent). Er is niets aangemaakt."
    )


class BuiltFileDamagedError(UserError):
    en = "The new file did not pass its checks ({detail}). Nothing was created."
    nl = "Het nieuwe bestand doorstond de controles niet ({detail}). Er is niets aangemaakt."


class FileNotBuiltError(UserError):
    en = (
        "The new file {path} could not be written ({reason}). Is the disk full? Nothing was "
        "created."
    )
    nl = (
        "Het nieuwe bestand {path} kon niet worden geschreven ({reason}). Is de schijf vol? Er "
        "is niets aangemaakt."
    )


def quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- reading ------------------------------------------------------------------------------------
def data_tables(conn: Any) -> list[str]:
    """The tables an export carries, parents before children."""
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [
        str(name)
        for name, sql in found
        if str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL TABLE")
    ]
    names = sorted(
        str(name)
        for name, _sql in found
        if not str(name).startswith("sqlite_")
        and str(name) not in virtual
        and not any(str(name).startswith(v + "_") for v in virtual)
    )
    return _parents_first(conn, names)


def _parents_first(conn: Any, names: list[str]) -> list[str]:
    parents = {
        name: {str(row[2]) for row in conn.execute(f"PRAGMA foreign_key_list({quote_name(name)})")}
        & set(names) - {name}
        for name in names
    }
    ordered: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in ordered or name in visiting:
            return  # done, or a cycle: deferred foreign keys cope with the order
        visiting.add(name)
        for parent in sorted(parents[name]):
            visit(parent)
        visiting.discard(name)
        ordered.append(name)

    for name in names:
        visit(name)
    return ordered


def columns(conn: Any, table: str) -> tuple[Column, ...]:
    """The stored columns of ``table`` in their order (generated columns left out)."""
    return tuple(
        Column(
            name=str(row[1]),
            declared_type=str(row[2] or "").upper(),
            not_null=bool(row[3]),
            primary_key=bool(row[5]),
        )
        for row in conn.execute(f"PRAGMA table_xinfo({quote_name(table)})")
        if int(row[6]) == 0
    )


def _has_rowid(conn: Any, table: str) -> bool:
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return "WITHOUT ROWID" not in str(sql).upper()


def read_table(conn: Any, table: str) -> Table:
    cols = columns(conn, table)
    names = ", ".join(quote_name(c.name) for c in cols)
    if _has_rowid(conn, table):
        order = "rowid"
    else:
        order = ", ".join(quote_name(c.name) for c in cols if c.primary_key) or "1"
    rows = conn.execute(f"SELECT {names} FROM {quote_name(table)} ORDER BY {order}").fetchall()
    return Table(table, cols, [tuple(row) for row in rows])


def read_all(conn: Any) -> list[Table]:
    """Every data table with every row (call inside one transaction for one snapshot)."""
    return [read_table(conn, name) for name in data_tables(conn)]


def schema_version(conn: Any) -> int:
    return migrations.schema_version(conn)


# -- writing into a new file ----------------------------------------------------------------------
def steps_up_to(version: int) -> dict[int, Sequence[str]]:
    return {v: s for v, s in migrations.MIGRATIONS.items() if v <= version}


def schema_tables(version: int) -> dict[str, tuple[Column, ...]]:
    """The data tables and their columns of a file at schema ``version``, parents first."""
    conn = sqlcipher.connect(":memory:", isolation_level=None)
    try:
        migrations.run(conn, steps_up_to(version))
        return {name: columns(conn, name) for name in data_tables(conn)}
    finally:
        conn.close()


def create_at_version(path: Path, secret: str, version: int) -> Any:
    """A new, empty client file at ``path`` at schema ``version`` (no practice row yet)."""
    conn = keyed_connection(path, secret)
    try:
        for name, value in PRAGMAS:
            conn.execute(f"PRAGMA {name} = {value}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrations.run(conn, steps_up_to(version))
    except BaseException:
        conn.close()
        raise
    return conn


def _guard_triggers(conn: Any) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%RAISE(%' "
        "ORDER BY name"
    ).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


def _insert_table(conn: Any, table: str, names: Sequence[str], rows: Iterable[Row]) -> None:
    current: list[Row] = []

    def tracked() -> Iterator[Row]:
        for row in rows:
            current[:] = [row]
            yield row

    column_list = ", ".join(quote_name(n) for n in names)
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {quote_name(table)} ({column_list}) VALUES ({marks})"
    try:
        conn.executemany(sql, tracked())
    except sqlcipher.IntegrityError as exc:
        row_id = _row_label(names, current[0] if current else ())
        raise ImportRowError(table=table, row_id=row_id, reason=str(exc)) from exc


def _row_label(names: Sequence[str], row: Row) -> str:
    for key in ("id", *names):
        if key in names and names.index(key) < len(row):
            return f"{key} {row[names.index(key)]}"
    return "?"


def _reference_problems(conn: Any) -> list[str]:
    found = conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_REPORTED + 1)
    problems = [f"{row[0]} row {row[1]} → {row[2]}" for row in found[:MAX_REPORTED]]
    if len(found) > MAX_REPORTED:
        problems.append("…")
    return problems


def _check_invoices(conn: Any) -> None:
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
    if not {"invoice", "invoice_line"} <= tables:
        return
    bad = conn.execute(
        """SELECT i.number, i.net_cents, coalesce(sum(l.net_cents), 0) AS lines
           FROM invoice i LEFT JOIN invoice_line l ON l.invoice_id = i.id
           WHERE i.status = 'issued' GROUP BY i.id
           HAVING count(l.id) = 0 OR lines <> i.net_cents LIMIT 1"""
    ).fetchone()
    if bad is not None:
        raise InconsistentInvoicesError(number=bad[0], net=bad[1], lines=bad[2])


def insert_all(conn: Any, tables: Sequence[Table]) -> None:
    """Insert every row of ``tables`` (ids kept) in one transaction; see the module text."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        guards = _guard_triggers(conn)
        for name, _sql in guards:
            conn.execute(f"DROP TRIGGER {quote_name(name)}")
        order = {name: index for index, name in enumerate(data_tables(conn))}
        for table in sorted(tables, key=lambda t: order.get(t.name, len(order))):
            _insert_table(conn, table.name, table.column_names, table.rows)
        for _name, sql in guards:
            conn.execute(sql)
        problems = _reference_problems(conn)
        if problems:
            raise BrokenReferenceError(detail="; ".join(problems))
        _check_invoices(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def add_audit_event(conn: Any, at: str, action: str, detail: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "INSERT INTO audit_event (at, action, client_id, detail) VALUES (?, ?, NULL, ?)",
            (at, action, detail),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def check_built(conn: Any) -> None:
    """The full checks on a file just built: pages, structure, references."""
    problems = integrity.fast_problems(conn)
    problems += [
        str(row[0]) for row in conn.execute("PRAGMA integrity_check") if str(row[0]) != "ok"
    ]
    problems += _reference_problems(conn)
    if problems:
        raise BuiltFileDamagedError(detail="; ".join(problems[:MAX_REPORTED]))


@dataclass(frozen=True)
class BuildPlan:
    """What ``build_file`` writes: the rows at ``version``, then the audit line."""

    version: int
    tables: Sequence[Table]
    audit_at: str
    audit_action: str
    audit_detail: str  # JSON


def build_file(path: Path, secret: str, plan: BuildPlan) -> None:
    """Build a new client file at ``path`` from ``plan``.

    The file is made under a hidden temporary name in the same folder, filled, migrated to the
    current schema, checked, and linked into place only then; any failure (a full disk, a
    refused row) leaves nothing under ``path`` and no temporary file.
    """
    path = Path(path).absolute()
    partial = path.with_name(f".{path.name}.importing-{os.getpid()}")
    journal = Path(f"{partial}-journal")
    partial.unlink(missing_ok=True)
    journal.unlink(missing_ok=True)
    try:
        conn = create_at_version(partial, secret, plan.version)
        try:
            insert_all(conn, plan.tables)
            migrations.run(conn)
            add_audit_event(conn, plan.audit_at, plan.audit_action, plan.audit_detail)
            check_built(conn)
        finally:
            conn.close()
        os.chmod(partial, 0o600)
        link_into_place(partial, path)
        fsync_folder(path.parent)
    except sqlcipher.DatabaseError as exc:
        raise (user_error_for(exc, path) or FileNotBuiltError(path=str(path), reason=exc)) from exc
    except OSError as exc:
        raise FileNotBuiltError(path=str(path), reason=exc.strerror or exc) from exc
    finally:
        partial.unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
