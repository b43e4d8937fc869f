"""CSV import of a client list: reading awkward files, the column mapping, the preview with
per-line errors, and a commit that is all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentordesk.domain.enums import ClientStatus, Language
from mentordesk.services.client_csv_import import (
    ClientCsvImport,
    CsvField,
    CsvFileError,
    CsvLineRefusedError,
    CsvRow,
)
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import ClientDraft

EXCEL_NL = (
    "Voornaam;Tussenvoegsel;Achternaam;E-mail;Telefoon;Straat;Huisnummer;Postcode;Woonplaats;"
    "Taal;Notities;Tags\r\n"
    "José;;Álvarez;jose@example.org;06-12345678;Kerkstraat;12a;1234 AB;Utrecht;nl;"
    '"Zegt ""ja""; en nee";career, Utrecht\r\n'
    "Anna;de;Vries;anna@example;;;;;;fr;;\r\n"
    ";;;;;;;;;;;\r\n"
    ";;;geen@naam.nl;;;;;;;;\r\n"
    "Ülkü;;Şahin;ulku@example.org;;;;;Den Haag;Engels;;\r\n"
)


def write(tmp_path: Path, content: str | bytes, name: str = "clients.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def _errors(row: CsvRow, language: str = "en") -> list[str]:
    return [p.text(language) for p in row.errors]


def test_semicolon_excel_export_maps_previews_and_imports(
    practice: PracticeFile, tmp_path: Path
) -> None:
    importer = ClientCsvImport(practice)
    table = importer.read(write(tmp_path, "\ufeff" + EXCEL_NL))
    assert table.delimiter == ";" and table.encoding == "utf-8-sig"
    mapping = importer.guess_mapping(table.headers)
    assert mapping == {
        0: CsvField.FIRST_NAME,
        1: CsvField.INFIX,
        2: CsvField.LAST_NAME,
        3: CsvField.EMAIL,
        4: CsvField.PHONE,
        5: CsvField.STREET,
        6: CsvField.HOUSE_NUMBER,
        7: CsvField.POSTAL_CODE,
        8: CsvField.CITY,
        9: CsvField.LANGUAGE,
        10: CsvField.NOTES,
        11: CsvField.TAGS,
    }
    rows = importer.preview(table, mapping)
    assert [r.line for r in rows] == [2, 3, 5, 6]  # the empty line 4 is skipped
    jose, anna, nameless, ulku = rows
    assert jose.draft is not None and jose.errors == ()
    assert jose.draft.name == "José Álvarez"
    assert jose.draft.street == "Kerkstraat 12a" and jose.draft.city == "Utrecht"
    assert jose.draft.notes == 'Zegt "ja"; en nee'
    assert jose.draft.tags == ("career", "Utrecht")
    assert anna.draft is None
    assert any("'anna@example' is not an e-mail address" in e for e in _errors(anna))
    assert any("language 'fr' is unknown" in e for e in _errors(anna))
    assert any("taal 'fr' is onbekend" in e for e in _errors(anna, "nl"))
    assert _errors(nameless) == ["the name is missing"]
    assert _errors(nameless, "nl") == ["de naam ontbreekt"]
    assert ulku.draft is not None and ulku.draft.language == Language.EN
    assert practice.clients.list_rows() == []  # nothing before commit
    assert importer.commit(rows) == 2
    names = sorted(r.name for r in practice.clients.list_rows())
    assert names == ["José Álvarez", "Ülkü Şahin"]
    with practice.transaction():
        detail = practice.connection.execute(
            "SELECT detail FROM audit_event WHERE action = 'clients_imported_csv'"
        ).fetchall()
    assert [json.loads(d[0]) for d in detail] == [{"count": 2}]


def test_english_headers_with_commas_and_full_names(practice: PracticeFile, tmp_path: Path) -> None:
    content = (
        "Name,Email,Phone,City,Language,Status,Notes\n"
        '"Koendjbiharie, R.",r@example.org,,Paramaribo,English,active,"two\nlines"\n'
        "Tom & Jerry <b>,,,,,paused,\n"
    )
    importer = ClientCsvImport(practice)
    table = importer.read(write(tmp_path, content))
    assert table.delimiter == ","
    rows = importer.preview(table, importer.guess_mapping(table.headers))
    assert [r.line for r in rows] == [2, 4]  # the quoted line break keeps line 3 in row 1
    first, second = rows
    assert first.draft == ClientDraft(
        name="Koendjbiharie, R.",
        email="r@example.org",
        city="Paramaribo",
        language=Language.EN,
        status=ClientStatus.ACTIVE,
        notes="two\nlines",
    )
    assert second.draft is not None and second.draft.status == ClientStatus.PAUSED


def test_windows_1252_file_and_a_tab_separated_file(practice: PracticeFile, tmp_path: Path) -> None:
    importer = ClientCsvImport(practice)
    legacy = importer.read(write(tmp_path, "Naam;Plaats\r\nJosé Müller;Zoë\r\n".encode("cp1252")))
    assert legacy.encoding == "cp1252"
    assert legacy.lines[0].values == ("José Müller", "Zoë")
    tabbed = importer.read(write(tmp_path, "Naam\tE-mail\nAnna\tanna@example.org\n", "t.csv"))
    assert tabbed.delimiter == "\t" and tabbed.lines[0].values == ("Anna", "anna@example.org")
    utf16 = importer.read(
        write(tmp_path, "Naam,Plaats\r\nŞahin,Gent\r\n".encode("utf-16"), "u.csv")
    )
    assert utf16.lines[0].values == ("Şahin", "Gent")


def test_ragged_rows_short_is_fine_long_is_an_error(practice: PracticeFile, tmp_path: Path) -> None:
    importer = ClientCsvImport(practice)
    table = importer.read(write(tmp_path, "Naam,E-mail,Plaats\nAnna\nBen,b@x.nl,Gent,extra,more\n"))
    short, long = importer.preview(table, importer.guess_mapping(table.headers))
    assert short.draft is not None and short.draft.name == "Anna"
    assert long.draft is None
    assert _errors(long) == [
        "this line has 5 fields, the header 3; check the separators and quotes"
    ]


def test_duplicates_of_existing_clients_and_earlier_lines_are_warnings(
    practice: PracticeFile, tmp_path: Path
) -> None:
    practice.clients.create(ClientDraft(name="Anna de Vries", email="anna@example.org"))
    content = (
        "Naam;E-mail\nANNA  DE VRIES;\nBen Smit;ANNA@example.org\nCor Jansen;\ncor jansen;c@x.nl\n"
    )
    importer = ClientCsvImport(practice)
    table = importer.read(write(tmp_path, content))
    rows = importer.preview(table, importer.guess_mapping(table.headers))
    assert [r.duplicate for r in rows] == [True, True, False, True]
    assert rows[3].warnings[0].text("en") == "the same client as on line 4"
    assert rows[3].warnings[0].text("nl") == "dezelfde cliënt als op regel 4"
    assert all(r.valid for r in rows)
    assert importer.commit([r for r in rows if not r.duplicate]) == 1


@pytest.mark.parametrize(
    ("content", "en", "nl"),
    [
        (b"", "it is empty", "het is leeg"),
        (b"\r\n \r\n", "it is empty", "het is leeg"),
        (bytes(range(256)) * 8, "it is not a text file", "het is geen tekstbestand"),
        (b"PK\x03\x04" + b"\x00" * 200, "save it as CSV first", "sla het eerst op als CSV"),
        (
            b'Naam,Notities\nAnna,"begint maar\nBen,eindigt niet\n',
            "line 2 is malformed",
            "regel 2 is ongeldig",
        ),
        (b'Naam,Notities\n"Anna"x,ok\n', "line 2 is malformed", "regel 2 is ongeldig"),
    ],
)
def test_unreadable_files_are_refused_by_name(
    practice: PracticeFile, tmp_path: Path, content: bytes, en: str, nl: str
) -> None:
    with pytest.raises(CsvFileError) as caught:
        ClientCsvImport(practice).read(write(tmp_path, content, "lijst.csv"))
    assert en in caught.value.text("en") and "lijst.csv" in caught.value.text("en")
    assert nl in caught.value.text("nl")


def test_huge_file_is_refused_before_reading(
    practice: PracticeFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mentordesk.services.client_csv_import.MAX_BYTES", 100)
    with pytest.raises(CsvFileError, match="larger than 20 MB"):
        ClientCsvImport(practice).read(write(tmp_path, "Naam\n" + "Anna\n" * 50))


def test_header_only_file_previews_nothing(practice: PracticeFile, tmp_path: Path) -> None:
    importer = ClientCsvImport(practice)
    table = importer.read(write(tmp_path, "Naam;E-mail;Woonplaats\r\n"))
    assert table.headers == ("Naam", "E-mail", "Woonplaats") and table.lines == ()
    assert importer.preview(table, importer.guess_mapping(table.headers)) == []
    assert importer.commit([]) == 0


def test_commit_is_all_or_nothing(
    practice: PracticeFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    importer = ClientCsvImport(practice)
    table = importer.read(write(tmp_path, "Naam\nAnna\nBen\nCor\n"))
    rows = importer.preview(table, importer.guess_mapping(table.headers))
    original = practice.clients.create
    practice.clients.create(ClientDraft(name="Bestaand"))

    def refuse_ben(draft: ClientDraft) -> object:
        if draft.name == "Ben":
            from mentordesk.errors import ValidationError

            raise ValidationError("name", "The name is odd.", "De naam is vreemd.")
        return original(draft)

    monkeypatch.setattr(practice.clients, "create", refuse_ben)
    with pytest.raises(CsvLineRefusedError) as caught:
        importer.commit(rows)
    assert caught.value.text("en") == "Line 3 was refused: The name is odd. No client was imported."
    assert [r.name for r in practice.clients.list_rows()] == ["Bestaand"]


def test_unmapped_columns_are_ignored_and_the_mapping_can_change(
    practice: PracticeFile, tmp_path: Path
) -> None:
    importer = ClientCsvImport(practice)
    table = importer.read(write(tmp_path, "Klantnummer,Wie,Waar\n17,Anna,Gent\n"))
    assert importer.guess_mapping(table.headers) == {}
    (row,) = importer.preview(table, {})
    assert _errors(row) == ["the name is missing"]
    (row,) = importer.preview(table, {1: CsvField.NAME, 2: CsvField.CITY})
    assert row.draft is not None and (row.draft.name, row.draft.city) == ("Anna", "Gent")
