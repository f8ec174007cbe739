"""Build a document from a structured report (DOCX, HTML, XLSX): prose blocks plus real table grids.

The readers (docx_reader, html_reader, xlsx_reader) turn their file into a ``Layout``: the body
as a sequence of blocks in reading order, each either a paragraph of text or a table given as a
rectangular grid of cell texts (merged cells resolved: the text sits in the top-left position of
the merge, every other covered position is ""). This module

1. assigns table rows to the official tables (表二/表三/表四) by their labels, from the format spec
   — a report may print one official table as several Word tables (page breaks, one small table
   per 第二十条 block) or several official tables as one; rows of a table that matches no official
   table are prose (layout tables around the text);
2. reads metadata, the format version and the six sections' prose with the shared prose code;
3. fills the cells through the shared matching engine (``grid.fill_from_rows``); an official table
   not found as a real table is read from the flattened text with the plain-text engine;
4. settles totals: a published total that equals the sum of its parts becomes an auto total again,
   one that differs (a real error of the source) or is printed empty is kept as published
   (``doc.manual``), so the normal checks show it.

Nothing is invented: cells not found stay blank and the import report lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..core.document import Document, Meta
from ..core.errors import ImportError_
from ..core.spec import all_formats
from ..core.text import TRADITIONAL_MIN, to_simplified, traditional_count, unify_lookalikes
from ..core.totals import auto_updates, compute
from . import safety
from .base import ImportResult, lookalike_note, traditional_note
from .grid import fill_from_rows, place_by_overlap
from .identities import drop_mark_totals, identity_notes
from .locate import Finder, clean_text, norm
from .prose import detect_meta, judge_format, prose_numbers
from .rows import NA, NUM, OTHER, classify
from .tables import convert_yuan_amounts, fill_tables_from_text


@dataclass
class Grid:
    rows: list[list[str]]
    #: row index -> cells the row really has, for rows the reader padded at the end to make the
    #: grid rectangular (an HTML row with fewer cells than the table is wide). Such a row is not
    #: read by grid position: its cells may belong further right (a table split in two whose
    #: second part lost the cut rowspan cells of the label columns), so it goes to the label reader.
    short: dict[int, int] = field(default_factory=dict)
    #: row index -> grid columns covered by a cell that starts further left in that row (the
    #: continuation of a colspan/gridSpan). The reader's grid is the union of every row's column
    #: boundaries: a Word/WPS or LibreOffice table whose blocks have their own column widths (表二
    #: with one set of columns per 第二十条 block) is much wider than the official table, and a row
    #: is on the official grid once its continuation positions are left out.
    spans: dict[int, frozenset[int]] = field(default_factory=dict)
    #: the grid columns are drawn positions (a PDF's ruling, a web table placed by its cell widths),
    #: not a count of cells: a row may then be put on the official grid by its header (by_header)
    drawn: bool = False
    #: the drawn x positions of the grid's column lines (one more than the columns), where the reader
    #: knows them (a PDF's ruling, a web table's cell widths, a Word table's w:tblGrid or a .doc's
    #: cell boundaries): a body drawn on other lines than its header is then placed under the
    #: header it overlaps (by_header, grid.place_by_overlap)
    edges: tuple[float, ...] | None = None
    #: row index -> the cells the row really has, for a table whose every row ends at the table's
    #: right edge although the reader knows no cell widths (a .doc LibreOffice saved without them:
    #: each cell one width, the last the rest): a row's last cells are then the table's last
    #: columns, which a header naming them there confirms (``_right_aligned``)
    right_edge: dict[int, int] | None = None

    def flat(self) -> str:
        """The table as tab-separated lines (merged cells given once, empty cells kept)."""
        return "\n".join("\t".join(c.replace("\t", " ").replace("\n", "") for c in r) for r in self.rows)


@dataclass
class Layout:
    blocks: list[str | Grid] = field(default_factory=list)
    title_hint: str = ""  # e.g. the HTML <title> or the DOCX core property title
    meta_hint: dict = field(default_factory=dict)  # fields a reader knows for sure (XLSX header line)
    markers: list[tuple[str, str]] = field(default_factory=list)  # (cell text, raised note marker left out)
    notes: list[str] = field(default_factory=list)  # what the reader could not read, for the import report
    pictures: int = 0  # pictures in the body (a table may be one): base.picture_note

    def add_text(self, text: str) -> None:
        if text is not None:
            self.blocks.append(text)


def note_markers(text: str, markers: list[str], log: list[tuple[str, str]] | None) -> str:
    """A table cell's text without its superscript/subscript note markers (collected by the
    reader): "3" with a raised "1" is 3 with note 1 — never 31. The marker is recorded in `log`
    (Layout.markers) and named in the import report."""
    text = text.strip()
    marks = "".join(m.strip() for m in markers)
    if marks and log is not None:
        log.append((text, marks))
    return text


# ------------------------------------------------------------------------ label sets from the spec

@cache
def _label_sets() -> dict[str, frozenset[str]]:
    """Normalised texts that occur in exactly one official table (over both format versions)."""
    per: dict[str, set[str]] = {}
    for f in all_formats():
        for t in f.tables:
            s = per.setdefault(t.key, set())
            for it in t.items:
                if it.role != "value" and it.text:
                    s.add(norm(it.text))
    out = {}
    for k, s in per.items():
        others = set().union(*(v for kk, v in per.items() if kk != k))
        out[k] = frozenset(x for x in s - others if x)
    return out


@cache
def _prefixes() -> dict[str, tuple[str, ...]]:
    """Leading parts (≥ 4 chars) of unique labels, for cells whose label is truncated or padded."""
    return {k: tuple(sorted({x[:4] for x in s if len(x) >= 6})) for k, s in _label_sets().items()}


@cache
def _column_names() -> dict[str, frozenset[str]]:
    """Normalised column header texts of each official table that are no row label or title of it."""
    out: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    for f in all_formats():
        for t in f.tables:
            for it in t.items:
                if it.role != "value" and it.text:
                    (out if it.role == "header" else labels).setdefault(t.key, set()).add(norm(it.text))
    return {k: frozenset(v - labels.get(k, set())) for k, v in out.items()}


def _one_column_name(row: list[str], key: str) -> bool:
    """The row names table ``key`` by a single column header text and nothing else of it: a piece
    of a wrapped header of the table it stands in ("其他" of 表四's "其他结果" over two lines is
    表三's column 其他), which does not start another table inside one grid."""
    own = _label_sets()[key]
    hits = {norm(c) for c in row if norm(c) in own}
    return len(hits) == 1 and hits <= _column_names().get(key, frozenset())


def row_table(row: list[str]) -> str | None:
    """The official table a grid row belongs to, judged by its label cells; None if it has none."""
    sets = _label_sets()
    score: dict[str, int] = {}
    for cell in row:
        n = norm(cell)
        if not n or len(n) > 200:
            continue
        for k, s in sets.items():
            if n in s:
                score[k] = score.get(k, 0) + 2
            elif len(n) >= 4 and any(n.startswith(p) for p in _prefixes()[k]):
                score[k] = score.get(k, 0) + 1
    if not score:
        return None
    best = max(score.values())
    winners = [k for k, v in score.items() if v == best]
    return winners[0] if len(winners) == 1 else None


def segment(grids: list[Grid]) -> tuple[dict[str, list[list[str]]], set[int]]:
    """Rows of each official table, and the indexes of grids that hold no official table."""
    out: dict[str, list[list[str]]] = {}
    prose: set[int] = set()
    current: str | None = None
    for gi, g in enumerate(grids):
        kinds = [row_table(r) for r in g.rows]
        if not any(kinds):
            prose.add(gi)
            current = None
            continue
        keys: list[str | None] = []
        for r, k in zip(g.rows, kinds):
            if k is not None and current is not None and k != current and keys and _one_column_name(r, k):
                k = None  # a header piece of this grid's table, not a new table
            current = k if k is not None else current
            keys.append(current)
        aligned = _right_aligned(g, keys) if g.right_edge else {}
        for i, (r, k) in enumerate(zip(g.rows, keys)):
            if k is not None:
                if i in aligned:
                    out.setdefault(k, []).append(aligned[i])
                    continue
                out.setdefault(k, []).append(r[:g.short[i]] if i in g.short else _own_cells(g, i, k, keys))
    return out, prose


@cache
def _value_names(key: str) -> tuple[str, ...] | None:
    """The normalised names of table ``key``'s value columns in order, when every format version
    names them alike and no two alike (表三's 自然人 … 总计); else None."""
    got = set()
    for f in all_formats():
        for t in f.tables:
            if t.key == key and t.label_cols:
                by_col: dict[int, set[str]] = {}
                for c in t.cells:
                    by_col.setdefault(c.grid[1], set()).add(norm(c.col_name))
                if any(len(v) != 1 for v in by_col.values()):
                    return None
                got.add(tuple(next(iter(by_col[c])) for c in sorted(by_col)))
    if len(got) != 1:
        return None
    names = got.pop()
    return names if len(set(names)) == len(names) else None


def _right_aligned(g: Grid, keys: list[str | None]) -> dict[int, list[str]]:
    """Rows of ``g`` (see ``Grid.right_edge``) put on the official grid by their last cells.

    In a table saved without cell widths every row still ends at the table's right edge, so a row's
    last cells stand under the table's last columns, however many label and spacer cells it has
    before them (LibreOffice's .doc of a clerk's 表三: rows of 9, 10 and 11 cells). Used for a table
    whose header confirms it: a header row of at least as many cells as the table has value
    columns names at least three of them each at its own place counted from the right, and no
    header row names one at another place (a shorter header row, with merged cells, only by its
    last cell). A row is placed when the cells before its values hold
    no number or mark and its labels fit the label columns; other rows are left as they are."""
    out: dict[int, list[str]] = {}
    ends = g.right_edge or {}
    for key in {k for k in keys if k}:
        names = _value_names(key)
        width, label_cols = _widths().get(key, (0, 0))
        if names is None or not label_cols:
            continue
        n = len(names)
        idx = [i for i, k in enumerate(keys) if k == key and i in ends]
        own = {i: g.rows[i][:ends[i]] for i in idx}
        valued = {i for i in idx if any(classify(x).kind in (NUM, NA) for x in own[i])}
        hits = 0
        clash = False
        for i in idx:
            if i in valued:
                continue
            # a header row of fewer cells has merged ones (法人或其他组织 over five columns): only its
            # last cell stands at a known place
            tail = own[i][-n:] if len(own[i]) >= n else own[i][-1:]
            for j, x in enumerate(tail, n - len(tail)):
                if norm(x) in names:
                    if norm(x) == names[j]:
                        hits += len(tail) == n
                    else:
                        clash = True
        if clash or hits < 3:
            continue
        for i in valued:
            r = own[i]
            if len(r) <= n:
                continue
            lead = r[:-n]
            if any(classify(x).kind in (NUM, NA) for x in lead):
                continue
            labels = [x for x in lead if not _blank(x)]
            if not labels or len(labels) > label_cols:
                continue
            out[i] = [""] * (label_cols - len(labels)) + labels + list(r[-n:])
    return out


@cache
def _widths() -> dict[str, tuple[int, int]]:
    return {t.key: (t.n_cols, t.label_cols) for f in all_formats() for t in f.tables}


def _own_cells(g: Grid, i: int, key: str, keys: list[str | None] | None = None) -> list[str]:
    """Row ``i`` of ``g`` as cells of the official table ``key``, when the grid is wider than that
    table because its rows have their own column boundaries (see ``Grid.spans``).

    Rows that start their cells at the same positions form a block (one 第二十条 block of 表二 with
    its title and header rows). In a block, a cell position empty in every row is a spacer the
    clerk left (an empty column after the labels, an unused last column). When the block's cells
    without its spacers are exactly the official columns, and one row of the block has every value
    position filled (its header), each row is taken as those cells. Otherwise the row is returned
    whole and read by its labels: a guessed column would put numbers under the wrong heading."""
    row = g.rows[i]
    width, label_cols = _widths().get(key, (0, 0))
    cont = g.spans.get(i)
    if len(row) <= width or not (cont or g.edges or g.spans):
        return row
    kept = _blocks(g, width, label_cols)[i] if cont else None
    if kept is None:
        whole = _Row(row, cont or frozenset(), g.drawn, edges=g.edges)
        placed = _under_band(g, keys, key, width, label_cols).get(i) if g.spans and keys else None
        return whole if placed is None else _Row(placed, full=whole)
    return _Row([row[c] for c in kept], full=_Row(row, cont, g.drawn, edges=g.edges))


def _blocks(g: Grid, width: int, label_cols: int) -> list[tuple[int, ...] | None]:
    """Per row of ``g``: the positions of its official cells (see ``_own_cells``), or None."""
    cache = g.__dict__.setdefault("_kept", {})
    if (width, label_cols) in cache:
        return cache[(width, label_cols)]
    starts = [tuple(c for c in range(len(r)) if c not in g.spans.get(i, ())) for i, r in enumerate(g.rows)]
    groups: dict[tuple[int, ...], list[int]] = {}
    for i, st in enumerate(starts):
        groups.setdefault(st, []).append(i)
    out: list[tuple[int, ...] | None] = [None] * len(g.rows)
    for st, idx in groups.items():
        if len(st) < width:
            continue
        # a spacer holds nothing in the block; in a row without numbers (the block's title merged
        # over the whole row) it may repeat the text of the cell before it
        spacer = {c for k, c in enumerate(st[1:], 1) if all(_blank(g.rows[i][c]) or _repeats(g.rows[i], st[k - 1], c)
                                                            for i in idx)}
        if len(st) > width:
            if len(st) - len(spacer) != width:
                continue
            kept = tuple(c for c in st if c not in spacer)
        else:
            kept = st
        if not any(all(not _blank(g.rows[i][c]) for c in kept[label_cols:]) for i in idx):
            continue
        for i in idx:
            out[i] = kept
    cache[(width, label_cols)] = out
    return out


def _repeats(row: list[str], prev: int, c: int) -> bool:
    """Cell ``c`` of a row holding no number or mark repeats the text of cell ``prev`` before it
    (a merged title that the file stores as cells of the same text)."""
    return norm(row[c]) == norm(row[prev]) and not any(classify(x).kind in (NUM, NA) for x in row)


def _under_band(g: Grid, keys: list[str | None], key: str, width: int, label_cols: int) -> dict[int, list[str]]:
    """Rows of the official table ``key`` in a grid wider than it (see ``Grid.spans``) whose blocks
    do not share their cell starts (表三's labels merged over its three label columns in some rows,
    not in others), each put on the official grid under its block's header.

    A block is a header band (rows without a number or a mark) and the rows after it. Its value
    columns are the starts of the band's texts right of every label of the table's rows; there must be
    exactly as many as the official table has. A row is placed when its labels fit the label
    columns, each of its numbers and marks starts at one of those columns, and no filled cell
    reaches over the next one (a number merged over two official columns is not spread over them:
    the row is left whole and read by its labels). Other rows are left whole."""
    cache = g.__dict__.setdefault("_band", {})
    if key in cache:
        return cache[key]
    out: dict[int, list[str]] = {}
    cache[key] = out
    n_values = width - label_cols
    idx = [i for i, k in enumerate(keys) if k == key]
    own = {i: [c for c in range(len(g.rows[i])) if c not in g.spans.get(i, ())] for i in idx}
    kind = {(i, c): classify(g.rows[i][c]).kind for i in idx for c in own[i] if not _blank(g.rows[i][c])}
    valued = {i for i in idx if any(kind.get((i, c)) in (NUM, NA) for c in own[i])}
    # the labels' columns: every text of a row holding numbers is left of the value columns
    last_label = max((c for i in valued for c in own[i] if kind.get((i, c)) == OTHER), default=-1)
    runs: list[tuple[list[int], list[int]]] = []  # (header band, rows after it)
    for i in idx:
        if i in valued:
            if runs:
                runs[-1][1].append(i)
        elif runs and runs[-1][1] and not any(c > last_label and (i, c) in kind for c in own[i]):
            runs[-1][1].append(i)  # labels with every value cell printed empty: a row of the body
        elif not runs or runs[-1][1]:
            runs.append(([i], []))
        else:
            runs[-1][0].append(i)
    cols: tuple[int, ...] | None = None
    for band, body in runs:
        texts = {i: [c for c in own[i] if kind.get((i, c)) == OTHER and c > last_label] for i in band}
        # a text whose cell holds the start of a text of a lower header row, none of which starts
        # where it does, names a group of columns, not a column ("采购项" over "目数量" when the
        # header's lower row was drawn on column edges of its own): its start is no value column
        group = set()
        for a, i in enumerate(band):
            lower = {c2 for j in band[a + 1:] for c2 in texts[j]}
            for c in texts[i]:
                end = next((d for d in own[i] if d > c), len(g.rows[i]))
                if c not in lower and any(c < c2 < end for c2 in lower):
                    group.add(c)
        heads = sorted({c for i in band for c in texts[i]} - group)
        if body and len(heads) == n_values and (last_label >= 0 or not label_cols):
            cols = tuple(heads)
        elif heads or not body:
            cols = None  # a header of another shape: its rows are not placed by an earlier one
        if cols is None:
            continue
        for i in band + body:
            row = g.rows[i]
            labels = [row[c] for c in own[i] if c < cols[0] and not _blank(row[c])]
            filled = [c for c in own[i] if c >= cols[0] and not _blank(row[c])]
            if any(kind.get((i, c)) in (NUM, NA) for c in own[i] if c < cols[0]):
                continue  # a number among the labels (a 序号 column): not placed by this header
            ends = {c: next((d for d in own[i] if d > c), len(row)) for c in filled}
            if len(labels) > label_cols or any(c not in cols for c in filled) \
                    or any(ends[c] > nxt for c, nxt in zip(cols, cols[1:] + (len(row),)) if c in ends):
                continue
            out[i] = [""] * (label_cols - len(labels)) + labels + [row[c] for c in cols]
    return out


class _Row(list):
    """A table row that keeps the positions continuing a merged cell (see ``Grid.spans``)."""

    def __init__(self, cells, cont: frozenset[int] = frozenset(), drawn: bool = False, full: _Row | None = None,
                 edges: tuple[float, ...] | None = None):
        super().__init__(cells)
        self.cont = cont
        self.drawn = drawn
        self.edges = edges  # the grid's drawn column lines (Grid.edges)
        #: for a row reduced to its block's cells (``_own_cells``): the whole row of the reader's grid,
        #: which keeps every column (grid.map_columns reads a column the official table lacks by its header)
        self.full = full


# ----------------------------------------------------------------------------------- the import

def _unify_layout(layout: Layout) -> int:
    """Replace CJK radical/compatibility look-alikes ("⼀" for 一) in every text of the layout before
    anything is read from it (headings, labels and prose are then the characters they show); how
    many were replaced."""
    total = 0
    for i, b in enumerate(layout.blocks):
        if isinstance(b, Grid):
            for row in b.rows:
                for j, cell in enumerate(row):
                    row[j], n = unify_lookalikes(cell)
                    total += n
        else:
            layout.blocks[i], n = unify_lookalikes(b)
            total += n
    layout.title_hint, n = unify_lookalikes(layout.title_hint)
    return total + n


def _simplify_layout(layout: Layout) -> int:
    """A layout written in traditional characters (a web page of a big5 gateway, a Word file saved
    from it) in simplified ones, cell by cell (core.text.simplify_traditional, judged on the whole
    layout: one cell is too short to tell); how many characters were replaced (0: left as it is)."""
    texts = [layout.title_hint] + [c for b in layout.blocks for c in (
        (cell for row in b.rows for cell in row) if isinstance(b, Grid) else (b,))]
    n = sum(traditional_count(t) for t in texts)
    if n < TRADITIONAL_MIN:
        return 0
    for i, b in enumerate(layout.blocks):
        if isinstance(b, Grid):
            for row in b.rows:
                for j, cell in enumerate(row):
                    row[j] = to_simplified(cell)
        else:
            layout.blocks[i] = to_simplified(b)
    layout.title_hint = to_simplified(layout.title_hint)
    return n


def build(layout: Layout, source: str, kind: str) -> ImportResult:
    safety.check_reading_size(layout.blocks, source)  # memory: refused before anything is built
    looks = _unify_layout(layout)
    trad = _simplify_layout(layout)
    grids = [b for b in layout.blocks if isinstance(b, Grid)]
    tables, prose_grids = segment(grids)
    body_parts: list[str] = []
    flat_parts: list[str] = []
    gi = 0
    for b in layout.blocks:
        if isinstance(b, Grid):
            if gi in prose_grids:  # a layout table: its text is prose
                txt = "\n".join(c for r in b.rows for c in _dedupe(r) if c.strip())
                body_parts.append(txt)
                flat_parts.append(txt)
            else:
                flat_parts.append(b.flat())
            gi += 1
        else:
            body_parts.append(b)
            flat_parts.append(b)
    body = clean_text("\n".join(body_parts))
    flat = clean_text("\n".join(flat_parts))
    if not body.strip() and not tables and not flat.strip():
        raise ImportError_(f"“{source}”中没有文字内容，无法导入。")

    meta = detect_meta(body)
    if (not meta["agency"] or meta.get("agency_from") == "prose") and layout.title_hint:
        # the document's own title (HTML <title>, DOCX core properties) before a name in the prose
        hint = detect_meta(layout.title_hint)
        if hint["agency"] and hint.get("agency_from") != "prose":
            meta["agency"], meta["agency_from"] = hint["agency"], "title"
        meta["year"] = meta["year"] or hint["year"]
    for k, v in layout.meta_hint.items():
        if v and (not meta.get(k) or k == "agency" and meta.get("agency_from") == "prose"):
            meta[k] = v
            if k == "agency":
                meta["agency_from"] = "title"
    fmt, reason, mixed = judge_format(flat)
    if layout.meta_hint.get("format") in ("2019", "2021") and not tables:
        fmt = layout.meta_hint["format"]
    doc = Document(fmt, Meta(agency=meta["agency"] or "", year=meta["year"], date=meta["date"] or ""))
    res = ImportResult(doc=doc, source=source, kind=kind)
    res.add("warning" if mixed else "info", reason)
    res.add_meta_notes(meta, fmt)
    lookalike_note(res, looks)
    traditional_note(res, trad)
    for msg in layout.notes[:20]:
        res.add("ambiguous", msg)
    for text, marks in layout.markers[:20]:
        res.add("warning", f"表格单元格“{text}”带有上标/下标“{marks}”（注释标记），已按“{text}”读取，上标未计入数字。")

    # --- sections (prose outside the official tables)
    res.fill_sections(body, report_missing=kind != "xlsx")

    # --- tables
    read_from: dict[str, str] = {}
    placed: dict[str, str] = {}
    for t in doc.spec.tables:
        rows = tables.get(t.key)
        if rows:
            # cell positions are drawn positions in a PDF, and in a web table placed by its cell
            # widths (see by_header); in a count of cells they are not
            if kind == "pdf" or any(getattr(r, "drawn", False) for r in rows):
                rows = by_header(rows, t, res.notes)
            elif any(getattr(r, "edges", None) for r in rows):
                # a Word table's own column widths (w:tblGrid, a .doc's cell boundaries): a body
                # standing on other column lines than its header is placed by its overlap; a row
                # whose numbers overlap no one header column each is left to the reading by cells
                rows = place_by_overlap(rows, t, res.notes, keep_refused=True) or rows
            res.notes.extend(fill_from_rows(doc, fit_to_grid(rows, t.n_cols), t.key))
            read_from[t.key] = "grid"
    todo = [t for t in doc.spec.tables if t.key not in read_from]
    if todo:
        scratch = Document(fmt)
        fd = Finder(flat)
        notes, info = fill_tables_from_text(scratch, flat, prose_numbers(body), fd)
        placed.update(info["placed"])
        with_values = []  # tables read as text that gave at least one cell (not just a heading found)
        for t in todo:
            if t.key not in info["regions"]:
                continue
            read_from[t.key] = "text"
            for c in t.cells:
                v = scratch.value(c.id)
                if not v.is_blank:
                    doc._put(c.id, v)
                    if t not in with_values:
                        with_values.append(t)
                if c.id in scratch.manual:
                    doc.manual.add(c.id)
            ids = {c.id for c in t.cells}
            res.notes.extend(n for n in notes if not n.cells or set(n.cells) & ids)
            doc.foreign_rows.extend(r for r in scratch.foreign_rows if set(r["cells"]) & ids)
        if with_values:
            res.add("info", "部分表格不是真正的表格（文字排列），已按文字方式读取："
                    + "、".join(t.name for t in with_values) + "。")
    for t in doc.spec.tables:
        if t.key not in read_from:
            res.add("missing", f"未找到{t.name}（{t.title}）。", [c.id for c in t.cells])
        elif read_from[t.key] == "grid":
            res.add("info", f"{t.name}：从文件中的表格读取（按行名和列位置对应）。")
    res.notes.extend(convert_yuan_amounts(doc, flat))
    res.notes.extend(drop_mark_totals(doc, set(read_from)))
    settle_totals(doc, {k for k in read_from})
    res.notes.extend(identity_notes(doc, set(read_from), placed))
    _summarise(res, read_from)
    if res.cells_found == 0 and not any(doc.sections.values()) and not doc.meta.agency and not doc.meta.year:
        raise ImportError_(f"“{source}”中没有找到政府信息公开工作年度报告的内容（标题、章节或表格），无法导入。")
    return res


def _blank(cell: str) -> bool:
    return not cell.strip(" \t\r\n\u00a0\u3000")


def fit_to_grid(rows: list[list[str]], n_cols: int) -> list[list[str]]:
    """Rows wider than the official grid because the clerk's table has an extra empty column (a
    spacer left after the labels, an unused last column): drop the columns that hold nothing —
    empty in every row that has a number or a mark, and in the other rows (titles, headers) empty
    or the repeated text of a merged cell to their left — when exactly that many are surplus.
    Otherwise the rows are returned unchanged (and read by the text engine)."""
    by_width: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        if len(r) > n_cols:
            by_width.setdefault(len(r), []).append(i)
    if not by_width:
        return rows
    out = list(rows)
    for width, idx in by_width.items():
        group = [rows[i] for i in idx]
        valued = [any(classify(c).kind in (NUM, NA) for c in r) for r in group]
        empty_cols = []
        for c in range(width):
            # an empty cell of its own in every row holding values — not the continuation of a
            # merged value cell to its left (a table whose blocks have their own column widths)
            if all((_blank(r[c]) and not (v and c in getattr(r, "cont", ()))) or (not v and c > 0 and r[c] == r[c - 1])
                   for r, v in zip(group, valued)):
                empty_cols.append(c)
        if len(empty_cols) != width - n_cols:
            continue
        for i in idx:
            out[i] = [x for c, x in enumerate(rows[i]) if c not in empty_cols]
    return out


def by_header(rows: list[list[str]], t, notes: list | None = None) -> list[list[str]]:
    """Rows of a table wider than the official one (the union of column boundaries of rows with
    merges of their own, as LibreOffice writes a Word 表三 with a spacer column) put on the official
    grid by the header: each value column's name (自然人 … 总计) must stand at exactly one cell
    start, in order; a row is rebuilt only when every number or mark in it starts exactly at one
    of those positions and its labels fit the label columns. Other rows are left as they are.

    Only for grids whose positions are where the cells are drawn (PDF; a web table the reader placed
    by its cell widths, ``Grid.drawn``): in a Word file or a web page read by counting cells the
    position is a count of cells, which need not match what is shown (a clerk's Word table
    whose rows have more or fewer cells than their widths suggest) — there a header match could
    put every number of a row one column off."""
    if t.label_cols == 0:
        return rows
    placed = place_by_overlap(rows, t, notes)  # where the reader gives the drawn column lines
    if placed is not None:
        return placed
    wide = [i for i, r in enumerate(rows) if len(r) > t.n_cols and isinstance(r, _Row)]
    if not wide or any(len(rows[i]) != len(rows[wide[0]]) for i in wide):
        return rows
    cols: dict[int, str] = {}
    for c in t.cells:
        cols[c.grid[1]] = norm(c.col_name)
    names = [cols[k] for k in sorted(cols)]
    if len(set(names)) != len(names):
        return rows
    pos: dict[str, set[int]] = {}
    for i in wide:
        r = rows[i]
        for p, x in enumerate(r):
            n = norm(x)
            if n in cols.values() and p not in r.cont:
                pos.setdefault(n, set()).add(p)
    if any(len(pos.get(n, ())) != 1 for n in names):
        return rows
    starts = [next(iter(pos[n])) for n in names]
    if starts != sorted(set(starts)):
        return rows
    first = min(cols)
    out = list(rows)
    for i in wide:
        r = rows[i]
        own = [p for p in range(len(r)) if p not in r.cont and not _blank(r[p])]
        labels = [r[p] for p in own if p < starts[0]]
        vals = {p: r[p] for p in own if p >= starts[0]}
        if any(p not in starts for p in vals) or len(labels) > first:
            continue
        out[i] = [""] * (first - len(labels)) + labels + [vals.get(p, "") for p in starts]
    return out


def _dedupe(row: list[str]) -> list[str]:
    return [c for i, c in enumerate(row) if c and c not in row[:i]]


def settle_totals(doc: Document, tables_read: set[str]) -> None:
    """Published totals equal to the sum of their parts become auto totals again; the others
    (different, or printed empty while parts have numbers) stay as published, for the checks."""
    for cid in doc.spec.derived_order:
        c = doc.spec.cells[cid]
        if c.table not in tables_read:
            doc.manual.discard(cid)
            continue
        v = doc.value(cid)
        expected = compute(doc, cid)
        if v == expected or (v.is_number and expected.is_number and v.number == expected.number):
            doc.manual.discard(cid)
        else:
            doc.manual.add(cid)
    for cid, v in auto_updates(doc).items():
        doc._put(cid, v)


def _summarise(res: ImportResult, read_from: dict[str, str]) -> None:
    doc = res.doc
    res.note_blank_cells(read_from)
    amb = sum(1 for n in res.notes if n.level == "ambiguous")
    if res.cells_found == 0 or len(read_from) < 2:
        res.confidence = "low"
    elif amb or len(read_from) < len(doc.spec.tables) or any(v == "text" for v in read_from.values()):
        res.confidence = "medium"
    else:
        res.confidence = "high"
