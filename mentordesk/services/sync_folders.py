"""Is a client file (or the backup folder) in a cloud-sync folder or on a network drive?

Sync services copy a file while it is being written, make conflict copies and keep old
versions on their servers; network drives drop connections mid-write and do not lock reliably.
An encrypted SQLite file is safe from reading there, but not from damage. ``location_warning``
names the service and the folder, with a text in English and Dutch.

Everything the answer depends on comes through a ``LocationProbe`` (the platform, environment,
which marker files exist, the mount table, the drive type), so tests run on any system. The
real probe reads the computer it runs on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Literal

from mentordesk.errors import current_language

ONEDRIVE, DROPBOX, ICLOUD, GOOGLE_DRIVE = "OneDrive", "Dropbox", "iCloud Drive", "Google Drive"
# File systems that live on another computer (Linux /proc/mounts, macOS statfs names).
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "afpfs",
        "webdav", "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs",
        "fuse.gvfsd-fuse", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre",
        "gpfs", "ftp", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
    }
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW
MNT_LOCAL = 0x00001000  # statfs f_flags on macOS

Subject = Literal["file", "backups"]

_TEXTS = {
    ("cloud", "file"): (
        "This client file is in a {service} folder ({folder}). Sync services copy a file while "
        "MentorDesk is writing it, can make conflict copies and keep old copies on their "
        "servers. The file stays encrypted there, but a sync can damage it. Move it to a folder "
        "on this computer that is not synchronised; MentorDesk makes its own backups.",
        "Dit cliëntbestand staat in een {service}-map ({folder}). Synchronisatiediensten "
        "kopiëren een bestand terwijl MentorDesk erin schrijft, kunnen conflictkopieën maken en "
        "bewaren oude kopieën op hun servers. Het bestand blijft daar versleuteld, maar een "
        "synchronisatie kan het beschadigen. Zet het in een map op deze computer die niet wordt "
        "gesynchroniseerd; MentorDesk maakt zelf reservekopieën.",
    ),
    ("network", "file"): (
        "This client file is on a network drive ({folder}). If the connection drops "
        "while MentorDesk saves, the file can be damaged, and the lock that keeps a second "
        "program out does not work reliably over a network. Copy the file to a folder on this "
        "computer and open that copy.",
        "Dit cliëntbestand staat op een netwerkschijf ({folder}). Valt de verbinding "
        "weg terwijl MentorDesk opslaat, dan kan het bestand beschadigd raken, en de "
        "vergrendeling die een tweede programma buiten houdt werkt over een netwerk niet "
        "betrouwbaar. Kopieer het bestand naar een map op deze computer en open die kopie.",
    ),
    ("cloud", "backups"): (
        "The backup folder is in a {service} folder ({folder}). Your backups would leave this "
        "computer (encrypted) and a sync can damage them. Choose a folder on this computer or "
        "on an external disk.",
        "De map voor reservekopieën staat in een {service}-map ({folder}). Uw reservekopieën "
        "zouden deze computer verlaten (versleuteld) en een synchronisatie kan ze beschadigen. "
        "Kies een map op deze computer of op een externe schijf.",
    ),
    ("network", "backups"): (
        "The backup folder is on a network drive ({folder}). A backup written while "
        "the connection drops is lost. Choose a folder on this computer or on an external disk.",
        "De map voor reservekopieën staat op een netwerkschijf ({folder}). Een "
        "reservekopie die wordt geschreven terwijl de verbinding wegvalt, gaat verloren. Kies "
        "een map op deze computer of op een externe schijf.",
    ),
}


@dataclass(frozen=True)
class LocationWarning:
    kind: Literal["cloud", "network"]
    service: str  # "OneDrive", "Dropbox", "iCloud Drive", "Google Drive"; or the network kind
    folder: str  # the sync folder or the network share / mount point
    en: str
    nl: str

    def text(self, language: str | None = None) -> str:
        return self.nl if (language or current_language()) == "nl" else self.en


def _exists(path: str) -> bool:
    try:
        return os.path.lexists(path)
    except OSError:
        return False


def _read_small_text(path: str) -> str:
    """A marker file's text (desktop.ini is often UTF-16); "" when unreadable."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(8192)
    except OSError:
        return ""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="ignore")
    return raw.decode("utf-8", errors="ignore")


def _linux_mounts() -> str:
    try:
        return Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _windows_drive_type(root: str) -> int:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))
    return 0


def _macos_fs_info(path: str) -> tuple[str, bool, str] | None:
    """(file system type name, is local, mount point) from statfs; None when unknown."""
    if sys.platform != "darwin":
        return None
    while not os.path.exists(path) and os.path.dirname(path) != path:
        path = os.path.dirname(path)
    import ctypes  # pragma: no cover - exercised on macOS only
    import ctypes.util

    class StatFs(ctypes.Structure):  # struct statfs with 64-bit inodes
        _fields_ = [  # ctypes layout
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64),
            ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs  # Intel vs Apple silicon
        info = StatFs()
        if statfs(os.fsencode(path), ctypes.byref(info)) != 0:
            return None
    except (OSError, AttributeError):
        return None
    kind = info.f_fstypename.decode(errors="replace")
    return kind, bool(info.f_flags & MNT_LOCAL), info.f_mntonname.decode(errors="replace")


@dataclass(frozen=True)
class LocationProbe:
    """What the checks may look at; the defaults look at this computer."""

    platform: str = sys.platform
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    home: str = field(default_factory=lambda: str(Path.home()))
    exists: Callable[[str], bool] = _exists
    read_text: Callable[[str], str] = _read_small_text
    mounts: Callable[[], str] = _linux_mounts  # /proc/self/mounts (Linux)
    drive_type: Callable[[str], int] = _windows_drive_type  # GetDriveTypeW (Windows)
    fs_info: Callable[[str], tuple[str, bool, str] | None] = _macos_fs_info  # statfs (macOS)
    resolve: Callable[[str], str] = os.path.realpath  # follow symbolic links


def _pure(path: str, platform: str) -> PurePath:
    return PureWindowsPath(path) if platform == "win32" else PurePosixPath(path)


def _is_under(path: PurePath, root: PurePath) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def _by_name(parts: tuple[str, ...]) -> tuple[str, int] | None:
    """The service whose folder name appears in the path, and the index of that folder."""
    for index, part in enumerate(parts):
        low = part.casefold()
        previous = parts[index - 1].casefold() if index else ""
        if low == "onedrive" or low.startswith(("onedrive - ", "onedrive-")):
            return ONEDRIVE, index
        if low == "dropbox" or low.startswith(("dropbox (", "dropbox-")):
            return DROPBOX, index
        if low in ("icloud drive", "iclouddrive", "com~apple~clouddocs"):
            return ICLOUD, index
        if low == "mobile documents" and previous == "library":
            return ICLOUD, index
        if low in ("google drive", "googledrive", "my drive", "mijn drive", "shared drives"):
            return GOOGLE_DRIVE, index
        if low.startswith("googledrive-") or low == "gedeelde drives":
            return GOOGLE_DRIVE, index
    return None


def _by_marker(path: PurePath, probe: LocationProbe) -> tuple[str, PurePath] | None:
    """A sync service's marker file in one of the folders above ``path``."""
    for folder in path.parents:
        if probe.exists(str(folder / ".dropbox")) or probe.exists(str(folder / ".dropbox.cache")):
            return DROPBOX, folder
        if probe.exists(str(folder / ".tmp.drivedownload")) or probe.exists(
            str(folder / ".tmp.driveupload")
        ):
            return GOOGLE_DRIVE, folder
        ini = folder / "desktop.ini"
        if probe.exists(str(ini)) and "onedrive" in probe.read_text(str(ini)).casefold():
            return ONEDRIVE, folder
    return None


def cloud_folder(path: str, probe: LocationProbe) -> tuple[str, str] | None:
    """(service, its folder) when ``path`` is inside a cloud-sync folder."""
    pure = _pure(path, probe.platform)
    named = _by_name(pure.parts)
    if named is not None:
        service, index = named
        return service, str(_pure("", probe.platform).joinpath(*pure.parts[: index + 1]))
    for variable in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        root = probe.environ.get(variable, "")
        if root and _is_under(pure, _pure(root, probe.platform)):
            return ONEDRIVE, root
    if probe.platform == "darwin":  # iCloud's "Desktop & Documents Folders"
        home = PurePosixPath(probe.home)
        for name in ("Desktop", "Documents"):
            mirrored = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / name
            if _is_under(pure, home / name) and probe.exists(str(mirrored)):
                return ICLOUD, str(home / name)
    marked = _by_marker(pure, probe)
    return None if marked is None else (marked[0], str(marked[1]))


def _unescape_mount(text: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, a backslash as \\134."""
    return (
        text.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def network_location(path: str, probe: LocationProbe) -> tuple[str, str] | None:
    """(kind of network file system, share or mount point) when ``path`` is on one."""
    if probe.platform == "win32":
        text = path.replace("/", "\\")
        if text.upper().startswith("\\\\?\\UNC\\"):
            text = "\\\\" + text[8:]
        if text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\")):
            share = "\\".join(text.split("\\")[:4])
            return "network share", share
        drive = PureWindowsPath(text.removeprefix("\\\\?\\")).drive
        if drive and probe.drive_type(drive + "\\") == DRIVE_REMOTE:
            return "network drive", drive
        return None
    if probe.platform == "darwin":
        info = probe.fs_info(path)
        if info is not None and (not info[1] or info[0].casefold() in NETWORK_FILE_SYSTEMS):
            return info[0], info[2]
        return None
    best: tuple[str, str] | None = None
    pure = PurePosixPath(path)
    for line in probe.mounts().splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = _unescape_mount(fields[1]), fields[2]
        if _is_under(pure, PurePosixPath(point)) and (best is None or len(point) > len(best[1])):
            best = (kind, point)
    if best is not None and best[0].casefold() in NETWORK_FILE_SYSTEMS:
        return best
    return None


def location_warning(
    path: str | os.PathLike[str], subject: Subject = "file", probe: LocationProbe | None = None
) -> LocationWarning | None:
    """A warning when ``path`` (a client file, or the backup folder with ``subject="backups"``)
    is inside a cloud-sync folder or on a network drive; None when it is local."""
    probe = probe or LocationProbe()
    try:
        text = probe.resolve(os.fspath(path))
    except OSError:
        text = os.fspath(path)
    if subject == "backups":
        text = str(_pure(text, probe.platform) / "x")  # the folder itself, not its parent
    found_cloud = cloud_folder(text, probe)
    kind: Literal["cloud", "network"]
    if found_cloud is not None:
        kind, (service, folder) = "cloud", found_cloud
    else:
        found_network = network_location(text, probe)
        if found_network is None:
            return None
        kind, (service, folder) = "network", found_network
    en, nl = _TEXTS[(kind, subject)]
    return LocationWarning(
        kind, service, folder, en.format(service=service, folder=folder),
        nl.format(service=service, folder=folder),
    )  # fmt: skip
