"""Schema versions: every stored release migrates to the current one; newer files are refused."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from mentordesk import config
from mentordesk.errors import NewerVersionError
from mentordesk.store import migrations
from mentordesk.store.database import open_file
from mentordesk.store.models import ALL_MODELS
from tests.conftest import PASSPHRASE

DATA = Path(__file__).resolve().parents[2] / "data"
STORED = sorted(DATA.glob("schema-v*.mentordesk"))


def stored_version(path: Path) -> int:
    return int(path.stem.removeprefix("schema-v"))


def test_every_released_schema_is_stored() -> None:
    # A file is stored for each released schema (``tests/data/make_schema_file.py``); the
    # newest step may be unreleased still, and is then reached by migrating the older files.
    stored = [stored_version(p) for p in STORED]
    known = sorted(migrations.MIGRATIONS)
    assert stored == known[: len(stored)]
    assert known[len(stored) :] in ([], [migrations.CURRENT_VERSION])


@pytest.mark.parametrize("stored", STORED, ids=lambda p: p.stem)
def test_stored_schema_migrates_to_current_and_keeps_its_data(stored: Path, tmp_path: Path) -> None:
    from mentordesk.services.practice_file import open_practice

    path = tmp_path / stored.name
    shutil.copyfile(stored, path)
    with open_practice(path, PASSPHRASE) as pf:
        info = pf.info()
        assert info.schema_version == migrations.CURRENT_VERSION
        assert pf.integrity_problems() == []
        names = {row.name for row in pf.clients.list_rows()}
        assert "Ülkü Şahin" in names
        assert "Tom & Jerry <test>" in names
    if stored_version(stored) < migrations.CURRENT_VERSION:
        # the encrypted copy taken before migrating sits in the backup folder
        assert list(config.backup_dir().glob(f"{stored.stem}-before-v*.mentordesk"))


def test_version_1_file_gains_the_draft_table_and_keeps_every_row(tmp_path: Path) -> None:
    """The stored release-1 file opens at version 2 or later: all rows kept, drafts work."""
    from mentordesk.services.drafts import DraftService
    from mentordesk.services.practice_file import open_practice

    original = tmp_path / "original.mentordesk"
    shutil.copyfile(DATA / "schema-v1.mentordesk", original)
    before = _rows(original)
    assert _version(original) == 1
    assert before["session"] and before["goal_score"] and before["action_item"]
    with open_practice(original, PASSPHRASE) as pf:
        assert pf.info().schema_version == migrations.CURRENT_VERSION >= 2
        assert pf.integrity_problems() == []
        session = pf.sessions.for_client(pf.clients.list_rows()[0].id)[0]
        assert session.summary == "<b>vet</b> & 'quotes'"
        assert session.private_notes == "werkaantekening"
        drafts = DraftService(pf)
        kept = drafts.save(session.engagement_id, session.id, {"summary": "nieuw ✓"})
        assert drafts.for_session(session.id).payload == {"summary": "nieuw ✓"}  # type: ignore[union-attr]
        assert drafts.discard(kept)
    after = _rows(original)
    for table, rows in before.items():
        # later steps may add columns at the end (ALTER TABLE ... ADD COLUMN); the old ones stay
        kept = [row[: len(rows[0])] for row in after[table]] if rows else after[table]
        assert kept == rows, f"{table} changed by the migration"
    assert after["session_draft"] == []
    (backup,) = config.backup_dir().glob("original-before-v1-*")
    assert _version(backup) == 1


def _version(path: Path) -> int:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every plain table, read without opening through MentorDesk."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_index%'"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        conn.close()


def test_models_match_the_migrated_schema(practice_path: Path) -> None:
    with open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent) as cf:
        for model in ALL_MODELS:
            table = model._meta.table_name
            columns = {row[1] for row in cf.connection.execute(f"PRAGMA table_info({table})")}
            assert columns, f"table {table} missing"
            fields = {f.column_name for f in model._meta.sorted_fields}
            assert fields <= columns, f"{table}: {fields - columns}"


def _set_version(path: Path, version: int) -> None:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_newer_file_is_refused_unchanged(practice_path: Path) -> None:
    _set_version(practice_path, migrations.CURRENT_VERSION + 1)
    before = hashlib.sha256(practice_path.read_bytes()).hexdigest()
    with pytest.raises(NewerVersionError) as caught:
        open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent / "bk")
    assert f"file version {migrations.CURRENT_VERSION + 1}" in caught.value.text("en")
    assert "niet gewijzigd" in caught.value.text("nl")
    assert hashlib.sha256(practice_path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in practice_path.parent.iterdir()) == ["practice.mentordesk"]


def test_pending_step_backs_up_first_then_runs_in_one_transaction(
    practice_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = migrations.CURRENT_VERSION
    extra = {
        **migrations.MIGRATIONS,
        current + 1: ["CREATE TABLE extra (x TEXT)", "INSERT INTO extra VALUES ('step ran')"],
    }
    monkeypatch.setattr(migrations, "MIGRATIONS", extra)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", current + 1)
    backups = practice_path.parent / "bk"
    with open_file(practice_path, PASSPHRASE, backup_dir=backups) as cf:
        assert cf.schema_version() == current + 1
        assert cf.connection.execute("SELECT x FROM extra").fetchall() == [("step ran",)]
    (backup,) = backups.glob("*.mentordesk")
    assert f"before-v{current}" in backup.name
    monkeypatch.setattr(migrations, "CURRENT_VERSION", current + 1)
    with open_file(backup, PASSPHRASE, backup_dir=backups / "again") as old:
        # the backup was taken before the step: opening it migrates it in turn
        assert old.connection.execute("SELECT count(*) FROM extra").fetchone()[0] == 1
    assert list((backups / "again").glob("*.mentordesk"))


def test_failing_step_rolls_back_and_leaves_the_version(
    practice_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = migrations.CURRENT_VERSION
    broken = {
        **migrations.MIGRATIONS,
        current + 1: ["CREATE TABLE half (x TEXT)", "THIS IS NOT SQL"],
    }
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", current + 1)
    with pytest.raises(Exception, match="syntax error"):
        open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent / "bk")
    monkeypatch.undo()
    with open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent) as cf:
        assert cf.schema_version() == current
        tables = {r[0] for r in cf.connection.execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables
    assert current == migrations.CURRENT_VERSION


def test_full_disk_during_a_migration_is_a_clear_error_and_changes_nothing(
    practice_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.errors import DiskFullError

    current = migrations.CURRENT_VERSION
    pages = practice_path.stat().st_size // 4096
    filling = {
        **migrations.MIGRATIONS,
        current + 1: [
            f"PRAGMA max_page_count = {pages + 2}",  # SQLite answers SQLITE_FULL, as a full disk
            "CREATE TABLE big (x BLOB)",
            "INSERT INTO big VALUES (randomblob(2000000))",
        ],
    }
    monkeypatch.setattr(migrations, "MIGRATIONS", filling)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", current + 1)
    with pytest.raises(DiskFullError):
        open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent / "bk")
    monkeypatch.undo()
    with open_file(practice_path, PASSPHRASE, backup_dir=practice_path.parent) as cf:
        assert cf.schema_version() == current
        assert cf.integrity_problems() == []


def test_version_3_file_gains_invoices_and_the_hours_log_consent(tmp_path: Path) -> None:
    """The stored release-3 file opens at version 4 or later: every row kept, clients not
    listed by default, and its held payer-paid session can be invoiced and issued."""
    from dataclasses import replace

    from mentordesk.services import demo_content
    from mentordesk.services.invoices import InvoiceService
    from mentordesk.services.practice_file import open_practice
    from mentordesk.services.reports import ReportService

    original = tmp_path / "v3.mentordesk"
    shutil.copyfile(DATA / "schema-v3.mentordesk", original)
    before = _rows(original)
    assert _version(original) == 3
    with open_practice(original, PASSPHRASE) as pf:
        assert pf.info().schema_version == migrations.CURRENT_VERSION >= 4
        assert pf.integrity_problems() == []
        client = next(r for r in pf.clients.list_rows() if r.name == "Tom & Jerry <test>")
        assert not ReportService(pf).is_listed(client.id)
        pf.practice.update(replace(demo_content.PRACTICE, name="Praktijk de Wegwijzer"))
        payer = pf.payers.list()[0]
        pf.payers.update(payer.id, replace(payer, street="Domplein 1", city="Utrecht"))
        invoices = InvoiceService(pf)
        draft = invoices.create(invoices.suggest(client.id))
        assert draft.reference == "PO-77" and draft.addressee.name == "Gemeente Ûtrecht & Co"
        issued = invoices.issue(draft.id)
        assert issued.number is not None and issued.number.endswith("-0001")
    after = _rows(original)
    for table, rows in before.items():
        kept = [row[: len(rows[0])] for row in after[table]] if rows else after[table]
        if table not in ("practice", "payer", "audit_event"):  # changed above, on purpose
            assert kept == rows, f"{table} changed by the migration"
    assert [row[-1] for row in after["client"]] == [0, 0]  # client.listed, added at the end
