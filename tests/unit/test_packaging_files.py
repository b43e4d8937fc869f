"""The packaging files agree with each other and with the app: desktop file, AppStream metainfo,
MIME type, icons, the PyInstaller spec and the installers (packaging/, resources/icons/)."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mentordesk.version import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "nl.mentordesk.MentorDesk"
MIME = "application/x-mentordesk"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- Linux desktop integration ------------------------------------------------------------------
def test_desktop_file_starts_mentordesk_on_a_practice_file() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "MentorDesk"
    assert entry["Exec"] == "mentordesk %f"  # install.sh puts the full path in front
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].split(";") == [MIME, ""]
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


def test_desktop_file_speaks_dutch() -> None:
    entry = desktop_entry()
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry[f"{key}[nl]"] and entry[f"{key}[nl]"] != entry[key], key
    assert "cliënten" in entry["Comment[nl]"]


def test_the_command_in_the_desktop_file_is_the_installed_command() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    command = desktop_entry()["Exec"].split()[0]
    assert scripts[command] == "mentordesk.__main__:main"
    assert 'else "mentordesk"' in (PACKAGING / "mentordesk.spec").read_text(encoding="utf-8")


def test_metainfo_names_the_app_its_file_type_and_this_version() -> None:
    root = metainfo()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert (launchable.get("type"), launchable.text) == ("desktop-id", f"{APP_ID}.desktop")
    assert root.findtext("provides/mediatype") == MIME
    assert root.findtext("provides/binary") == "mentordesk"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__, "add a <release> for the new version"
    dates = [release.get("date") or "" for release in releases]
    assert dates == sorted(dates, reverse=True), "releases go newest first"


def test_metainfo_speaks_dutch() -> None:
    root = metainfo()
    english = [e for e in root.iter() if e.get(XML_LANG) is None and e.tag in ("summary", "p")]
    dutch = [e for e in root.iter() if e.get(XML_LANG) == "nl" and e.tag in ("summary", "p")]
    assert dutch, "no Dutch summary or description"
    assert len(dutch) == len(english), "every English paragraph has a Dutch one"
    assert any("versleuteld" in (e.text or "") for e in dutch)


def test_mime_type_goes_by_the_file_name_only() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME
    globs = [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")]
    assert globs == ["*.mentordesk"]
    assert mime_type.find(f"{MIME_NS}magic") is None, "an SQLCipher file has no magic"
    comments = {c.get(XML_LANG): c.text for c in mime_type.findall(f"{MIME_NS}comment")}
    assert comments == {None: "MentorDesk practice file", "nl": "MentorDesk-praktijkbestand"}
    icon = mime_type.find(f"{MIME_NS}icon")
    assert icon is not None
    assert icon.get("name") == MIME.replace("/", "-")


def test_install_script_installs_what_the_metadata_names() -> None:
    script = (LINUX / "install.sh").read_text(encoding="utf-8")
    for needed in (
        f'ID="{APP_ID}"',
        f'MIME="{MIME}"',
        'SIZES="' + " ".join(str(size) for size in SIZES) + '"',
        "update-mime-database",
        "update-desktop-database",
        'xdg-mime default "$ID.desktop" "$MIME"',
        "--uninstall",
    ):
        assert needed in script, needed


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


# -- icons --------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["mentordesk", "mentordesk-document"])
def test_icons_exist_in_every_size(name: str) -> None:
    svg = ET.parse(ICONS / f"{name}.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"
    for size in SIZES:
        assert png_size(ICONS / f"{name}-{size}.png") == (size, size)
    ico = (ICONS / f"{name}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    assert count >= 5


# -- the PyInstaller spec and the installers -----------------------------------------------------
def test_spec_carries_the_lazily_imported_parts() -> None:
    spec = (PACKAGING / "mentordesk.spec").read_text(encoding="utf-8")
    for hidden in (
        '"keyring.backends.SecretService"',
        '"keyring.backends.kwallet"',
        '"keyring.backends.libsecret"',
        '"keyring.backends.macOS"',
        '"keyring.backends.Windows"',
        '"keyring.backends.chainer"',
        'collect_submodules("keyring.backends")',
        'collect_submodules("secretstorage")',
        'collect_submodules("jeepney")',
        'collect_submodules("platformdirs")',
        'collect_submodules("mentordesk")',
        'copy_metadata("keyring")',
        'collect_data_files("reportlab")',
        '"sqlcipher3._sqlite3"',
    ):
        assert hidden in spec, hidden
    for resource in ('"resources/i18n"', '"resources/fonts"', '"resources/icons"', '"docs/guide"'):
        assert resource in spec, resource
    for unused in ('"QtWebEngineCore"', '"QtMultimedia"', '"Qt3DCore"', '"QtQuick"'):
        assert unused in spec, f"{unused} should be excluded"


def test_spec_declares_the_mac_document_type() -> None:
    spec = (PACKAGING / "mentordesk.spec").read_text(encoding="utf-8")
    for key in ("CFBundleDocumentTypes", "UTExportedTypeDeclarations", '["mentordesk"]'):
        assert key in spec, key
    assert f'bundle_identifier="{APP_ID}"' in spec


def test_windows_installer_associates_practice_files() -> None:
    iss = (PACKAGING / "windows" / "mentordesk.iss").read_text(encoding="utf-8")
    for needed in (
        "PrivilegesRequired=lowest",
        "ChangesAssociations=yes",
        r"Software\Classes\.mentordesk",
        "mentordesk-document.ico",
        '""%1""',
        "{group}",
    ):
        assert needed in iss, needed


def test_the_resources_the_app_reads_are_where_the_spec_takes_them_from() -> None:
    """The app finds resources at ``Path(__file__).parents[2] / "resources"`` (source tree and
    build alike); the spec copies these very files."""
    from mentordesk.documents import fonts

    assert fonts.FONT_DIR == ROOT / "resources" / "fonts"
    assert (ROOT / "resources" / "i18n" / "mentordesk_nl.qm").is_file()
    assert all((fonts.FONT_DIR / file).is_file() for file in fonts._FILES.values())


def test_launcher_script_runs_the_same_main() -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "mentordesk_launcher.py"), "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, f"MentorDesk {__version__}\n")
