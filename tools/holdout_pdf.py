"""The "plain_pdf" presentation of tools/import_holdout.py: a report drawn straight onto PDF pages
with reportlab's canvas, the way PDF generators other than Word/LibreOffice draw tables.

Every geometry choice is drawn from the case's RNG (``PdfStyle.draw``):

    rules      grid (every cell border a line) | rects (borders as thin filled rectangles, as WPS
               and some printer drivers draw them) | three_line (三线表: a rule above the table,
               one under the header, one at the bottom of each page part) | hrules (a rule under
               every row, no vertical rule) | none (only positions tell the cells apart)
    page       portrait | landscape (table pages on a landscape page in a portrait document) |
               rotate90 / rotate270 (portrait paper, the table drawn turned and the page carrying
               /Rotate so that a viewer shows it upright, as "print to PDF" does with a landscape
               section) | sideways / sideways270 (the table drawn turned on a portrait page
               without /Rotate)
    chars      runs (one string per line) | single (every character placed on its own) | spaced
               (character spacing, so glyphs stand apart)
    order      rows | columns (the cells drawn column by column) | reverse (bottom to top)
    head       the header rows repeated on every page a table runs over, or not
    valign     middle | top (Word's default: a cell's text at its top, the numbers on the label's
               first line)
    shade      none | header (header cells filled grey) | cells (every cell a white filled
               rectangle: WPS "输出为PDF" draws cell backgrounds, also in tables without rules)
    clip       every cell's text drawn inside a clip path of its cell (WPS, Microsoft Print to PDF)

Only the standard CID font STSong-Light is used (no font file), so the files are made the same on
every machine. ``printed`` records what each value cell shows (as in import_holdout).
"""

from __future__ import annotations

import dataclasses
import io
import random

RULES = ("grid", "rects", "three_line", "hrules", "none")
PAGES = ("portrait", "landscape", "rotate90", "rotate270", "sideways", "sideways270")
FONT = "STSong-Light"


@dataclasses.dataclass
class PdfStyle:
    rules: str = "grid"
    page: str = "portrait"
    chars: str = "runs"
    order: str = "rows"
    repeat_head: bool = False
    font: float = 8.0
    num_w: float = 34.0  # points, number columns
    row_pad: float = 3.0
    page_h: float = 842.0  # shorter pages make tables run over several pages
    page_numbers: bool = True
    valign: str = "middle"
    shade: str = "none"
    clip: bool = False
    # set by tools/producer_pdf.py only (not drawn here, so plain_pdf files stay as they were):
    double: float = 0.0  # the gap of double rules (0: single rules)
    justify: bool = False  # short header and total labels spread over their cell (分散对齐)
    extra_para: float = 0.0  # share of value cells with an empty paragraph after the number (Enter pressed)
    # set by tools/holdout_web.py only (browser_pdf): the header and footer lines a browser prints on
    # every page of a web page: (top left, top right, bottom left, bottom right) texts, "{n}" and
    # "{total}" standing for the page number and the number of pages
    furniture: tuple[str, ...] = ()
    total_pages: int = 0
    # set by ``draw_odd`` only (the odd_pdf presentation; off elsewhere, so the other files stay as
    # they were): what real published PDFs do that the draw above does not
    num_size: float = 1.0  # the numbers' font size relative to the labels' (digits in another font/size)
    halign: str = "center"  # value cells' alignment: center | left | right
    row_break: bool = False  # a row whose label wraps may break across a page (Word's 允许跨页断行)
    cont_caption: str = ""  # a line above every continuation of a table on a new page ("续表")
    label_w: float = 1.0  # the label columns' width relative to the usual (narrow ones wrap the labels)

    @classmethod
    def draw(cls, rng: random.Random) -> PdfStyle:
        s = cls()
        s.rules = rng.choice(RULES)
        s.page = rng.choice(PAGES)
        s.chars = rng.choice(["runs", "runs", "single", "spaced"])
        s.order = rng.choice(["rows", "rows", "columns", "reverse"])
        s.repeat_head = rng.random() < 0.5
        s.font = rng.choice([7.0, 7.5, 8.0, 9.0, 10.5])
        s.num_w = rng.choice([26.0, 30.0, 34.0, 42.0])
        s.row_pad = rng.choice([2.0, 3.0, 5.0])
        s.page_h = rng.choice([842.0, 842.0, 620.0, 500.0])
        s.page_numbers = rng.random() < 0.7
        s.valign = rng.choice(["middle", "middle", "top"])
        s.shade = rng.choice(["none", "none", "header", "cells"])
        s.clip = rng.random() < 0.3
        return s


def draw_odd(s: PdfStyle, rng: random.Random, title: str) -> PdfStyle:
    """The odd_pdf additions on top of a drawn style: numbers in another size, aligned left or
    right, rows broken over pages, "续表" captions, a running header with the report's title, and
    pages short enough for the tables to run over some."""
    s.num_size = rng.choice([1.0, 0.85, 1.15, 1.3])
    s.halign = rng.choice(["center", "left", "right"])
    s.row_break = rng.random() < 0.7
    s.cont_caption = rng.choice(["", "续表", "（续表）", "续上表"])
    s.page_h = round(rng.uniform(420.0, 842.0), 1)
    s.label_w = rng.choice([1.0, 0.75, 0.6])
    if rng.random() < 0.5 and not s.furniture:
        head = title if len(title) <= 40 else title[:40]
        s.furniture = rng.choice([("", head, "", ""), (head, "", "", "第 {n} 页")])
    return s


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, FONT, size)


def _wrap(text: str, width: float, size: float, spaced: bool = False) -> list[str]:
    out: list[str] = []
    for part in text.split("\n"):
        line = ""
        for ch in part:
            if line and _width(line + ch, size) + (0.12 * size * (len(line) + 1) if spaced else 0) > width:
                out.append(line)
                line = ""
            line += ch
        out.append(line)
    return out or [""]


class _Pages:
    """A page stack: portrait prose pages; table pages possibly landscape or turned."""

    def __init__(self, style: PdfStyle):
        from reportlab.pdfgen import canvas

        self.s = style
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(595.0, style.page_h))
        self.n = 0
        self.turned = False
        self.w, self.h = 595.0, style.page_h
        self.y = 0.0
        self.fresh = True

    def new(self, turned: bool = False) -> None:
        c, s = self.c, self.s
        if self.n:
            c.restoreState()
            c.showPage()
        self.n += 1
        self.turned = turned and s.page != "portrait"
        pw, ph = 595.0, s.page_h
        if self.turned and s.page == "landscape":
            c.setPageSize((ph, pw))
            self.w, self.h = ph, pw
        else:
            c.setPageSize((pw, ph))
            self.w, self.h = (ph, pw) if self.turned else (pw, ph)
        c.setPageRotation(0)  # reportlab keeps a page rotation for the pages after it
        c.saveState()
        if self.turned and s.page in ("rotate90", "sideways"):
            c.translate(pw, 0)
            c.rotate(90)
            if s.page == "rotate90":
                c.setPageRotation(90)
        elif self.turned and s.page in ("rotate270", "sideways270"):
            c.translate(0, ph)
            c.rotate(-90)
            if s.page == "rotate270":
                c.setPageRotation(270)
        if s.page_numbers:
            c.setFont(FONT, 9)
            c.drawCentredString(self.w / 2, 24, f"- {self.n} -")
        if s.furniture:
            c.setFont(FONT, 7.5)
            tl, tr, bl, br = (x.format(n=self.n, total=s.total_pages or "?") for x in s.furniture)
            c.drawString(28, self.h - 20, tl)
            c.drawRightString(self.w - 28, self.h - 20, tr)
            c.drawString(28, 16, bl)
            c.drawRightString(self.w - 28, 16, br)
        self.y = self.h - 56
        self.fresh = True

    def text(self, x: float, y: float, text: str, size: float) -> None:
        c, how = self.c, self.s.chars
        c.setFont(FONT, size)
        if how == "runs" or not text.strip():
            c.drawString(x, y, text)
        elif how == "single":
            for ch in text:
                c.drawString(x, y, ch)
                x += _width(ch, size)
        else:
            c.drawString(x, y, text, charSpace=0.12 * size)

    def text_w(self, text: str, size: float) -> float:
        extra = 0.12 * size * len(text) if self.s.chars == "spaced" else 0.0
        return _width(text, size) + extra

    def save(self) -> bytes:
        if self.n:
            self.c.restoreState()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def _prose(pg: _Pages, text: str, size: float, indent: bool = True, align: str = "left") -> None:
    margin = 72.0
    width = pg.w - 2 * margin
    lines = _wrap(("　　" if indent else "") + text, width, size, pg.s.chars == "spaced")
    for ln in lines:
        if pg.y < 60:
            pg.new()
        x = margin
        if align == "center":
            x = (pg.w - pg.text_w(ln, size)) / 2
        elif align == "right":
            x = pg.w - margin - pg.text_w(ln, size)
        pg.text(x, pg.y, ln, size)
        pg.y -= size * 1.7
    pg.fresh = False


def write_plain_pdf(doc, style, pstyle: PdfStyle, rng: random.Random, printed: dict, pages=None) -> bytes:
    """The report as a PDF drawn with the canvas (see the module docstring); ``pages``: another
    page stack (tools/producer_pdf.py)."""
    import import_holdout as ho

    _font()
    pg = pages or _Pages(pstyle)
    pg.new()
    _prose(pg, doc.title, 16, indent=False, align="center")
    pg.y -= 8
    for sec in doc.spec.sections:
        _prose(pg, ho._heading(sec, style), 13, indent=False)
        for para in ho._paras(doc, sec.key):
            _prose(pg, para, 11)
        if not sec.table:
            continue
        t = doc.spec.table(sec.table)
        items = ho.grid_items(doc, t, 0, t.n_rows, style, rng, printed)
        if style.named:  # a clerk's extra columns and rows (序号, 备注, 合计, 单位：件), as wide_docx prints them
            items, n_cols = ho.with_named_cols(items, t.n_cols, t, style.named, rng)
            t = _Shape(t, n_cols, "serial" in style.named and bool(t.label_cols),
                       "unit" in style.named and t.key in ("t3", "t4"))
        _table(pg, t, items, pstyle, rng)
        if style.table_notes:
            _prose(pg, ho.table_note(t, doc, rng), 10, indent=False)
    for line in ho._sign_off(doc):
        _prose(pg, line, 11, indent=False, align="right")
    return pg.save()


class _Shape:
    """An official table printed with a clerk's extra columns/rows (``import_holdout.with_named_cols``):
    its width, a 序号 column counted with the label columns (a narrow one), a "单位：件" row above
    the header."""

    def __init__(self, t, n_cols: int, serial: bool, unit: bool):
        self.t, self.n_cols, self.serial = t, n_cols, serial
        self.label_cols = t.label_cols + (1 if serial else 0)
        self.header_rows = t.header_rows + (1 if unit else 0)

    def __getattr__(self, name):
        return getattr(self.t, name)


def _table(pg: _Pages, t, items, s: PdfStyle, rng: random.Random) -> None:
    size = s.font
    if s.page != "portrait":
        pg.new(turned=True)
    avail = pg.w - 2 * 50.0
    n_val = t.n_cols - t.label_cols
    num_w = min(s.num_w, avail * 0.8 / max(1, n_val)) if n_val else 0.0
    if t.label_cols:
        own = t.label_cols - (1 if getattr(t, "serial", False) else 0)
        share = {1: [1.0], 2: [0.35, 0.65], 3: [0.22, 0.22, 0.56]}.get(own, [1 / own] * own)
        rest = min(avail - num_w * n_val, 11 * size * 1.6 * own) * s.label_w
        if own < t.label_cols:  # a 序号 column: two or three characters wide, left of the labels
            share = [2.4 * size / rest] + [f * (1 - 2.4 * size / rest) for f in share]
        widths = [rest * f for f in share] + [num_w] * n_val
    else:
        widths = [min(avail / t.n_cols, 3.2 * size * 1.2)] * t.n_cols
    xs = [50.0]
    for w in widths:
        xs.append(xs[-1] + w)
    n_rows = max(r + rs for r, _c, rs, *_ in items)
    lines = {}
    heights = [size * 1.25 + 2 * s.row_pad] * n_rows
    for r, c, rs, cs, text, role in items:
        w = xs[c + cs] - xs[c] - 4
        sz = size * s.num_size if role == "value" else size
        ls = _wrap(text, w, sz, s.chars == "spaced") if text else []
        if s.extra_para and role == "value" and text.strip() and rng.random() < s.extra_para:
            ls = ls + [""]  # a centred cell then draws its number half a line above the row's others
        lines[(r, c)] = ls
        need = len(ls) * sz * 1.25 + 2 * s.row_pad
        have = sum(heights[r:r + rs])
        if need > have:
            heights[r + rs - 1] += need - have
    head = t.header_rows
    bottom = 50.0
    if s.furniture and pg.y - 4 - heights[0] < bottom:
        # a browser moves a table whose first row does not fit to the next page (the other
        # producers here draw it from where the text ended, as the committed sets were made)
        pg.new()
    cap = size * 1.8 if s.cont_caption else 0.0
    parts, free = _paginate(heights, head, pg.y - 4, pg.h - 56 - cap, bottom, s.repeat_head)
    for _ in range(12 if s.row_break else 0):
        cut = _break_row(items, lines, heights, head, parts, free, size, s)
        if cut is None:
            break
        items, lines, heights = cut
        parts, free = _paginate(heights, head, pg.y - 4, pg.h - 56 - cap, bottom, s.repeat_head)
    top = pg.y - 4
    for i, rows in enumerate(parts):
        if i:
            pg.new(turned=s.page != "portrait")
            top = pg.y - 4
            if cap:  # "续表" above the table's continuation
                pg.text(50.0, top - size, s.cont_caption, size)
                top -= cap
            if s.repeat_head and rows[0] >= head:
                rows = list(range(head)) + rows
        ys = {}
        y = top
        for r in rows:
            ys[r] = y
            y -= heights[r]
        end = y
        _draw_part(pg, items, lines, rows, ys, heights, xs, head, s, size, top, end)
        pg.y = end - 14
    if s.page != "portrait":
        pg.new()


def _paginate(heights: list[float], head: int, y: float, page_top: float, bottom: float, repeat: bool
              ) -> tuple[list[list[int]], list[float]]:
    """The rows on each page (header rows repeated when asked) and the room left at the foot of
    every page but the last."""
    parts: list[list[int]] = []
    free: list[float] = []
    cur: list[int] = []
    for r in range(len(heights)):
        if y - heights[r] < bottom and cur:
            parts.append(cur)
            free.append(y - bottom)
            cur = []
            y = page_top - (sum(heights[:head]) if repeat and r >= head else 0)
        cur.append(r)
        y -= heights[r]
    parts.append(cur)
    return parts, free


def _break_row(items, lines, heights, head, parts, free, size, s: PdfStyle):
    """The first body row that did not fit on its page, broken over the pages as Word breaks a row
    (允许跨页断行): the first lines of its cells (the numbers with them) at the page's foot, the rest
    of its wrapped label on the next page in a row of its own. None when no row can break."""
    lh = size * 1.25
    for i, room in enumerate(free):
        r = parts[i + 1][0]
        own = [it for it in items if it[0] == r]
        k = int((room - 2 * s.row_pad) // (lh * max(1.0, s.num_size)))
        label = [it for it in own if it[5] == "rowlabel" and it[2] == 1 and len(lines.get((r, it[1]), [])) > max(k, 1)]
        if r < head or k < 1 or not label \
                or any(len(lines.get((r, it[1]), [])) > 1 for it in own if it[5] == "value"):
            continue
        out, new_lines = [], {}
        need_a = need_b = lh + 2 * s.row_pad
        for it in items:
            rr, c, rs, cs, text, role = it
            ls = lines.get((rr, c), [])
            if rr > r:
                out.append((rr + 1, c, rs, cs, text, role))
                new_lines[(rr + 1, c)] = ls
            elif rr < r <= rr + rs - 1 or (rr == r and rs > 1):  # a group label over the row: one row longer
                out.append((rr, c, rs + 1, cs, text, role))
                new_lines[(rr, c)] = ls
            elif rr < r:
                out.append(it)
                new_lines[(rr, c)] = ls
            else:
                a, b = ls[:k], ls[k:]
                sz = size * s.num_size if role == "value" else size
                out.append((r, c, 1, cs, "\n".join(a), role))
                out.append((r + 1, c, 1, cs, "\n".join(b), role))
                new_lines[(r, c)], new_lines[(r + 1, c)] = a, b
                need_a = max(need_a, len(a) * sz * 1.25 + 2 * s.row_pad)
                need_b = max(need_b, len(b) * sz * 1.25 + 2 * s.row_pad)
        need_b += max(0.0, heights[r] - need_a - need_b)
        # a label merged over rows down to this one must fit above the break (Word would carry its
        # lines over to the next page; drawn here in its part on this page only)
        if any((rr < r <= rr + rs - 1 or (rr == r and rs > 1))
               and len(lines.get((rr, c), [])) * lh + 2 * s.row_pad > sum(heights[rr:r]) + need_a
               for rr, c, rs, _cs, _t, _role in items):
            continue
        return (sorted(out, key=lambda x: (x[0], x[1])), new_lines,
                heights[:r] + [need_a, need_b] + heights[r + 1:])
    return None


def _draw_part(pg: _Pages, items, lines, rows, ys, heights, xs, head, s: PdfStyle, size, top, end) -> None:
    c = pg.c
    on = set(rows)
    cells = []
    for r, c0, rs, cs, _text, role in items:
        span = [rr for rr in range(r, r + rs) if rr in on]
        if not span:
            continue
        y0 = ys[span[0]]
        y1 = ys[span[-1]] - heights[span[-1]]
        cells.append((r, c0, span, cs, y0, y1, lines.get((r, c0), []) if span[0] == r else [], role))
    # backgrounds: filled rectangles without a stroke, under the rules and the text
    if s.shade != "none":
        for r, c0, _span, cs, y0, y1, _ls, _role in cells:
            if s.shade == "cells" or r < head:
                c.setFillGray(0.88 if r < head else 1.0)
                c.rect(xs[c0], y1, xs[c0 + cs] - xs[c0], y0 - y1, stroke=0, fill=1)
        c.setFillGray(0)
    # rules
    c.setLineWidth(0.5)

    def hline(x0, x1, y, w=0.5):
        for dy in ((-s.double / 2, s.double / 2) if s.double else (0.0,)):
            if s.rules == "rects":
                c.rect(x0, y + dy - w / 2, x1 - x0, w, stroke=0, fill=1)
            else:
                c.setLineWidth(w)
                c.line(x0, y + dy, x1, y + dy)

    def vline(x, y0, y1, w=0.5):
        for dx in ((-s.double / 2, s.double / 2) if s.double else (0.0,)):
            if s.rules == "rects":
                c.rect(x + dx - w / 2, y1, w, y0 - y1, stroke=0, fill=1)
            else:
                c.setLineWidth(w)
                c.line(x + dx, y0, x + dx, y1)

    if s.rules == "boxes":  # every cell a stroked rectangle (re S)
        c.setLineWidth(0.5)
        for _r, c0, _span, cs, y0, y1, _ls, _role in cells:
            c.rect(xs[c0], y1, xs[c0 + cs] - xs[c0], y0 - y1, stroke=1, fill=0)
    elif s.rules in ("grid", "rects"):
        for _r, c0, _span, cs, y0, y1, _ls, _role in cells:
            hline(xs[c0], xs[c0 + cs], y0)
            hline(xs[c0], xs[c0 + cs], y1)
            vline(xs[c0], y0, y1)
            vline(xs[c0 + cs], y0, y1)
    elif s.rules == "three_line":
        hline(xs[0], xs[-1], top, 1.2)
        if rows[0] < head:
            hline(xs[0], xs[-1], ys[rows[0]] - sum(heights[r] for r in rows if r < head), 0.6)
        hline(xs[0], xs[-1], end, 1.2)
    elif s.rules == "hrules":
        hline(xs[0], xs[-1], top)
        for r in rows:
            hline(xs[0], xs[-1], ys[r] - heights[r])
    # text
    order = list(cells)
    if s.order == "columns":
        order.sort(key=lambda x: (x[1], -x[4]))
    elif s.order == "reverse":
        order.sort(key=lambda x: (x[4], x[1]))
    totals = {r for r, _c0, _span, _cs, _y0, _y1, ls, role in cells
              if role == "rowlabel" and any(w in "".join(ls) for w in ("总计", "合计"))}
    for r, c0, _span, cs, y0, y1, ls, role in order:
        if not ls:
            continue
        if hasattr(c, "bold"):  # bold header and total rows (producer_pdf draws them as pseudo bold)
            c.bold = r < head or r in totals
        sz = size * s.num_size if role == "value" else size
        block = len(ls) * sz * 1.25
        ty = (y0 + y1) / 2 + block / 2 - sz if s.valign == "middle" else y0 - s.row_pad - sz
        if s.clip:
            c.saveState()
            path = c.beginPath()
            path.rect(xs[c0], y1, xs[c0 + cs] - xs[c0], y0 - y1)
            c.clipPath(path, stroke=0, fill=0)
        for ln in ls:
            w = pg.text_w(ln, size)
            if s.justify and len(ls) == 1 and 2 <= len(ln) <= 4 and (r < head or r in totals) and role != "value" \
                    and xs[c0 + cs] - xs[c0] > 2.5 * w:
                # 分散对齐: the characters spread over the cell, the first at its left, the last at its right
                x0, x1 = xs[c0] + 4, xs[c0 + cs] - 4 - pg.text_w(ln[-1], size)
                for k, ch in enumerate(ln):
                    pg.text(x0 + (x1 - x0) * k / (len(ln) - 1), ty, ch, size)
                ty -= size * 1.25
                continue
            if role == "value":
                w = pg.text_w(ln, sz)
            if role == "rowlabel":
                x = xs[c0] + 2
            elif role == "value" and s.halign == "left":
                x = xs[c0] + 3
            elif role == "value" and s.halign == "right":
                x = xs[c0 + cs] - 3 - w
            else:
                x = (xs[c0] + xs[c0 + cs] - w) / 2
            pg.text(x, ty, ln, sz)
            ty -= sz * 1.25
        if s.clip:
            c.restoreState()
