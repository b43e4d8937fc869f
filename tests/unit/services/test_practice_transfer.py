"""The full export (JSON + CSV in a ZIP) and its import into a new file: round trip identical,
every broken export refused with its own message, nothing half-written."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import multiprocessing
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mentordesk.errors import FileAlreadyExistsError, UserError
from mentordesk.services import demo
from mentordesk.services import practice_export_format as fmt
from mentordesk.services.practice_export import (
    ExportWriteError,
    PracticeSnapshot,
    export_practice,
    read_practice,
    write_export,
)
from mentordesk.services.practice_file import PracticeFile, create_practice, open_practice
from mentordesk.services.practice_import import (
    ExportChecksumError,
    ExportDataError,
    ExportMissingError,
    NewerExportError,
    NotAnExportError,
    NotAZipError,
    import_practice,
    peek_export,
    read_export,
)
from mentordesk.services.records import ClientDraft
from mentordesk.services.search import SearchService
from mentordesk.store import transfer
from mentordesk.store.connections import keyed_connection
from tests.conftest import PASSPHRASE

DEMO_DAY = dt.date(2026, 11, 23)
NEW_PASSPHRASE = "een nieuwe wachtzin voor de kopie"
DATA_DIR = Path(__file__).parents[2] / "data"
AWKWARD = (
    'Tom "the boss" & Jerry <script>alert(1)</script> 🧭🙂 zoë\nline two\r\nthree\t'
    "tab \x01\x02\x1b\x7f end"
)
LOGO = bytes(range(256)) * 40


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mentordesk"
    demo.build_demo(path, PASSPHRASE, clients=12, today=DEMO_DAY)
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "source.mentordesk"
    shutil.copyfile(demo_file, target)
    return target


def _data(zip_path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(zip_path) as archive:
        return json.loads(archive.read(fmt.DATA))  # type: ignore[no-any-return]


def _rows(path: Path, passphrase: str) -> dict[str, list[tuple[object, ...]]]:
    conn = keyed_connection(path, passphrase, read_only=True)
    try:
        return {t.name: list(t.rows) for t in transfer.read_all(conn)}
    finally:
        conn.close()


def _without_action(rows: list[tuple[object, ...]], action: str) -> list[tuple[object, ...]]:
    return [r for r in rows if r[2] != action]


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def _round_trip(source: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    copy = tmp_path / "copy.mentordesk"
    with open_practice(source, PASSPHRASE) as pf:
        result = export_practice(pf, first)
        index_rows = pf.connection.execute("SELECT count(*) FROM search_index").fetchone()[0]
    imported = import_practice(first, copy, NEW_PASSPHRASE)
    with imported:
        export_practice(imported, second)
        assert imported.integrity_problems() == []
        assert (
            imported.connection.execute("SELECT count(*) FROM search_index").fetchone()[0]
            == index_rows
        )
    a, b = _data(first), _data(second)
    assert a.keys() == b.keys() and a["schema_version"] == b["schema_version"]
    assert a["tables"].keys() == b["tables"].keys()
    for name in a["tables"]:
        left, right = a["tables"][name], b["tables"][name]
        if name == "audit_event":
            new = [r for r in right["rows"] if r not in left["rows"]]
            assert [r["action"] for r in new] == ["practice_imported"]
            right = {**right, "rows": [r for r in right["rows"] if r not in new]}
        assert left == right, name
    original, copied = _rows(source, PASSPHRASE), _rows(copy, NEW_PASSPHRASE)
    original["audit_event"] = _without_action(original["audit_event"], "practice_exported")
    copied["audit_event"] = _without_action(
        _without_action(copied["audit_event"], "practice_imported"), "practice_exported"
    )
    assert original == copied
    assert sum(result.row_counts.values()) == sum(len(r) for r in original.values())


def test_demo_practice_round_trips_identically(demo_copy: Path, tmp_path: Path) -> None:
    with open_practice(demo_copy, PASSPHRASE) as pf:
        states = pf.connection.execute("SELECT DISTINCT kind, status FROM invoice").fetchall()
    assert {("invoice", "draft"), ("invoice", "issued"), ("credit_note", "issued")} <= set(states)
    _round_trip(demo_copy, tmp_path)


def _awkward_practice(path: Path) -> None:
    with create_practice(path, PASSPHRASE, AWKWARD) as pf:
        for index in range(3):
            pf.clients.create(
                ClientDraft(
                    name=f"{AWKWARD} {index}",
                    notes="lang " * 39_000 + AWKWARD,
                    tags=("a,b", "<i>", "🙂"),
                    sensitive=index == 1,
                )
            )
        with pf.transaction():
            pf.connection.execute("UPDATE practice SET logo = ?, signature = ?", (LOGO, b""))


def test_awkward_text_and_a_blob_logo_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "awkward.mentordesk"
    _awkward_practice(source)
    _round_trip(source, tmp_path)
    data = _data(tmp_path / "first.zip")
    practice = data["tables"]["practice"]["rows"][0]
    assert practice["name"] == AWKWARD
    assert practice["logo"] == {"base64": base64.b64encode(LOGO).decode()}
    with open_practice(tmp_path / "copy.mentordesk", NEW_PASSPHRASE) as pf:
        assert pf.practice.get_logo() == LOGO
        assert pf.practice.get().name == AWKWARD
        assert SearchService(pf).search("Jerry").total == 3


def test_export_holds_manifest_data_and_csv_with_checksums(
    practice: PracticeFile, tmp_path: Path
) -> None:
    practice.clients.create(ClientDraft(name="José Álvarez", notes='zegt; "ja"\nen nee'))
    target = tmp_path / "export.zip"
    result = export_practice(practice, target)
    assert (
        _leftovers(tmp_path, {"export.zip", "practice.mentordesk", "practice.mentordesk.lock"})
        == []
    )
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read(fmt.MANIFEST))
        assert manifest["format"] == fmt.FORMAT_NAME
        assert manifest["format_version"] == fmt.FORMAT_VERSION
        assert manifest["schema_version"] == result.schema_version == 5
        assert manifest["app_version"] and manifest["exported_at"] == result.exported_at
        listed = dict(manifest["files"])
        for name, table in manifest["tables"].items():
            assert table["rows"] == result.row_counts[name]
            listed.update({k: {"sha256": v} for k, v in table["files"].items()})
        for member, entry in listed.items():
            assert hashlib.sha256(archive.read(member)).hexdigest() == entry["sha256"]
        data = json.loads(archive.read(fmt.DATA))
        assert "search_index" not in data["tables"] and "client" in data["tables"]
        assert not any(n.startswith(("search_index", "sqlite_")) for n in manifest["tables"])
        raw_csv = archive.read("csv/client.csv")
    assert raw_csv.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw_csv.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["id", "name"] and rows[1][1] == "José Álvarez"
    assert rows[1][rows[0].index("notes")] == 'zegt; "ja"\nen nee'
    assert hashlib.sha256(target.read_bytes()).hexdigest() == result.sha256
    with practice.transaction():
        events = practice.connection.execute(
            "SELECT action, detail FROM audit_event WHERE action = 'practice_exported'"
        ).fetchall()
        documents = practice.connection.execute("SELECT count(*) FROM document_log").fetchone()
    assert len(events) == 1 and json.loads(events[0][1])["sha256"] == result.sha256
    assert "José" not in events[0][1]
    assert documents[0] == 0


def test_export_that_fails_half_way_leaves_the_old_file_and_no_temporary(
    practice: PracticeFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.zip"
    target.write_bytes(b"the previous export")
    snapshot = read_practice(practice)

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mentordesk.services.practice_export._fill", full)
    with pytest.raises(ExportWriteError) as caught:
        write_export(snapshot, target)
    assert "disk is full" in caught.value.text("en")
    assert "schijf is vol" in caught.value.text("nl")
    assert target.read_bytes() == b"the previous export"
    assert (
        _leftovers(tmp_path, {"export.zip", "practice.mentordesk", "practice.mentordesk.lock"})
        == []
    )
    with practice.transaction():
        count = practice.connection.execute(
            "SELECT count(*) FROM audit_event WHERE action = 'practice_exported'"
        ).fetchone()[0]
    assert count == 0


# -- broken exports ------------------------------------------------------------------------------
@pytest.fixture
def good_export(practice_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "good.zip"
    with open_practice(practice_path, PASSPHRASE) as pf:
        client = pf.clients.create(ClientDraft(name="Anna de Vries"))
        from mentordesk.domain.enums import EngagementKind, Funding
        from mentordesk.services.records import EngagementDraft, SessionDraft

        engagement = pf.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=EngagementKind.CAREER,
                funding=Funding.CLIENT_PAID,
                start_date=dt.date(2026, 1, 5),
            )
        )
        pf.sessions.create(SessionDraft(engagement_id=engagement.id, date=dt.date(2026, 1, 12)))
        export_practice(pf, target)
    return target


def rewrite(
    source: Path,
    target: Path,
    *,
    data: Callable[[dict[str, Any]], None] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    raw_data: bytes | None = None,
    checksums: bool = True,
) -> Path:
    """A copy of the export with its data and/or manifest changed (checksums made to fit)."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    content = json.loads(members[fmt.DATA])
    if data is not None:
        data(content)
        members[fmt.DATA] = json.dumps(content, ensure_ascii=False).encode()
    if raw_data is not None:
        members[fmt.DATA] = raw_data
    meta = json.loads(members[fmt.MANIFEST])
    for name, table in content["tables"].items():
        if name in meta["tables"]:
            meta["tables"][name]["rows"] = len(table["rows"]) if isinstance(table, dict) else 0
    if checksums:
        meta["files"][fmt.DATA]["sha256"] = hashlib.sha256(members[fmt.DATA]).hexdigest()
    if manifest is not None:
        manifest(meta)
    members[fmt.MANIFEST] = json.dumps(meta).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, raw in members.items():
            archive.writestr(name, raw)
    return target


def _first(content: dict[str, Any], table: str) -> dict[str, Any]:
    return content["tables"][table]["rows"][0]  # type: ignore[no-any-return]


def _set(table: str, column: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(content: dict[str, Any]) -> None:
        _first(content, table)[column] = value

    return change


def _drop_table(content: dict[str, Any]) -> None:
    del content["tables"]["goal"]


BROKEN: dict[str, tuple[dict[str, Any], type[UserError], str, str]] = {
    "other format": (
        {"manifest": lambda m: m.update(format="someone-else")},
        NotAnExportError,
        "not a MentorDesk practice export",
        "geen MentorDesk-praktijkexport",
    ),
    "newer format": (
        {"manifest": lambda m: m.update(format_version=fmt.FORMAT_VERSION + 1)},
        NewerExportError,
        "newer MentorDesk (export format 2",
        "nieuwere MentorDesk (exportformaat 2",
    ),
    "newer schema": (
        {"manifest": lambda m: m.update(schema_version=99)},
        NewerExportError,
        "file version 99",
        "bestandsversie 99",
    ),
    "checksum": (
        {"data": _set("client", "name", "Iemand Anders"), "checksums": False},
        ExportChecksumError,
        "data.json does not match its SHA-256",
        "data.json klopt niet met zijn SHA-256",
    ),
    "malformed json": (
        {"raw_data": b'{"format": "mentordesk-practice-export", "tables": {'},
        ExportDataError,
        "the JSON is malformed at line 1",
        "de JSON is ongeldig op regel 1",
    ),
    "wrong type": (
        {"data": _set("client", "sensitive", "yes")},
        ExportDataError,
        "table client, row 1, column sensitive: expected a whole number, found text",
        "tabel client, rij 1, kolom sensitive: verwacht een geheel getal, gevonden tekst",
    ),
    "missing column": (
        {"data": lambda c: _first(c, "client").pop("email")},
        ExportDataError,
        "table client, row 1: the columns do not match (email)",
        "tabel client, rij 1: de kolommen kloppen niet (email)",
    ),
    "missing table": (
        {"data": _drop_table, "manifest": lambda m: m["tables"].pop("goal")},
        ExportDataError,
        "table goal is missing",
        "tabel goal ontbreekt",
    ),
    "broken reference": (
        {"data": _set("session", "engagement_id", 999)},
        transfer.BrokenReferenceError,
        "session row 1 → engagement",
        "verwijst naar gegevens die er niet in staan",
    ),
    "check constraint": (
        {"data": _set("client", "status", "bogus")},
        transfer.ImportRowError,
        "row id 1 of table client is refused",
        "rij id 1 van tabel client wordt door het bestand geweigerd",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_export_is_refused_by_name_and_nothing_is_created(
    case: str, good_export: Path, tmp_path: Path
) -> None:
    changes, error, en, nl = BROKEN[case]
    broken = rewrite(good_export, tmp_path / "broken.zip", **changes)
    before = set(os.listdir(tmp_path))
    with pytest.raises(error) as caught:
        import_practice(broken, tmp_path / "new.mentordesk", NEW_PASSPHRASE)
    assert en in caught.value.text("en")
    assert nl in caught.value.text("nl")
    assert set(os.listdir(tmp_path)) == before


def test_not_a_zip_missing_manifest_and_missing_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(os.urandom(4000))
    with pytest.raises(NotAZipError) as caught:
        import_practice(junk, tmp_path / "a.mentordesk", NEW_PASSPHRASE)
    assert "is not a ZIP file" in caught.value.text("en")
    assert "geen ZIP-bestand" in caught.value.text("nl")
    bare = tmp_path / "bare.zip"
    with zipfile.ZipFile(bare, "w") as archive:
        archive.writestr("data.json", "{}")
    with pytest.raises(NotAnExportError, match=r"no manifest\.json"):
        import_practice(bare, tmp_path / "a.mentordesk", NEW_PASSPHRASE)
    with pytest.raises(ExportMissingError):
        import_practice(tmp_path / "gone.zip", tmp_path / "a.mentordesk", NEW_PASSPHRASE)
    assert not (tmp_path / "a.mentordesk").exists()


def test_existing_target_is_refused_and_left_alone(good_export: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken.mentordesk"
    target.write_bytes(b"mine")
    with pytest.raises(FileAlreadyExistsError):
        import_practice(good_export, target, NEW_PASSPHRASE)
    assert target.read_bytes() == b"mine"


def test_peek_reads_the_manifest(good_export: Path) -> None:
    info = peek_export(good_export)
    assert info.schema_version == 5 and info.row_counts["client"] == 1
    assert read_export(good_export).tables[0].name == "payer"


def test_inconsistent_issued_invoice_is_refused(demo_copy: Path, tmp_path: Path) -> None:
    source = tmp_path / "demo.zip"
    with open_practice(demo_copy, PASSPHRASE) as pf:
        export_practice(pf, source)

    def inflate(content: dict[str, Any]) -> None:
        issued = next(r for r in content["tables"]["invoice"]["rows"] if r["status"] == "issued")
        issued["net_cents"] += 100
        issued["total_cents"] += 100

    broken = rewrite(source, tmp_path / "broken.zip", data=inflate)
    with pytest.raises(transfer.InconsistentInvoicesError) as caught:
        import_practice(broken, tmp_path / "new.mentordesk", NEW_PASSPHRASE)
    assert "does not match its lines" in caught.value.text("en")
    assert not (tmp_path / "new.mentordesk").exists()


def test_imported_file_keeps_the_invoice_guards(demo_copy: Path, tmp_path: Path) -> None:
    source = tmp_path / "demo.zip"
    with open_practice(demo_copy, PASSPHRASE) as pf:
        export_practice(pf, source)
        triggers = pf.connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()
    with import_practice(source, tmp_path / "new.mentordesk", NEW_PASSPHRASE) as pf:
        assert (
            pf.connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            ).fetchall()
            == triggers
        )
        with pytest.raises(Exception, match="cannot be changed"), pf.transaction():
            pf.connection.execute("UPDATE invoice SET note = 'x' WHERE status = 'issued'")


# -- an export of an older schema version --------------------------------------------------------
def _export_raw(path: Path, target: Path) -> None:
    conn = keyed_connection(path, PASSPHRASE, read_only=True)
    try:
        version = transfer.schema_version(conn)
        snapshot = PracticeSnapshot(version, tuple(transfer.read_all(conn)), ",")
    finally:
        conn.close()
    write_export(snapshot, target)


@pytest.mark.parametrize("version", [1, 3, 4])
def test_export_of_an_older_schema_imports_and_migrates(version: int, tmp_path: Path) -> None:
    stored = tmp_path / "stored.mentordesk"
    shutil.copyfile(DATA_DIR / f"schema-v{version}.mentordesk", stored)
    old_export = tmp_path / "old.zip"
    _export_raw(stored, old_export)
    assert peek_export(old_export).schema_version == version
    with import_practice(old_export, tmp_path / "new.mentordesk", NEW_PASSPHRASE) as pf:
        assert pf.info().schema_version == 5
        assert pf.integrity_problems() == []
    open_practice(stored, PASSPHRASE).close()  # migrates the stored copy the usual way
    migrated = _rows(stored, PASSPHRASE)
    imported = _rows(tmp_path / "new.mentordesk", NEW_PASSPHRASE)
    imported["audit_event"] = _without_action(imported["audit_event"], "practice_imported")
    assert imported == migrated
    assert migrated["client"]


# -- a full disk while the new file is built -----------------------------------------------------
def _import_with_small_limit(source: str, target: str, limit: int, answer: Any) -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        import_practice(Path(source), Path(target), NEW_PASSPHRASE).close()
    except UserError as exc:
        answer.put(("user", type(exc).__name__, exc.text("en")))
    except BaseException as exc:
        answer.put(("bug", type(exc).__name__, str(exc)))
    else:
        answer.put(("ok", "", ""))


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_full_disk_while_importing_leaves_nothing(demo_copy: Path, tmp_path: Path) -> None:
    source = tmp_path / "demo.zip"
    with open_practice(demo_copy, PASSPHRASE) as pf:
        export_practice(pf, source)
    folder = tmp_path / "target"
    folder.mkdir()
    context = multiprocessing.get_context("spawn")
    for limit in (8_192, 200_000, 600_000):
        answer = context.Queue()
        child = context.Process(
            target=_import_with_small_limit,
            args=(str(source), str(folder / "new.mentordesk"), limit, answer),
        )
        child.start()
        outcome = answer.get(timeout=120)
        child.join(60)
        assert outcome[:2] in (("user", "FileNotBuiltError"), ("user", "DiskFullError")), outcome
        assert os.listdir(folder) == [], (limit, os.listdir(folder))


def test_practice_row_order_and_sqlite_tables_are_not_exported(practice: PracticeFile) -> None:
    snapshot = read_practice(practice)
    names = [t.name for t in snapshot.tables]
    assert names.index("client") < names.index("engagement") < names.index("session")
    assert not [n for n in names if n.startswith(("sqlite_", "search_index"))]


def test_an_export_without_practice_details_is_refused(good_export: Path, tmp_path: Path) -> None:
    def empty(content: dict[str, Any]) -> None:
        content["tables"]["practice"]["rows"] = []

    broken = rewrite(good_export, tmp_path / "broken.zip", data=empty)
    with pytest.raises(ExportDataError, match="practice details are missing"):
        import_practice(broken, tmp_path / "new.mentordesk", NEW_PASSPHRASE)
