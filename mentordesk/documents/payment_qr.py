"""The SEPA payment QR code (EPC QR) drawn as vector shapes, crisp in print and on screen.

The payload comes from ``domain.epc_qr``. The code uses error correction level M and at most
version 13, as the EPC guideline asks, with a quiet zone of four modules (drawn white, so the
code reads on a tinted panel too).
"""

from __future__ import annotations

from typing import Any, Final

QUIET: Final = 4
MAX_VERSION: Final = 13


def matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the QR code for ``payload`` (True is dark), without the quiet zone."""
    import segno

    code = segno.make(payload, error="m", boost_error=False, micro=False, encoding="utf-8")
    if int(code.version) > MAX_VERSION:
        raise ValueError("the payment details do not fit a payment QR code")
    return tuple(tuple(bool(cell & 1) for cell in row) for row in code.matrix)


def qr_drawing(payload: str, size: float) -> Any:
    """A ``Drawing`` of ``size`` x ``size`` points holding the code and its quiet zone."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors

    modules = matrix(payload)
    count = len(modules) + 2 * QUIET
    step = size / count
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for y, row in enumerate(modules):
        x = 0
        while x < len(row):  # one rectangle per run of dark modules
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            drawing.add(
                Rect(
                    (start + QUIET) * step,
                    size - (y + QUIET + 1) * step,
                    (x - start) * step,
                    step,
                    fillColor=colors.black,
                    strokeColor=None,
                    strokeWidth=0,
                )
            )
    return drawing
