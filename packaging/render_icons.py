"""Render the icon PNGs (and Windows .ico files) from the two SVGs in ``resources/icons``.

    python packaging/render_icons.py        # after editing an SVG; commit the results

Qt's own SVG renderer draws them (PySide6 is installed with MentorDesk), so the PNGs come out
the same on every machine. The .ico files hold PNG images, which Windows reads since Vista.
The macOS .icns is made on a Mac with ``iconutil`` (see packaging/README.md).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
NAMES = ("mentordesk", "mentordesk-document")


def png_path(name: str, size: int) -> Path:
    return ICONS / f"{name}-{size}.png"


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"render_icons: cannot write {out}")


def write_ico(pngs: list[tuple[int, bytes]], out: Path) -> None:
    """An ICO file whose images are PNGs: a 6-byte header, 16 bytes per image, the images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    out.write_bytes(header + entries + blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in NAMES:
        svg = ICONS / f"{name}.svg"
        for size in SIZES:
            render(svg, size, png_path(name, size))
        write_ico(
            [(size, png_path(name, size).read_bytes()) for size in ICO_SIZES],
            ICONS / f"{name}.ico",
        )
        print(f"{name}: {len(SIZES)} PNG sizes and {name}.ico")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
