"""Draw the gkdesk icon (a white report page with a red header band and "公开") with QPainter.

Writes resources/icons/gkdesk.png (256 px), gkdesk-48.png (for the Linux menu) and gkdesk.ico
(16–256 px, PNG-compressed entries, readable by Windows Vista and later). Each size is drawn
on its own, so small icons stay crisp instead of being scaled down. The generated files are
committed; run this again only to change the design:

    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
RED = QColor("#c8102e")
DARK_RED = QColor("#9e0b22")
GREY = QColor("#b8bec8")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = size / 256.0
    # the page, with a folded top-right corner
    left, top, right, bottom, fold = 36 * s, 14 * s, 220 * s, 242 * s, 46 * s
    page = QPainterPath()
    page.moveTo(left, top)
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom)
    page.lineTo(left, bottom)
    page.closeSubpath()
    p.setPen(QPen(DARK_RED, max(1.0, 6 * s)))
    p.setBrush(QColor("white"))
    p.drawPath(page)
    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    p.setBrush(QColor("#f3d0d5"))
    p.drawPath(corner)
    # red header band with "公开"
    band = QRectF(left + 3 * s, 58 * s, right - left - 6 * s, 92 * s)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawRect(band)
    if size >= 20:
        font = QFont()
        font.setFamilies(["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", "WenQuanYi Zen Hei"])
        font.setWeight(QFont.Weight.Black)
        font.setPixelSize(max(8, round(74 * s)))
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(band, Qt.AlignmentFlag.AlignCenter, "公开")
    # lines of text (a table's rows) below the band
    if size >= 24:
        p.setPen(QPen(GREY, max(1.0, 10 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for i, width in enumerate((136, 112, 136, 84)):
            y = (172 + i * 20) * s
            if y > bottom - 12 * s:
                break
            p.drawLine(QPointF(left + 22 * s, y), QPointF(left + (22 + width) * s, y))
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(ba)


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An .ico file whose entries are PNG streams (ICONDIR + ICONDIRENTRY[] + data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "gkdesk.png").write_bytes(png_bytes(draw(256)))
    (OUT / "gkdesk-48.png").write_bytes(png_bytes(draw(48)))
    (OUT / "gkdesk.ico").write_bytes(ico_bytes([(n, png_bytes(draw(n))) for n in ICO_SIZES]))
    for f in sorted(OUT.iterdir()):
        print(f"{f.relative_to(OUT.parent.parent)}: {f.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
