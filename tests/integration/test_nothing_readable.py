"""No client name or note is readable anywhere in the file, its backup or its side files."""

from __future__ import annotations

from pathlib import Path

from mentordesk.services.practice_file import open_practice

PASSPHRASE = "demo passphrase"


def test_demo_names_and_notes_are_not_in_the_raw_bytes(tmp_path: Path) -> None:
    from mentordesk.services.demo import build_demo

    path = tmp_path / "demo.mentordesk"
    build_demo(path, PASSPHRASE, clients=40, seed=7)
    with open_practice(path, PASSPHRASE) as pf:
        rows = pf.clients.list_rows()
        texts = {r.name for r in rows}
        for row in rows[:10]:
            for session in pf.sessions.for_client(row.id):
                texts.update(t for t in (session.summary, session.private_notes) if t)
        backup = pf.backup_to(tmp_path / "copy.mentordesk")
        lock_bytes = (tmp_path / "demo.mentordesk.lock").read_bytes()
    assert len(rows) == 40
    assert "Ülkü Şahin" in texts
    needles = set()
    for text in texts:
        needles.add(text)
        needles.update(word for word in text.split() if len(word) >= 6)
    for file in (path, backup):
        raw = file.read_bytes()
        assert not raw.startswith(b"SQLite format 3")
        found = [n for n in needles if n.encode() in raw or n.encode("utf-16-le") in raw]
        assert found == [], f"readable in {file.name}: {found[:5]}"
    assert not any(n.encode() in lock_bytes for n in needles)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.mentordesk", "demo.mentordesk"]
