"""Draw the toolbar's icons with QPainter: resources/icons/toolbar/<name>-<size>.png.

The window loads these small files instead of asking the style for its standard icons
(QStyle.standardIcon): creating PySide6's QStyle class builds ~570 enum members, ~12 ms of every
start, and the standard icons differ from platform to platform anyway. Each size is drawn on
its own on a 32-unit grid, so 16 px stays crisp; 24 and 48 px serve 1.5× screens. The disabled
look (greyed) is made by Qt from these. The generated files are committed; run this again only
to change the design:

    QT_QPA_PLATFORM=offscreen python packaging/make_toolbar_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons" / "toolbar"
#: the sizes written; the window offers them all to Qt, which picks the nearest for the screen
SIZES = (16, 24, 32, 48)
#: icon name -> the toolbar action it is for (gkdesk/gui/mainwindow.py TOOLBAR_ICONS uses the names)
NAMES = ("new", "open", "save", "undo", "redo", "check", "export-docx", "export-xlsx")

OUTLINE = QColor("#4a5360")
PAPER = QColor("#ffffff")
FOLD = QColor("#dde2ea")
FOLDER = QColor("#e8a93a")
FOLDER_DARK = QColor("#a8741c")
FOLDER_LIGHT = QColor("#f6cf7a")
BLUE = QColor("#2f6db5")
BLUE_DARK = QColor("#1f4f8a")
GREEN = QColor("#2e8b3e")
WORD = QColor("#2b5fab")
EXCEL = QColor("#1e7b45")


def _pen(color: QColor, width: float, s: float) -> QPen:
    pen = QPen(color, max(1.0, width * s))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _polygon(s: float, *points: tuple[float, float]) -> QPainterPath:
    """A closed path through `points`, given on the 32-unit grid."""
    path = QPainterPath()
    path.moveTo(points[0][0] * s, points[0][1] * s)
    for x, y in points[1:]:
        path.lineTo(x * s, y * s)
    path.closeSubpath()
    return path


def _page(p: QPainter, s: float, left: float, top: float, right: float, bottom: float, fold: float,
          fill: QColor = PAPER, edge: QColor = OUTLINE) -> None:
    p.setPen(_pen(edge, 1.6, s))
    p.setBrush(fill)
    p.drawPath(_polygon(s, (left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)))
    p.setBrush(FOLD)
    p.drawPath(_polygon(s, (right - fold, top), (right - fold, top + fold), (right, top + fold)))


def _lines(p: QPainter, s: float, x0: float, x1: float, ys, color: QColor = QColor("#9aa3b0")) -> None:
    p.setPen(_pen(color, 1.6, s))
    for y in ys:
        p.drawLine(QPointF(x0 * s, y * s), QPointF(x1 * s, y * s))


def draw_new(p: QPainter, s: float) -> None:
    _page(p, s, 7, 3, 25, 29, 7)
    _lines(p, s, 11, 21, (14, 18.5, 23))


def draw_open(p: QPainter, s: float) -> None:
    p.setPen(_pen(FOLDER_DARK, 1.6, s))
    p.setBrush(FOLDER)
    p.drawPath(_polygon(s, (3, 8), (11, 8), (13.5, 11), (26, 11), (26, 26), (3, 26)))  # the back, with its tab
    p.setBrush(FOLDER_LIGHT)
    p.drawPath(_polygon(s, (3, 26), (7.5, 15), (30, 15), (26, 26)))  # the open flap, tilted towards the viewer


def draw_save(p: QPainter, s: float) -> None:
    p.setPen(_pen(BLUE_DARK, 1.6, s))
    p.setBrush(BLUE)
    p.drawPath(_polygon(s, (4, 4), (24, 4), (28, 8), (28, 28), (4, 28)))  # a diskette with a cut corner
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#e9eef5"))
    p.drawRect(QRectF(9 * s, 4.8 * s, 13 * s, 8 * s))  # the shutter
    p.setBrush(BLUE_DARK)
    p.drawRect(QRectF(17 * s, 6 * s, 3 * s, 5.5 * s))
    p.setBrush(PAPER)
    p.drawRect(QRectF(8 * s, 17 * s, 16 * s, 10 * s))  # the label
    _lines(p, s, 11, 21, (21, 24.5), QColor("#9aa3b0"))


def _arrow(p: QPainter, s: float, mirrored: bool) -> None:
    def x(v: float) -> float:
        return (32 - v if mirrored else v) * s

    def u(v: float) -> float:  # the same on the grid (for _polygon)
        return 32 - v if mirrored else v

    curve = QPainterPath()  # a hook: from the lower right up and round to the left, ending in a head
    curve.moveTo(x(25), 25 * s)
    curve.cubicTo(QPointF(x(27), 15 * s), QPointF(x(21), 10 * s), QPointF(x(12), 10.5 * s))
    p.setPen(_pen(BLUE, 3.2, s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(curve)
    p.setPen(_pen(BLUE, 1.0, s))
    p.setBrush(BLUE)
    p.drawPath(_polygon(s, (u(4), 10.5), (u(13.5), 3.5), (u(13.5), 17.5)))  # the head


def draw_undo(p: QPainter, s: float) -> None:
    _arrow(p, s, mirrored=False)


def draw_redo(p: QPainter, s: float) -> None:
    _arrow(p, s, mirrored=True)


def draw_check(p: QPainter, s: float) -> None:
    tick = QPainterPath()
    tick.moveTo(5 * s, 17 * s)
    tick.lineTo(12.5 * s, 25 * s)
    tick.lineTo(27 * s, 7 * s)
    p.setPen(_pen(GREEN, 4.4, s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)


def _badge(p: QPainter, s: float, color: QColor) -> QRectF:
    """The coloured square on the lower left of an export icon (over a page)."""
    _page(p, s, 10, 3, 28, 29, 6)
    _lines(p, s, 19, 24, (13, 17.5, 22))
    r = QRectF(3 * s, 9 * s, 15 * s, 15 * s)
    p.setPen(_pen(color.darker(125), 1.2, s))
    p.setBrush(color)
    p.drawRoundedRect(r, 1.8 * s, 1.8 * s)
    return r


def draw_export_docx(p: QPainter, s: float) -> None:
    r = _badge(p, s, WORD)
    w = QPainterPath()  # a "W" in strokes (no font: the same on every machine)
    xs = (r.left() + 3 * s, r.left() + 5.4 * s, r.center().x(), r.right() - 5.4 * s, r.right() - 3 * s)
    top, bottom = r.top() + 3.5 * s, r.bottom() - 3.5 * s
    w.moveTo(xs[0], top)
    w.lineTo(xs[1], bottom)
    w.lineTo(xs[2], top + 3 * s)
    w.lineTo(xs[3], bottom)
    w.lineTo(xs[4], top)
    p.setPen(_pen(PAPER, 1.8, s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(w)


def draw_export_xlsx(p: QPainter, s: float) -> None:
    r = _badge(p, s, EXCEL)
    x = QPainterPath()  # an "X" in strokes
    m = 4 * s
    x.moveTo(r.left() + m, r.top() + m)
    x.lineTo(r.right() - m, r.bottom() - m)
    x.moveTo(r.right() - m, r.top() + m)
    x.lineTo(r.left() + m, r.bottom() - m)
    p.setPen(_pen(PAPER, 2.0, s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(x)


DRAW = {"new": draw_new, "open": draw_open, "save": draw_save, "undo": draw_undo, "redo": draw_redo,
        "check": draw_check, "export-docx": draw_export_docx, "export-xlsx": draw_export_xlsx}


def render(name: str, size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    DRAW[name](p, size / 32.0)
    p.end()
    return img


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        for size in SIZES:
            path = OUT / f"{name}-{size}.png"
            if not render(name, size).save(str(path), "PNG"):
                print(f"could not write {path}", file=sys.stderr)
                return 1
    print(f"wrote {len(NAMES) * len(SIZES)} icons to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
