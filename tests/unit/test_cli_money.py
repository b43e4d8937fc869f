"""``mentordesk invoice``, ``hours``, ``overview`` and ``pro-bono`` on a demo practice."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.__main__ import main
from mentordesk.services import demo
from mentordesk.services.invoice_records import InvoiceKind, InvoiceState
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.money_documents import MoneyDocumentService
from mentordesk.services.practice_file import open_practice
from tests.unit.documents.pdf_check import contains


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-money") / "demo.mentordesk"
    demo.build_demo(path, demo.DEMO_PASSPHRASE, clients=12, seed=2)
    return path


@pytest.fixture
def demo_file(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "demo.mentordesk"
    path.write_bytes(built.read_bytes())
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", demo.DEMO_PASSPHRASE)
    yield path


def _invoices(path: Path) -> list[tuple[int, str | None, InvoiceKind, InvoiceState]]:
    with open_practice(path, demo.DEMO_PASSPHRASE) as pf:
        return [(r.id, r.number, r.kind, r.state) for r in InvoiceService(pf).list()]


def test_invoice_is_written_and_logged(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invoice_id, number, _, _ = next(i for i in _invoices(demo_file) if i[1])
    assert number is not None
    out = tmp_path / "factuur.pdf"
    assert main(["invoice", str(demo_file), "--number", number, "--out", str(out)]) == 0
    data = out.read_bytes()
    printed = capsys.readouterr().out
    assert f"invoice {number}" in printed and hashlib.sha256(data).hexdigest() in printed
    assert contains(data, f"Factuur {number}") and contains(data, "KvK 81234567")
    with open_practice(demo_file, demo.DEMO_PASSPHRASE) as pf:
        (entry,) = MoneyDocumentService(pf).log_for_invoice(invoice_id)
    assert entry.sha256 == hashlib.sha256(data).hexdigest()


def test_reminder_for_an_overdue_invoice(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overdue = [i for i in _invoices(demo_file) if i[3] is InvoiceState.OVERDUE]
    assert overdue, "the demo has an overdue invoice"
    number = overdue[0][1]
    assert number is not None
    out = tmp_path / "herinnering.pdf"
    args = ["invoice", str(demo_file), "--number", number, "--out", str(out), "--reminder"]
    assert main(args) == 0
    assert "payment reminder for" in capsys.readouterr().out
    assert contains(out.read_bytes(), f"factuur {number}")


def test_an_unknown_number_is_refused_without_a_file(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["invoice", str(demo_file), "--number", "1999-0001", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no invoice with number 1999-0001" in err and "Traceback" not in err
    assert not out.exists()
    with pytest.raises(SystemExit) as usage:
        main(["invoice", str(demo_file), "--out", str(out)])  # --number is required
    assert usage.value.code == 2


def test_hours_prints_the_log_and_writes_csv(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "uren.csv"
    assert main(["hours", str(demo_file), "--csv", str(target), "--lang", "nl"]) == 0
    printed = capsys.readouterr().out
    assert "paid hours" in printed and "pro bono hours" in printed
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows[0][:2] == ["Cliënt", "E-mail"]
    assert len(rows) > 5
    assert any(r[0].startswith("Cliënt ") for r in rows[1:])  # unlisted: anonymous


def test_overview_writes_pdf_and_csv(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year = max(r[1] for r in _invoices(demo_file) if r[1])[:4]
    pdf, table = tmp_path / "jaar.pdf", tmp_path / "jaar.csv"
    args = ["overview", str(demo_file), "--year", year, "--out", str(pdf), "--csv", str(table)]
    assert main([*args, "--lang", "en"]) == 0
    assert "year overview" in capsys.readouterr().out
    assert contains(pdf.read_bytes(), f"Year overview {year}")
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Period" and rows[-1][0] == year and len(rows) == 18


def test_pro_bono_statement(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pro-bono.pdf"
    assert main(["pro-bono", str(demo_file), "--out", str(out)]) == 0
    assert "pro bono statement" in capsys.readouterr().out
    assert contains(out.read_bytes(), "Dit is geen factuur")


def test_money_commands_are_cli_commands() -> None:
    from mentordesk import cli

    for name in ("invoice", "hours", "overview", "pro-bono"):
        assert cli.wants_cli([name, "x.mentordesk"])
