"""Warnings for a client file in a cloud-sync folder or on a network drive, on any platform."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.services.sync_folders import LocationProbe, location_warning

LINUX_MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw 0 0
nas:/export/praktijk /mnt/praktijk nfs4 rw,relatime,vers=4.2 0 0
//nas/Mentor\\040Share /media/mentor\\040share cifs rw,vers=3.0 0 0
an@server:/home/an /home/an/remote fuse.sshfs rw,nosuid 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def probe(platform: str = "linux", markers: dict[str, str] | None = None, **kw: object):
    markers = markers or {}
    return LocationProbe(
        platform=platform,
        environ=kw.pop("environ", {}),  # type: ignore[arg-type]
        home=str(kw.pop("home", "/home/an")),
        exists=lambda p: p in markers,
        read_text=lambda p: markers.get(p, ""),
        mounts=lambda: LINUX_MOUNTS,
        drive_type=kw.pop("drive_type", lambda root: 3),  # type: ignore[arg-type]
        fs_info=kw.pop("fs_info", lambda p: ("apfs", True, "/")),  # type: ignore[arg-type]
        resolve=lambda p: p,
    )


@pytest.mark.parametrize(
    ("platform", "path", "service", "folder"),
    [
        (
            "win32",
            r"C:\Users\An\OneDrive\Praktijk\an.mentordesk",
            "OneDrive",
            r"C:\Users\An\OneDrive",
        ),
        (
            "win32",
            r"C:\Users\An\OneDrive - Praktijk de Wegwijzer\an.mentordesk",
            "OneDrive",
            r"C:\Users\An\OneDrive - Praktijk de Wegwijzer",
        ),
        (
            "darwin",
            "/Users/an/Library/CloudStorage/OneDrive-Personal/an.mentordesk",
            "OneDrive",
            "/Users/an/Library/CloudStorage/OneDrive-Personal",
        ),
        ("linux", "/home/an/Dropbox/Praktijk/an.mentordesk", "Dropbox", "/home/an/Dropbox"),
        ("win32", r"D:\Dropbox (Wegwijzer)\an.mentordesk", "Dropbox", r"D:\Dropbox (Wegwijzer)"),
        (
            "darwin",
            "/Users/an/Library/Mobile Documents/com~apple~CloudDocs/an.mentordesk",
            "iCloud Drive",
            "/Users/an/Library/Mobile Documents",
        ),
        (
            "win32",
            r"C:\Users\An\iCloudDrive\an.mentordesk",
            "iCloud Drive",
            r"C:\Users\An\iCloudDrive",
        ),
        ("win32", r"G:\My Drive\Praktijk\an.mentordesk", "Google Drive", r"G:\My Drive"),
        ("win32", r"G:\Mijn Drive\an.mentordesk", "Google Drive", r"G:\Mijn Drive"),
        (
            "darwin",
            "/Users/an/Library/CloudStorage/GoogleDrive-an@example.nl/My Drive/an.mentordesk",
            "Google Drive",
            "/Users/an/Library/CloudStorage/GoogleDrive-an@example.nl",
        ),
        ("linux", "/home/an/Google Drive/an.mentordesk", "Google Drive", "/home/an/Google Drive"),
    ],
)
def test_sync_folders_are_known_by_their_names(
    platform: str, path: str, service: str, folder: str
) -> None:
    warning = location_warning(path, probe=probe(platform))
    assert warning is not None
    assert (warning.kind, warning.service, warning.folder) == ("cloud", service, folder)
    assert f"in a {service} folder ({folder})" in warning.text("en")
    assert f"in een {service}-map ({folder})" in warning.text("nl")
    assert "not synchronised" in warning.en and "niet wordt" in warning.nl


@pytest.mark.parametrize(
    ("markers", "service", "folder"),
    [
        ({"/data/Werk/.dropbox": ""}, "Dropbox", "/data/Werk"),
        ({"/data/.dropbox.cache": ""}, "Dropbox", "/data"),
        ({"/data/Werk/.tmp.drivedownload": ""}, "Google Drive", "/data/Werk"),
        (
            {"/data/Werk/desktop.ini": "[.ShellClassInfo]\nIconResource=C:\\Program Files\\"
             "Microsoft OneDrive\\OneDrive.exe,0\n"},
            "OneDrive",
            "/data/Werk",
        ),
    ],
)  # fmt: skip
def test_renamed_sync_folders_are_known_by_their_marker_files(
    markers: dict[str, str], service: str, folder: str
) -> None:
    warning = location_warning("/data/Werk/klanten/an.mentordesk", probe=probe(markers=markers))
    assert warning is not None
    assert (warning.service, warning.folder) == (service, folder)


def test_an_ordinary_desktop_ini_is_no_sync_marker() -> None:
    markers = {"/data/Werk/desktop.ini": "[.ShellClassInfo]\nIconResource=shell32.dll,3\n"}
    assert location_warning("/data/Werk/an.mentordesk", probe=probe(markers=markers)) is None


def test_onedrive_found_through_its_environment_variable() -> None:
    environ = {"OneDriveCommercial": r"E:\Sync\Zakelijk"}
    warning = location_warning(
        r"E:\Sync\Zakelijk\Klanten\an.mentordesk", probe=probe("win32", environ=environ)
    )
    assert warning is not None and (warning.service, warning.folder) == (
        "OneDrive",
        r"E:\Sync\Zakelijk",
    )
    assert (
        location_warning(r"E:\Lokaal\an.mentordesk", probe=probe("win32", environ=environ)) is None
    )


def test_icloud_desktop_and_documents_on_macos() -> None:
    mirrored = "/Users/an/Library/Mobile Documents/com~apple~CloudDocs/Documents"
    on = probe("darwin", markers={mirrored: ""}, home="/Users/an")
    warning = location_warning("/Users/an/Documents/Praktijk/an.mentordesk", probe=on)
    assert warning is not None and warning.service == "iCloud Drive"
    off = probe("darwin", home="/Users/an")
    assert location_warning("/Users/an/Documents/Praktijk/an.mentordesk", probe=off) is None


@pytest.mark.parametrize(
    ("path", "kind", "folder"),
    [
        ("/mnt/praktijk/an.mentordesk", "nfs4", "/mnt/praktijk"),
        ("/media/mentor share/sub/an.mentordesk", "cifs", "/media/mentor share"),
        ("/home/an/remote/an.mentordesk", "fuse.sshfs", "/home/an/remote"),
        ("/run/user/1000/gvfs/smb-share:server=nas,share=x/an.mentordesk", "fuse.gvfsd-fuse",
         "/run/user/1000/gvfs"),
    ],
)  # fmt: skip
def test_network_mounts_on_linux(path: str, kind: str, folder: str) -> None:
    warning = location_warning(path, probe=probe("linux"))
    assert warning is not None
    assert (warning.kind, warning.service, warning.folder) == ("network", kind, folder)
    assert f"on a network drive ({folder})" in warning.text("en")
    assert f"op een netwerkschijf ({folder})" in warning.text("nl")


@pytest.mark.parametrize(
    "path", ["/home/an/Documenten/an.mentordesk", "/tmp/an.mentordesk", "/mnt/praktijk-lokaal/x"]
)
def test_local_places_get_no_warning(path: str) -> None:
    assert location_warning(path, probe=probe("linux")) is None


@pytest.mark.parametrize(
    ("path", "folder"),
    [
        (r"\\nas\praktijk\an.mentordesk", r"\\nas\praktijk"),
        ("//nas/praktijk/sub/an.mentordesk", r"\\nas\praktijk"),
        (r"\\?\UNC\nas\praktijk\an.mentordesk", r"\\nas\praktijk"),
        (r"Z:\an.mentordesk", "Z:"),
    ],
)
def test_network_shares_and_drives_on_windows(path: str, folder: str) -> None:
    remote_z = probe("win32", drive_type=lambda root: 4 if root.upper() == "Z:\\" else 3)
    warning = location_warning(path, probe=remote_z)
    assert warning is not None
    assert (warning.kind, warning.folder) == ("network", folder)


def test_local_drives_on_windows_get_no_warning() -> None:
    local = probe("win32", drive_type=lambda root: 3)
    assert location_warning(r"C:\Users\An\Documents\an.mentordesk", probe=local) is None
    assert location_warning(r"\\?\C:\Users\An\an.mentordesk", probe=local) is None


@pytest.mark.parametrize(
    ("info", "warned"),
    [
        (("smbfs", False, "/Volumes/praktijk"), True),
        (("nfs", False, "/Volumes/nas"), True),
        (("webdav", False, "/Volumes/dav"), True),
        (("apfs", True, "/System/Volumes/Data"), False),
        (("exfat", True, "/Volumes/USB"), False),
    ],
)
def test_network_volumes_on_macos(info: tuple[str, bool, str], warned: bool) -> None:
    mac = probe("darwin", home="/Users/an", fs_info=lambda p: info)
    warning = location_warning("/Volumes/x/an.mentordesk", probe=mac)
    assert (warning is not None) == warned
    if warning is not None:
        assert (warning.service, warning.folder) == (info[0], info[2])


def test_the_backup_folder_has_its_own_wording() -> None:
    warning = location_warning("/home/an/Dropbox", subject="backups", probe=probe())
    assert warning is not None and warning.folder == "/home/an/Dropbox"
    assert warning.text("en").startswith("The backup folder is in a Dropbox folder")
    assert warning.text("nl").startswith("De map voor reservekopieën staat in een Dropbox-map")
    network = location_warning("/mnt/praktijk", subject="backups", probe=probe())
    assert network is not None and "A backup written while" in network.en


def test_the_real_probe_follows_links_into_a_sync_folder(tmp_path: Path) -> None:
    dropbox = tmp_path / "Dropbox" / "Praktijk"
    dropbox.mkdir(parents=True)
    (tmp_path / "Documenten").symlink_to(dropbox)
    target = tmp_path / "Documenten" / "an.mentordesk"
    warning = location_warning(target)
    assert warning is not None and warning.service == "Dropbox"
    assert location_warning(tmp_path / "elders.mentordesk") is None
