"""Import a published report from plain text (text extracted from a web page, PDF or DOCX).

The text is read in three passes, all driven by the format spec:
1. metadata (agency, year, date) from the title, statistics period and 落款 (``prose.detect_meta``);
2. the format version from the tables (labels and shape, ``prose.judge_format``);
3. sections (``prose.split_sections``) and table cells (``tables.fill_tables_from_text``).

Published totals are kept as published (``doc.manual``) so that the normal checks show real
arithmetic errors of the source. Nothing is invented: a cell that cannot be placed stays blank
and the import report says so.
"""

from __future__ import annotations

import html
import re
from functools import cache

from ..core.document import Document, Meta
from ..core.spec import all_formats
from ..core.text import simplify_traditional, unify_lookalikes
from .base import ImportResult, lookalike_note, traditional_note
from .identities import drop_mark_totals, identity_notes
from .layout_text import Choices, join_pages, layout_cells, page_numbers_among_cells
from .locate import _ORDINAL, Finder, clean_text, norm
from .prose import detect_meta, judge_format, prose_numbers, unglue_tail
from .rows import UNREADABLE
from .tables import convert_yuan_amounts, fill_tables_from_text


#: a markdown table row ("| a | b |") and its separator row ("|---|:--:|")
_MD_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_MD_SEP = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$")
_BR = re.compile(r"<br\s*/?>", re.I)
#: a text table is read as a grid only from this many rows of one width, at least this wide
MIN_GRID_ROWS, MIN_GRID_COLS = 2, 3


def _cells(line: str) -> list[str] | None:
    if _MD_ROW.match(line):
        return [_BR.sub("", c).strip() for c in line.strip()[1:-1].split("|")]
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return None


def text_layout(text: str):
    """The text as paragraphs and grids when its tables are rectangular: runs of markdown pipe rows
    or tab-separated lines in which every row has the same number of cells (a markdown table, a
    spreadsheet or Word table pasted as text, merged cells empty or repeated). Such a run is a real
    grid — every cell keeps its column — and is read like a DOCX/HTML table (spacer columns dropped
    by ``structured.fit_to_grid``). When any run has rows of unequal length (a web table copied with
    its covered cells left out, a table pasted in pieces), cell positions are not reliable and the
    whole text stays with the text engine, which reads rows by their labels: None."""
    from .structured import Grid, Layout

    lines = text.split("\n")
    runs: list[tuple[int, int, list[list[str]]]] = []
    i = 0
    while i < len(lines):
        row = _cells(lines[i])
        if row is None:
            i += 1
            continue
        run, j = [row], i + 1
        while j < len(lines):
            if _MD_SEP.match(lines[j]):
                j += 1
                continue
            nxt = _cells(lines[j])
            if nxt is None:
                break
            run.append(nxt)
            j += 1
        if len({len(r) for r in run}) > 1:
            return None
        if len(run) >= MIN_GRID_ROWS and len(run[0]) >= MIN_GRID_COLS:
            runs.append((i, j, run))
        i = j
    if not runs:
        return None
    blocks: list = []
    at = 0
    for lo, hi, run in runs:
        if lo > at:
            blocks.append("\n".join(lines[at:lo]))
        blocks.append(Grid(_join_split_rows(run)))
        at = hi
    if at < len(lines):
        blocks.append("\n".join(lines[at:]))
    return Layout(blocks=blocks)


def _join_split_rows(run: list[list[str]]) -> list[list[str]]:
    """A row printed over two table rows: the label (or its first part) with every other cell empty,
    then the numbers with nothing (or the label's rest, in the same column) before them — joined
    into one row. Header rows are never joined: the row after them has no numbers, or a label
    where they have none."""
    from .rows import NA, NUM, OTHER, classify

    out: list[list[str]] = []
    for row in run:
        prev = out[-1] if out else None
        kinds = [classify(c).kind for c in row]
        if prev is not None and any(k in (NUM, NA) for k in kinds):
            pk = [classify(c).kind for c in prev]
            first = min(i for i, k in enumerate(kinds) if k in (NUM, NA))
            label_only = all(k != NUM and k != NA for k in pk) and all(not c for c in prev[first:]) and any(prev)
            continues = all(k != OTHER or pk[i] == OTHER for i, k in enumerate(kinds[:first]))
            # a cell opening with its own ordinal ("3.其他"), or under a complete official label,
            # is a row of its own: the row above is one printed with every cell empty
            fresh = any(k == OTHER and (_ORDINAL.match(norm(c)) or norm(p) in _row_labels())
                        for c, p, k in zip(row[:first], prev[:first], kinds[:first]))
            if label_only and continues and not fresh and all(k != OTHER for k in kinds[first:]):
                out[-1] = [a + b if i < first else b for i, (a, b) in enumerate(zip(prev, row))]
                continue
        out.append(row)
    return out


@cache
def _row_labels() -> frozenset[str]:
    """Normalised row labels of every official table (both format versions)."""
    return frozenset(norm(it.text) for f in all_formats() for t in f.tables for it in t.items
                     if it.role == "rowlabel" and it.text)


#: stands for a page break (a form feed) while ``clean_text`` turns form feeds into line breaks
_PAGE_MARK = "\ue000"


def page_breaks(text: str, cleaned: str) -> set[int]:
    """The lines of ``cleaned`` (``clean_text(text)``) that stand where ``text`` has a form feed:
    the empty line ``clean_text`` leaves between two pages."""
    if "\f" not in text or _PAGE_MARK in text:
        return set()
    marked = clean_text(text.replace("\f", _PAGE_MARK + "\f"))
    if marked.replace(_PAGE_MARK, "") != cleaned:
        return set()
    return {n for n, ln in enumerate(marked.split("\n")) if ln == _PAGE_MARK}


def _layout_text(cleaned: str, fmt: str, numbers, pages: set[int] = frozenset()) -> tuple[str, list[str]]:
    """`pdftotext -layout` text with its table cells made explicit (``layout_text.layout_cells``).
    Cells placed by column position are kept only when the tables read from them keep every
    identity they can be checked on (``consistent``); otherwise the text is read without them,
    in print order, as before. ``pages``: the (empty) lines where a page ends (each page has a
    character grid of its own)."""
    if tab_cells(cleaned):
        return cleaned, []
    spec = Document(fmt).spec
    found, found_placed = Choices(), Choices()
    base, notes = layout_cells(cleaned, spec, place=False, pages=pages, table=found)
    placed, placed_notes = layout_cells(cleaned, spec, place=True, pages=pages, table=found_placed)
    if placed == base:
        return _settled_by_table(cleaned, fmt, numbers, False, pages, found) or (base, notes)
    scratch = Document(fmt)
    fill_tables_from_text(scratch, placed, numbers, Finder(placed))
    if consistent(scratch):
        return _settled_by_table(cleaned, fmt, numbers, True, pages, found_placed) or (placed, placed_notes)
    return _settled_by_table(cleaned, fmt, numbers, False, pages, found) or (base, notes)


#: the most ways of reading the runs of wrapped numbers a table is tried in
_MOST_COMBINATIONS = 16


def _settled_by_table(cleaned: str, fmt: str, numbers, place: bool, pages: set[int],
                      found: Choices) -> tuple[str, list[str]] | None:
    """The text and notes of ``layout_cells`` with the runs of wrapped numbers that read several
    ways, every row of each adding up (``found``), read the one way under which the whole table
    keeps every identity it can be checked on — when exactly one combination of their readings
    gives such tables, and every cell in which the combinations differ stands in an identity
    checked (all of its cells read). None otherwise: those rows stay blank."""
    from itertools import product
    from math import prod

    if not found.found:
        return None
    keys = [k for k, _c in found.found]
    if prod(c for _k, c in found.found) > _MOST_COMBINATIONS:
        return None
    spec = Document(fmt).spec
    ids = [c.id for t in spec.tables if t.key in ("t3", "t4") for c in t.cells]
    tried = []
    for combo in product(*(range(c) for _k, c in found.found)):
        table = Choices(dict(zip(keys, combo)))
        text, notes = layout_cells(cleaned, spec, place=place, pages=pages, table=table)
        if table.found:
            return None  # a run not met the same way again
        doc = Document(fmt)
        fill_tables_from_text(doc, text, numbers, Finder(text))
        tried.append((doc, tuple(doc.value(c).text for c in ids), text, notes))
    fits = {vals for doc, vals, _t, _n in tried if consistent(doc)}
    if len(fits) != 1:
        return None
    vals = next(iter(fits))
    doc, _v, text, notes = next(x for x in tried if x[1] == vals)
    differ = {ids[i] for _d, other, _t, _n in tried for i in range(len(ids)) if other[i] != vals[i]}
    if not differ <= checked_cells(doc):
        return None
    return text, notes + [f"表格中有 {len(keys)} 处数字在窄列中折行，各有几种拼接方式都满足本行的合计关系；"
                          "只有一种拼接方式使全表的勾稽关系（各行总计、各列合计、新收＋结转＝办理＋结转下年、表四各项）全部成立，"
                          "已按此读取（请核对）。"]


_NUMBER_TOKEN = re.compile(r"(?<!\S)[0-9０-９]+(?:[.．][0-9０-９]+)?(?!\S)")


def tab_cells(text: str) -> bool:
    """The table rows are TAB-separated (a web table copied from a browser or a crawler's
    innerText, a spreadsheet pasted as text): every line holding three numbers or more has a TAB.
    Its cells are then given by the TABs, and spaces around a number inside a cell are only padding
    (" ０　", "3  "); `pdftotext -layout`, whose columns are runs of spaces, never writes a TAB."""
    rows = [ln for ln in text.split("\n") if len(_NUMBER_TOKEN.findall(ln)) >= 3]
    return len(rows) >= 3 and all("\t" in ln for ln in rows)


def consistent(doc: Document) -> bool:
    """Every identity of the read tables that can be checked holds: 表三's row totals, column
    totals and 新收＋结转＝办理＋结转下年度, 表四's blocks. A blank cell counts as 0 when its row was
    read (a cell printed empty); an identity touching a row read not at all, or a mark, is not
    checked."""
    spec = doc.spec
    read_rows = {c.id.rsplit(".", 1)[0] for c in spec.cells.values() if not doc.value(c.id).is_blank}

    def val(cid: str):
        v = doc.value(cid)
        if v.is_number:
            return v.number
        if v.is_blank and cid.rsplit(".", 1)[0] in read_rows:
            return 0
        return None

    from .identities import relations

    for left, right, _target in relations(doc, {"t3", "t4"}):
        a = [val(c) for c in left]
        b = [val(c) for c in right]
        if None in a or None in b:
            continue
        if sum(a) != sum(b):
            return False
    return True


def checked_cells(doc: Document) -> set[str]:
    """The cells of 表三/表四 that stand in an identity ``consistent`` can check (each of its cells
    a number, or blank in a row that was read)."""
    spec = doc.spec
    read_rows = {c.id.rsplit(".", 1)[0] for c in spec.cells.values() if not doc.value(c.id).is_blank}

    def known(cid: str) -> bool:
        v = doc.value(cid)
        return v.is_number or (v.is_blank and cid.rsplit(".", 1)[0] in read_rows)

    from .identities import relations

    out: set[str] = set()
    for left, right, _target in relations(doc, {"t3", "t4"}):
        if all(known(c) for c in left + right):
            out.update(left + right)
    return out


_WS = " \u00a0\u3000"


#: the tables' stretch of a report: from the heading of 二 to the heading of 五 (or the end)
_TABLES_FROM = re.compile(r"^[ \u3000]*(?:二|2)[ \u3000]*[、.．][ \u3000]*主动公开", re.M)
_TABLES_TO = re.compile(r"^[ \u3000]*(?:五|5)[ \u3000]*[、.．]", re.M)


def paragraph_cells(text: str) -> str:
    """A web table copied as one paragraph per filled cell and one bare line break per EMPTY cell
    ("103 / (blank) / 3 / (blank) / (blank) / (blank) / 1": 103, 3, two empty cells, 1) turned into
    one cell per line with an empty line per empty cell, the form `cell_per_line` reads.

    The form shows in the runs of line breaks between two cells: every cell stands alone between
    runs of two or more, and runs of an odd length (3, 5, 7: one blank line that separates plus
    one, three, five empty cells) occur, which blank-line separated paragraphs with empty
    paragraphs for empty cells (runs of 2, 4, 6) never print. Each run then loses the one line
    break of its separator. Only the stretch of the tables (二 to 五) is touched, only when no
    line there is white space alone (white-space cells are another form, `ws_cell_lines`)."""
    a = _TABLES_FROM.search(text)
    if not a:
        return text
    b = _TABLES_TO.search(text, a.end())
    end = b.start() if b else len(text)
    region = text[a.start():end]
    body = region.rstrip("\n")
    tail = region[len(body):]
    lines = body.split("\n")
    if any(ln and not ln.strip(_WS) for ln in lines):
        return text
    runs = [len(m.group(0)) for m in re.finditer(r"\n+", body)]
    if len(runs) < 20 or min(runs) < 2 or sum(1 for r in runs if r % 2 == 1) < 3:
        return text
    fixed = re.sub(r"\n+", lambda m: m.group(0)[1:], body)
    return text[:a.start()] + fixed + tail + text[end:]


def open_last_cells(text: str) -> str:
    """Rows of a pipe table without outer pipes (html2text's markdown: "规范性文件|  | 3|  | 0") put a
    "|" only before each cell but the first, never after the last: a row ending in "|" and white
    space ("规章|  |  | 0|    ") has an empty last cell, which the table reader would take for a
    markdown row's closing "|" (the row one cell short, its 0 read a column to the right). Such a
    row gets an explicit empty cell (" |" after it) when it holds nothing but numbers, marks and
    empty cells after its label cells, as many as a row of the same text that ends in a value — a
    row that is whole — holds after its labels, or as many as the official row of its label has
    (and one fewer is not). Only in text none of whose rows of numbers opens with "|" (a table with
    outer pipes closes its rows with one) and some of whose rows end in a value."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    from .rows import EMPTY, NA, NUM, OTHER, classify

    labels: dict[int, str] = {}

    def values(i: int, ln: str) -> list | None:
        # the cells after the row's label cells (a group's label may stand before the row's own)
        parts = ln.split("|")
        cs = [classify(c) for c in parts]
        while cs and cs[0].kind == OTHER:
            cs.pop(0)
        if len(cs) < len(parts):
            labels[i] = norm(parts[len(parts) - len(cs) - 1])
        return cs if all(c.kind in (NUM, NA, EMPTY) for c in cs) and any(c.kind == NUM for c in cs) else None

    rows = {i: cs for i, ln in enumerate(lines) if "|" in ln for cs in [values(i, ln)] if cs is not None}
    if not rows or any(lines[i].lstrip(_WS).startswith("|") for i in rows):
        return text
    whole = {len(cs) for cs in rows.values() if cs[-1].kind in (NUM, NA)}
    if not whole:
        return text
    counts = _row_cell_counts()
    out = list(lines)
    for i, cs in rows.items():
        official = counts.get(labels.get(i, ""), set())
        if cs[-1].kind == EMPTY and lines[i].rstrip(_WS).endswith("|") \
                and (len(cs) in whole or len(cs) in official and len(cs) - 1 not in official):
            out[i] = lines[i].rstrip(_WS) + " |"
    return "\n".join(out)


@cache
def _row_cell_counts() -> dict[str, set[int]]:
    """How many value cells each official row has (normalised label → the counts, both formats)."""
    from .locate import table_rows

    out: dict[str, set[int]] = {}
    for f in all_formats():
        for t in f.tables:
            for r in table_rows(t):
                out.setdefault(norm(r.label), set()).add(len(r.cells))
    return out


#: HTML character references a CMS export or a page's source copy leaves in its text ("&nbsp;" for an
#: empty cell or between cells, "&ensp;", "&#12288;", "&amp;")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8};|nbsp(?![a-zA-Z])|#\d{2,6};|#[xX][0-9a-fA-F]{2,5};)")


def decode_entities(text: str) -> str:
    """The character references of a text turned into their characters ("&nbsp;" → U+00A0)."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0) if m.group(0).endswith(";") else m.group(0) + ";"), text)


def import_text(text: str, source: str = "") -> ImportResult:
    text = text.replace("\ufeff", "")
    if "&" in text:
        text = decode_entities(text)
    text, looks = unify_lookalikes(text)
    text, trad = simplify_traditional(text)
    text = paragraph_cells(text)
    text = open_last_cells(text)
    layout = text_layout(text)
    if layout is not None:
        from .structured import build

        res = build(layout, source, "txt")
        lookalike_note(res, looks)
        traditional_note(res, trad)
        if res.cells_found:
            # as every text import: totals are kept as published, a total printed empty too
            doc = res.doc
            for t in doc.spec.tables:
                if any(not doc.value(c.id).is_blank for c in t.cells):
                    doc.manual.update(c.id for c in t.cells if c.derived)
            return res
    joined = page_numbers_among_cells(unglue_tail(join_pages(text)))
    cleaned = clean_text(joined)
    meta = detect_meta(cleaned)
    fmt, reason, mixed = judge_format(cleaned)
    doc = Document(fmt, Meta(agency=meta["agency"], year=meta["year"], date=meta["date"]))
    res = ImportResult(doc=doc, source=source, kind="txt")
    res.add("warning" if mixed else "info", reason)
    lookalike_note(res, looks)
    traditional_note(res, trad)
    if UNREADABLE in joined and UNREADABLE not in text:
        res.add("ambiguous", "PDF 的纯文字中有页码印在表格一行的数字之间（文字的顺序在此被打乱），"
                             "这些行各数字所在的列无法确认，已留空，请按原表填写。")

    res.add_meta_notes(meta, fmt)

    # --- sections
    sections, lead = res.fill_sections(cleaned)

    # --- tables (numbers wrapped in narrow PDF columns joined only where the arithmetic allows)
    numbers = prose_numbers("\n".join(v for v in sections.values()) + "\n" + lead)
    cleaned, wrap_notes = _layout_text(cleaned, fmt, numbers, page_breaks(joined, cleaned))
    for msg in wrap_notes:
        res.add("ambiguous", msg)
    fd = Finder(cleaned)
    notes, info = fill_tables_from_text(doc, cleaned, numbers, fd, may_be_cut=True)
    res.notes.extend(notes)
    res.notes.extend(convert_yuan_amounts(doc, cleaned))
    regions = info["regions"]
    for t in doc.spec.tables:
        if t.key not in regions:
            res.add("missing", f"未找到{t.name}（{t.title}）。", [c.id for c in t.cells])
    if info["truncated"]:
        res.add("warning", "原文在表格中间中断（文件不完整），其后的内容未能导入。")

    # A total printed EMPTY in a complete table is the report's value too: keep it out of
    # auto-total so that it is checked (and shown blank), not silently recomputed.
    res.notes.extend(drop_mark_totals(doc, set(regions)))
    complete = [k for k in regions if not (info["truncated"] and regions[k][1] >= len(fd.text))]
    for key in complete:
        doc.manual.update(c.id for c in doc.spec.table(key).cells if c.derived)

    # --- summary of missing cells per table
    placed = info["placed"]
    res.notes.extend(identity_notes(doc, set(regions), placed))
    res.note_blank_cells(regions)
    inferred = sum(1 for how in placed.values() if how not in ("ok", "positional"))
    amb = sum(1 for n in res.notes if n.level == "ambiguous")
    if res.cells_found == 0 or (len(regions) < 3 and not info["truncated"]):
        res.confidence = "low"
    elif amb or inferred or info["truncated"]:
        res.confidence = "medium"
    else:
        res.confidence = "high"
    return res
