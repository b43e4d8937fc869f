"""The demo practice: deterministic, complete, consistent, searchable, and never overwriting."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentordesk import config
from mentordesk.errors import FileAlreadyExistsError
from mentordesk.services import demo
from mentordesk.services.demo import DEMO_PASSPHRASE, DemoSummary, build_demo, ensure_demo_file
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.store import bulk

TODAY = dt.date(2026, 3, 2)
PASS = "demo passphrase"
NAMED = (
    "José García",
    "Ülkü Şahin",
    "Anand Koendjbiharie",
    "Zoë de Vries-Öztürk",
    "Siobhán O'Brien",
)


def _tables(pf: PracticeFile) -> list[str]:
    return [
        row[0]
        for row in pf.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def dump(path: Path, passphrase: str = PASS) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, and the search index, in a comparable form."""
    with open_practice(path, passphrase) as pf, pf.transaction():
        tables = {
            t: pf.connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
            for t in _tables(pf)
        }
        tables["search_index"] = pf.connection.execute(
            "SELECT rowid, * FROM search_index ORDER BY rowid"
        ).fetchall()
    return tables


def column(pf: PracticeFile, sql: str, *args: object) -> list[Any]:
    return [row[0] for row in pf.connection.execute(sql, args)]


@pytest.fixture(scope="module")
def medium(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "medium.mentordesk"
    return path, build_demo(path, PASS, clients=300, seed=3, today=TODAY)


@pytest.fixture(scope="module")
def pf(medium: tuple[Path, DemoSummary]) -> Iterator[PracticeFile]:
    """The medium demo, opened once for the read-only tests of this module."""
    with open_practice(medium[0], PASS) as opened:
        yield opened


def test_same_seed_and_day_give_the_same_file_content_and_another_seed_does_not(
    tmp_path: Path,
) -> None:
    first = build_demo(tmp_path / "a.mentordesk", PASS, clients=20, seed=5, today=TODAY)
    again = build_demo(tmp_path / "b.mentordesk", PASS, clients=20, seed=5, today=TODAY)
    build_demo(tmp_path / "c.mentordesk", PASS, clients=20, seed=6, today=TODAY)
    assert first == again
    a, b, c = (dump(tmp_path / name) for name in ("a.mentordesk", "b.mentordesk", "c.mentordesk"))
    assert a == b
    assert a["session"] and a["session"] != c["session"]
    assert a["client"] != c["client"]


def test_the_summary_counts_what_is_in_the_file(
    medium: tuple[Path, DemoSummary], pf: PracticeFile
) -> None:
    counts = pf.info().counts
    summary = medium[1]
    assert (summary.clients, summary.payers, summary.engagements, summary.goals) == (
        counts["client"],
        counts["payer"],
        counts["engagement"],
        counts["goal"],
    )
    assert (summary.sessions, summary.scores, summary.actions) == (
        counts["session"],
        counts["goal_score"],
        counts["action_item"],
    )


@pytest.mark.parametrize("seed", [1, 7])
def test_even_a_tiny_demo_has_every_kind_of_row(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "tiny.mentordesk"
    build_demo(path, PASS, clients=8, seed=seed, today=TODAY)
    with open_practice(path, PASS) as pf:
        distinct = {
            sql: set(column(pf, sql))
            for sql in (
                "SELECT status FROM client",
                "SELECT funding FROM engagement",
                "SELECT kind FROM engagement",
                "SELECT status FROM session",
                "SELECT confidentiality FROM session",
                "SELECT kind FROM payer",
                "SELECT language FROM client",
                "SELECT sensitive FROM client",
            )
        }
    assert distinct["SELECT status FROM client"] == {
        "intake",
        "active",
        "paused",
        "closed",
        "archived",
    }
    assert distinct["SELECT funding FROM engagement"] == {
        "client_paid",
        "payer_paid",
        "pro_bono",
        "free_intake",
    }
    assert distinct["SELECT kind FROM engagement"] == {"career", "personal_growth", "other"}
    assert distinct["SELECT status FROM session"] == {"planned", "held", "cancelled", "no_show"}
    assert distinct["SELECT confidentiality FROM session"] == {"normal", "confidential", "private"}
    assert {"employer", "foundation"} <= distinct["SELECT kind FROM payer"]
    assert distinct["SELECT language FROM client"] == {"nl", "en"}
    assert distinct["SELECT sensitive FROM client"] == {0, 1}


def test_the_hard_names_and_payer_come_back_exactly(pf: PracticeFile) -> None:
    rows = {row.name: row for row in pf.clients.list_rows(TODAY)}
    for name in NAMED:
        assert name in rows
        assert pf.clients.get(rows[name].id).name == name
    assert rows["Zoë de Vries-Öztürk"].sensitive
    assert "Zoë" not in rows["Zoë de Vries-Öztürk"].display_name  # initials only
    payers = {payer.name: payer for payer in pf.payers.list()}
    assert payers["Tom & Jerry BV"].kind == "employer"
    assert any(p.kind == "foundation" for p in payers.values())
    jose = pf.clients.get(rows["José García"].id)
    assert jose.payer_id == payers["Tom & Jerry BV"].id
    notes = column(pf, "SELECT notes FROM client WHERE notes LIKE '%<%' AND notes LIKE '%&%'")
    assert notes == ['Let op: post naar "Kessels & Zonen" <t.a.v. HR>, niet naar het huisadres.']


def test_an_existing_path_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "mine.mentordesk"
    original = b"my own practice, not a demo \x00\xff"
    path.write_bytes(original)
    with pytest.raises(FileAlreadyExistsError):
        build_demo(path, PASS, clients=5, today=TODAY)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.mentordesk"]


def test_a_failed_build_leaves_nothing_behind(tmp_path: Path) -> None:
    def fail(done: int, total: int) -> None:
        if done:
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        build_demo(tmp_path / "demo.mentordesk", PASS, clients=5, today=TODAY, progress=fail)
    assert list(tmp_path.iterdir()) == []


def test_the_file_passes_every_integrity_check(pf: PracticeFile) -> None:
    assert pf.integrity_problems() == []


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("sahin", "Ülkü Şahin"),
        ("ulku", "Ülkü Şahin"),
        ("garcia", "José García"),
        ("ozturk", "Zoë de Vries-Öztürk"),
        ("siobhan", "Siobhán O'Brien"),
    ],
)
def test_search_finds_names_typed_without_accents(pf: PracticeFile, query: str, name: str) -> None:
    found = column(
        pf,
        "SELECT c.name FROM search_index s JOIN client c ON c.id = s.client_id "
        "WHERE search_index MATCH ? AND s.kind = 'client'",
        query,
    )
    assert name in found
    assert name in [row.name for row in pf.clients.search_rows(query, TODAY)]


def test_session_text_is_indexed_at_its_own_confidentiality_level(pf: PracticeFile) -> None:
    levels = dict(
        pf.connection.execute(
            "SELECT s.confidentiality, count(*) FROM search_index i"
            " JOIN session s ON s.id = i.ref_id"
            " WHERE i.kind = 'session' AND i.level = s.confidentiality GROUP BY 1"
        ).fetchall()
    )
    assert set(levels) == {"normal", "confidential", "private"}
    private = column(pf, "SELECT count(*) FROM search_index WHERE kind = 'session_private'")[0]
    assert private == column(pf, "SELECT count(*) FROM session WHERE private_notes <> ''")[0] > 0


def test_a_medium_demo_is_consistent(pf: PracticeFile) -> None:
    today = TODAY.isoformat()
    q = lambda sql: column(pf, sql)[0]  # noqa: E731
    clients = q("SELECT count(*) FROM client")
    assert clients == 300
    assert q("SELECT count(*) FROM engagement WHERE client_id NOT IN (SELECT id FROM client)") == 0
    assert q("SELECT count(*) FROM client WHERE id NOT IN (SELECT client_id FROM engagement)") == 0
    per_client = column(
        pf,
        "SELECT count(s.id) FROM client c JOIN engagement e ON "
        "e.client_id = c.id LEFT JOIN session s ON s.engagement_id = e.id "
        "GROUP BY c.id",
    )
    assert 16 <= statistics.mean(per_client) <= 24
    assert q(f"SELECT count(*) FROM session WHERE status = 'held' AND date >= '{today}'") == 0
    assert q(f"SELECT count(*) FROM session WHERE status = 'planned' AND date < '{today}'") == 0
    assert (
        q(
            "SELECT count(*) FROM session s JOIN engagement e ON e.id = s.engagement_id WHERE "
            "s.billable AND e.funding IN ('pro_bono', 'free_intake')"
        )
        == 0
    )
    assert (
        q(
            "SELECT count(*) FROM engagement WHERE (funding = 'payer_paid') <> "
            "(payer_id IS NOT NULL)"
        )
        == 0
    )
    assert q("SELECT count(*) FROM engagement WHERE end_date < start_date") == 0
    assert q(f"SELECT count(*) FROM client WHERE consent_date > '{today}'") == 0
    assert (
        q(
            "SELECT count(*) FROM client WHERE status = 'intake' AND id IN (SELECT client_id "
            "FROM engagement WHERE funding <> 'free_intake' AND status <> 'planned')"
        )
        == 0
    )
    for table in ("goal_score", "action_item"):  # scored / agreed at a session of its own goal
        assert (
            q(
                f"SELECT count(*) FROM {table} t JOIN goal g ON g.id = t.goal_id JOIN session s "
                f"ON s.id = t.session_id WHERE s.engagement_id <> g.engagement_id "
                f"OR s.status <> 'held'"
            )
            == 0
        )
    assert q("SELECT count(*) FROM goal_score WHERE score NOT BETWEEN 0 AND 10") == 0
    assert q(f"SELECT count(*) FROM action_item WHERE done_at >= '{today}'") == 0
    assert q("SELECT count(*) FROM action_item WHERE done AND done_at IS NULL") == 0


def test_the_agenda_is_alive_around_today(pf: PracticeFile) -> None:
    soon = (TODAY + dt.timedelta(days=14)).isoformat()
    lately = (TODAY - dt.timedelta(days=14)).isoformat()
    today = TODAY.isoformat()
    planned = column(
        pf,
        "SELECT count(*) FROM session WHERE status = 'planned' AND date BETWEEN ? AND ?",
        today,
        soon,
    )[0]
    held = column(
        pf,
        "SELECT count(*) FROM session WHERE status = 'held' AND date BETWEEN ? AND ?",
        lately,
        today,
    )[0]
    unwritten = column(pf, "SELECT count(*) FROM session WHERE status = 'held' AND summary = ''")
    assert planned > 50 and held > 50 and unwritten[0] > 0
    rows = pf.clients.list_rows(TODAY)
    assert sum(r.next_session is not None for r in rows) > 100
    assert all(r.next_session >= TODAY for r in rows if r.next_session is not None)


def test_texts_are_in_the_client_language(pf: PracticeFile) -> None:
    def texts(language: str) -> str:
        return " ".join(
            column(
                pf,
                "SELECT s.summary || ' ' || s.agreed_actions || ' ' || g.title "
                "FROM session s JOIN engagement e ON e.id = s.engagement_id "
                "JOIN client c ON c.id = e.client_id JOIN goal g ON "
                "g.engagement_id = e.id WHERE c.language = ? AND "
                "s.status = 'held'",
                language,
            )
        ).lower()

    english, dutch = texts("en"), texts("nl")
    assert " the " in english and " het " not in english and " een " not in english
    assert " het " in dutch and " the " not in dutch


def test_goal_scores_trend_upwards_for_achieved_goals(pf: PracticeFile) -> None:
    gains = []
    for goal_id in column(pf, "SELECT id FROM goal WHERE status = 'achieved'"):
        scores = column(pf, "SELECT score FROM goal_score WHERE goal_id = ? ORDER BY date", goal_id)
        if len(scores) >= 3:
            gains.append(scores[-1] - scores[0])
    assert len(gains) > 50
    assert statistics.mean(gains) > 2


def test_progress_is_reported_per_batch_up_to_the_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK", 2)
    calls: list[tuple[int, int]] = []
    build_demo(
        tmp_path / "p.mentordesk",
        PASS,
        clients=5,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(0, 5), (2, 5), (4, 5), (5, 5)]


def test_ensure_demo_file_builds_once_in_the_data_folder() -> None:
    path, passphrase = ensure_demo_file()
    assert (path, passphrase) == (config.demo_file(), DEMO_PASSPHRASE)
    first = path.stat()
    assert ensure_demo_file() == (path, passphrase)
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    with open_practice(path, passphrase) as pf:
        assert pf.practice.get().name == "Praktijk De Wegwijzer"
        assert pf.practice.get().iban.startswith("NL")
        assert len(pf.clients.list_rows()) == 40


def test_a_negative_number_of_clients_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="clients"):
        build_demo(tmp_path / "x.mentordesk", PASS, clients=-1)
    assert not (tmp_path / "x.mentordesk").exists()


def test_bulk_writes_check_names_and_need_a_transaction(pf: PracticeFile) -> None:
    conn = pf.connection
    with pytest.raises(ValueError, match="not a table"):
        bulk.insert_rows(conn, "client; DROP TABLE client", ["id"], [])
    with pytest.raises(ValueError, match="unknown"):
        bulk.insert_rows(conn, "client", ["id", "name) VALUES (1, 'x'); --"], [])
    with pytest.raises(RuntimeError, match="transaction"):
        bulk.insert_rows(conn, "payer", ["name", "created_at", "updated_at"], [("x", "", "")])
    assert column(pf, "SELECT count(*) FROM payer WHERE name = 'x'") == [0]


def test_the_audit_trail_tells_the_invoices_story(pf: PracticeFile) -> None:
    issued = column(pf, "SELECT count(*) FROM invoice WHERE status = 'issued'")[0]
    paid = column(pf, "SELECT count(*) FROM payment")[0]
    assert issued and paid
    assert column(pf, "SELECT count(*) FROM audit_event WHERE action = 'invoice_issued'") == [
        issued
    ]
    assert column(pf, "SELECT count(*) FROM audit_event WHERE action = 'payment_registered'") == [
        paid
    ]
    # each line at its invoice's issue date; the file itself was made before any of it
    mismatched = column(
        pf,
        """SELECT count(*) FROM audit_event a JOIN invoice i
           ON i.id = json_extract(a.detail, '$.invoice_id')
           WHERE a.action = 'invoice_issued' AND substr(a.at, 1, 10) <> i.issue_date""",
    )
    assert mismatched == [0]
    oldest = column(pf, "SELECT action FROM audit_event ORDER BY at, id LIMIT 1")
    assert oldest == ["file_created"]
