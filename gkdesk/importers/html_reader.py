"""Import a published report from a saved web page (.html/.htm, or the HTML part of an .mht).

BeautifulSoup (lxml parser when available, else the stdlib html.parser) reads the page; scripts,
styles, navigation, headers/footers, forms and hidden elements are dropped. Tables are expanded
into rectangular grids: ``colspan``/``rowspan`` resolved so that the text of a merged cell sits in
its top-left grid position and every covered position is "". A table that contains another table
is a layout table: its own text is prose and the inner tables are read as tables. Block elements
outside tables become paragraphs. Everything then goes through ``structured.build``.

Work is bounded: the page size is limited by ``safety``; the tree is walked iteratively (deeply
nested tags cannot overflow the stack); spans are clamped; table and cell counts are limited.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..core.errors import ImportError_
from . import safety
from .base import ImportResult, picture_note
from .structured import Grid, Layout, build, note_markers

_DROP = {"script", "style", "noscript", "template", "form", "button", "select",
         "iframe", "object", "embed", "svg", "canvas", "head", "input", "textarea", "menu"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
          "dd", "blockquote", "pre", "center", "tbody", "address", "figure", "figcaption", "body", "html"}
_RAISED = re.compile(r"vertical-align\s*:\s*(?:super|sub)\b", re.I)  # a <span> written as a superscript
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CHROME_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumb|footer|header|sidebar|share|toolbar|"
                           r"print|fontsize|position|location|copyright|links?)(?:$|[\s_-])", re.I)
MAX_SPAN = 100
MAX_NODES = 500_000


def _parser() -> str:
    try:
        import lxml  # noqa: F401
        return "lxml"
    except ImportError:  # pragma: no cover - lxml is a dependency of python-docx
        return "html.parser"


def import_html_text(html: str, source: str = "") -> ImportResult:
    if len(html) > safety.MAX_TEXT_CHARS:
        raise ImportError_(f"“{source}”网页过大，超过导入上限。")
    safety.check_markup(html, source)  # before the parser builds a tree of it
    try:
        soup = BeautifulSoup(html, _parser())
    except Exception as e:  # noqa: BLE001 - a parser failure on hostile markup
        raise ImportError_(f"“{source}”网页无法解析：{type(e).__name__}") from None
    layout = read_layout(soup, source)
    res = build(layout, source, "html")
    picture_note(res, layout.pictures, "网页")
    return res


_KEEP_CHECKS = [0]  # structural look-ups spent on chrome-looking elements (bounded per page)
_SOFT_DROP = {"header", "footer", "aside", "nav"}  # HTML5 page parts that sometimes hold the title


def _holds_content(tag: Tag) -> bool:
    """A chrome-looking element that holds the report's title or a table is kept (bounded work)."""
    _KEEP_CHECKS[0] += 1
    if _KEEP_CHECKS[0] > 200:
        return False
    return tag.find(["h1", "h2", "table"]) is not None


def _is_chrome(tag: Tag) -> bool:
    if tag.name in _SOFT_DROP:
        return not _holds_content(tag)
    if tag.name in _DROP:
        return True
    attrs = tag.attrs or {}
    style = attrs.get("style")
    if isinstance(style, str) and _HIDDEN.search(style):
        return True
    if "hidden" in attrs or str(attrs.get("title", "")).lower() in ("header", "footer"):
        return True
    cls = attrs.get("class")
    ident = " ".join(cls) if isinstance(cls, list) else (cls or "")
    ident += " " + str(attrs.get("id") or "")
    if ident.strip() and _CHROME_CLASS.search(ident) and tag.name not in ("table", "td", "tr", "tbody"):
        return not _holds_content(tag)
    return False


def read_layout(soup, source: str = "") -> Layout:
    layout = Layout()
    _KEEP_CHECKS[0] = 0
    title = soup.find("title")
    if title is not None:
        layout.title_hint = title.get_text(" ", strip=True)[:200]
    n_tables = len(soup.find_all("table", limit=safety.MAX_TABLES + 1))
    if n_tables > safety.MAX_TABLES:
        raise ImportError_(f"“{source}”中有过多表格（超过 {safety.MAX_TABLES} 个），疑似异常文件，已拒绝导入。")
    root = soup.body or soup
    budget = [safety.MAX_TOTAL_CELLS]
    buf: list[str] = []
    nodes = 0

    def flush():
        text = "".join(buf)
        buf.clear()
        for line in text.split("\n"):
            if line.strip(" \t\u00a0\u3000"):
                layout.add_text(_squash(line))

    # iterative walk: ("enter", node) / ("newline", None)
    stack: list[tuple[str, object]] = [("enter", root)]
    while stack:
        if not nodes & 0xFF:
            safety.check_deadline()
        op, node = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise ImportError_(f"“{source}”网页结构过于复杂（元素数量异常），疑似异常文件，已拒绝导入。")
        if op == "newline":
            buf.append("\n")
            continue
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            buf.append(str(node))
            continue
        if not isinstance(node, Tag) or _is_chrome(node):
            continue
        name = node.name
        if name == "br":
            buf.append("\n")
            continue
        if name == "img":
            layout.pictures += _picture(node)
            continue
        if name in ("pre", "xmp", "plaintext"):  # preformatted: tabs and line breaks are content
            flush()
            for line in node.get_text().split("\n"):
                layout.add_text(line.rstrip("\r"))
            continue
        if name == "table":
            if node.find("table") is not None:
                # layout table: walk its cells as blocks
                stack.append(("newline", None))
                for ch in reversed(list(node.children)):
                    stack.append(("enter", ch))
                    if isinstance(ch, Tag):
                        stack.append(("newline", None))
                continue
            flush()
            layout.blocks.append(read_table(node, budget, source, layout.markers))
            continue
        block = name in _BLOCK or name in ("tr", "td", "th", "table", "caption")
        if block:
            stack.append(("newline", None))
        for ch in reversed(list(node.children)):
            stack.append(("enter", ch))
        if block:
            stack.append(("newline", None))
    flush()
    return layout


_SIZE = re.compile(r"(?:^|;)\s*(width|height)\s*:\s*([\d.]+)\s*px", re.I)


def _picture(img: Tag) -> int:
    """1 for an <img> that can be a picture of a table, 0 for an icon (width or height under
    80 px, from its attributes or style: a PDF/Word attachment icon, a share button)."""
    sizes = []
    for attr in ("width", "height"):
        v = str(img.get(attr) or "").strip().removesuffix("px")
        if v.replace(".", "", 1).isdigit():
            sizes.append(float(v))
    sizes += [float(m.group(2)) for m in _SIZE.finditer(str(img.get("style") or ""))]
    return 0 if any(x < 80 for x in sizes) else 1


def _squash(s: str) -> str:
    """Collapse HTML white space (source line breaks and indentation are not text)."""
    s = s.replace("\u00a0", " ")
    s = re.sub(r"[ \t\r\f\v]+", " ", s)
    return s.strip()


def _cell_text(td: Tag, markers: list[tuple[str, str]] | None = None) -> str:
    parts: list[str] = []
    raised: list[str] = []  # <sup>/<sub> text: a note marker, never digits of the cell's number
    stack: list[object] = [td]
    while stack:
        node = stack.pop()
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            parts.append(str(node))
            continue
        if not isinstance(node, Tag) or (node is not td and _is_chrome(node)):
            continue
        if node.name in ("sup", "sub") or _RAISED.search(str(node.get("style") or "")):
            marker = node.get_text("", strip=True)
            if marker:
                raised.append(marker)
                parts.append(" ")
            continue
        if node.name == "br" or (node is not td and node.name in ("p", "div")):
            parts.append("\n")
        stack.extend(reversed(list(node.children)))
    text = "".join(parts)
    lines = [_squash(x) for x in text.split("\n")]
    return note_markers("\n".join(x for x in lines if x), raised, markers)


def _span(tag: Tag, attr: str) -> int:
    v = tag.get(attr)
    if isinstance(v, list):
        v = v[0] if v else None
    try:
        n = int(str(v).strip().rstrip(";")) if v is not None else 1
    except ValueError:
        return 1
    return max(1, min(n, MAX_SPAN))


def _rows(table: Tag) -> list[Tag]:
    out = []
    for tr in table.find_all("tr"):
        # rows of this table, not of a nested one (nested tables are excluded by the caller)
        if tr.find_parent("table") is table:
            out.append(tr)
    return out


def read_table(table: Tag, budget: list[int], source: str = "",
               markers: list[tuple[str, str]] | None = None) -> Grid:
    """The table as a rectangular grid; rowspan/colspan expanded (text at the top-left only)."""
    grid: dict[tuple[int, int], str] = {}
    occupied: set[tuple[int, int]] = set()
    cont: dict[int, set[int]] = {}  # row -> positions continuing a colspan from the left
    width = 0
    placed: list[tuple[int, int, int, int, tuple | None, str]] = []  # (row, col, rs, cs, width, text)
    rows = _rows(table)
    for r, tr in enumerate(rows):
        safety.check_deadline()
        c = 0
        for td in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in occupied:
                c += 1
            rs, cs = _span(td, "rowspan"), _span(td, "colspan")
            rs = min(rs, len(rows) - r)
            budget[0] -= rs * cs
            if budget[0] < 0:
                raise ImportError_(f"“{source}”中的表格过大（单元格数量异常），疑似异常文件，已拒绝导入。")
            grid[(r, c)] = _cell_text(td, markers)
            placed.append((r, c, rs, cs, _cell_width(td), grid[(r, c)]))
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    occupied.add((rr, cc))
                    if cc > c:
                        cont.setdefault(rr, set()).add(cc)
            c += cs
            width = max(width, c)
    # trailing covered positions of the last columns also count towards the width
    width = max([width] + [cc + 1 for (_, cc) in occupied])
    if len(rows) * width > safety.MAX_TABLE_CELLS:
        raise ImportError_(f"“{source}”中的表格过大（单元格数量异常），疑似异常文件，已拒绝导入。")
    out = [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))]
    ends = {}
    for (rr, cc) in occupied:
        ends[rr] = max(ends.get(rr, 0), cc + 1)
    short = {r: ends.get(r, 0) for r in range(len(rows)) if ends.get(r, 0) < width}
    counted = Grid(out, short, {r: frozenset(v) for r, v in cont.items()})
    drawn = _drawn_grid(table, placed, len(rows), counted)
    return counted if drawn is None else drawn


_TOL = 3.0  # px: LibreOffice rounds each cell's width to whole pixels
_TOL_PCT = 0.5  # percentage points: widths given as shares of the table, rounded


def _px(v) -> float | None:
    if isinstance(v, list):
        v = v[0] if v else None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*", str(v)) if v is not None else None
    return float(m.group(1)) if m else None


#: CSS lengths in px (CSS reference pixels: 96 per inch)
_CSS_UNITS = {"px": 1.0, "pt": 4 / 3, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "pc": 16.0}
_LENGTH = re.compile(r"(\d+(?:\.\d+)?|\.\d+)\s*(px|pt|in|cm|mm|pc|%)?")


def _length(text: str) -> tuple[float, str] | None:
    """A CSS/HTML length as (px, "px") or (percent, "%"); None if not one (auto, em, …)."""
    m = _LENGTH.fullmatch(text.strip().lower())
    if not m:
        return None
    unit = m.group(2) or "px"
    if unit == "%":
        return float(m.group(1)), "%"
    return float(m.group(1)) * _CSS_UNITS[unit], "px"


def _style(td: Tag) -> dict[str, str]:
    style = td.get("style") or ""
    if isinstance(style, list):
        style = " ".join(style)
    out = {}
    for part in style.split(";"):
        k, _, v = part.partition(":")
        if v.strip():
            out[k.strip().lower()] = v.strip().lower().replace("!important", "").strip()
    return out


def _cell_width(td: Tag) -> tuple[float, str, float | None] | None:
    """A cell's drawn width: (value, "px" or "%", horizontal padding in px or None).

    From its CSS ``width`` (Word's HTML: ``width:27.65pt;padding:0cm 5.4pt``), with the CSS padding
    when given; else from its ``width`` attribute (px or %), whose padding is the table's
    ``cellpadding`` (None here: LibreOffice writes both and its widths match the attribute)."""
    st = _style(td)
    w = _length(st["width"]) if "width" in st else None
    if w is None:
        attr = td.get("width")
        w = _length(str(attr)) if attr is not None else None
        return None if w is None else (w[0], w[1], None)
    left = right = None
    if "padding" in st:
        vals = [_length(x) for x in st["padding"].split()]
        if 1 <= len(vals) <= 4 and all(v is not None and v[1] == "px" for v in vals):
            right = vals[1][0] if len(vals) > 1 else vals[0][0]
            left = vals[3][0] if len(vals) > 3 else right
    for key in ("padding-left", "padding-right"):
        if key in st:
            v = _length(st[key])
            if v is None or v[1] != "px":
                return w[0], w[1], None
            left, right = (v[0], right) if key == "padding-left" else (left, v[0])
    return w[0], w[1], (left + right if left is not None and right is not None else None)


def _drawn_grid(table: Tag, placed: list[tuple[int, int, int, int, float | None, str]],
                n_rows: int, counted: Grid | None = None) -> Grid | None:
    """The table placed by its cells' widths, when counting cells misplaces them.

    LibreOffice writes a clerk's Word table whose rows have their own merges (a spacer column
    after the labels, a label column split differently further down) with colspans that do not
    add up: a row's numbers then sit one grid column off from the header although the cells'
    ``width`` attributes put them exactly under it. So each cell's horizontal place is worked out
    from the widths (plus 2 × cellpadding + cellspacing per cell, cells covered by a rowspan
    from above skipped), and the grid columns become the union of all cell edges — drawn
    positions, like a PDF's ruling (``Grid.drawn``, the lines in ``Grid.edges``).

    Used only when it is safe and needed: every cell has a pixel width, every row ends at the same
    place, no two cells overlap, and the counted grid disagrees with the widths (cells counted
    into one column start at different places). Otherwise None: the counted grid is kept.

    When counting agrees with the widths, the counted grid (``counted``) is returned with the
    drawn column lines (``Grid.edges``, not ``drawn``): LibreOffice writes a clerk's 表三 whose
    lower rows have other widths than the header (a merged label column split again further
    down) with colspans that do add up, so each counted body cell starts half a column left of
    its header and the reading by cells puts a sparse row's numbers under the wrong names; with
    the lines the structured reader places such a body by its overlap, as a Word table's
    w:tblGrid (grid.place_by_overlap with keep_refused)."""
    if not placed or any(w is None for *_, w, _ in placed):
        return None
    units = {w[1] for *_, w, _ in placed}
    if len(units) != 1:
        return None  # pixels and percentages mixed: no common scale
    if units == {"%"}:
        # shares of the table's width (padding included): every row adds up to the same 100 %
        extent = [w[0] for *_, w, _ in placed]
        tol = _TOL_PCT
    else:
        spacing = _px(table.get("cellspacing")) or 0.0
        table_pad = _px(table.get("cellpadding"))
        extent = []
        for *_, w, _ in placed:
            pad = w[2] if w[2] is not None else (2 * table_pad if table_pad is not None else None)
            if pad is None:
                return None  # the widths' meaning (content or whole cell) is unknown
            extent.append(w[0] + pad + spacing)
        tol = _TOL
    occ: dict[int, list[tuple[float, float]]] = {r: [] for r in range(n_rows)}
    boxes: list[tuple[int, int, float, float, int, str]] = []  # (row, counted col, x0, x1, rs, text)
    ends: list[float] = []
    for (r, c, rs, _cs, _w, text), ext in zip(placed, extent):
        x = boxes[-1][3] if boxes and boxes[-1][0] == r else 0.0
        moved = True
        while moved:  # skip the cells of rowspans from rows above
            moved = False
            for a, b in occ[r]:
                if abs(a - x) <= tol:
                    x, moved = b, True
        x1 = x + ext
        boxes.append((r, c, x, x1, rs, text))
        for rr in range(r, min(r + rs, n_rows)):
            occ[rr].append((x, x1))
    for r in range(n_rows):
        if occ[r]:
            ends.append(max(b for _, b in occ[r]))
    if not ends or max(ends) - min(ends) > tol * 2:
        return None
    edges: list[float] = []
    for x in sorted({e for b in boxes for e in (b[2], b[3])}):
        if not edges or x - edges[-1] > tol:
            edges.append(x)

    def col(x: float) -> int:
        return min(range(len(edges)), key=lambda i: abs(edges[i] - x))

    # does counting agree with the widths? (each counted column starts at one place, and no two
    # counted columns at the same place)
    pairs = {(c, col(x0)) for _, c, x0, *_ in boxes}
    if len({c for c, _ in pairs}) == len(pairs) == len({x for _, x in pairs}):
        if (counted is not None and counted.rows and all(c == x for c, x in pairs)
                and len(edges) == len(counted.rows[0]) + 1 and len(edges) > 2):
            return replace(counted, edges=tuple(edges))
        return None

    n_cols = len(edges) - 1
    if n_rows * n_cols > safety.MAX_TABLE_CELLS:
        return None
    out = [[""] * n_cols for _ in range(n_rows)]
    taken: set[tuple[int, int]] = set()
    cont: dict[int, set[int]] = {}
    for r, _, x0, x1, rs, text in boxes:
        c0, c1 = col(x0), col(x1)
        if c1 <= c0:
            return None
        out[r][c0] = text
        for rr in range(r, min(r + rs, n_rows)):
            for cc in range(c0, c1):
                if (rr, cc) in taken:
                    return None  # overlapping cells: the widths do not describe the table
                taken.add((rr, cc))
                if cc > c0:
                    cont.setdefault(rr, set()).add(cc)
    if len(taken) != n_rows * n_cols:
        return None
    return Grid(out, {}, {r: frozenset(v) for r, v in cont.items()}, drawn=True, edges=tuple(edges))
