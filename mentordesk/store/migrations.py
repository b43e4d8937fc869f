"""Schema versions and the steps between them, each in one transaction.

The version lives in ``PRAGMA user_version``. Before any step runs on an existing file, the caller
makes an encrypted backup copy (``ClientFile.backup_to``). A file from a newer version is refused
before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from mentordesk.store import schema_v1, schema_v2, schema_v3, schema_v4, schema_v5

# version -> statements that bring a file from version - 1 to version
MIGRATIONS: Mapping[int, Sequence[str]] = {
    1: schema_v1.STATEMENTS,
    2: schema_v2.STATEMENTS,
    3: schema_v3.STATEMENTS,
    4: schema_v4.STATEMENTS,
    5: schema_v5.STATEMENTS,
}
CURRENT_VERSION = max(MIGRATIONS)


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(found: int, steps: Mapping[int, Sequence[str]] | None = None) -> list[int]:
    return sorted(v for v in (MIGRATIONS if steps is None else steps) if v > found)


def run(
    conn: Any,
    steps: Mapping[int, Sequence[str]] | None = None,
    on_step: Callable[[int], None] | None = None,
) -> int:
    """Apply every pending step to ``conn`` (autocommit mode), one transaction each."""
    steps = MIGRATIONS if steps is None else steps
    version = schema_version(conn)
    for target in pending(version, steps):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in steps[target]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(target)}")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O)
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = target
        if on_step is not None:
            on_step(target)
    return version
