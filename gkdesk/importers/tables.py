"""Flattened text → the three tables: the stage that drives locate → rows → resolve.

Published reports reach us as text in which the official tables have been flattened in many ways:
one cell per line, tab- or pipe-separated rows, PDF text laid out with spaces, rows whose labels are
detached from their numbers, numbers glued together without separators. The pipeline:

- ``locate``  normalise the text, find table regions and row labels (``Finder``, ``locate_labels``);
- ``rows``    the tokens of a row → candidate values (``read_fields``, ``read_row``, ``split_candidates``);
- ``resolve`` candidates → values by the table's own arithmetic, exactly one reading or a blank;
- ``tables``  (this module) per-table drivers ``fill_t2``/``fill_t3``/``fill_t4`` and
  ``fill_tables_from_text(doc, text)``; ``convert_yuan_amounts`` for amounts printed in 元;
- ``grid``    ``fill_from_rows`` for readers that see real table cells (DOCX/HTML/PDF/XLSX).

It never invents a number: a cell it cannot place stays blank and a note says why. Notes are
``ImportNote(level, message, cells)`` with levels "info", "missing", "ambiguous", "warning";
messages are Chinese (shown to the clerk).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from ..core.document import Document
from ..core.spec import CellSpec, all_formats
from ..core.values import CellValue, State, number, parse_value, to_storage
from .base import ImportNote
from .locate import ORDINAL_TOKEN, Finder, RowSpec, norm, rows_in_columns, _S5, _S6, _SPACED_WORDS, _first, _terminators, clean_text, joined_terms, label_terms, locate_labels, table_regions, table_rows
from .rows import EMPTY, Field, NA, NUM, OTHER, UNREAD, RowRead, _own_line, _shown, _val, _words_among, block_mode, classify, block_readings, wrapped_joins, wraps_under, cell_per_line, numbers_kept_apart, padded_reads, spacer_reads, ws_cell_lines, paren_remarks, read_fields, read_row, spaced_cells, spaced_tail, split_candidates, wrap_shape
from .glued import block_splits
from .stream import _side_by_side, _t2_lead, read_t2_boxes, read_t2_split, read_t2_stream, read_t3_stream, read_t4_blocks, \
    read_t4_header_boxes, read_t4_in_order, t3_continuation, t4_continuation, t4_labelled_tail
from .resolve import Ctx, _assign_orphans, _label_block_then_numbers, _sums_hold, _resolve_glued_by_prose, _resolve_glued_t3, _row_total_ok, _t4_reorder

#: a row's stretch of text opening with another row's ordinal and then a number ("二、 0 0 0 3")
_ORD_TOKEN = ORDINAL_TOKEN
#: (or then a not-applicable mark, "二、 / / 0 ０ 2 １ ３"; its closing parenthesis may stand on the
#: next line, the label wrapped in a narrow column: "三、 （一 54 0 0 0 8 0 62" over "本年 ）予")
_OPEN_ORD = r"\([一二三四五六七八九十]{1,3}(?![一-龥)])"
#: (or the bare numeral of an ordinal whose "、" the narrow column wraps onto the next line, under
#: it the label one character a line: "二 1 / 0 / / / 1" over "、" / "上" / "年" …, pdfplumber's text)
_BARE_ORD = r"[一二三四五六七八九十]{1,3}(?=[ \t\u3000])"
_OPENING = rf"(?:{_ORD_TOKEN}[\u4e00-\u9fff]{{0,3}}|{_OPEN_ORD}|{_BARE_ORD})"  # "（一）予" of a label wrapped after 3 characters
#: (or a longer head of a label, the merged cell's copies printed side by side: "二 二、上年
#: 二、上年结转政府信息公 2 0 0 0 0 0 2", pdfplumber's text of a label column repeated in each cell)
_HEAD = rf"(?:{_ORD_TOKEN}[\u4e00-\u9fff“”\"、，]+)"
_LONG_OPENING = re.compile(rf"^\s*((?:{_OPENING}|{_HEAD})(?:[ \t\u3000]+(?:{_OPENING}|{_HEAD}))*)[ \t\u3000]+(?:\d|[/／—–-]+[ \t\u3000])")
_NEXT_ORDINAL = re.compile(rf"^\s*({_OPENING}(?:[ \t\u3000]+{_OPENING})*)[ \t\u3000]+(?:\d|[/／—–-]+[ \t\u3000])")
#: a not-applicable mark standing as a cell (NFKC text)
_MARK_CELL = r"[/—–-]{1,2}"
#: a date or period in a table's notes ("2024年1月1日", "2025-01-10"): its digits are no cell
_DATE_RE = re.compile(r"\d{4}\s*[年.\-/]\s*\d{1,2}(?:\s*[月.\-/]\s*\d{1,2}\s*日?)?|\d{1,2}\s*月\s*\d{1,2}\s*日")

# -------------------------------------------------------------------------------------- 表二

def label_spans(t, rows: list[RowSpec]) -> list[int]:
    """How many grid columns each row's label covers beyond one (the label cell next to the values)."""
    out = []
    for row in rows:
        r, c = row.cells[0].grid[:2]
        out.append(next((it.cs - 1 for it in t.items if it.role == "rowlabel" and it.r <= r < it.r + it.rs
                         and it.c + it.cs == c), 0))
    return out


def _pad_fix(reads: dict[int, RowRead], fields: dict[int, list[Field]], rows: list[RowSpec], spans: list[int],
             lines_are_cells: bool = False) -> None:
    """Rows left ambiguous for more cells than values, read where the table's "|" padding settles them
    (``lines_are_cells``: see ``rows.spacer_reads``)."""
    keys = [i for i in reads if not any(f.kind == UNREAD or f.joins for f in fields[i]) and not reads[i].doubted]
    settled = padded_reads([(fields[i], len(rows[i].cells), spans[i]) for i in keys])
    for i, vals in zip(keys, settled):
        if vals is not None and reads[i].status in ("ambiguous", "glued"):
            reads[i].values, reads[i].status, reads[i].message = vals, "positional", ""
    # a spacer column in a TAB/pipe table: the one position empty in every row
    for i, vals in zip(keys, spacer_reads([(fields[i], len(rows[i].cells)) for i in keys], lines_are_cells)):
        if vals is not None and reads[i].status in ("ambiguous", "glued"):
            reads[i].values, reads[i].status, reads[i].message = vals, "positional", ""
    # both: a spacer column after the labels, and labels spanning columns padded with one empty
    # cell per covered column (markdownify: "| 一、本年新收… | | |  | 34 | …"). Each row is taken
    # without its label's padding, then the spacer is found as above — only when every row then
    # has one cell more than its values (a row whose padding holds a value is kept whole, and
    # then is one cell too long: nothing is read)
    if any(spans[i] for i in keys):
        trimmed = [(_without_padding(fields[i], spans[i]), len(rows[i].cells)) for i in keys]
        for i, vals in zip(keys, spacer_reads(trimmed, lines_are_cells)):
            if vals is not None and reads[i].status in ("ambiguous", "glued"):
                reads[i].values, reads[i].status, reads[i].message = vals, "positional", ""


def _without_padding(fields: list[Field], span: int) -> list[Field]:
    """A row's fields without the ``span`` empty cells that pad its label's covered columns, when
    its first ``span`` cells are empty (else as they are)."""
    at = [n for n, f in enumerate(fields) if f.is_cell][:span]
    if len(at) < span or any(fields[n].kind != EMPTY for n in at):
        return fields
    return [f for n, f in enumerate(fields) if n not in at]


def spaced_t3(t, fd: Finder, start: int, end: int) -> dict[int, list[CellValue]] | None:
    """表三 of a one-line body (a crawler's page text) whose cells are joined by single spaces, an
    empty cell leaving two (``rows.spaced_cells``): every row found, each followed by exactly its
    cells read so, and every identity of the table holding with its empty cells as 0 (row totals,
    column totals, 新收＋结转＝办理＋结转下年). Then the spacing is the document's, and a row's empty
    cells stand where its spaces put them: the rows by index; otherwise None."""
    region = fd.text[start:end]
    rows = table_rows(t)
    if "\t" in region or "|" in region or region.count("\n") >= len(rows) // 2:
        return None  # not a one-line body: its rows stand on lines of their own
    k = len(t.col_codes)
    found = locate_labels(fd, [r.label for r in rows], start, end, joined=joined_terms(label_terms(t)))
    if len(found) != len(rows):
        return None
    spans = sorted(found.values())
    stops = sorted(set([s for s, _ in spans] + _terminators(fd, label_terms(t), start, end, spans) + [end]))
    got: dict[int, list[CellValue]] = {}
    for i, (_s, e) in found.items():
        stop = next((p for p in stops if p >= e), end)
        cells = spaced_cells(fd.text[e:stop], k)
        if cells is None:
            return None
        got[i] = [_val(f) for f in cells]
    zero = number(Decimal(0))
    if not _t3_adds_up(t, rows, {i: [zero if v.is_blank else v for v in vals] for i, vals in got.items()}):
        return None
    return got


def _numbers_in_blocks(seg: str, nums: list[Field]) -> bool:
    """Two of the row's numbers, different, stand in blocks of lines of their own, an empty line
    between them ("０ / (empty) / ５ / (empty) / ０"): plain pdftotext ran the row's cells as blocks,
    in an order of its own, whatever the rest of the table looks like."""
    lines = seg.split("\n")
    alone = [f for f in nums if f.line < len(lines) and len(lines[f.line].split()) == 1]
    return any(b.line > a.line + 1 and a.text != b.text and not any(lines[m].strip(" \u00a0\u3000") and
               classify(lines[m].strip(" \u00a0\u3000")).kind == OTHER for m in range(a.line + 1, b.line))
               for a, b in zip(alone, alone[1:]))


def _stacked_numbers(fields: list[Field]) -> bool:
    """Two of a row's numbers or marks stand on lines right after each other (plain pdftotext: one
    block of lines, cells of two rows in one column or a number wrapped in its cell)."""
    cells = [f for f in fields if f.kind in (NUM, NA)]
    return any(b.line == a.line + 1 for a, b in zip(cells, cells[1:]))


def _number_joins_text(text: str, at: int, stop: int, nums: list[Field], labels: list[str]) -> bool:
    """Plain pdftotext: one of a row's numbers (its stretch ``text[at:stop]``), not all alike, stands
    in one block of lines with text (the next block's title right under it, no empty line between:
    "行政事业性收费 / 0 / ６４３ / 第二十条第（九）项", 643 and the title one block). pdftotext orders whole
    blocks, and such a block, taller than the row, stands in that order by where it begins and
    ends, not where its number is: the order of the row's numbers is then not the columns'. (A
    number right over the next row's label, ``labels``, is the end of a row run down a line of its
    own: pdfminer's boxes "规章 / 0 / 0 / 3 / 规范性文件".)"""
    if len({f.text for f in nums}) < 2:
        return False
    end = text.find("\n", stop)
    lines = text[at:end if end >= 0 else len(text)].split("\n")
    for ln, nxt in zip(lines, lines[1:]):
        cur, nxt = ln.strip(" \u00a0\u3000"), nxt.strip(" \u00a0\u3000")
        if cur and nxt and classify(cur).kind in (NUM, NA) and classify(nxt).kind == OTHER \
                and not any(lb.startswith(norm(nxt)) or norm(nxt).startswith(lb) for lb in labels):
            return True
    return False


def _blank_lines_separate(fields: dict[int, list[Field]], rows: list[RowSpec]) -> bool:
    """A table read one cell per line (``cell_per_line``) where a row of three columns or more, or
    two rows of two, hold exactly their number of cells in numbers, every two of them one empty line
    apart and nothing else between them ("行政许可 / (empty) / 6 / (empty) / 0 / (empty) / 3"; one empty
    line inside a row of two may be a table's extra column): were an empty line an empty cell, such
    a row would have more cells than its columns, so the empty lines only
    separate blocks of text (plain pdftotext whose blocks now and then hold two numbers, or whose
    removed page numbers left empty lines), and no empty line stands for a cell."""
    hits = 0
    for i, fs in fields.items():
        k = len(rows[i].cells)
        at = [j for j, f in enumerate(fs) if f.kind in (NUM, NA)]
        if k < 2 or len(at) != k:
            continue
        if all(b - a == 2 and fs[a + 1].kind == EMPTY for a, b in zip(at, at[1:])):
            hits += 2 if k >= 3 else 1
    return hits >= 2


def _spaced_fix(reads: dict[int, RowRead], cells: dict[int, list[Field] | None]) -> None:
    """Rows not read otherwise, read by position where every row of the table reads as its cells
    joined by single spaces (``rows.spaced_cells``) and 表三 confirmed that spacing (``spaced_t3``)."""
    if not cells or any(v is None for v in cells.values()):
        return
    for i, fs in cells.items():
        if reads[i].values is None and any(f.kind in (NUM, NA) for f in fs):
            reads[i] = RowRead(values=[_val(f) for f in fs], status="positional", nums=[f for f in fs if f.kind in (NUM, NA)])


#: a number broken at its decimal point by a line wrap ("96171." before "6" on the next line)
_CUT_NUMBER = re.compile(r"[-+]?\d[\d,]*\.")


def _rows_after_spilling_short_row(fd: Finder, rows: list[RowSpec], found: dict[int, tuple[int, int]], order: list[int],
                                   fields: dict[int, list[Field]], seg_end, end: int) -> set[int]:
    """Plain PDF text of 表二: a row short of numbers may have the rest printed further on, after
    rows of other blocks standing in the text before the next row of its own block (blocks printed
    side by side: "规章 / 3 / 1 / 上一年项目数量 … / 行政许可 / 12 / 0 / 4 / 其他对外管理服务事项 / 6 / 1 / 2 /
    规范性文件", 规章's third number after the 6 1 of a row whose 处理决定数量 is printed empty, which
    then seems whole). Those rows, by index, are not pinned by the numbers after their labels —
    unless the short row's missing cells stand right after it, before the next label (its block's
    title printed after its first row: "其他对外管理服务事项 / 9 / 第二十条第（五）项 / 信息内容 / 0 / 0").
    ``seg_end(i)``: where row i's stretch ends."""
    got: set[int] = set()
    for n, a in enumerate(order):
        k = len(rows[a].cells)
        have = sum(1 for f in fields[a] if f.kind in (NUM, NA))
        if not 0 < have < k:
            continue
        nxt = found[order[n + 1]][0] if n + 1 < len(order) else end
        if have + _loose_numbers(fd.text[seg_end(a):nxt], False, True, False) >= k:
            continue
        block = rows[a].cells[0].col_labels[:1]
        same = [m for m in range(n + 1, len(order)) if rows[order[m]].cells[0].col_labels[:1] == block]
        if same:
            got |= set(order[n + 1:same[0]])
    return got


def fill_t2(ctx: Ctx, fd: Finder, start: int, end: int, spill_end: int | None = None) -> None:
    t = ctx.doc.spec.table("t2")
    rows = table_rows(t)
    # the table's column boxes may stand between the section heading and the first block title
    # (pdfminer's text): how the table is printed is judged with them
    lead = _t2_lead(fd, start, rows)
    mode_text = fd.text[start if lead is None else lead:end]
    per_line = cell_per_line(mode_text)
    blocks = block_mode(mode_text)
    wsc = ws_cell_lines(mode_text)
    if wsc:
        per_line = blocks = False
    how: dict[int, str] = {}
    found = locate_labels(fd, [r.label for r in rows], start, end, "t2", how)
    if per_line and (_labels_wrapped(fd, found) or numbers_kept_apart(mode_text)):
        # (numbers always one empty line apart, never one right under another: plain pdftotext's
        # blocks, "规章 / 0 / 0" two cells of three, not 0, an empty cell, 0)
        per_line, blocks = False, True
    # the table's headers are broken over lines: a PDF's text stream, not a one cell per line
    # copy, so an empty line there only separates blocks and is no empty cell (a row short of
    # numbers is not completed by one)
    wrapped = per_line and _labels_wrapped(fd, {}, label_terms(t), start, end)
    spans = sorted(found.values())
    stops = sorted(set([s for s, _ in spans] + _terminators(fd, label_terms(t), start, end, spans) + [end]))
    # a row label not found may stand broken by a number ("行政规范性 / 0 / 文件", plain PDF text of a
    # narrow label column): a row's stretch ends at a piece of it, the numbers after it are not the row's
    unfound = [norm(r.label) for j, r in enumerate(rows) if j not in found]

    def segment(i: int) -> tuple[str, int]:
        e = found[i][1]
        stop = next((p for p in stops if p >= e), end)
        pos, seen = e, False
        for ln in fd.text[e:stop].split("\n") if unfound else ():
            key = norm(ln)
            if seen and len(key) >= 2 and not any(ch.isdigit() for ch in key) and any(u.startswith(key) for u in unfound):
                stop = pos  # (a piece right after the label, before any number, is left to the text guard)
                break
            seen = seen or any(ch.isdigit() for ch in key)
            pos += len(ln) + 1
        return fd.text[e:stop], stop

    if per_line and _blank_lines_separate({i: read_fields(segment(i)[0], True) for i in found}, rows):
        # rows whose every two numbers stand one empty line apart: the empty lines only separate
        # (plain pdftotext's blocks) — as empty cells they would give such a row more cells than
        # it has — so no empty line is an empty cell anywhere in the table ("规章 / (empty) / 0 /
        # (empty)" is not _ 0 _: its other numbers stand elsewhere in the stream)
        per_line, blocks, wrapped = False, True, False
    # plain PDF text: a label followed by no cell leaves its numbers somewhere else in the stream,
    # often after the next label
    order = sorted(found, key=lambda i: found[i][0])
    bare = {i for i in order if not any(f.is_cell for f in read_fields(segment(i)[0], per_line, blocks, wsc))}
    after_bare = {b for a, b in zip(order, order[1:]) if a in bare}
    # ... and a row right before a bare row of its own block may hold that row's numbers: a cell
    # centred in a taller row, or one printed empty, leaves no trace ("行政处罚 / 4 / 行政强制 /
    # 第二十条第（八）项": 4 is either row's)
    # ... and a block whose first row's label has cells before it, after the block's title and
    # headers ("第二十条第(一)项 / … / — / ８ / — / 规章 / ０ ２８ ３": a page whose text runs each row's
    # cells before its label): the numbers after a label are not shown to be its own
    lead_cells = {rows[i].cells[0].col_labels[0] for i in found
                  if not (per_line or wsc) and not _SEPARATED.search(fd.text[start:end])
                  and _cells_after_title(fd, rows[i], found, start, found[i][0])}
    before_bare = {a for a, b in zip(order, order[1:]) if b in bare
                   and rows[a].cells[0].col_labels[:1] == rows[b].cells[0].col_labels[:1]} if blocks else set()
    fields = {i: read_fields(segment(i)[0], per_line, blocks, wsc) for i in found}
    # ... and a row right after one holding two numbers one right under the other (one block of
    # lines: "行政处罚 / 2 / -6 / 6 / 行政强制 / / / 6 / 0", the 6 under -6 the next row's first cell,
    # the "/" after 行政强制 the row before's last): its numbers may begin with the row before's
    after_stacked = {b for a, b in zip(order, order[1:])
                     if rows[a].cells[0].col_labels[:1] == rows[b].cells[0].col_labels[:1]
                     and _stacked_numbers(fields[a])} if blocks else set()
    reads = {i: read_row(fields[i], len(rows[i].cells),
                         ctx.truncated_at is not None and segment(i)[1] >= ctx.truncated_at) for i in found}
    if not blocks:
        _pad_fix(reads, fields, rows, label_spans(t, rows), (per_line or wsc) and not wrapped)
    # plain PDF text: a row short of numbers may have the rest printed after the next row's label
    # (rows of different heights: "行政处罚 / 0 / -2 / 行政强制 / 5 / 0 / 56" for 0 -2 56 and 5 0 _),
    # so the next row of its block is not pinned by the numbers after its own label
    after_short = {b for a, b in zip(order, order[1:])
                   if len([f for f in fields[a] if f.kind in (NUM, NA)]) < len(rows[a].cells)
                   and rows[a].cells[0].col_labels[:1] == rows[b].cells[0].col_labels[:1]} if blocks else set()
    if blocks:
        # ... and a row short of numbers may have the rest printed further on, after rows of
        # other blocks (``_rows_after_spilling_short_row``)
        after_short |= _rows_after_spilling_short_row(
            fd, rows, found, order, fields, lambda i: segment(i)[1], end)
    if ctx.spaced is not None:
        _spaced_fix(reads, {i: spaced_cells(segment(i)[0], len(rows[i].cells)) for i in found})
    # plain PDF text: rows the stream itself pins (all cells 0, or a block printed column by column)
    streamed, how_streamed = read_t2_stream(fd, start, end, rows, found, label_terms(t)) if blocks or per_line else ({}, "")
    split, unprinted = ({}, set())
    if not wsc and not any(ch in fd.text[start:end] for ch in "\t|"):
        # plain PDF text (whether or not empty lines separate its cells): columns left out of a
        # block's header row printed after the table
        label_heads, title = {}, None
        for it in t.items:
            if it.role == "title":
                title = it.text
            elif it.role == "header" and title is not None:
                label_heads.setdefault(title, it.text)
        split, unprinted = read_t2_split(fd, start, end, max(end, spill_end or end), rows, found, label_heads)
        split = {i: v for i, v in split.items() if i not in streamed}
    # pdfminer's boxes: a column header's box holding its block's cells, matched by their count
    # (the table's own stretch may hold no number at all: every box after 表三's heading)
    boxed = read_t2_boxes(fd, start, max(end, spill_end or end), rows) \
        if (blocks or per_line or block_mode(fd.text[start:max(end, spill_end or end)])) and not wsc \
        and not any(ch in fd.text[start:max(end, spill_end or end)] for ch in "\t|") else {}
    # a cell a line, an empty cell an empty line, every row as many lines as the table's grid
    # (LibreOffice's text of a Word table whose headers break in their cells): read line by line
    lined = _uniform_cell_lines(rows, {i: segment(i)[0] for i in found}, order[-1] if order else None,
                                {i for i in found if _header_copied(fd, rows[i], _block_start(fd, rows[i], found, start,
                                                                                              found[i][0]), found[i][0])}) \
        if (blocks or wrapped) and not wsc and not any(ch in fd.text[start:end] for ch in "\t|") else None
    for i, row in enumerate(rows):
        k = len(row.cells)
        if i not in found:
            continue
        s, e = found[i]
        seg, stop = segment(i)
        r = reads[i]
        foreign = _foreign_headers(fd, t, row, start, s)
        if foreign:
            ctx.note("ambiguous", f"表二“{row.label}”所在栏目的表头是另一版格式的（{'、'.join(foreign)}），其数字与本格式的"
                                  f"列（{'、'.join(c.col_name for c in row.cells)}）含义不同，已留空，请按原表填写。",
                     [c.id for c in row.cells])
            continue
        if lined is not None and i in lined and (r.values is None or r.status != "ok" or len(r.nums) < k):
            for c, v in zip(row.cells, lined[i]):
                if not v.is_blank:
                    ctx.put(c.id, v)
            ctx.note("info", f"表二“{row.label}”：原文一格一行、空白格为空行，全表各行的行数一致（同宽的完整行中"
                             f"空行位置相同，为表格多出的空列或合并单元格），本行已逐行按格读取。", [c.id for c in row.cells])
            continue
        if i in split:
            for c, v in zip(row.cells, split[i]):
                if not v.is_blank:
                    ctx.put(c.id, v, "inferred")
            continue
        if i in boxed and i not in streamed:
            if r.status == "ok" and r.values is not None and len(r.nums) == k and r.values != boxed[i]:
                ctx.note("ambiguous", f"表二“{row.label}”来自 PDF 的纯文字（每格一段），紧跟行名的数字与表头之下的数字不一致，"
                                      f"无法确认各数字所在的列，已留空，请按原表填写。", [c.id for c in row.cells])
                continue
            for c, v in zip(row.cells, boxed[i]):
                ctx.put(c.id, v, "inferred")
            ctx.note("info", f"表二“{row.label}”来自 PDF 的纯文字（每格一段）：表头（"
                             + "、".join(c.col_name for c in row.cells)
                             + "）的文字框中恰好是本栏各行的数字，按数字的个数与栏目对应，已按此读取（请核对）。",
                     [c.id for c in row.cells])
            continue
        if i in streamed:
            if r.status == "ok" and r.values is not None and len(r.nums) == k and r.values != streamed[i]:
                ctx.note("ambiguous", f"表二“{row.label}”来自 PDF 的纯文字（每格一段），紧跟行名的数字与表头之下的数字不一致，"
                                      f"无法确认各数字所在的列，已留空，请按原表填写。", [c.id for c in row.cells])
                continue
            for c, v in zip(row.cells, streamed[i]):
                if not v.is_blank:
                    ctx.put(c.id, v, "inferred")
            continue
        if _own_block_after(fd, row, found, start, s, e, end):
            # the row's own block title, column headers and numbers stand after its label
            # ("行政事业性收费 / 信息内容 / 政府集中采购 / 0 / 0 / 第二十条第（九）项 / 采购 / 项目 / … / 0 / 8961":
            # plain PDF text ran the label cells of two blocks together): the numbers right after
            # the label are the block before's
            ctx.note("ambiguous", f"表二“{row.label}”在原文中位于其栏目标题“{row.cells[0].col_labels[0]}”及表头之前，"
                                  "紧随其后的数字可能属于上一栏，无法确认，已留空，请按原表填写。", [c.id for c in row.cells])
            continue
        if r.values is None and r.status == "ambiguous" and i not in after_bare | after_short:
            copies = _merged_copies(fd, row, r.nums, _block_start(fd, row, found, start, s), s)
            if copies is not None:
                for c, v in zip(row.cells, copies):
                    ctx.put(c.id, v)
                ctx.note("info", f"表二“{row.label}”的合并单元格在原文中逐栏重复（表头和数字各印出 {len(r.nums)} 栏，"
                                 "重复的数字相同），每格按一个数字读取。", [c.id for c in row.cells])
                continue
        # a row's k numbers, then a row the official table lacks and its numbers ("规范性文件 / 34 / 4 / 47 /
        # 其他主动公开文件 / 0 / 0 / 0", a web table copied with an empty line between its cells): the
        # row's own cells are as plain as a row read whole
        unlisted = _unlisted_row_after(fields[i], r.nums, k, label_terms(t)) if r.status == "groups" else None
        whole = (r.status == "ok" and len(r.nums) == k or unlisted is not None) and not r.message
        if ((blocks or per_line) and i in after_bare | after_short | before_bare | after_stacked or blocks and not whole
                or len(row.cells[0].col_labels) > 1 and row.cells[0].col_labels[0] in lead_cells
                or blocks and k > 1 and not _headers_in_order(fd, row, _block_start(fd, row, found, start, s), s)
                or not (blocks or per_line or wsc) and k > 1 and _numbers_in_blocks(seg, r.nums)
                and not _SEPARATED.search(fd.text[start:end])
                and not _headers_in_order(fd, row, _block_start(fd, row, found, start, s), s)
                or blocks and k > 1 and _number_joins_text(fd.text, e, stop, r.nums, [norm(x.label) for x in rows])
                or wrapped and k > 1 and _header_twice(fd, row, _block_start(fd, row, found, start, s), s)
                or wrapped and len(r.nums) < k and any(f.kind == EMPTY for f in fields[i])):
            # plain PDF text: a cell printed empty leaves no trace and 表二 has no arithmetic to
            # show which column a number stands in; a number more than the row's cells may be
            # another row's, out of order in the stream. One cell per line leaves an empty line for
            # an empty cell, so a label followed straight by the next label means the labels were
            # printed as a column of their own: what follows the next label is not (only) its own
            ctx.note("ambiguous", f"表二“{row.label}”来自 PDF 的纯文字（每格一段，空格不留痕迹），无法确认各数字所在的列，"
                                  f"已留空，请按原表填写。", [c.id for c in row.cells])
            continue
        cut = next((f.text for f in fields[i] if f.kind == OTHER and _CUT_NUMBER.fullmatch(f.text)), None)
        if cut is not None:
            # a number ending in its decimal point ("９６１７１．" / "６": 96171.6 wrapped in a narrow
            # cell): the digits after the break stand as a number of their own, so no cell of the
            # row can be trusted
            ctx.note("ambiguous", f"表二“{row.label}”的数字“{cut}”在小数点处折行，其后的数字无法确认属于哪一格，"
                                  "已留空，请按原表填写。", [c.id for c in row.cells])
            continue
        lead = _text_before_numbers(fields[i])
        if lead:
            # a piece of text between the label and its numbers ("行政许可 / 其他对外 / 0 / 管理服务 /
            # 事项": the next row's label wrapped around its number): the numbers after it may be
            # that text's row
            ctx.note("ambiguous", f"表二“{row.label}”的行名与其后的数字之间夹有其他文字（{lead}），这些数字可能属于"
                                  f"另一行，无法确认，已留空，请按原表填写。", [c.id for c in row.cells])
            continue
        if unlisted is not None:
            # a row the official table lacks ("其他主动公开文件 | 0 | 0 | 0 |" under 规范性文件): the
            # row's own numbers are the k before that row's label, the others that row's
            for c, v in zip(row.cells, r.values):
                ctx.put(c.id, v)
            ctx.note("info", f"表二“{row.label}”之后另有一行“{unlisted[0]}”（{' '.join(unlisted[1])}），"
                             "不是本表格式中的行，未导入。", [c.id for c in row.cells])
            continue
        if r.status == "groups" and any(g != r.values for g in r.extra_groups):
            # more numbers after the label than the row has cells, and not copies of one reading
            # ("12.345 / 12.345 / 6 / 6" for 12.3456 wrapped in a narrow column and printed twice in
            # plain pdftotext; "３９８５７５ / ８" three times in PDFium's text of a merged cell): the
            # rest may be the end of a wrapped number or other rows' cells
            ctx.note("ambiguous", f"表二“{row.label}”来自 PDF 的纯文字（每格一段），行名之后的数字（"
                                  f"{' '.join(f.text for f in r.nums)}）多于本行的栏数，可能是折行的数字或其他行的数字，"
                                  "无法确认，已留空，请按原表填写。", [c.id for c in row.cells])
            continue
        if r.status == "glued" and len(r.nums) > 1:
            # numbers separated in the source are separate cells: with fewer than the columns, one is
            # missing (not glued) — 表二 has no arithmetic to tell which
            r.status, r.candidates = "ambiguous", []
            r.message = f"只找到 {len(r.nums)} 个数字（{' '.join(f.text for f in r.nums)}），应为 {k} 个，无法确定各属哪一列"
        if r.status == "glued":
            _resolve_glued_by_prose(ctx, row, r)
            continue
        if r.values is None and r.status == "ambiguous" and 0 < len(r.nums) < k:
            cols = _printed_columns(fd, row, start, s)
            if cols is not None and len(cols) == len(r.nums) and _lone_number_above(fd.text, s):
                # "信息内容 / 1 / 规章 / 0 / 规范性文件": a number between the label and the text above
                # it (pdfminer's box of the label column, each row's number a little above its
                # label): the number after the label may be the next row's
                ctx.note("ambiguous", f"表二“{row.label}”来自 PDF 的纯文字：行名之上紧挨着另有数字（各行的数字可能印在"
                                      "行名之前），行名之后的数字不一定属于本行，已留空，请按原表填写。", [c.id for c in row.cells])
                continue
            if cols is not None and len(cols) == len(r.nums):
                for c, f in zip(cols, r.nums):
                    ctx.put(c.id, _val(f))
                left = [c for c in row.cells if c not in cols]
                ctx.note("info", f"表二“{row.label}”只印了 {len(cols)} 列数字，按表头（" + "、".join(c.col_name for c in cols)
                         + "）对应；" + "、".join(c.col_name for c in left) + "在原文中没有，已留空。", [c.id for c in left])
                continue
        if r.values is None:
            if r.status == "ambiguous":
                ctx.note("ambiguous", f"表二“{row.label}”：{r.message}，已留空。", [c.id for c in row.cells])
            continue
        # (a header's first three characters: -layout wraps headers among their neighbours'
        # pieces, "采购项   采购总金额(" over "目数量   单位:万元)")
        # (or its last three: a header printed side by side with its copy, its pieces interleaved,
        # "本年 本年" over "增/减 增/减": pdfplumber's or plain pdftotext's text of the copies)
        heads = [norm(c.col_name)[:3] for c in row.cells]
        between = norm(fd.text[_block_start(fd, row, found, start, s):s])
        printed = sum(max(between.count(norm(c.col_name)[:3]), between.count(norm(c.col_name)[-3:]) if k > 1 else 0)
                      for c in {c.col_name: c for c in row.cells}.values() if len(norm(c.col_name)) >= 3)
        if r.values is not None and len(set(heads)) == len(heads) and printed > k and len(r.nums) < printed \
                and rows_in_columns(fd.text[start:end]) < 2:
            cells = fields[i][:next((j for j, f in enumerate(fields[i]) if f.kind == OTHER), len(fields[i]))]
            copies = _merged_copies(fd, row, cells, _block_start(fd, row, found, start, s), s, empties=True) \
                if any(ch in fd.text[start:end] for ch in "\t|") and len({f.line for f in cells}) == 1 else None
            if copies is not None:
                # cells apart by TABs or pipes (Word's text, a row a line): the empty cell is printed
                # ("政府集中采购 / (empty) / 0 / 0": items empty, amount 0 copied into both its columns)
                for c, v in zip(row.cells, copies):
                    if not v.is_blank:
                        ctx.put(c.id, v)
                ctx.note("info", f"表二“{row.label}”的合并单元格在原文中逐栏重复（表头和各格各印出 {len(cells)} 栏，"
                                 "重复的格相同，空白格以分隔符留出），每格按一栏读取。", [c.id for c in row.cells])
                continue
            # a column header printed more than once (a merged cell copied into each column it covers,
            # "采购项目数量 / 采购总金额 / 采购总金额") and fewer numbers than the printed headers: the
            # numbers may be one cell's copies with another cell printed empty ("0 0" for items
            # empty, amount 0 twice) or each cell once — which cannot be told. (`pdftotext -layout`
            # text keeps the columns: its reader drops a copy standing under the same header, so
            # "9  42.194" there is read; "0  0" under the two amount headers is not handled yet.)
            ctx.note("ambiguous", f"表二“{row.label}”的表头印出 {printed} 栏（有栏目名重复出现，合并单元格逐栏重复），本行只有 "
                                  f"{len(r.nums)} 个数字，无法确认各数字所在的列，已留空，请按原表填写。", [c.id for c in row.cells])
            continue
        if r.status == "ok" and len(r.nums) > k and not any(ch in fd.text[start:end] for ch in "\t|"):
            # the row's own line holds its cells and more digits follow (PDFium's text of a number
            # wrapped in a narrow cell: "政府集中采购 ９ ４２．１９" over "４" for 42.194): 表二 has no
            # arithmetic to show whether they are the rest of one of its numbers
            ctx.note("ambiguous", f"表二“{row.label}”：{r.message.replace('，未计入表格', '')}，可能是本行某个数字折行的部分，"
                                  "无法确认，已留空，请按原表填写。", [c.id for c in row.cells])
            continue
        for c, v in zip(row.cells, r.values):
            ctx.put(c.id, v)
        if r.message:
            ctx.note("warning", f"表二“{row.label}”：{r.message}。", [c.id for c in row.cells])
        notes = paren_remarks(seg)
        if notes:
            ctx.note("info", f"表二“{row.label}”的数字带有说明（" + "；".join(notes[:3]) + "），说明中的数字未计入表格。",
                     [c.id for c in row.cells])
    if streamed:
        ids = [c.id for i in sorted(streamed) for c in rows[i].cells]
        what = (f"数字恰好是全表 {len(ids)} 格，且全部为 0" if how_streamed == "全零" else
                "各列表头之下恰好是本栏各行的数字（每行一个），已按列读取")
        ctx.note("info", "表二来自 PDF 的纯文字（每格一段）：" + "、".join(rows[i].label for i in sorted(streamed))
                 + f"：{what}（请核对）。", ids)
        unprinted = [c for i in sorted(streamed) for c, v in zip(rows[i].cells, streamed[i]) if v.is_blank]
        if unprinted:
            ctx.note("missing", "表二有 " + str(len(unprinted)) + " 个单元格的列在原文中没有表头也没有数字（可能在页边被截去），已留空："
                     + "、".join(c.name for c in unprinted[:6]) + ("等。" if len(unprinted) > 6 else "。"),
                     [c.id for c in unprinted])
    if split:
        ctx.note("info", "表二来自 PDF 的纯文字（每格一段）：" + "、".join(rows[i].label for i in sorted(split))
                 + "：表头行只印出部分列，各行行名之后恰好是这些列的数字；其余各列在表格之后另起，表头之下恰好是本栏各行的数字，"
                   "已按表头对应（请核对）。", [c.id for i in sorted(split) for c in rows[i].cells])
        gone = [c for i in sorted(split) for c in rows[i].cells if c.id in unprinted]
        if gone:
            ctx.note("missing", "表二有 " + str(len(gone)) + " 个单元格的列在原文中没有表头也没有数字（可能在页边被截去），已留空："
                     + "、".join(c.name for c in gone[:6]) + ("等。" if len(gone) > 6 else "。"), [c.id for c in gone])
    for i, form in how.items():
        record_other_label(ctx, rows[i], form)


def _uniform_cell_lines(rows: list[RowSpec], segs: dict[int, str], last: int | None, copied: set[int]
                        ) -> dict[int, list[CellValue]] | None:
    """表二 printed a cell a line with an empty line for an empty cell (LibreOffice's text of a
    clerk's Word table), told from a PDF's text (whose empty lines only separate blocks, growing
    with the cells, and whose empty cells leave nothing): every row's label alone on its line, then
    only lines of one number, one mark or nothing, and rows of different widths alike — every row
    as many lines as its cells plus the same number (columns the official grid lacks: an empty
    column after the labels or at the end), or every row as many lines as the table's grid (a
    one-number row's merged cell printed with its covered columns). Rows printing all their cells
    (three at least in the table) have their empty lines at the same positions — the same in every
    block, counted from the row's start or its end — and a row with fewer numbers has those lines
    empty too: its other lines are its cells. Rows of ``copied`` (their block's header names a
    column twice: a merged cell typed into each column it covers, "8 / 8 / 8") count for the line
    numbers only; they and rows of a width no row prints whole are left out. (The table's last row
    may be followed by the page's empty lines.) At least one row must show an empty cell so. Returns
    the rows' values, None when the text is not so."""
    cells: dict[int, list[Field]] = {}
    for i, seg in segs.items():
        lines = seg.split("\n")
        if lines[0].strip(" \t\u3000\u00a0") or len(lines) < 2:
            return None  # the label's line holds more than the label
        fs = [classify(ln) for ln in lines[1:]]
        if fs and fs[-1].kind == EMPTY and not lines[-1]:
            fs = fs[:-1]  # (the line break before the next label)
        if i == last:
            fs = fs[:next((n for n, f in enumerate(fs) if f.kind == OTHER), len(fs))]  # (a note, a heading)
        if any(f.kind == OTHER for f in fs):
            return None
        cells[i] = fs
    ks = {i: len(rows[i].cells) for i in cells}
    if len(set(ks.values())) < 2:
        return None
    others = [i for i in cells if i != last]
    xs = {len(cells[i]) - ks[i] for i in others}
    ns = {len(cells[i]) for i in others}
    if len(xs) == 1 and min(xs) >= 0:
        grid = False
        width = {i: ks[i] + next(iter(xs)) for i in cells}
    elif len(ns) == 1 and min(ns) >= max(ks.values()):
        grid = True
        width = {i: next(iter(ns)) for i in cells}
    else:
        return None
    if last is not None and last in cells:
        fs = cells[last]
        if len(fs) < width[last] or any(f.kind != EMPTY for f in fs[width[last]:]):
            return None
        cells[last] = fs[:width[last]]
    full = [i for i in cells if i not in copied and sum(1 for f in cells[i] if f.kind != EMPTY) == ks[i]]
    if len(full) < 3:
        return None
    spacers: dict[int, frozenset[int]] = {}
    for k in set(ks.values()):
        spots = {frozenset(p for p, f in enumerate(cells[i]) if f.kind == EMPTY) for i in full if ks[i] == k}
        if not spots:
            continue  # no row of this width prints all its cells: its rows are not read so
        if len(spots) != 1 or len(next(iter(spots))) != width[next(i for i in full if ks[i] == k)] - k:
            return None
        spacers[k] = next(iter(spots))
    # the empty column stands in the same place in every block: after the labels or at the end
    # (a grid row's covered columns after its merged cell, or before it)
    def same(from_end: bool) -> bool:
        if grid:
            return all(sp == frozenset(range(k, k + len(sp)) if from_end else range(len(sp))) for k, sp in spacers.items())
        n = {k: k + len(sp) for k, sp in spacers.items()}
        return len({frozenset(n[k] - 1 - p for p in sp) if from_end else sp for k, sp in spacers.items()}) == 1
    if not (same(False) or same(True)):
        return None
    out = {}
    for i in cells:
        if i in copied or ks[i] not in spacers:
            continue
        if any(cells[i][p].kind != EMPTY for p in spacers[ks[i]]):
            return None
        out[i] = [_val(f) for p, f in enumerate(cells[i]) if p not in spacers[ks[i]]]
    if not any(v.is_blank for vals in out.values() for v in vals):
        # no row shows an empty cell as an empty line: a PDF's text whose blocks are rows (an empty
        # line after each) reads so too, and there two lines of digits may be one wrapped number
        return None
    return out


def _header_copied(fd: Finder, row: RowSpec, lo: int, label_start: int) -> bool:
    """The row's block header between its title and the row names one of the row's columns more than
    once (a merged cell typed into each grid column it covers, "本年处理决定数量" three times)."""
    between = norm(fd.text[lo:label_start])
    heads = {norm(c.col_name)[:3] for c in row.cells}
    return sum(between.count(h) for h in heads if len(h) == 3) > len(row.cells)


def _merged_copies(fd: Finder, row: RowSpec, nums: list[Field], lo: int, label_start: int,
                   empties: bool = False) -> list[CellValue] | None:
    """A row of 表二 whose cells span columns of the official grid (行政事业性收费's 本年增/减,
    政府集中采购's 采购总金额) printed with the merged cell copied into every column it covers
    (a clerk's table without merged cells, LibreOffice's or Word's text of one): as many numbers
    as grid columns, the header of each merged cell printed as many times as it spans between the
    block's title and the row (and each other header once), and a merged cell's copies the same
    number. With ``empties`` (cells apart by TABs or pipes: an empty cell is a cell) ``nums`` are the
    row's cells, empty ones among them, and a merged cell's copies all empty leave it blank. The
    row's values, one a cell; None when not so."""
    spans = [c.grid[3] for c in row.cells]
    kinds = (NUM, NA, EMPTY) if empties else (NUM, NA)
    if sum(spans) == len(spans) or len(nums) != sum(spans) or any(f.kind not in kinds for f in nums):
        return None
    between = norm(fd.text[lo:label_start])
    heads = [norm(c.col_name) for c in row.cells]
    if len(set(heads)) != len(heads) or any(between.count(h) != n for h, n in zip(heads, spans)):
        return None
    out, at = [], 0
    for n in spans:
        group = nums[at:at + n]
        if len({(f.kind, f.text) for f in group}) != 1:
            return None
        out.append(_val(group[0]))
        at += n
    return out


def _own_block_after(fd: Finder, row: RowSpec, found: dict[int, tuple[int, int]], start: int, label_start: int,
                     label_end: int, end: int) -> bool:
    """The row's block title is printed after its label, not before it, and is followed (before
    the next label) by a piece of one of the row's column headers and a number: the block's
    header and numbers come after the label, so the numbers right after the label are not its
    own. (Titles all printed after the whole table, with no header after them, are no sign.)"""
    title = row.cells[0].col_labels[0] if len(row.cells[0].col_labels) > 1 else ""
    if not title or fd.find_all(title, start, label_start):
        return False
    nxt = min([s for s, _e in found.values() if s >= label_end] + [end])
    after = fd.find_all(title, label_end, nxt)
    if not after:
        return False
    rest = norm(fd.text[after[0][1]:nxt])
    heads = {norm(c.col_name)[:2] for c in row.cells}
    return any(h in rest for h in heads) and any(ch.isdigit() for ch in rest)


def _unlisted_row_after(fields: list[Field], nums: list[Field], k: int, terms) -> tuple[str, list[str]] | None:
    """A row's stretch holding exactly its ``k`` numbers, then a label of a row the format lacks (words
    that are no piece of the table's own labels or headers) and only numbers after it: that label and
    its numbers; None for any other stretch (a wrapped number's rest, another row's label piece)."""
    if len(nums) <= k:
        return None
    at = next(j for j, f in enumerate(fields) if f is nums[k - 1])
    rest = fields[at + 1:]
    words = [f for f in rest if f.kind == OTHER]
    if len(words) != 1 or fields.index(words[0]) > fields.index(nums[k]):
        return None
    if any(f.kind == OTHER for f in fields[:at]):
        return None
    word = norm(words[0].text)
    if len(word) < 2 or any(ch.isdigit() for ch in word) or not all("\u4e00" <= ch <= "\u9fff" for ch in word) \
            or any(word in norm(x) or norm(x) in word for x in terms):
        return None
    return words[0].text, [f.text for f in nums[k:]]


def _text_before_numbers(fields: list[Field]) -> str:
    """The words (holding a Chinese character) standing after a row's label and before its first
    number or mark, joined; "" when its cells come first."""
    words = []
    for f in fields:
        if f.kind in (NUM, NA):
            break
        if f.kind == OTHER and any("\u4e00" <= ch <= "\u9fff" for ch in f.text):
            words.append(f.text)
    else:
        return ""
    return "".join(words)


def _labels_wrapped(fd: Finder, found: dict[int, tuple[int, int]], terms=(), start: int = 0, end: int = 0) -> bool:
    """Several row labels or other texts of the table (``terms``: headers, group labels) are
    broken over lines: the text is not a one cell per line copy (where a cell's text stays on its
    line) but a PDF's text stream of wrapped cells (plain pdftotext), whose empty lines only
    separate blocks and whose order may not be the rows'."""
    spans = list(found.values()) + [sp for term in set(terms) if len(norm(term)) >= 3
                                    for sp in fd.find_all(term, start, end)]
    return sum(1 for s, e in set(spans) if "\n" in fd.text[s:e].strip()) >= 3


def _label_heads(fd: Finder, found: dict[int, tuple[int, int]], labels: list[str], start: int,
                 end: int, anywhere: bool = False) -> dict[int, tuple[int, int]]:
    """Row labels not found whole, broken in a narrow column with other columns' pieces on the
    same lines (pdfplumber's text: "一、 一、本 一、本年新收政府信息公 ３４ … ３２" / "本年 年新收 开申请数量 ２ …"):
    such a label stands as its head — at least half of it, six characters or more, no other
    label beginning so — right before the row's numbers on a line, and its rest on the next line.
    The head is taken for the label only where it stands so exactly once in the table, between the
    labels found before and after it. ``anywhere``: the rest may stand further on, before the next
    label found (PDFium's text one cell a line of a row broken by pages: "一、本年新收政府信息公 １３ ８５ …" at
    a page's foot, "本年 新收政府 开申请数量 ２" after the header printed again)."""
    out = dict(found)
    keys = [norm(lab) for lab in labels]
    for i, key in enumerate(keys):
        if i in out:
            continue
        lo = max((out[j][1] for j in out if j < i), default=start)
        hi = min((out[j][0] for j in out if j > i), default=end)
        for n in range(len(key) - 1, max(6, (len(key) + 1) // 2) - 1, -1):
            head, rest = key[:n], key[n:]
            if any(j != i and other.startswith(head) for j, other in enumerate(keys)):
                break
            hits = []
            for a, b in fd.find_all(head, lo, hi):
                line_end = fd.text.find("\n", b)
                line_end = len(fd.text) if line_end < 0 else line_end
                nxt_end = fd.text.find("\n", line_end + 1)
                below = fd.text[line_end + 1:nxt_end if nxt_end >= 0 else len(fd.text)]
                # (one cell a line: the head ends its line, the row's first cell is the next line
                # — "无 2.没有现成信息需" / "0" / "0" …, its rest "要另行制作" after the header printed
                # again on the next page)
                later = fd.compact.find(rest, fd.to_compact(line_end), fd.to_compact(hi)) >= 0
                if re.match(r"[ \u3000]+[0-9０-９]", fd.text[b:line_end]) and (rest in norm(below) or anywhere and later) \
                        or not fd.text[b:line_end].strip() and _CELL_LINE.match(below) and later:
                    hits.append((a, b))
            if len(hits) == 1 and all(e <= hits[0][0] or s >= hits[0][1] for s, e in out.values()):
                out[i] = hits[0]
                break
            if hits:
                break
    return out


#: a line holding one number or not-applicable mark (a cell of text printed one cell a line)
_CELL_LINE = re.compile(r"^[ \t\u3000]*(?:[0-9０-９]+|[—/／－-])[ \t\u3000]*$")
#: white space, then a number or a mark, then white space or the line's end: the row's cells after a label
_NUMBERS_AFTER = re.compile(r"[ \t\u3000]+(?:[0-9０-９]+|[—/－-])(?=[ \t\u3000]|$)", re.M)


def _over_repeats(fd: Finder, found: dict[int, tuple[int, int]], end: int) -> dict[int, tuple[int, int]]:
    """Each row label's span taken over the copies of it on the lines right after it: a label merged
    over several cells and typed into each of them (the clerk's "repeat" merge, Word's and
    LibreOffice's plain text then print a cell a line: "一、本年新收政府信息公开申请数量" three times
    before its numbers; Word's a row a line, cells TAB-separated). Only whole cells of exactly the
    label's text, from a label that begins its cell; the row's stretch then begins after the last
    copy instead of ending at the second."""
    out = {}
    for i, (s, e) in found.items():
        lab = fd.text[s:e]
        if "\n" not in lab and len(norm(lab)) >= 2 and (s == 0 or fd.text[s - 1] in "\n\t"):
            sep = fd.text[e:e + 1]
            while sep in ("\n", "\t") and fd.text.startswith(sep + lab, e) and e + 1 + len(lab) <= end and \
                    fd.text[e + 1 + len(lab):e + 2 + len(lab)] in ("\n", "\t", ""):
                e += 1 + len(lab)
        key = norm(lab)
        if "\n" in lab.strip() and len(key) >= 4 and (s == 0 or fd.text[s - 1] == "\n"):
            # a label broken over lines (a PDF's text of a narrow merged cell, PDFium) and printed
            # again right after, broken otherwise, on lines of its own: "一、 / 本年 / 新收 / … / 数量 /
            # 一、本 / 年新收 / … / 一、本年新收政府信息公 / 开申请数量" before the row's numbers
            while True:
                ce = fd.to_compact(e)
                if not fd.compact.startswith(key, ce):
                    break
                ns, ne = fd.orig_span(ce, ce + len(key))
                # (the last copy may stand whole on the line of the row's numbers: "（一） / 予以公 / 开" /
                # "（一）予以公开 0 3 0 ０ 0 0 3", pdftotext -raw)
                if ne > end or fd.text[e:ns].strip() or fd.text[ns - 1] != "\n" or (
                        fd.text[ne:ne + 1] not in ("\n", "") and not _NUMBERS_AFTER.match(fd.text, ne)):
                    break
                e = ne
        out[i] = (s, e)
    return out


def _long_labels_whole(fd: Finder, found: dict[int, tuple[int, int]], corner: list[str], start: int, end: int) -> bool:
    """The table's long row labels each stand on one line (at least two of 20 characters or more —
    the 2019 表三 has only two —, none broken), and so does its corner text (本列数据的勾稽关系为…): a header broken over lines is
    then the cells' own line breaks (the clerk's "商业" / "企业" in a Word cell, LibreOffice's or Word's
    plain-text save of it), not a PDF's text wrapped in narrow columns — which breaks the corner's
    long text and the long labels (（二）部分公开（区分处理的，只计这一情形，不计其他情形）) first."""
    long = [fd.text[s:e].strip() for s, e in found.values() if len(norm(fd.text[s:e])) >= 20]
    if len(long) < 2 or any("\n" in x for x in long):
        return False
    spans = [sp for c in corner if len(norm(c)) >= 20 for sp in fd.find_all(c, start, end)]
    return bool(spans) and all("\n" not in fd.text[a:b].strip() for a, b in spans)


def _headers_in_order(fd: Finder, row: RowSpec, lo: int, label_start: int) -> bool:
    """Plain PDF text (one cell per block): the stream runs the row's numbers in the table's column
    order only as far as the headers before it show: between the row's block title or the label
    before it (``lo``) and its own label, no column header of the row is broken by another cell's
    text ("上一年 / 项目数 / 信息内容 / 量": poppler ran the header cells into each other, and ran
    the number cells out of order too, "0 / 29" for 29 / 0 — 表二 has no sum to tell), and the
    headers printed whole stand once each, in column order. A header printed cut short
    ("对外公开总数", "采购总金额") is no sign of disorder. Headers printed side by side in one block
    (Word's header row: "上一年项 本年增/ 处理决定 / 目数量 / 减 / 数量", see ``stream._side_by_side``)
    stand in the order that block spells them."""
    names = {norm(c.col_name): n for n, c in enumerate(row.cells)}
    order = []
    side: set[int] = set()
    text = fd.text[lo:label_start]
    for block in re.split(r"\n[ \u00a0\u3000]*\n", text):
        lines = [norm(ln) if len(ln.split()) == 1 else " ".join(norm(w) for w in ln.split())
                 for ln in block.split("\n") if ln.strip(" \u00a0\u3000")]
        got = _spelled_headers(lines, set(names)) if len(lines) > 1 else []
        if got:
            if any(names[g] in side for g in got):
                return False  # (the headers printed twice)
            at = text.find(block)
            order.extend((lo + at + j, names[g]) for j, g in enumerate(got))
            side.update(names[g] for g in got)
            text = text[:at] + re.sub(r"[^\n]", " ", block) + text[at + len(block):]
    window = norm(text)
    for n, c in enumerate(row.cells):
        if n in side:
            continue
        key = norm(c.col_name)
        hits = fd.find_all(c.col_name, lo, label_start)
        if len(hits) > 1:
            return False
        if hits:
            order.append((hits[0][0], n))
            continue
        cut_short = False
        for cut in range(len(key) - 1, 2, -1):  # the header's first ``cut`` characters, then other text
            at = window.find(key[:cut])
            if at >= 0 and key[cut:] in window[at + cut + 1:at + cut + 1 + 10 + len(key) - cut]:
                return False
            cut_short = cut_short or at >= 0
        if not cut_short and len(key) > 3 and key[:2] in window and key[-2:] in window \
                and window.find(key[:2]) < window.rfind(key[-2:]):
            # the header's first and last characters stand there, not together: broken into
            # pieces among other headers' ("上一 / 处理 / 年项 本年 / 决定 / 目数 增/减 / 数量 / 量") in an
            # order that spells no header row
            return False
    return [n for _p, n in sorted(order)] == sorted(n for _p, n in order)


def _spelled_headers(lines: list[str], names: set[str]) -> list[str]:
    """The header names a block of lines spells as headers printed side by side: ``stream._side_by_side``
    (first pieces on one line, the rests one a line), or a grid, every line holding one piece of each
    header in column order, and perhaps the last pieces one a line after it ("本年 本年 对外 / 新制 新公 公开 /
    作数 开数 总数 / 量 / 量 / 量"); [] when it spells no such row. Lines before the first line of pieces
    (a block title, "信息内容") are passed over."""
    at = next((i for i, ln in enumerate(lines) if len(ln.split()) > 1), None)
    if at is None:
        return []
    lines = lines[at:]
    got = _side_by_side(lines, names)
    if got:
        return got
    n = len(lines[0].split())
    grid = [ln.split() for ln in lines]
    m = next((i for i, g in enumerate(grid) if len(g) != n), len(grid))
    rest = grid[m:]
    if m < 2 or rest and (len(rest) != n or any(len(g) != 1 for g in rest)):
        return []
    cols = ["".join(g[j] for g in grid[:m]) + (rest[j][0] if rest else "") for j in range(n)]
    return cols if all(c in names for c in cols) else []


def _header_twice(fd: Finder, row: RowSpec, lo: int, label_start: int) -> bool:
    """A column header of the row is printed more than once between the row's block title (or the
    label before it, ``lo``) and its label ("本年增/减 / 本年增/减 / 行政事业性收费 / -7 / -7": the
    merged cell of 2019's 行政事业性收费 printed once per column, its 上一年项目数量 and number
    elsewhere in the stream): the numbers after the label are not one per column in order."""
    return any(len(fd.find_all(c.col_name, lo, label_start)) > 1 for c in row.cells)


def _foreign_headers(fd: Finder, t, row: RowSpec, start: int, label_start: int) -> list[str]:
    """Column headers of the other format version printed over ``row``'s block, when none of the
    row's own are: a 2021 table whose 第二十条第（一）项 block kept the 2019 headers (本年新制作数量 /
    本年新公开数量 / 对外公开总数量), its numbers are not 制发 / 废止 / 现行有效. The block's header
    runs from its title to the row's label; [] when the title is not found or a header of the row's
    own is printed there. (A header held in one of this version's, 处理决定数量 in 本年处理决定数量, is
    no sign.)"""
    title = row.cells[0].col_labels[0] if len(row.cells[0].col_labels) > 1 else ""
    occ = fd.find_all(title, start, label_start) if title else []
    if not occ:
        return []
    lo = occ[-1][1]
    if any(fd.find_all(c.col_name, lo, label_start) for c in row.cells):
        return []
    own = {norm(c.col_name) for r in table_rows(t) for c in r.cells}
    other = []
    for f in all_formats():
        for r in table_rows(f.table(t.key)) if any(x.key == t.key for x in f.tables) else ():
            for c in r.cells:
                if not any(norm(c.col_name) in o for o in own) and c.col_name not in other:
                    other.append(c.col_name)
    return [h for h in other if len(norm(h)) >= 4 and fd.find_all(h, lo, label_start)]


#: cells set apart by tabs, pipes or runs of spaces (`pdftotext -layout`, a row a line): the text
#: keeps the table's rows, unlike plain pdftotext's stream of blocks
#: cells set apart by TABs, pipes or runs of spaces (``locate._SPACED_WORDS``)
_SEPARATED = re.compile(r"[\t|]|" + _SPACED_WORDS.pattern)


def _cells_after_title(fd: Finder, row: RowSpec, found: dict[int, tuple[int, int]], start: int, label_start: int) -> bool:
    """Numbers or marks stand on the lines between the row's block title (found before the label)
    and its label, with no other row's label between them: the cells of a row printed before its
    label (plain pdftotext of a page whose text runs each row's cells, then its label), so the
    numbers after a label of the block are not shown to be its own."""
    title = row.cells[0].col_labels[0] if len(row.cells[0].col_labels) > 1 else ""
    occ = fd.find_all(title, start, label_start) if title else []
    if not occ or any(occ[-1][1] <= e <= label_start for _s, e in found.values()):
        return False
    # (only on lines before the label's own: a 序号 column prints a number before the label on its line)
    line_start = fd.text.rfind("\n", 0, label_start) + 1
    return any(f.kind in (NUM, NA) for f in read_fields(fd.text[occ[-1][1]:max(line_start, occ[-1][1])], blocks=True))


def _block_start(fd: Finder, row: RowSpec, found: dict[int, tuple[int, int]], start: int, label_start: int) -> int:
    """Where the stretch of text that belongs to ``row``'s header begins: after the row's block
    title or after the label before it, whichever is nearer."""
    title = row.cells[0].col_labels[0] if len(row.cells[0].col_labels) > 1 else ""
    occ = fd.find_all(title, start, label_start) if title else []
    ends = [e for _s, e in found.values() if e <= label_start] + [occ[-1][1] if occ else start]
    return max(ends)


def _printed_columns(fd: Finder, row: RowSpec, start: int, label_start: int) -> list[CellSpec] | None:
    """The row's columns whose headers are printed between its block title and the row label, in
    the order printed; None when the block's header cannot be found."""
    title = row.cells[0].col_labels[0] if len(row.cells[0].col_labels) > 1 else ""
    occ = fd.find_all(title, start, label_start) if title else []
    lo = occ[-1][1] if occ else None
    if lo is None:
        return None
    if len(occ) > 1 and any(fd.find_all(c.col_name, occ[0][1], occ[-1][0]) for c in row.cells) and not any(
            all(e <= a or s >= b for a, b in occ) for s, e in fd.find_all(norm(title)[:4], occ[0][0], occ[-1][1])):
        # the block title printed over each of its columns, no other block's title among them (a
        # merged title repeated in every header cell, "第二十条第(一)项 / 本年新制作数量 / 0 /
        # 第二十条第(一)项 / 本年新公开数量 / 0 / …"): the headers after its last copy are not all the
        # block prints
        return None
    hits, spans, unseen = [], [], []
    for c in row.cells:
        h = fd.find_all(c.col_name, lo, label_start)
        if len(h) == 1:
            hits.append((h[0][0], c))
            spans.append(h[0])
        elif len(h) > 1:
            return None
        else:
            unseen.append(c)
    for c in unseen:  # a header printed wrapped or cut ("上一年项目数" / "量") is a printed column
        head = norm(c.col_name)[:3]
        if len(norm(c.col_name)) >= 4 and any(all(e <= a or s >= b for a, b in spans)
                                              for s, e in fd.find_all(head, lo, label_start)):
            return None
    hits.sort(key=lambda t: t[0])
    cols = [c for _p, c in hits]
    if [row.cells.index(c) for c in cols] != sorted(row.cells.index(c) for c in cols):
        return None
    return cols



# -------------------------------------------------------------------------------------- 表三

def _place_gaps(ctx: Ctx, rows: list[RowSpec], reads: dict[int, RowRead], row_fields: dict[int, list[Field]], k: int) -> None:
    """表三 printed a cell a line with no empty line anywhere, some rows short of cells (an empty
    cell printed nothing: a web page's text with its empty text nodes dropped): each short row's
    numbers placed in their order where the whole table's arithmetic allows exactly one placement
    of them (gaps.place_gaps); a cell the readings do not agree on stays blank."""
    given: dict[int, tuple[list[int], bool]] = {}
    for i, r in reads.items():
        fs = row_fields[i]
        while fs and fs[-1].kind == OTHER:
            fs = fs[:-1]  # (text after the numbers: the next heading, a note)
        if not all(f.plain_int for f in fs) or len(fs) != len(r.nums):
            return  # text, marks or empty cells among the numbers: not this shape
        if r.status == "ok" and len(r.nums) == k and not r.message:
            given[i] = ([int(f.text) for f in r.nums], False)
        elif r.values is None and len(r.nums) < k:
            given[i] = ([int(f.text) for f in r.nums], True)
        else:
            return
    from .gaps import UNSURE, as_values, place_gaps

    got = place_gaps([r.code for r in rows], given, k)
    if got is None:
        return
    for i, cells in got.items():
        if all(c == UNSURE for c in cells) or not given[i][0]:
            continue  # (a row without numbers stays as it was: blank)
        reads[i] = RowRead(values=as_values(cells), status="positional", nums=reads[i].nums)
        unsure = [c.id for c, v in zip(rows[i].cells, cells) if v == UNSURE]
        ids = [c.id for c in rows[i].cells]
        ctx.note("ambiguous", f"表三“{rows[i].label}”只有 {len(given[i][0])} 个数字（{' '.join(map(str, given[i][0]))}），"
                              f"应为 {k} 格，原文的空白格没有留下痕迹；按全表勾稽关系（各行总计、各列合计、新收＋结转＝办理＋结转下年，"
                              "空白格按 0 计）逐一试排，" + ("只有一种排法，已按此读取（请核对）。" if not unsure else
                              "各种可行排法在“" + "、".join(c.col_name for c, v in zip(rows[i].cells, cells) if v == UNSURE)
                              + "”上不一致，这几格已留空，其余各格已按此读取（请核对）。"), ids, kind="uncertain")
        if unsure:
            ctx.note("ambiguous", f"表三“{rows[i].label}”有 {len(unsure)} 格无法确定（空白格位置不唯一），已留空。", unsure,
                     kind="blanked")


def _row_sum(vals: list[CellValue]) -> bool:
    """A 表三 row's 总计 (last) is the sum of the applicant columns."""
    return all(v.is_number for v in vals) and sum(v.number for v in vals[:-1]) == vals[-1].number


def _marks_sum(vals: list[CellValue]) -> bool:
    """A 表三 row's 总计 (last) is a number and the sum of the other cells, each a number or a
    not-applicable mark ("—", "/": nothing counted there)."""
    return bool(vals) and vals[-1].is_number and all(v.is_number or v.state is State.NA for v in vals[:-1]) \
        and sum(v.number for v in vals[:-1] if v.is_number) == vals[-1].number


def _sum_breaks(vals: list[CellValue]) -> bool:
    """A 表三 row's numbers break its arithmetic for sure: 总计 is a number, every other cell a
    number or a not-applicable mark ("/", "—": nothing counted there), and the numbers do not add
    up to it. A row with marks is no proof either way for ``_row_sum``; this is the doubt side."""
    if not vals or not vals[-1].is_number or any(not (v.is_number or v.state is State.NA) for v in vals[:-1]):
        return False
    return sum(v.number for v in vals[:-1] if v.is_number) != vals[-1].number


def fill_t3(ctx: Ctx, fd: Finder, start: int, end: int) -> None:
    t = ctx.doc.spec.table("t3")
    rows = table_rows(t)
    per_line = cell_per_line(fd.text[start:end])
    blocks = block_mode(fd.text[start:end])
    wsc = ws_cell_lines(fd.text[start:end])
    if wsc:
        per_line = blocks = False
    k = len(t.col_codes)
    # cells separated by tabs or pipes (a browser's copy, markdown): a number is never wrapped
    # into pieces on other lines, the pieces rules below are for a PDF's text
    cells_given = "\t" in fd.text[start:end] or "|" in fd.text[start:end]
    labels = [r.label for r in rows]
    found = locate_labels(fd, labels, start, end, joined=joined_terms(label_terms(t)))
    if per_line and _labels_wrapped(fd, found):
        per_line, blocks = False, True
    # the table's headers are broken over lines: a PDF's text read one cell per line, where a
    # number wrapped in its cell may stand in pieces ("30" … "01"); the rows are then kept only
    # when the whole table adds up
    wrapped = per_line and _labels_wrapped(fd, {}, label_terms(t), start, end) and \
        not _long_labels_whole(fd, found, [it.text for it in t.items if it.role == "corner"], start, end)
    if not (per_line or blocks or wsc or cells_given):
        found = _label_heads(fd, found, labels, start, end)
    elif (per_line or blocks) and not cells_given:
        found = _label_heads(fd, found, labels, start, end, anywhere=True)
    found = _over_repeats(fd, found, end)  # (after the checks: the copies are no wrapped label)
    ctx.cell_lines = not blocks and not wrapped and (per_line or _lines_without_gaps(fd.text[start:end]))
    if ctx.truncated_at is None:
        # the column headers of the tables before and after (poppler may print a stretch of 表二's
        # columns after 表三's heading, or 表四's "其他结果 / 0", "尚未审结 / ０" before its own)
        foreign = sorted({it.text for tid in ("t2", "t4") for it in ctx.doc.spec.table(tid).items
                          if it.role == "header" and len(norm(it.text)) >= 4})
        whole = beyond = None
        if blocks or wrapped:
            whole = read_t3_stream(fd, start, end, rows, found, k, lambda a: _t3_adds_up(t, rows, a), label_terms(t),
                                   foreign)
        if whole is None:
            # the last number columns printed after section 四's heading (the label column ran first)
            limit = _first(fd, _S6, end) or len(fd.text)
            got = []
            for beyond, cut in t3_continuation(fd, start, end, len(ctx.doc.spec.table("t4").cells), limit,
                                               [lab for lab in labels if len(norm(lab)) >= 4]):
                # the labels again over the longer stretch (some may stand after the heading)
                found_beyond = locate_labels(fd, labels, start, beyond, joined=joined_terms(label_terms(t)))
                found_beyond = {i: sp for i, sp in found_beyond.items() if not any(a <= sp[0] < b for a, b in cut)}
                read = read_t3_stream(fd, start, beyond, rows, found_beyond, k, lambda a: _t3_adds_up(t, rows, a),
                                      label_terms(t), foreign, cut)
                if read is not None:
                    got.append((beyond, read))
            # (two candidate stretches read differently: neither is taken)
            beyond = None
            if got and all(r[0] == got[0][1][0] for _b, r in got[1:]):
                beyond, whole = got[0]
        if whole is not None:
            if beyond is not None:
                ctx.note("info", "表三有一部分数字印在“四、政府信息公开行政复议、行政诉讼情况”标题之后、表四的表头之前"
                                 "（PDF 的纯文字先印行名一栏），其后表四的格数恰好齐全，已将这部分数字归入表三。",
                         [c.id for r in rows for c in r.cells])
            assigned, how = whole
            for i, vals in assigned.items():
                for c, v in zip(rows[i].cells, vals):
                    ctx.put(c.id, v, "inferred")
            ids = [c.id for r in rows for c in r.cells]
            if how == "拼接":
                ctx.note("ambiguous", f"表三来自 PDF 的纯文字（每格一段），有数字在窄列中折行；只有一种拼接方式使数字恰好是"
                                      f"全表 {len(rows)} 行 × {k} 列、行名位置一致且全表勾稽关系（各行总计、各列合计、"
                                      f"新收＋结转＝办理＋结转下年）全部成立，已按此拼接并逐行读取（请核对）。", ids)
            elif how == "分块":
                ctx.note("ambiguous", f"表三来自 PDF 的纯文字（每格一段），数字按若干块印出（几行几列一块，块内逐行或逐列，"
                                      f"有的数字可能在窄列中折行）；把数字分成这样的块、恰好填满全表 {len(rows)} 行 × {k} 列，"
                                      f"只有一种分法使全表勾稽关系（各行总计、各列合计、新收＋结转＝办理＋结转下年）全部成立，"
                                      f"已按此读取（请核对）。", ids)
            elif how.startswith("符号"):
                how = how[2:]
                ctx.note("info", f"表三来自 PDF 的纯文字（每格一段）：数字和符号恰好是全表 {len(rows)} 行 × {k} 列，{how}对应时"
                                 f"每行或全是数字或全是符号，行名位置一致，有数字处的勾稽关系成立，已{how}读取（请核对）。", ids)
            elif how == "全同":
                ctx.note("info", f"表三来自 PDF 的纯文字（每格一段）：全表恰好 {len(rows)} 行 × {k} 列个"
                                 f"“{assigned[0][0]}”，"
                                 f"各格相同，已按此读取（请核对）。", ids)
            else:
                ctx.note("info", f"表三来自 PDF 的纯文字（每格一段）：数字恰好是全表 {len(rows)} 行 × {k} 列，{how}对应时"
                                 f"行名位置一致，且全表勾稽关系（各行总计、各列合计、新收＋结转＝办理＋结转下年）全部成立，"
                                 f"已{how}读取（请核对）。", ids)
            return
    spans = sorted(found.values())
    stops = sorted(set([s for s, _ in spans] + _terminators(fd, label_terms(t), start, end, spans) + [end]))
    reads: dict[int, RowRead] = {}
    row_fields: dict[int, list[Field]] = {}
    label_starts = {s for s, _ in spans}
    own: dict[int, bool] = {}  # plain PDF text: the row's numbers stand right after its label
    stacked: dict[int, list[list[CellValue]]] = {}  # rows of wrapped pieces: readings by their row sum
    on_ordinal_line: set[int] = set()  # where the lines begin of rows read from their ordinal's line
    for i in found:
        s, e = found[i]
        stop = next((p for p in stops if p >= e), end)
        at_end = ctx.truncated_at is not None and stop >= ctx.truncated_at
        fields = row_fields[i] = read_fields(_without_group_head(fd.text[e:stop], stop in label_starts),
                                             per_line, blocks, wsc)
        reads[i] = read_row(fields, k, at_end, _row_sum, _marks_sum)
        if reads[i].status == "ok" and not cells_given and (ord_ := _other_row_opening(fields, reads[i].nums, rows, found, i)):
            # pdfminer's boxes: another row's label begins ("3.", its rest printed elsewhere) before
            # the numbers, which may then be that row's (2.其他法律…'s stretch "3. / — — — ０ — ０ —"
            # held 3.危及…'s line, its own line stood before its label)
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message=f"本行的数字之前有另一行行名的开头“{ord_}”（其余部分印在别处），这些数字可能属于那一行，"
                                       f"无法确定", doubted=True)
        if reads[i].status == "ok" and not cells_given and _header_before(fields, reads[i].nums, t):
            # the table's column header printed between the label and the numbers (pdfminer's
            # boxes: "(七)总计 / (本列数据的勾稽关系…) / 申请 / 人情况 / 自 / 然 / 人 … / ７ ０ … ７", the
            # header repeated at a page's top and the next row's numbers after it): those numbers
            # may be another row's
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message="行名与其后的数字之间印有表头，这些数字可能属于另一行，无法确定", doubted=True)
        lead = _NEXT_ORDINAL.match(unicodedata.normalize("NFKC", fd.text[e:stop]))
        if lead is None and (longer := _LONG_OPENING.match(unicodedata.normalize("NFKC", fd.text[e:stop]))) \
                and not all(norm(rows[i].label).startswith(norm(w)) for w in longer.group(1).split()):
            # another row's label head (not copies of this row's own) before the numbers
            lead = longer
        if not (blocks or wrapped) and reads[i].values is not None and lead:
            # "二、 0 0 0 3 0 0 3" right after 一、's label: labels wrapped in a narrow column with
            # each ordinal on the line of its numbers and the rest of the label under them
            # (pdfplumber's text): the numbers after the next row's ordinal are that row's, this
            # row's stand before its label
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message=f"行名之后的数字前是另一行的序号“{lead.group(1)}”（行名在窄列中折行），"
                                       "这些数字属于哪一行无法确定", doubted=True)
        if not (blocks or wrapped or per_line or wsc or cells_given) and (lead or not reads[i].nums
                                                                           or _digits_rest_of_line(fd.text, e)):
            inside, line_at = _numbers_on_ordinal_line(fd.text, s, e, rows[i].label, k) or (None, -1)
            rests = ""
            if inside is not None and not (_row_sum(inside) or _marks_sum(inside)):
                rests = " ".join(unicodedata.normalize("NFKC", fd.text[e:fd.text.find("\n", e)]).split())
                inside = _rests_after_label(fd.text, e, inside)
            if inside is not None and (_row_sum(inside) or _marks_sum(inside)):
                # the label wrapped in a narrow column, its ordinal on the line of its numbers
                # ("一、 93 37 13 26 13 34 216" over "本年 / 新收 / … / 数量"): those are the row's
                reads[i] = RowRead(status="ok", values=inside, nums=[])
                on_ordinal_line.add(line_at)
                ctx.note("ambiguous", f"表三“{rows[i].label}”的行名在窄列中折行，本行的数字印在序号所在的一行"
                                      + (f"，窄列中折行的数字的其余部分（{rests}）印在行名之后，只有一种拼接方式使本行合计关系成立"
                                         if rests else "")
                                      + f"（{' '.join(v.text for v in inside)}），合计关系成立，已按此读取（请核对）。",
                         [c.id for c in rows[i].cells])
        if blocks:
            own[i] = _own_row(_without_cut_label(fields, t) if at_end else fields, reads[i], k) \
                and not _rows_displaced_above(fd.text, s, k)
        elif not (per_line or wsc or cells_given) and reads[i].status == "ok" and len({f.line for f in reads[i].nums}) > 1 \
                and all(v.is_number for v in reads[i].values) and not _row_sum(reads[i].values) \
                and not any(f.kind == EMPTY for f in fields):
            # the row's numbers run over lines with nothing telling their columns ("0 7 0 0 0 20"
            # over "13": a cell printed lower than its row, taken line by line) and do not add up:
            # their order is not proven, so they are not the source's error either
            placings = _interleavings(reads[i].nums, most=_MOST_PLACINGS + 1)
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message=f"{len(reads[i].nums)} 个数字分在几行（{_shown(reads[i].nums)}），"
                                       "按出现顺序本行合计关系不成立，无法确定各数字所在的列")
            if placings and len(placings) <= _MOST_PLACINGS and _row_sum(placings[0]):
                # a cell printed lower than its row ("(七)总计 59 0 5 2 2 820" over "752", pdfplumber's
                # text of a cell centred in a taller row): the later line's cells may stand in any
                # columns; the placings that add up go to the whole table (``_settle_stacked``)
                reads[i].readings = stacked[i] = placings
                reads[i].doubted = True
        elif not (per_line or wsc or cells_given) and reads[i].status == "ok" and not reads[i].message \
                and len({f.line for f in reads[i].nums}) > 1 and all(v.is_number for v in reads[i].values) \
                and not any(f.kind == EMPTY for f in fields) and _interleavings_add_up(reads[i].nums) > 1:
            # the row's numbers run over lines ("０ 0 ０ 0 0" at a page's foot, "975 975" after the
            # header printed again: a row split by the page break, or cells printed lower than their
            # row): the later line's cells may stand in any columns, and more than one placement
            # keeping each line's order makes 总计 the sum of the others (nor does the table's
            # padding or spacer place them: the doubt is where the later line's cells stand)
            placings = _interleavings(reads[i].nums, most=_MOST_PLACINGS + 1)
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message=f"{len(reads[i].nums)} 个数字分在几行（{_shown(reads[i].nums)}），"
                                       "各行数字按不同的列对应都能满足本行合计关系，无法确定各数字所在的列", doubted=True)
            if len(placings) <= _MOST_PLACINGS:
                # the whole table's identities may choose one placing
                reads[i].readings = stacked[i] = placings
        elif not (per_line or wsc or cells_given) and reads[i].status == "ok" and not reads[i].message \
                and len({f.line for f in reads[i].nums}) > 1 and any(v.state is State.NA for v in reads[i].values) \
                and not any(f.kind == EMPTY for f in fields) and _interleavings_add_up(reads[i].nums, _sums_hold) > 1:
            # the same with marks among the cells ("6.属于四类过程性信息 — — — 0" over "— — 0": pdfminer's
            # boxes, the second line another row's, this row's last cells printed elsewhere): a mark
            # counts nothing, so the row's 总计 holds for more than one placement of the later line
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message=f"{len(reads[i].nums)} 个数字或符号分在几行（{_shown(reads[i].nums)}），"
                                       "各行按不同的列对应都能满足本行合计关系（“—”“/”不计），无法确定各格所在的列", doubted=True)
        elif not (per_line or wsc) and reads[i].status == "ok" and not _row_sum(reads[i].values) and \
                all(v.is_number for v in reads[i].values) and _on_label_line(reads[i].nums, k, not cells_given):
            piece = _digit_line_beside(fd, s, e, start, stop)
            if piece is not None:
                reads[i] = _join_piece(reads[i], *piece)
                if reads[i].status == "ok":
                    ctx.inferred_rows.add(i)
                    ctx.note("ambiguous", f"表三“{rows[i].label}”的数字不满足本行合计关系，紧邻的一行只有数字“{piece[0]}”"
                                          "（窄列中折行的数字的一段）；只有一种拼接方式使本行合计关系成立，已按此读取（请核对）。",
                             [c.id for c in rows[i].cells])
        elif not (per_line or wsc or cells_given) and reads[i].status == "ambiguous" and len(reads[i].nums) > k \
                and (cands := _stacked_readings(fields, reads[i].nums, k)):
            stacked[i] = cands
        elif not (per_line or wsc or cells_given) and reads[i].status == "groups" \
                and not all(_row_sum(g) for g in [reads[i].values, *reads[i].extra_groups]) \
                and len({f.line for f in reads[i].nums}) > len(reads[i].nums) // 2 \
                and (cands := _stacked_readings(fields, reads[i].nums, k)):
            # k numbers at a time do not make rows that add up, and the numbers stand mostly one a
            # line (PDFium's text of numbers wrapped in narrow cells, a piece a line: "９ / ２ / １ /
            # ９ / ０ / ０ ０ ０ ９ / ４ / １ / １ / ０ / ５" for 921 90 0 0 0 94 1105): the readings joining
            # pieces go to the whole table (``_settle_stacked``)
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message=f"找到 {len(reads[i].nums)} 个数字（{_shown(reads[i].nums)}），每 {k} 个一行读取时"
                                       "合计关系不成立", doubted=True)
            stacked[i] = cands
        elif not (per_line or wsc or cells_given) and reads[i].status == "ambiguous" and reads[i].readings:
            # its line adds up as printed and with the digits after it as rests: the table decides
            stacked[i] = reads[i].readings
        elif not (per_line or wsc) and reads[i].status == "ok" and _words_between_lines(fields, reads[i].nums, k):
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message=f"{len(reads[i].nums)} 个数字分在几行，其间夹有其他文字（可能是另一行未认出的行名），"
                                       f"无法确定是否都属于本行")
    if not blocks:
        _pad_fix(reads, row_fields, rows, label_spans(t, rows), (per_line or wsc) and not wrapped)
    short = [j for j, r in reads.items() if r.status != "partial" and 0 < len(r.nums) < k
             and not any(f.kind == EMPTY for f in row_fields[j])]
    for i, r in reads.items():
        if r.status == "partial" and short:
            # a row cut by the end of the text shows its first cells only where the source prints
            # every cell; other rows of this table with fewer numbers than cells and no empty cell
            # show that it leaves empty cells out, so the cut row's numbers may stand in any column
            reads[i] = RowRead(status="ambiguous", nums=r.nums,
                               message=f"原文在本行中断，只读到 {len(r.nums)} 个数字（{_shown(r.nums)}）；"
                                       "本表其他行也少印了空白格，无法确定各数字所在的列")
    for i in reads:
        if not cells_given and reads[i].status in ("ok", "positional") and _spread_unsummed(reads[i], k):
            reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                               message=f"{k} 个数字分在几行，不满足本行合计关系，可能有数字在窄列中折行"
                                       f"（其余各段之间的空白格无从确认），无法确定")
    if cells_given and not (per_line or wsc):
        _short_rows(reads, row_fields, k, fd.text, found, start, end)
    # (a web page's paragraphs keep a header cell on its line; pdfminer's text of a PDF, whose
    # boxes may carry a row on after the headers printed again at a page's top, also writes a line
    # of spaces for a cell holding one)
    pdf_boxes = wsc and _labels_wrapped(fd, {}, label_terms(t), start, end)
    if not (per_line or blocks or wsc or cells_given) or pdf_boxes:
        _unclaimed_numbers(t, fd, found, stops, reads, row_fields, end, k, ctx.inferred_rows, stacked)
    if not (blocks or wrapped or cells_given):
        for i in list(reads):
            e = found[i][1]
            if reads[i].status in ("ok", "positional") and not reads[i].message \
                    and _sum_breaks(reads[i].values):
                nxt = min((found[j][0] for j in found if found[j][0] >= e), default=end)
                strays = _stray_digits(fd.text[e:nxt], reads[i].nums)
                if strays:
                    # a row that does not add up is the source's own error only when every digit
                    # near it is accounted for: digit groups between it and the next row's label
                    # may be the rests of numbers wrapped in narrow cells ("（二）部分公开（区分处理
                    # 的，只计 ４４ … ４５" over "这一情形，不计其他情形） ７ ４" for 447 … 454)
                    reads[i] = RowRead(status="ambiguous", nums=reads[i].nums,
                                       message=f"数字不满足本行合计关系，行名之后、下一行之前另有数字（{' '.join(strays)}），"
                                               "可能是窄列中折行的数字的一段，无法确定")
    if wrapped:
        # the table's headers are broken over lines: a PDF's text stream, whose empty lines only
        # separate blocks, so a row short of numbers is not completed by them ("— / / — / / — / /
        # —" is four cells of a row whose other three stand elsewhere, not seven)
        for i, r in reads.items():
            if r.values is not None and len(r.nums) < k and any(v.is_blank for v in r.values):
                reads[i] = RowRead(status="ambiguous", nums=r.nums,
                                   message=f"来自 PDF 的纯文字（每格一段），只找到 {len(r.nums)} 个数字或符号，"
                                           "空行只是分段而不是空白格，无法确认各数字所在的列")
    if ctx.spaced is not None:
        n_read = sum(1 for r in reads.values() if r.values is not None)
        for i, vals in ctx.spaced.items():
            if i in reads and reads[i].values is None:
                reads[i] = RowRead(values=list(vals), status="positional", nums=[f for f in reads[i].nums])
        if sum(1 for r in reads.values() if r.values is not None) > n_read:
            ctx.note("info", "表三各格以一个空格隔开（空白格留下两个空格）；按此读出的全表勾稽关系（各行总计、各列合计、"
                             "新收＋结转＝办理＋结转下年）全部成立，有空白格的行已按位置读取（请核对）。",
                     [c.id for r in rows for c in r.cells])

    if not (blocks or wrapped or per_line or wsc or cells_given) and ctx.spaced is None and ctx.truncated_at is None \
            and _lines_without_gaps(fd.text[start:end]) and len(found) == len(rows) and \
            _long_labels_whole(fd, found, [it.text for it in t.items if it.role == "corner"], start, end):
        # a web page's text with its empty text nodes dropped: an empty cell leaves no line
        _place_gaps(ctx, rows, reads, row_fields, k)
    lone, blank_glue = _blank_glue(ctx, fd, start, end, reads, k, per_line or blocks or wsc)
    # one number per row: only the 总计 column was published (or survived the extraction)
    # (a row read by position — its empty cells printed between separators — shows its column)
    singles = [i for i, r in reads.items() if len(r.nums) == 1 and len(r.nums[0].text) < k and r.status != "positional"]
    fulls = [i for i, r in reads.items() if r.status in ("ok", "positional", "groups", "glued")
             and len(r.nums) >= 2]
    if len(singles) >= 3 and len(singles) > 2 * len(fulls) and not blank_glue:
        # which of the seven columns the one number belongs to cannot be told: never guessed
        eg = "、".join(f"“{rows[i].label}”{reads[i].nums[0].text}" for i in sorted(singles)[:3])
        ctx.note("ambiguous", f"表三每一行只有一个数字（如 {eg}），原文没有表明它属于哪一列（总计还是某类申请人），"
                              f"已全部留空，请按原表填写。", [c.id for r in rows for c in r.cells])
        return

    assigned: dict[int, list[CellValue]] = {}
    glued: dict[int, list[tuple[str, ...]]] = {}
    # rows whose numbers stand among the pieces of their own wrapped label ("（二）部 3 20 0 0 0 0 23" over
    # "分公开 / （区分处 / …"): no label printed without numbers
    numbered = {i for i, (s, e) in found.items() if _numbers_in_label(fd.text, s, e, rows[i].label)}
    blocked = _label_block_then_numbers(ctx, rows, found, reads, k, assigned, row_fields, numbered)
    # stream of groups in text order: (position, spec index or None, values)
    stream: list[tuple[int, int | None, list[CellValue]]] = []
    for i, r in reads.items():
        pos = found[i][0]
        if i in blocked:
            stream.append((pos, i, []))
            continue
        gaps = r.status == "groups" and _empty_among(row_fields[i], r.nums)
        split = r.status == "groups" and any(_words_among(row_fields[i], r.nums[a], r.nums[a + k - 1])
                                             for a in range(0, len(r.nums), k))
        before = max((j for j in found if found[j][0] < pos), key=lambda j: found[j][0], default=None)
        shared = r.status == "groups" and before is not None and reads[before].status == "detached"
        if r.leftover and before is not None and reads[before].status == "detached":
            # a line of k numbers with more under it, right after a label without numbers (labels
            # printed together, then their rows' numbers: pdfminer's boxes "2.其他法律… / 3.危及… /
            # 4.保护第三方… / ３ ０ ０ ０ ０ ０ ３ / ８ ０ ０ ０ １ ５ / ４ …"): the first line may be the label
            # before's, the rest this row's wrapped cells, so none of it is surely this row's
            ctx.note("ambiguous", f"表三“{rows[i].label}”之后有 {len(r.nums)} 个数字（{_shown(r.nums)}），前面的行名"
                                  f"“{rows[before].label}”之后没有数字（行名连续排列，这些数字可能属于前面几行），"
                                  f"无法确定各数字所属的行，已留空。", [c.id for c in rows[i].cells])
            stream.append((pos, i, []))
            continue
        if r.status == "groups" and (gaps or split or shared or not _sums_hold(r.values)):
            # more numbers than cells, taken k at a time in text order: not where empty cells
            # stand among them (the cells are then not the numbers alone), not where words (another
            # row's wrapped label, "3.要求提供公开出 0 0 0 0 / 版物 / 4.无正当理由大量 0 0 0 0 0") stand
            # inside a group of k (the groups are then not rows), not right after a label without
            # numbers (labels printed together, then a block of their rows: pdfminer's boxes, a label
            # of the run not found), and the row's own group only when its 总计 is the sum of its
            # parts (else the order is not the rows')
            why = "其间夹有空格" if gaps else "其间夹有其他行的行名" if split else (f"前面的行名“{rows[before].label}”之后没有数字（行名连续排列，这些数字"
                                                f"可能属于前面几行）") if shared else \
                f"按每 {k} 个一行读取时“总计＝各列之和”不成立"
            ctx.note("ambiguous", f"表三“{rows[i].label}”之后有 {len(r.nums)} 个数字，{why}，"
                                  f"无法确定各数字所属的行，已留空。", [c.id for c in rows[i].cells])
            stream.append((pos, i, []))
            continue
        if r.values is not None:
            assigned[i] = r.values
            stream.append((pos, i, r.values))
            for n, g in enumerate(r.extra_groups, 1):
                if on_ordinal_line & _group_lines(fd.text, found[i][1], r.nums[n * k:(n + 1) * k]):
                    # the numbers of a row read from its ordinal's line (its label after them, in
                    # this row's stretch): that row's, no group of their own
                    continue
                stream.append((pos + n, None, g))
            if r.status == "partial":
                ctx.note("missing", f"表三“{rows[i].label}”：原文在此中断，只读到 {len(r.nums)} 个数字。",
                         [c.id for c in rows[i].cells[len(r.nums):]])
            if r.message:
                ctx.note("warning", f"表三“{rows[i].label}”：{r.message}。", [c.id for c in rows[i].cells])
        elif r.status == "glued":
            row_ok = [c for c in r.candidates if _row_total_ok(c)]
            glued[i] = row_ok
            stream.append((pos, i, []))
            if not row_ok:
                ctx.note("ambiguous", f"表三“{rows[i].label}”的数字连在一起（{''.join(n.text for n in r.nums)}），"
                                      f"没有一种拆分能满足“总计＝各列之和”，已留空。", [c.id for c in rows[i].cells])
        elif r.status == "ambiguous" and not (blank_glue and i in lone) and i not in stacked:
            ctx.note("ambiguous", f"表三“{rows[i].label}”：{r.message}，已留空。", [c.id for c in rows[i].cells])
        if r.status == "ambiguous" and r.nums:
            # a row with numbers of its own that could not be placed takes no group of numbers
            # printed apart from their labels: its own digits would stay unaccounted for ("四、 / ４ /
            # ０ … ４" at a page's foot, "结转下年度继续办理 / ０ ０" under the header on the next: the
            # rests of 40 … 40, not a row of their own)
            stream.append((pos, i, []))
    if not (blocks or wrapped or cells_given):
        _after_extra_groups(ctx, rows, found, reads, assigned, blocked)
    _group_only_rows(ctx, fd, rows, found, stops, assigned, start, end, k)
    _assign_orphans(ctx, rows, stream, assigned, glued)
    if blank_glue:
        _settle_blank_glue(ctx, rows, assigned, glued, {i: d for i, d in lone.items() if i not in assigned}, k)
    _resolve_glued_t3(ctx, t, rows, assigned, glued)
    complete = len(assigned) == len(rows) and all(x.is_number for v in assigned.values() for x in v)
    if blocks:
        _in_order(own, found, len(rows),
                  {i for i, r in reads.items() if r.values is not None and _row_sum(r.values)}
                  if ctx.truncated_at is not None else set())
        together = _after_bare_label(own, found, row_fields,
                                     lambda a, b: sum(1 for f in read_fields(fd.text[a:b], per_line, blocks, wsc)
                                                      if f.kind == NUM), end)
        _no_stray_pieces(own, found, row_fields, k, read_fields(fd.text[start:min([end] + [s for s, _ in found.values()])],
                                                                per_line, blocks, wsc))
        _no_join_after_short_row(own, found, row_fields, k)
        _not_before_bare_label(own, found, row_fields, k, ctx.truncated_at is not None)
        _no_loose_numbers_before(own, found, row_fields,
                                 lambda a, b: _loose_numbers(fd.text[a:b], per_line, blocks, wsc))
        _between_irregular_stretches(own, found, row_fields, reads, k)
    if blocks and not (complete and _t3_adds_up(t, rows, assigned)):
        # every row read, every cell a number and every identity of the table holding: the
        # reading is confirmed as a whole; otherwise each row must stand on its own
        _keep_own_rows(ctx, rows, assigned, own)
    elif blocks:
        for a, b in together:
            if a in assigned and b in assigned and assigned[a] != assigned[b]:
                # the whole table adds up either way: the two rows' numbers exchanged keep every
                # identity when both are parts of one total
                del assigned[a], assigned[b]
                ctx.note("ambiguous", f"表三“{rows[a].label}”与“{rows[b].label}”的行名在原文中紧挨着，其后的数字可能属于"
                                      f"其中任一行（另一行的数字印在别处），两行互换时勾稽关系同样成立，已留空，请按原表填写。",
                         [c.id for i in (a, b) for c in rows[i].cells])
    if blocks or wrapped:
        _drop_unjoined_tails(ctx, fd, t, rows, found, stops, start, end, assigned)
    if (blocks or wrapped) and assigned and not _t3_adds_up(t, rows, assigned):
        # plain PDF text: cells printed empty leave no trace and the stream may run out of row
        # order, so a row's numbers are trusted only when the whole table adds up
        ctx.note("ambiguous", "表三来自 PDF 的纯文字（每格一段，空格不留痕迹，顺序可能被打乱）；读出的数字不能使"
                              "全表的勾稽关系（各行总计、各列合计、新收＋结转＝办理＋结转下年）全部成立，无法确认每个数字所在的"
                              "行列，已全部留空，请按原表填写。", [c.id for r in rows for c in r.cells])
        return
    if blocks or wrapped:
        for i in sorted(assigned):
            if not _sums_hold(assigned[i]):
                # a mark among the numbers leaves the row's 总计 out of the table's check (made
                # first: the row's other cells take part in it, so dropping the row before would
                # weaken it), but that 总计 is still checked: "８ / １ / — / ６ / ８ / ４ / ９" are the
                # first lines of 8229, 10, 827 … wrapped in narrow cells, their rests elsewhere
                del assigned[i]
                ctx.note("ambiguous", f"表三“{rows[i].label}”来自 PDF 的纯文字（每格一段）；读出的数字不满足本行"
                                      f"“总计＝各列之和”（“—”不计），可能有数字在窄列中折行、其余部分印在别处，"
                                      f"已留空，请按原表填写。", [c.id for c in rows[i].cells])
    stacked = {i: c for i, c in stacked.items() if i not in assigned and reads[i].values is None}
    if stacked:
        _settle_stacked(ctx, t, rows, assigned, stacked, reads,
                        frozenset(i for i in stacked if reads[i].readings and stacked[i] is reads[i].readings))
    for i, vals in assigned.items():
        how = "inferred" if i in ctx.inferred_rows else ("split" if i in glued else "ok")
        for c, v in zip(rows[i].cells, vals):
            ctx.put(c.id, v, how)


def _after_extra_groups(ctx: Ctx, rows: list[RowSpec], found: dict[int, tuple[int, int]], reads: dict[int, RowRead],
                        assigned: dict[int, list[CellValue]], blocked: set[int]) -> None:
    """A row read from its first ``k`` numbers with whole rows of numbers left over before the next
    label ("3.补正后申请内容仍不明确 ０ … ０" / "０ ０ ０ ０ ０ ７ ７" / "1.信访举报投诉类申请" / "０ … ０": pdfminer's
    boxes, which may print a row's numbers before its label): the rows after it, each read from the
    numbers on the lines after its own label, may each hold the next row's numbers. Those rows are
    left blank with a note, up to the first row not read that way (a row whose numbers stand on its
    label's line is)."""
    order = sorted(found, key=lambda i: found[i][0])
    for n, i in enumerate(order):
        r = reads[i]
        if r.status != "groups" or not r.extra_groups:
            continue
        # (also where the row itself was left blank: its whole rows left over still show that the
        # numbers below are printed before their labels)
        k = len(rows[i].cells)
        per_line = [sum(1 for f in r.nums[k:] if f.line == ln) for ln in {f.line for f in r.nums[k:]}]
        if any(c != k for c in per_line):
            continue  # (only whole rows on lines of their own: a text one cell per line shows no rows)
        for j in order[n + 1:]:
            if j not in assigned or j in blocked or reads[j].status != "ok" or reads[j].values != assigned[j] \
                    or not reads[j].nums or min(f.line for f in reads[j].nums) < 1:
                break  # (numbers on the line of the row's label are the row's)
            del assigned[j]
            ctx.note("ambiguous", f"表三“{rows[j].label}”之前一行（“{rows[i].label}”）之后多出整行的数字"
                                  f"（{' '.join(v.text for v in r.extra_groups[0])}），原文可能把各行的数字印在行名之前，"
                                  f"本行行名之后的数字可能属于下一行，无法确定，已留空，请按原表填写。",
                     [c.id for c in rows[j].cells])


def _lone_pieces(fd: Finder, found: dict[int, tuple[int, int]], stops: list[int], start: int, end: int,
                 k: int, unfound=()) -> list[tuple[int, list[str]]]:
    """The numbers standing on lines of their own in the table's stretch but outside every row's
    stretch (after a terminator: a header repeated, the second line of a wrapped label), as
    (start of the last row stretch before them, the numbers of one run of such lines, empty lines
    between). A run holding a mark or as many cells as a row, or right after a piece of a label not
    found (``unfound``: "四、结转下年度继 / 0 / 0 / 0 / 0", "转下年度继续办理 / 0 / 0 / 0"), is that
    row's cells (or its own rests), not the rests of the numbers of a row read before."""
    spans = [(s, next((p for p in stops if p >= e), end)) for s, e in found.values()]
    labs = [norm(lab) for lab in unfound]
    heads = {lab[:3] for lab in labs if len(lab) >= 3}
    runs: list[tuple[int, list[Field], str]] = []
    pos, open_run, last_text = start, False, ""
    for line in fd.text[start:end].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if not line.strip(" \u00a0\u3000"):
            continue
        f = classify(line, 0)
        seg = max((a for a, _b in spans if a <= at), default=None)
        if f.kind == OTHER and seg is not None and not any(a < pos and at < b for a, b in spans):
            # digits at the end of a line of other text (pieces of a label or of the header beside
            # them: "本年 不予公 32 32", the rests of a row broken by the page, level with the rest
            # of its group label): a run of their own after that text
            words = line.split()
            tail = 0
            while tail < len(words) and classify(words[-1 - tail]).kind == NUM:
                tail += 1
            if 0 < tail < len(words):
                last_text = norm(" ".join(words[:-tail]))
                runs.append((seg, [classify(w) for w in words[-tail:]], last_text))
                open_run = True
                continue
        if f.kind not in (NUM, NA) or seg is None or any(a <= at < b for a, b in spans):
            open_run = False
            last_text = norm(line)
            continue
        if open_run:
            runs[-1][1].append(f)
        else:
            runs.append((seg, [f], last_text))
            open_run = True
    return [(seg, [f.text for f in fs]) for seg, fs, before in runs
            if len(fs) < k and all(f.kind == NUM and f.text.isdigit() for f in fs)
            and not any(h in before for h in heads) and not (len(before) >= 3 and any(before in lab for lab in labs))]


def _joinings(vals: list[CellValue], pieces: list[str], limit: int = 512) -> list[list[CellValue]] | None:
    """Every row that some of ``pieces`` (in their order) appended to as many of the row's number
    cells (in column order; a cell reading 0 is never the start of a longer number) give with its
    总计 still the sum of its parts (marks counting as none): the readings in which the row's
    numbers are the first lines of numbers wrapped in their cells. None when too many to try."""
    from itertools import combinations

    digits = [c for c, v in enumerate(vals) if v.is_number and v.text.isdigit() and v.text != "0"]
    if len(pieces) > 8:
        return None
    out = []
    for m in range(1, min(len(pieces), len(digits)) + 1):
        for chosen in combinations(pieces, m):
            for cells in combinations(digits, m):
                alt = list(vals)
                for c, piece in zip(cells, chosen):
                    alt[c] = number(vals[c].text + piece)
                if _sums_hold(alt) and alt not in out:
                    out.append(alt)
                    if len(out) > limit:
                        return None
    return out


def _drop_unjoined_tails(ctx: Ctx, fd: Finder, t, rows: list[RowSpec], found: dict[int, tuple[int, int]],
                         stops: list[int], start: int, end: int, assigned: dict[int, list[CellValue]],
                         limit: int = 20_000) -> None:
    """Plain PDF text: a number wrapped in a narrow cell prints its first line with the row's other
    cells and the rest later, with the rest of the wrapped label ("（七）总计 / 53 / … / 53", then
    after the repeated headers "总计 / 5 / 5" for 535). Numbers left standing alone outside every
    row may be such rests. The rows are kept only when no way of joining such rests onto the
    numbers of rows read before them (each run of rests to one row or to none) gives rows whose
    总计 holds and a table whose every checkable identity holds; the rows such a joining changes
    are left blank and named. Too many ways to try: every row that could take a run is blanked."""
    runs = _lone_pieces(fd, found, stops, start, end, len(t.col_codes), [r.label for j, r in enumerate(rows) if j not in found])
    options: list[list[tuple[int, list[CellValue]]]] = []
    unsure: set[int] = set()
    for pos, pieces in runs:
        opts = []
        for i in sorted(assigned):
            if i not in found or found[i][0] > pos:
                continue
            alts = _joinings(assigned[i], pieces)
            if alts is None:
                unsure.add(i)
                continue
            opts += [(i, alt) for alt in alts]
        options.append(opts)
    changed: set[int] = set()
    steps = 0

    def walk(g: int, alts: dict[int, list[CellValue]]) -> bool:
        nonlocal steps
        steps += 1
        if steps > limit:
            return False
        if g == len(options):
            if alts and _t3_adds_up(t, rows, {**assigned, **alts}):
                changed.update(alts)
            return True
        if not walk(g + 1, alts):
            return False
        for i, alt in options[g]:
            if i not in alts and not walk(g + 1, {**alts, i: alt}):
                return False
        return True

    if not walk(0, {}):
        changed = {i for opts in options for i, _alt in opts}
    for i in sorted(changed | unsure):
        pieces = [p for pos, ps in runs if found[i][0] <= pos for p in ps]
        ctx.note("ambiguous", f"表三“{rows[i].label}”之后的表中另有单独的数字（{' '.join(pieces[:6])}），"
                              "可能是本行在窄列中折行的数字的后一段；拼接后各行合计与全表勾稽关系同样成立，"
                              "无法确认本行的数字是否完整，已留空，请按原表填写。", [c.id for c in rows[i].cells])
        del assigned[i]


def _unclaimed_numbers(t, fd: Finder, found: dict[int, tuple[int, int]], stops: list[int], reads: dict[int, RowRead],
                       row_fields: dict[int, list[Field]], end: int, k: int, joined=frozenset(),
                       stacked: dict | None = None) -> None:
    """Numbers no row reads, and the rows they make unproven. They stand after a row's stretch was
    ended by other text of the table (its header printed again at the top of the next page, a
    group label) before the next row's label, or after a row's own line of numbers (its leftovers),
    or they are more than the row can hold. A PDF's text (PDFium, pdfminer) carries a row broken by
    a page on: the rest of its wrapped numbers ("3" of 30 at the foot of one page, "0" at the top of
    the next) stands under the repeated header; pdfminer may print a row's numbers before its
    label. So:
    - a row followed by such numbers past other text may continue in them: its reading is not
      proven even when it adds up (1 0 0 0 0 0 1 of 103 … 103);
    - a row with leftovers whose own total does not add up is no proof of an error of the report
      (its digits may be among the leftovers);
    - the next row may own a whole row of them (k numbers on a line of their own right before its
      label) or a row's leftovers, when its own numbers are not on its label's line.
    Such rows are left blank with a note (never a number the source did not give); page numbers
    ("— 3 —") are not numbers of the table. A row broken by a page gets its readings with the
    pieces after the break joined to its cells (``_continued_readings``) in ``stacked``, for the
    whole table to decide (``_settle_stacked``)."""
    stacked = {} if stacked is None else stacked
    from .locate import is_page_number

    # the table's column headers printed again (a page break), not a group label with its own numbers
    heads = [norm(it.text) for it in t.items if it.role in ("header", "corner") and len(norm(it.text)) >= 4]
    order = sorted(found, key=lambda i: found[i][0])
    for n, i in enumerate(order):
        e = found[i][1]
        stop = next((p for p in stops if p >= e), end)
        nxt = found[order[n + 1]][0] if n + 1 < len(order) else end
        strays: list[str] = []
        strays_fields: list[Field] = []
        r = reads.get(i)
        if stop < nxt:
            gap = "\n".join("" if is_page_number(ln) else ln for ln in fd.text[stop:nxt].split("\n"))
            gap_fields = read_fields(gap)
            if any(h in norm(fd.text[stop:nxt]) for h in heads) or \
                    _rests_past_text(gap_fields, r, k):
                strays_fields = gap_fields
                strays = [f.text for f in strays_fields if f.kind == NUM]
        # (a row whose line took the digits under it as the rests of its wrapped numbers has none over)
        surplus = r is not None and r.status == "ok" and len(r.nums) > k and i not in joined and not r.wrapped
        # a whole row of numbers on a line of its own, read by no row, stands right before the next label
        lines: dict[int, int] = {}
        for f in strays_fields if strays else (row_fields.get(i, []) if r is None or r.values is None else []):
            if f.kind == NUM:
                lines[f.line] = lines.get(f.line, 0) + 1
        whole_line = bool(lines) and lines[max(lines)] == k
        if strays and r is not None and r.values is not None and _all_closed(r.nums, k) and \
                all(unicodedata.normalize("NFKC", p).isdigit() for p in strays):
            # no cell of the row takes a rest: each is 0 or a mark, and a number wrapped in its
            # cell never begins with 0 — the digits are another row's ("０ 0 0 ０ 0 ０ 0" at a
            # page's foot, "2.没有现成信息 0 0 0 0 0 0 0" after the header printed again)
            pass
        elif strays and r is not None and r.values is not None:
            cands = _continued_readings(r.nums, strays, k)
            if cands:
                stacked[i] = cands
            shown = " ".join(strays[:12]) + (" …" if len(strays) > 12 else "")
            reads[i] = RowRead(status="ambiguous", nums=r.nums,
                               message=f"本行之后（隔着表头等文字）还有不属于任何一行的数字（{shown}），可能是本行在"
                                       f"分页或折行处断开的部分，无法确认本行的数字")
        elif surplus and r.values is not None and not _marks_sum(r.values):
            reads[i] = RowRead(status="ambiguous", nums=r.nums,
                               message=f"找到 {len(r.nums)} 个数字（{_shown(r.nums)}），应为 {k} 个；行首的 {k} 个不满足"
                                       f"本行合计关系，多余的数字可能是其中某个数字折行的部分，无法确认本行的数字")
        j = order[n + 1] if n + 1 < len(order) else None
        nr = reads.get(j) if j is not None else None
        if (whole_line or surplus) and nr is not None and nr.values is not None and any(f.line > 0 for f in nr.nums):
            reads[j] = RowRead(status="ambiguous", nums=nr.nums,
                               message="行名之前有不属于任何一行的数字，本行的数字又不在行名所在的一行，"
                                       "无法确定哪一组数字属于本行")


def _all_closed(nums: list[Field], k: int) -> bool:
    """The row's cells (k, or more read after it) are each 0 or a not-applicable mark: none can be
    the first piece of a number wrapped in its cell (such a number never begins with 0, a mark has
    no digits)."""
    return len(nums) >= k and all(f.kind == NA or (f.kind == NUM and unicodedata.normalize("NFKC", f.text) == "0")
                                  for f in nums)


def _rests_past_text(gap: list[Field], r: RowRead | None, k: int) -> bool:
    """Digit strings after a row's stretch was ended by other text, before the next row's label,
    that may be the rests of the row's numbers broken by a page whose repeated header is itself
    broken beyond recognition in narrow columns ("申请 申请 …" / "人情 人情 …"), or wrapped under a
    group label printed in full first: plain digit strings, fewer than a row's cells on each line,
    that continue the row's line of numbers into a reading that adds up. (Numbers of a row whose
    label was not found stand as a whole line; a page number is dropped before.)"""
    nums = [f for f in gap if f.kind in (NUM, NA)]
    if not nums or r is None or r.values is None or any(not f.plain_int for f in nums):
        return False
    per: dict[int, int] = {}
    for f in nums:
        per[f.line] = per.get(f.line, 0) + 1
    return max(per.values()) < k and bool(_continued_readings(r.nums, [f.text for f in nums], k))


#: a number written with a leading zero ("05"): never the join of a wrapped number's pieces
_LEADING_ZERO = re.compile(r"^0\d")
#: how many ways of joining a row's pieces are tried at most
_STACK_LIMIT = 5000


def _stacked_readings(fields: list[Field], nums: list[Field], k: int) -> list[list[CellValue]]:
    """A row whose numbers are more than its cells and stand on several lines, as a PDF's text
    (PDFium, pdfminer) prints numbers wrapped in narrow cells, each piece a line ("１" / "２" /
    "０ ０ ０ ０ ０ １" / "２" for 12 0 0 0 0 0 12): its readings. A piece may continue the number
    ending the line above — the last number of a line joined to the first of the next, never two
    numbers of one line — and no joined number starts with 0. Every choice of joins that gives
    ``k`` numbers of which 总计 is the sum of the others (the row sum alone often holds for more
    than one: "1 / 1 / 0 0 0 0 0 1 / 1" is 11 0 0 0 0 0 11 or 1 10 0 0 0 0 11); none when text
    stands among the numbers or there are too many choices."""
    if any(not f.plain_int for f in nums):
        return []
    ids = [id(f) for f in fields]
    a, b = ids.index(id(nums[0])), ids.index(id(nums[-1]))
    if any(f.kind != NUM for f in fields[a:b + 1]):
        return []
    bounds = [n for n in range(1, len(nums)) if nums[n].line != nums[n - 1].line]
    m = len(nums) - k
    fits = _joined_readings(nums, bounds, m, False)
    if not fits:
        # PDFium's text prints the pieces of a number wrapped in its narrow cell side by side on
        # one line ("２４ / ０ / ０ / ０ 20 864 1 / 868 5" for 24 0 0 0 20 8641 8685): when no join
        # across lines gives a reading, two numbers of one line may be one number's pieces too —
        # each piece but the last as long as the first, the last no longer (``wrap_shape``); the
        # readings still go to the whole table (``_settle_stacked``), a row's own sum never decides
        fits = _joined_readings(nums, list(range(1, len(nums))), m, True)
    return fits


def _joined_readings(nums: list[Field], bounds: list[int], m: int, shaped: bool) -> list[list[CellValue]]:
    """Every reading of ``nums`` with ``m`` of the pieces at ``bounds`` joined to the number
    before them in which no number starts with 0 and 总计 is the sum of the others (``shaped``:
    and the pieces of each joined number have the shape of digits wrapped in a narrow cell)."""
    from itertools import combinations
    from math import comb

    if m > len(bounds) or comb(len(bounds), m) > _STACK_LIMIT:
        return []
    fits = []
    for js in combinations(bounds, m):
        at = set(js)
        vals: list[str] = []
        parts: list[list[str]] = []
        for n, f in enumerate(nums):
            digits = unicodedata.normalize("NFKC", f.text)
            if n in at:
                vals[-1] += digits
                parts[-1].append(digits)
            else:
                vals.append(digits)
                parts.append([digits])
        if any(_LEADING_ZERO.match(v) for v in vals) or shaped and not all(wrap_shape(p) for p in parts):
            continue
        cells = [_val(Field(NUM, v)) for v in vals]
        if _row_sum(cells):
            fits.append(cells)
    return fits


def _continued_readings(nums: list[Field], pieces: list[str], k: int) -> list[list[CellValue]]:
    """A row read on its line at the foot of a page whose wrapped numbers go on after the header
    printed again on the next page ("３ １ ０ ０ ０ ０ ３" … "０ １" for 30 1 0 0 0 0 31): the pieces,
    in order, continue the row's cells in column order (a cell may take several, one a line:
    "１" … "０ / ３" for 103). Every such reading in which no number starts with 0 and 总计 is the
    sum of the others; none when the row is not k whole numbers or there are too many."""
    from itertools import combinations_with_replacement

    if len(nums) != k or any(not f.plain_int for f in nums) or not pieces or len(pieces) > 8:
        return []
    base = [unicodedata.normalize("NFKC", f.text) for f in nums]
    pieces = [unicodedata.normalize("NFKC", p) for p in pieces]
    if not all(p.isdigit() for p in pieces):
        return []
    fits = []
    for cols in combinations_with_replacement(range(k), len(pieces)):
        vals = list(base)
        for c, p in zip(cols, pieces):
            vals[c] += p
        if any(_LEADING_ZERO.match(v) for v in vals):
            continue
        cells = [_val(Field(NUM, v)) for v in vals]
        if _row_sum(cells):
            fits.append(cells)
        if len(fits) > _STACK_LIMIT:
            return []
    return fits


def _settle_stacked(ctx: Ctx, t, rows: list[RowSpec], assigned: dict[int, list[CellValue]],
                    stacked: dict[int, list[list[CellValue]]], reads: dict[int, RowRead],
                    later: frozenset[int] = frozenset()) -> None:
    """Rows of wrapped pieces (``_stacked_readings``) are read by the whole table: every
    combination of their readings is tried with the rows read already, and one is taken only
    when it is the single one under which every identity of 表三 holds — and every cell of those
    rows stands in an identity that could be checked (its column's 办理结果 total with all of its
    parts read, or 新收＋结转＝办理＋结转下年 with all four read). A row's own sum alone never
    decides. Otherwise the rows stay blank with a note. Where the rows of ``later`` (rows whose
    line adds up with and without the digits after it) leave the table undecided, the others are
    tried without them (those rows stay blank)."""
    order = sorted(stacked)
    got = _settled(t, rows, assigned, stacked)
    if got is None and later & set(order):
        got = _settled(t, rows, assigned, {i: c for i, c in stacked.items() if i not in later})
    if got is not None:
        done = sorted(got)
        for i in done:
            assigned[i] = got[i]
            ctx.inferred_rows.add(i)
        ctx.note("ambiguous", "表三有 " + str(len(done)) + " 行（" + "、".join(rows[i].label for i in done[:4])
                 + ("等" if len(done) > 4 else "") + "）的数字在 PDF 的文字中分成几段、逐段成行（窄列中折行，或一格印在本行之下）；"
                 "把相邻两行首尾的数字拼接、把另起一行的数字放入各列时，只有一种拼接方式使全表的勾稽关系（各行总计、各列合计、新收＋结转＝办理＋结转下年）全部成立，"
                 "已按此读取（请核对）。", [c.id for i in done for c in rows[i].cells])
    for i in order:
        if got is None or i not in got:
            ctx.note("ambiguous", f"表三“{rows[i].label}”：{reads[i].message}；这些数字可能是窄列中折行的数字的几段，"
                                  "拼接方式无法由全表的勾稽关系唯一确定，已留空。", [c.id for c in rows[i].cells])


def _settled(t, rows: list[RowSpec], assigned: dict[int, list[CellValue]],
             stacked: dict[int, list[list[CellValue]]]) -> dict[int, list[CellValue]] | None:
    """The one combination of the readings of ``stacked`` under which every identity of 表三 holds,
    every cell of those rows checked by one (see ``_settle_stacked``); None when there is none,
    more than one, or a cell stands in no identity that could be checked."""
    from itertools import product

    order = sorted(stacked)
    if not order:
        return None
    total = 1
    for i in order:
        total *= len(stacked[i])
    fits = []
    if total <= _STACK_LIMIT:
        for combo in product(*(stacked[i] for i in order)):
            trial = dict(assigned)
            trial.update(zip(order, combo))
            if _t3_adds_up(t, rows, trial):
                fits.append(combo)
                if len(fits) > 1:
                    break
    if len(fits) != 1:
        return None
    codes = {r.code: n for n, r in enumerate(rows)}
    balance = ("new", "carried", "results_total", "carry_next")
    parts = [n for n, r in enumerate(rows) if r.code not in balance]
    trial = dict(assigned)
    trial.update(zip(order, fits[0]))

    def full(idx) -> bool:
        return all(n in trial and all(v.is_number for v in trial[n]) for n in idx)

    by_parts = full(parts + [codes["results_total"]]) if "results_total" in codes else False
    by_balance = all(c in codes for c in balance) and full([codes[c] for c in balance])
    checked = all(by_balance if rows[i].code in ("new", "carried", "carry_next")
                  else by_parts or (rows[i].code == "results_total" and by_balance) for i in order)
    return dict(zip(order, fits[0])) if checked else None


def _spread_unsummed(r: RowRead, k: int) -> bool:
    """A row read as exactly ``k`` numbers that stand on several lines, two or more on one of
    them, and break the row's sum (PDFium's text of a sparse 表三: "（七）总计 １２" / "３６" / "１０ ９
    １１ １２" / "６６" is 1236, 10, 9, 11 and 1266 with two cells printed empty, not seven numbers;
    "（七）总计 85 33" / "7 97 98 713 103" with the "3" of 1033 further down). Text that gives each
    line a whole row breaks a row over lines only where a narrow cell wraps its number, so such a
    row is no proof of an error of the report: its reading is not sure."""
    if r.values is None or len(r.nums) != k or not all(v.is_number for v in r.values) or _row_sum(r.values):
        return False
    per: dict[int, int] = {}
    for f in r.nums:
        per[f.line] = per.get(f.line, 0) + 1
    return len(per) > 1 and max(per.values()) > 1


def _on_label_line(nums: list[Field], k: int, below: bool = True) -> bool:
    """The row's numbers stand on its label's line, but for at most one number alone on the line
    right below (``below``: the rest of a number wrapped in its cell, which a PDF's text such as
    PDFium's prints after the row's line: "… ２ １ ４" over "８" for 48)."""
    if all(f.line == 0 for f in nums):
        return True
    return below and len(nums) == k + 1 and all(f.line == 0 for f in nums[:k]) and nums[k].line == 1


def _short_rows(reads: dict[int, RowRead], fields: dict[int, list[Field]], k: int, text: str,
                found: dict[int, tuple[int, int]], start: int, end: int) -> None:
    """Rows of a pipe table without outer pipes (html2text's markdown: "a| b| c") whose line ends
    in "|" and white space, read by position from exactly ``k`` cells with empty ones among them,
    while other rows hold ``k`` + 1 cells on their line. html2text writes a row whose last cell is
    empty as "… | 1| 1  |    ", which reads like the closing "|" of a markdown row: the row
    "(一)予以公开|  | 258 | 12 |  |  | 1| 1  |    " then seems to have 7 cells, the table's spacer
    column taken for 自然人 and 258 put under 商业企业. Whether that last "|" closes the row or opens
    an empty cell is not known, so such rows are left blank. Only in tables whose "|" stand between
    cells (some row ends in its number): tables whose rows start with "|" close them with it
    (markdownify, typed markdown), a crawler's "a | b |" rows close every cell, and rows of
    different widths there come from labels spanning columns."""
    lines = [ln for ln in text[start:end].split("\n") if "|" in ln and ln.strip(" |-:")]
    if not lines or sum(ln.lstrip().startswith("|") for ln in lines) * 2 >= len(lines):
        return
    # ("|" between cells, not after each: rows ending in a number; a crawler's "a | b |" rows close
    # every cell, the last one too)
    if not any(re.search(r"\d[ \u00a0\u3000]*$", ln) for ln in lines):
        return

    def width(i: int) -> int:
        return len(_own_line([f for f in fields[i] if f.is_cell], reads[i].nums, k))

    def open_end(i: int) -> bool:
        e = found[i][1]
        stop = text.find("\n", e)
        return text[e:stop if stop >= 0 else len(text)].rstrip(" \u00a0\u3000").endswith("|")

    wide = [i for i, r in reads.items() if r.status in ("ok", "positional") and r.values is not None and r.nums
            and width(i) == k + 1]
    if not wide:
        return
    for i, r in reads.items():
        if r.status == "positional" and r.values is not None and r.nums and width(i) == k and open_end(i) \
                and any(f.kind == EMPTY for f in fields[i]):
            reads[i] = RowRead(status="ambiguous", nums=r.nums,
                               message=f"本行只有 {k} 个单元格，而表中其他行有 {k + 1} 个；行末的“|”之后可能还有一个空白格"
                                       "（网页转成的文字），本行缺了哪一格无法确定，数字所在的列无法确认")


#: the most placings of a row's two lines (each keeping its order) listed for the whole table: every
#: interleaving of seven cells over two lines (at most C(7, 3) = 35)
_MOST_PLACINGS = 40


def _interleavings_add_up(nums: list[Field], check=None) -> int:
    """How many distinct readings of a row whose numbers stand on several lines make its 总计 the sum
    of the others (``check``, by default ``_row_sum``), when each line keeps its own order but the
    lines' cells may interleave (up to 2: more is not needed to know the row is unsure)."""
    return len(_interleavings(nums, check, 2))


def _interleavings(nums: list[Field], check=None, most: int = 2) -> list[list[CellValue]]:
    """The distinct readings counted by ``_interleavings_add_up`` (at most ``most``; one reading,
    the row as printed, when its numbers do not stand on exactly two lines)."""
    check = check or _row_sum
    from itertools import combinations

    lines: dict[int, list[Field]] = {}
    for f in nums:
        lines.setdefault(f.line, []).append(f)
    seqs = list(lines.values())
    if len(seqs) != 2:
        return [[_val(f) for f in nums]]
    first, second = seqs
    n = len(nums)
    found: dict[tuple[str, ...], list[CellValue]] = {}
    for at in combinations(range(n), len(second)):
        a, b = iter(first), iter(second)
        row = [next(b) if p in at else next(a) for p in range(n)]
        vals = [_val(f) for f in row]
        if check(vals):
            found.setdefault(tuple(v.text for v in vals), vals)
            if len(found) >= most:
                break
    return list(found.values())


#: "无" alone at the start of the line of the next row's label: the first character of the group
#: label 无法提供 printed one character a line beside its first row ("(" / "四" / ")" / "无 2.没有现成
#: 信息需", PDFium's text of a narrow group column), not the mark "无" of a cell
_GROUP_HEAD_AT_END = re.compile(r"\n[ \t\u3000]*无[ \t\u3000]+\Z")


#: the lines ending a row's stretch that hold nothing but pieces of the group label （四）无法提供
_GROUP_TAIL = re.compile(r"\n[（(四）)无法提供 \t\u3000\n]*\Z")


def _without_group_head(seg: str, before_label: bool) -> str:
    """A row's stretch of text without the "无" of 无法提供 standing before the next row's label on
    that label's line (``before_label``: the stretch ends where a row label found begins), nor the
    pieces of that group label wrapped in its narrow cell between the row and the next label
    ("… / 0" / "（四" / "）无" / "法提 2.没有…": a print driver's text of the merged cell; its "无" is no
    mark of the row)."""
    if before_label and (m := _GROUP_HEAD_AT_END.search(seg)):
        return seg[:m.start() + 1]
    if before_label and (m := _GROUP_TAIL.search(seg)):
        piece = re.sub(r"\s", "", m.group())
        if "无法" in piece and piece[:2] in ("（四", "(四", "四）", "四)", "）无", ")无"):
            return seg[:m.start() + 1]
    return seg


def _numbers_in_label(text: str, s: int, e: int, label: str) -> bool:
    """Numbers stand among the pieces of a row's label wrapped in a narrow column: inside the span
    found, or on the line before it that opens with the row's ordinal ("（二）部 3 20 0 0 0 0 23" over
    "分公开 / （区分处 / …", the label found from its second line)."""
    num = r"(?:^|(?<=\s))\d+(?:\.\d+)?(?=\s|$)"
    if re.search(num, text[s:e]):
        return True
    own = re.match(_ORD_TOKEN, unicodedata.normalize("NFKC", label))
    start = text.rfind("\n", 0, s) + 1
    if own is None or start == 0 or text[start:s].strip():
        return False
    above = unicodedata.normalize("NFKC", text[text.rfind("\n", 0, start - 1) + 1:start - 1]).strip()
    return above.startswith(own.group()) and re.search(num, above) is not None


def _numbers_on_ordinal_line(text: str, s: int, e: int, label: str, k: int) -> tuple[list[CellValue], int] | None:
    """The ``k`` numbers printed on the line of a row label's ordinal when the label is broken over
    lines in a narrow column and a PDF's text is taken line by line: "一、 93 37 13 26 13 34 216" over
    "本年" / "新收" / … / "数量" (the label found from its first line or from "本年"), a group's
    ordinal before it ("三、 （一） 37 42 0 0 0 0 79" for （一）予以公开). That line holds nothing but
    ordinals, the last one the row's own, and exactly ``k`` plain numbers; the label's other
    lines hold no digit. Returns the numbers and where their line begins in ``text``."""
    own = re.match(_ORD_TOKEN, unicodedata.normalize("NFKC", label))
    if own is None:
        return None
    start = at = text.rfind("\n", 0, s) + 1
    span = unicodedata.normalize("NFKC", text[start:e]).split("\n")
    # the ordinal's closing parenthesis wrapped onto the label's first line ("（二 0 0 0 0 0 0 0" over
    # "）部" / "分公" / "开", pdfplumber's text of a narrow label column): the label found from its
    # rest, the ordinal's opening on the line above with the numbers
    closes = unicodedata.normalize("NFKC", text[start:s]).strip() == ")"
    if (closes or not text[start:s].strip()) and start > 0 and not re.match(rf"\s*{_ORD_TOKEN}", span[0]):
        # the label starts its line without its ordinal: the ordinal's line is the one before
        above = at = text.rfind("\n", 0, start - 1) + 1
        span = [unicodedata.normalize("NFKC", text[above:start - 1])] + span
        if span[0].strip() in ("、", ".") and above > 0:
            # that line is the ordinal's "、" alone: the numeral stands on the line above it
            top = at = text.rfind("\n", 0, above - 1) + 1
            span = [unicodedata.normalize("NFKC", text[top:above - 1])] + span
    m = re.fullmatch(rf"\s*((?:{_ORD_TOKEN}[ \t\u3000]*)+?)((?:[ \t\u3000]+(?:\d+|{_MARK_CELL}))+)\s*", span[0])
    if closes:
        # the line's last ordinal is the row's own cut before its ")": "三、 （一" / "（六"
        m = re.fullmatch(rf"\s*((?:{_ORD_TOKEN}[ \t\u3000]*)*{_OPEN_ORD})((?:[ \t\u3000]+(?:\d+|{_MARK_CELL}))+)\s*",
                         span[0])
        if m is None or re.findall(_OPEN_ORD, m.group(1))[-1] + ")" != own.group():
            return None
    elif m is None and len(span) >= 2 and re.match(r"\s*[、.]", span[1]):
        # the ordinal's "、" wrapped onto the next line ("一 448 / 9 / 14 / 471" over "、" / "本" / …):
        # the bare numeral is the ordinal
        m = re.fullmatch(rf"\s*([一二三四五六七八九十]{{1,3}})((?:[ \t\u3000]+(?:\d+|{_MARK_CELL}))+)\s*", span[0])
        if m is not None and m.group(1) + span[1].strip()[0] != own.group():
            return None
    elif m is not None and re.findall(_ORD_TOKEN, m.group(1))[-1] != own.group():
        return None
    if m is None or len(span) < 2 or any(re.search(r"\d", ln) for ln in span[1:]):
        return None
    toks = m.group(2).split()
    if len(toks) != k or not any(t.isdigit() for t in toks):
        return None
    return [number(Decimal(t)) if t.isdigit() else parse_value(t) for t in toks], at


def _digits_rest_of_line(text: str, e: int) -> bool:
    """The rest of the line after ``e`` (a label's end) holds digit strings and nothing else."""
    eol = text.find("\n", e)
    rest = unicodedata.normalize("NFKC", text[e:eol if eol >= 0 else len(text)]).split()
    return bool(rest) and all(t.isdigit() for t in rest)


def _rests_after_label(text: str, e: int, vals: list[CellValue]) -> list[CellValue] | None:
    """The numbers of a row read from its ordinal's line (``_numbers_on_ordinal_line``) that do not
    add up, with the digit strings standing after the label's last piece on its line appended as
    the rests of numbers wrapped in narrow cells ("（七） 24 ０ ０ 0 20 872 877" over "总计 9 3" for
    … 8729 8773, pdfplumber's text): the one way of appending them that makes 总计 the sum of the
    others; None when there is not exactly one, or anything else stands there."""
    eol = text.find("\n", e)
    rest = unicodedata.normalize("NFKC", text[e:eol if eol >= 0 else len(text)]).split()
    if not rest or not all(t.isdigit() for t in rest) or not all(v.is_number or v.state is State.NA for v in vals):
        return None
    line = [Field(NUM, v.text, 0) if v.is_number else Field(NA, v.text, 0) for v in vals]
    fits = wrapped_joins(line, [Field(NUM, t, 1) for t in rest], _row_sum)
    return fits[0] if fits is not None and len(fits) == 1 else None


def _group_lines(text: str, e: int, nums: list[Field]) -> set[int]:
    """Where the lines begin in ``text`` of ``nums``, fields read from the stretch after ``e``."""
    starts = [e] + [e + m.end() for m in re.finditer("\n", text[e:e + 200_000])]
    return {starts[f.line] if f.line < len(starts) else -1 for f in nums}


def _stray_digits(region: str, own: list[Field]) -> list[str]:
    """The digit groups of ``region`` (a row's stretch of text up to the next row's label) that are
    not the row's own numbers: neither a list ordinal ("1.属于…", "（三）") nor part of a date."""
    key = unicodedata.normalize("NFKC", _DATE_RE.sub(" ", region))
    groups = [m.group() for m in re.finditer(r"(?<![\d.,])\d+(?![\d]|[.、．][^\d])(?!\.\d)", key)]
    left = [unicodedata.normalize("NFKC", f.text) for f in own if f.kind == NUM]
    out = []
    for g in groups:
        if g in left:
            left.remove(g)
        else:
            out.append(g)
    return out


def _digit_line_beside(fd: Finder, s: int, e: int, start: int, stop: int) -> tuple[str, bool | None] | None:
    """The line right above the row's label line or right below it (inside the table) when it
    holds one number and nothing else: the piece of a number wrapped in a narrow cell whose rest
    stands on the row's line ("３１" over "… 4 １９" for 3119). Returns (the digits, above?); above
    is None when both lines are such pieces."""
    text = fd.text
    ls = max(start, text.rfind("\n", start, s) + 1)  # the label line's start
    above = ""
    if ls > start:
        above = text[max(start, text.rfind("\n", start, ls - 1) + 1):ls - 1]
    le = text.find("\n", e, stop)  # the label line's end
    below = ""
    if le >= 0:
        nx = text.find("\n", le + 1, stop)
        below = text[le + 1:nx if nx >= 0 else stop]
    found = []
    for line, up in ((above, True), (below, False)):
        key = unicodedata.normalize("NFKC", line).strip()
        if key and re.fullmatch(r"\d+", key):
            found.append((key, up))
    if len(found) == 2:  # pieces above and below: which belongs to the row cannot be told
        return "、".join(p for p, _up in found), None
    return found[0] if found else None


def _join_piece(r: RowRead, piece: str, above: bool | None) -> RowRead:
    """The row read again with ``piece`` joined to one of its numbers (before it when the piece
    stands above, after it when below): taken when exactly one such join makes 总计 the sum of the
    other cells, else the row is left unread."""
    fits = []
    for n, f in enumerate(r.nums[:len(r.values)] if above is not None else ()):
        if f.kind != NUM or not unicodedata.normalize("NFKC", f.text).isdigit():
            continue
        digits = unicodedata.normalize("NFKC", f.text)
        vals = list(r.values)
        vals[n] = _val(Field(NUM, piece + digits if above else digits + piece))
        if _row_sum(vals):
            fits.append(vals)
    if len(fits) == 1:
        return RowRead(values=fits[0], status="ok", nums=r.nums)
    return RowRead(status="ambiguous", nums=r.nums,
                   message=f"数字不满足本行合计关系，紧邻的一行只有数字“{piece}”，可能是窄列中折行的数字的一段，"
                           + ("有多种拼接方式都满足合计关系" if fits else "没有一种拼接方式能满足合计关系") + "，无法确定")


def _blank_glue(ctx: Ctx, fd: Finder, start: int, end: int, reads: dict[int, RowRead], k: int,
                by_lines: bool) -> tuple[dict[int, str], bool]:
    """A crawler's one-line body with 表三's cells glued and some printed empty: rows whose one
    digit string is too short for the row's cells (an empty cell left no trace), in a table where at
    least three rows' digit strings cannot be one number (they open with 0, "000", or are as long
    as the row's cells). A table printing only its 总计 column never shows that. Returns the rows
    with one digit string (row index → digits) and whether the table is so."""
    region = fd.text[start:end]
    lone = {i: r.nums[0].text for i, r in reads.items() if len(r.nums) == 1 and r.nums[0].plain_int
            and r.status in ("glued", "ambiguous")}
    if by_lines or ctx.spaced is not None or "\t" in region or "|" in region or region.count("\n") >= len(reads) // 2:
        return lone, False
    short = [d for d in lone.values() if 1 < len(d) < k]
    glue = sum(1 for d in lone.values() if len(d) >= k or len(d) >= 2 and d[0] == "0")
    return lone, bool(short) and glue >= 3


def _settle_blank_glue(ctx: Ctx, rows: list[RowSpec], assigned: dict[int, list[CellValue]],
                       glued: dict[int, list[tuple[str, ...]]], lone: dict[int, str], k: int) -> None:
    """The glued rows of a table with empty cells (``_blank_glue``), read by the whole table's
    arithmetic (``glued.settle``): a cell is stored only when every reading the table allows agrees
    on it. These rows are then no longer split as if no cell were empty."""
    from .glued import settle

    known = {i: tuple(0 if v.is_blank else int(v.number) for v in vals) for i, vals in assigned.items()
             if all(v.is_blank or v.is_number and v.number == v.number.to_integral_value() for v in vals)}
    got = settle([r.code for r in rows], known, lone, k)
    for i in lone:
        glued.pop(i, None)
    ids = [c.id for i in sorted(lone) for c in rows[i].cells]
    if got is None:
        names = "、".join(f"“{rows[i].label}”{lone[i]}" for i in sorted(lone)[:4]) + ("等" if len(lone) > 4 else "")
        ctx.note("ambiguous", f"表三的数字连在一起，且有空白格（空白格在连写中不留痕迹）；{names}没有一种读法能使全表的勾稽关系"
                              "（各行总计、各列合计、新收＋结转＝办理＋结转下年）成立，这些行已留空，请按原表填写。", ids)
        return
    read, part = [], []
    for i in sorted(lone):
        cells = got.get(i)
        if cells is None:
            continue
        for c, x in zip(rows[i].cells, cells):
            if x is not None:
                ctx.put(c.id, number(Decimal(x)), "split")
        n = sum(1 for x in cells if x is not None)
        (read if n else part).append(f"“{rows[i].label}”{lone[i]}" + (f"（定出 {n} 格）" if n else ""))
    ctx.note("ambiguous", "表三的数字连在一起，且有空白格（空白格在连写中不留痕迹，0 与空白无法区分）；已按全表的勾稽关系"
                          "（各行总计、各列合计、新收＋结转＝办理＋结转下年）试遍每行的各种读法，只填入所有可行读法都一致的格"
                          + (f"：{'、'.join(read[:4])}{'等' if len(read) > 4 else ''}" if read else "（没有这样的格）")
                          + "，其余留空，请按原表填写。", ids)


def _words_between_lines(fields: list[Field], nums: list[Field], k: int) -> bool:
    """The row's numbers stand on more than one line and a line after the first of them carries
    text before its numbers (a row label the reader did not recognise, such as one wrapped around
    its group label: "要求行政机关确认或重新出具已获取信" / "不予处理  息  0  0  0"): the numbers after
    that text may be another row's, so the count matching the row's cells proves nothing."""
    if len({f.line for f in nums}) < 2 or sum(1 for f in nums if f.line == nums[0].line) >= k:
        return False  # one line, or the first holding all the row's cells (read from it alone)
    first, last = id(nums[0]), id(nums[-1])
    ids = [id(f) for f in fields]
    a, b = ids.index(first), ids.index(last)
    return any(f.kind == OTHER and f.line > nums[0].line for f in fields[a:b + 1])


def _empty_among(fields: list[Field], nums: list[Field]) -> bool:
    """An empty cell stands between the first and the last of ``nums`` in ``fields``."""
    ids = [id(f) for f in fields]
    a, b = ids.index(id(nums[0])), ids.index(id(nums[-1]))
    return any(f.kind == EMPTY for f in fields[a:b])


def _without_cut_label(fields: list[Field], t) -> list[Field]:
    """The fields of a row running to the end of a cut text (a stored page excerpt) without the
    text after its last cell when that text is the beginning of a label of the table: the excerpt
    stops inside the next row's label ("二、上年结转… / 0 … 0 / 三、本年度办"), so nothing but that
    row's own numbers stands after its label. Any other text there is kept (and makes the row
    not stand on its own)."""
    n = len(fields)
    while n and not fields[n - 1].is_cell:
        n -= 1
    tail = norm("".join(f.text for f in fields[n:]))
    if n == len(fields) or len(tail) < 2 or not any(norm(it.text).startswith(tail)
                                                    for it in t.items if it.text and it.role != "value"):
        return fields
    return fields[:n]


def _lone_number_above(text: str, s: int) -> bool:
    """The line right above the one a label opens at ``s`` is a number or mark alone, itself right
    under a line of text (no empty line between the three): a row's number printed before its
    label in one box with the labels."""
    begin = text.rfind("\n", 0, s) + 1
    if begin == 0:
        return False
    a = text.rfind("\n", 0, begin - 1) + 1
    above = text[a:begin - 1].split()
    if len(above) != 1 or classify(above[0]).kind not in (NUM, NA) or a == 0:
        return False
    top = text[text.rfind("\n", 0, a - 1) + 1:a - 1].strip(" \u00a0\u3000\t")
    return bool(top) and classify(top).kind not in (NUM, NA, EMPTY) and not any(ch.isdigit() for ch in top)


def _rows_displaced_above(text: str, s: int, k: int) -> bool:
    """pdfminer's box of the label column holding the rows' numbers too, a row a line, the labels
    set lower in their cells than the numbers of their rows: above the label opening at ``s``, in its
    box (no empty line between), stands a line of the row's ``k`` numbers right under another line
    ending in a number ("6.属于四类过程性信息 0 0 0 0 0 0 0 / 0 0 0 0 0 0 0 / 7.属于行政执法案卷 / 0 0 0 0 7 0 7 /
    8.属于行政查询事项 / 0 0 0 0 0 0 0": a row's numbers with no label of their own, the 7s 行政查询事项's).
    From there on, the numbers after a label need not be its own."""
    begin = text.rfind("\n", 0, s) + 1
    lines = []
    while begin > 0:
        prev = text.rfind("\n", 0, begin - 1) + 1
        ln = text[prev:begin - 1]
        if not ln.strip(" \u00a0\u3000\t"):
            break
        lines.append(ln)
        begin = prev
    lines.reverse()  # the box's lines above the label, top to bottom

    def numeric(tok: str) -> bool:
        return classify(tok).kind in (NUM, NA)

    for up, ln in zip(lines, lines[1:]):
        toks = ln.split()
        if len(toks) == k and all(numeric(x) for x in toks) and up.split() and numeric(up.split()[-1]):
            return True
    return False


def _own_row(fields: list[Field], r: RowRead, k: int) -> bool:
    """Plain PDF text (one cell per block, the stream possibly out of row order): the row's
    position in the stream is unambiguous only when its label is followed by exactly its ``k``
    cells, nothing else between them and the next label (no header piece, no other row's label
    part, no extra number), every one a number or a not-applicable mark ("/" in every cell of a
    row never used: a mark is never the piece of a wrapped number), read without a leftover."""
    if r.values is None or r.status != "ok" or r.message or r.extra_groups:
        return False
    if any(f.kind not in (NUM, NA) for f in fields if f.is_cell) or any(not f.is_cell for f in fields):
        return False
    if sum(1 for f in fields if f.is_cell and not (f.joins and not f.beside)) < k and not _stacked_cells(r.nums):
        # a block of stacked digit lines split into several cells, chosen by the row's 总计
        # alone: one identity over a free choice holds by coincidence too often ("6 7 7 | 1 5 |
        # 8 3 4" read as 6 7 7 1 5 8 34), so only the whole table confirms such a row (and k
        # digit lines may be k-1 cells, one number wrapped, and a cell printed empty: gen 9085)
        return False
    return len(r.nums) == k and all(v.is_number or v.state == State.NA for v in r.values)


def _stacked_cells(nums: list[Field]) -> bool:
    """A row's numbers one a line, line after line with no empty line anywhere among them (PDFium's
    text of a table whose every cell is a line: "０" / "０" / … seven times), that no join can make
    fewer: a 0 is never the upper piece of a wrapped number, and a lower piece is never longer than
    the upper. Those lines are as many cells. (Where empty lines part the cells, pdftotext's blocks,
    two digit lines in one block are no two cells of the standard print: "0" / "" / "0" / "0" / "" /
    … is six cells and one printed empty, gen 9085.)"""
    lines = [f.line for f in nums]
    return lines == list(range(lines[0], lines[0] + len(lines))) and len(block_readings(nums)) == 1


def _in_order(own: dict[int, bool], found: dict[int, tuple[int, int]], n_rows: int,
              cut_sums: set[int] = frozenset()) -> None:
    """Plain PDF text: a row standing on its own is trusted only where the stream runs in row
    order around it — the labels just before and just after it in the text are the rows just
    before and just after it in the table (a label not found leaves its numbers unplaced). Where the stream jumps (a label followed by
    a label of a row further down, the rows between printed elsewhere), the numbers after the
    label may be cells of the rows jumped over, the row's own empty cells leaving no trace.

    A report cut inside the table (a stored page excerpt) has no label after its last row: no
    row further down was printed at all, so none was jumped over. That last row is trusted
    when the label before it is the row before and its 总计 is the sum of its parts
    (``cut_sums``: the rows that add up, given only for a cut text) — the cut can only shorten
    the last number, which the row's sum then refuses."""
    by_text = sorted(found, key=lambda i: found[i][0])
    for n, i in enumerate(by_text):
        if not own.get(i):
            continue
        before = by_text[n - 1] if n else -1
        last = n + 1 == len(by_text)
        after = by_text[n + 1] if not last else n_rows
        if last and i in cut_sums:
            after = i + 1
        if before != i - 1 or after != i + 1:
            own[i] = False


def _after_bare_label(own: dict[int, bool], found: dict[int, tuple[int, int]], row_fields: dict[int, list[Field]],
                      count, end: int) -> list[tuple[int, int]]:
    """Plain PDF text: two labels standing together, and more numbers after them than one row's
    before the next label ("5.要求行政机关确认或重新出具已获取信息 / （六）其他处理 / 0 0 0 0 0 18 18 /
    （四）无法提供 / 0 0 0 0 0 0 0"): those numbers are the two rows' in an order the text does not
    show, so the row after the bare label is not trusted on its own. Returns those pairs of rows
    (the bare label's, the next). ``count(a, b)``: the numbers in the text between a and b."""
    by_text = sorted(found, key=lambda i: found[i][0])
    pairs = []
    for n, (a, b) in enumerate(zip(by_text, by_text[1:])):
        if any(f.is_cell for f in row_fields[a]):
            continue
        nxt = found[by_text[n + 2]][0] if n + 2 < len(by_text) else end
        if count(found[b][1], nxt) > sum(1 for f in row_fields[b] if f.kind == NUM):
            own[b] = False
            pairs.append((a, b))
    return pairs


def _not_before_bare_label(own: dict[int, bool], found: dict[int, tuple[int, int]],
                           row_fields: dict[int, list[Field]], k: int, truncated: bool = False) -> None:
    """Plain PDF text: the stream may print a row's cells before its label, and a row printing
    some cells empty leaves no trace of them ("2.其他法律行政法规禁止公开 / 0 0 0 0 0 0 0 / 3.危及“三安全
    一稳定” / 4.保护第三方合法权益 / 0" is 0 0 0 _ 0 _ _ and 3 of the next row's four 0s). A row
    standing on its own, every number 0, is not trusted when the label after it in the text has
    no number after it and the labels standing together there are followed by fewer numbers than
    their rows have cells: their numbers may be the last of this row's (its own 总计 may be
    printed empty, and zeros add up whichever row they belong to; a row with other numbers is
    held by its 总计)."""
    by_text = sorted(found, key=lambda i: found[i][0])
    for n, i in enumerate(by_text[:-1]):
        if not own.get(i) or any(f.is_cell for f in row_fields[by_text[n + 1]]):
            continue
        # the labels standing together after this row, and the numbers after the last of them:
        # all their rows' cells there, the row after is not short of its numbers
        m = n + 1
        while m + 1 < len(by_text) and not any(f.is_cell for f in row_fields[by_text[m]]):
            m += 1
        after = sum(1 for f in row_fields[by_text[m]] if f.kind == NUM)
        if not after and truncated:
            continue  # the text ends there (a cut report): the rows after were never printed
        if after < k * (m - n) and all(f.text.strip("0.") == "" for f in row_fields[i] if f.kind == NUM):
            own[i] = False


def _loose_numbers(region: str, per_line: bool, blocks: bool, wsc: bool) -> int:
    """The numbers of a stretch of plain PDF text, its page numbers ("— 2 —") left out."""
    from .locate import is_page_number

    text = "\n".join("" if is_page_number(ln) else ln for ln in region.split("\n"))
    return sum(1 for f in read_fields(text, per_line, blocks, wsc) if f.kind == NUM)


def _no_loose_numbers_before(own: dict[int, bool], found: dict[int, tuple[int, int]],
                             row_fields: dict[int, list[Field]], count) -> None:
    """Plain PDF text (pdfminer's boxes): the stream may print a row's numbers before its label
    and the next row's right after it ("… 社会公益组织 / ０ ０ ０ ０ ０ ０ ０ / 法律服务机构 / 1.属于国家秘密 /
    ４ ０ ０ ０ ０ ０ ４ / 2.其他法律行政法规禁止公开 / 3.危及…", the 4s being 2.其他法律…'s). A row standing on its
    own is not trusted when numbers no row read stand between the label before it and its own
    label (past the previous row's stretch, cut by the header printed among them) and the label
    after it has no number after it: its numbers may be that next row's. ``count(a, b)``: the
    numbers in the text between a and b."""
    by_text = sorted(found, key=lambda i: found[i][0])
    for n in range(1, len(by_text) - 1):
        prev, i, nxt = by_text[n - 1], by_text[n], by_text[n + 1]
        if not own.get(i) or any(f.is_cell for f in row_fields[nxt]):
            continue
        read = sum(1 for f in row_fields[prev] if f.kind == NUM)
        if count(found[prev][1], found[i][0]) > read:
            own[i] = False


def _between_irregular_stretches(own: dict[int, bool], found: dict[int, tuple[int, int]],
                                 row_fields: dict[int, list[Field]], reads: dict[int, RowRead], k: int) -> None:
    """Plain PDF text: a row standing on its own is trusted only where the stream shows it running
    row by row — the label just before or just after it in the text is followed by exactly ``k``
    cells too (or stands on its own itself). Between two stretches of other counts (more cells than a row has, or fewer), the
    ``k`` cells after this label may be a mixture of several rows: poppler walks a sideways table
    page diagonally when its cells are drawn a little off their rows ("4.保护第三方合法权益 / 0 0 — —
    — ０ —" between stretches of 8 and 8 cells was three rows' cells, its own "— 0 0 — — 0 0"
    elsewhere), and zeros and marks exchanged keep every sum. A row whose 总计 is the sum of at
    least two parts other than 0 is held by that sum (a mixture of rows adds up so only by
    coincidence)."""
    by_text = sorted(found, key=lambda i: found[i][0])
    alone = dict(own)

    def regular(j: int) -> bool:  # k cells, whether or not digit lines stacked in one block are joined
        got = [f for f in row_fields[j] if f.kind in (NUM, NA)]
        return alone.get(j) or k in (len(got), sum(1 for f in got if not f.joins))

    for n, i in enumerate(by_text):
        if not own.get(i):
            continue
        near = [by_text[m] for m in (n - 1, n + 1) if 0 <= m < len(by_text)]
        if any(regular(j) for j in near):
            continue
        vals = reads[i].values or []
        if _marks_sum(vals) and sum(1 for v in vals[:-1] if v.is_number and v.number != 0) >= 2:
            continue
        own[i] = False


def _no_stray_pieces(own: dict[int, bool], found: dict[int, tuple[int, int]], row_fields: dict[int, list[Field]],
                     k: int, head: list[Field]) -> None:
    """Plain PDF text: a number wrapped in its narrow cell is printed in pieces, and the stream puts
    a row's upper pieces before its label ("2" "2" / 二、上年结转… / "4 0 0 0 0 0 4" for 4 0 20 0 0 0
    24). A row standing on its own is therefore trusted only when no number is left over just before
    its label: in the header stretch for the first row, after the previous row's own cells for the
    others. Its lower pieces alone would add up by coincidence (4+0+0+0+0+0 = 4)."""
    by_text = sorted(found, key=lambda i: found[i][0])
    for n, i in enumerate(by_text):
        if not own.get(i):
            continue
        before = [f.text for f in (head if n == 0 else row_fields[by_text[n - 1]]) if f.kind == NUM]
        strays = before if n == 0 else before[k:]
        if strays and _pieces_fit(strays, [f.text for f in row_fields[i] if f.kind == NUM]):
            own[i] = False


def _no_join_after_short_row(own: dict[int, bool], found: dict[int, tuple[int, int]], row_fields: dict[int, list[Field]],
                             k: int) -> None:
    """Plain PDF text: a row standing on its own whose reading joins stacked digit lines into one
    number is not trusted when the row before it in the text is short of numbers. The stream may
    put a wrapped number of that row after the next label, stacked over that row's own cells
    ("信访举报投诉类申请 / 0 0 0 0 0 / 重复申请 / 4 2 0 / 0 0 0 0 / 4 2 0" for 42 0 0 0 0 0 42 and 0 …
    0): joined, "420 0 0 0 0 420" adds up by coincidence. Only where the row has at least as many
    stacked lines as the row before lacks numbers ("上年结转 / 1 0 0 0 0 / 予以公开 / 6 0 0 0 8 0 1 4"
    keeps its 14: one stacked line cannot be the two cells missing above)."""
    by_text = sorted(found, key=lambda i: found[i][0])
    for prev, i in zip(by_text, by_text[1:]):
        stacked = sum(1 for f in row_fields[i] if f.is_cell) - k  # lines joined to the one above
        short = k - sum(1 for f in row_fields[prev] if f.kind == NUM)
        if own.get(i) and stacked > 0 and 0 < short <= stacked:
            # (fewer stacked lines than the row before lacks cannot be its missing cells)
            own[i] = False


def _pieces_fit(strays: list[str], cells: list[str]) -> bool:
    """Some of the last ``strays`` (upper pieces of wrapped numbers, in column order) put before
    some of ``cells`` give another reading whose 总计 is the sum of the other columns."""
    from itertools import combinations
    if len(strays) > len(cells) or not all(c.isdigit() for c in cells + strays):
        return bool(strays)
    for m in range(1, len(strays) + 1):
        tops = strays[-m:]
        for where in combinations(range(len(cells)), m):
            vals = list(cells)
            for t, w in zip(tops, where):
                vals[w] = t + vals[w]
            if _row_total_ok(vals):
                return True
    return False


def _keep_own_rows(ctx: Ctx, rows: list[RowSpec], assigned: dict[int, list[CellValue]], own: dict[int, bool]) -> None:
    """Plain PDF text: only rows read from their own place in the stream are kept; a row placed by
    order, from numbers elsewhere, or holding a mark or any other text among its numbers is left
    blank with a note naming it (a "—" is never read as 0 nor moved into a neighbouring row)."""
    for i in sorted(assigned):
        if own.get(i) and i not in ctx.inferred_rows:
            continue
        del assigned[i]
        ctx.note("ambiguous", f"表三“{rows[i].label}”来自 PDF 的纯文字（每格一段，顺序可能被打乱）；该行名之后不是恰好"
                              f"本行的 {len(rows[i].cells)} 个数字，无法确认这些数字属于本行，已留空，请按原表填写。",
                 [c.id for c in rows[i].cells])


def record_other_label(ctx: Ctx, row: RowSpec, form: str) -> None:
    """The source printed ``row`` under ``form``, the other format version's label (the 2019 "规范性文件"
    in a 2021 表二 for "行政规范性文件"), and its numbers were read into ``row``: reported in the import
    notes, and kept in ``doc.foreign_rows`` with the cells as read (GK612 reports it while they are
    unchanged). Called after the row's cells are filled."""
    ids = [c.id for c in row.cells]
    ctx.note("warning", f"表二：原文行名为“{form}”（另一版格式的行名），按本格式的“{row.label}”一行读取，请核对。", ids)
    layout = _other_format_leaf(ctx.doc.format_id, row.cells[0].table, form)
    cells = {c: to_storage(ctx.doc.value(c)) for c in ids}
    if layout and any(v is not None for v in cells.values()):
        ctx.doc.foreign_rows.append({"table": row.cells[0].table, "label": form, "format": layout,
                                     "into": row.label, "cells": cells})


def _other_format_leaf(fmt: str, table_key: str, label: str) -> str:
    """The other format version in which ``label`` is a single row of ``table_key`` ("" if none)."""
    from ..core.spec import all_formats

    for f in all_formats():
        if f.id != fmt and any(c.table == table_key and c.row_labels[-1] == label for c in f.cells.values()):
            return f.id
    return ""


def _t3_adds_up(t, rows: list[RowSpec], assigned: dict[int, list[CellValue]]) -> bool:
    """Every identity of 表三 whose cells were all read as numbers holds: each row's 总计, each
    column's 办理结果 total, and 新收 + 上年结转 = 办理结果总计 + 结转下年度 (a cell printed "—" or
    left blank leaves its identities unchecked)."""
    if not all(_row_sum(v) for v in assigned.values() if all(x.is_number for x in v)):
        return False
    val = {rows[i].code: [v.number if v.is_number else None for v in vals] for i, vals in assigned.items()}
    parts = [r.code for r in rows if r.code not in ("new", "carried", "results_total", "carry_next")]
    def col(codes, c):
        got = [val[p][c] if p in val else None for p in codes]
        return None if None in got else got

    for c in range(len(t.col_codes)):
        res = col(parts + ["results_total"], c)
        if res is not None and sum(res[:-1]) != res[-1]:
            return False
        bal = col(["new", "carried", "results_total", "carry_next"], c)
        if bal is not None and bal[0] + bal[1] != bal[2] + bal[3]:
            return False
    return True


def group_rows(rows: list[RowSpec]) -> dict[str, list[int]]:
    """The groups of a table whose items are rows of their own (2021 表三 （六）其他处理 → its 1. 2. 3.):
    the group's label → the indexes of its items in ``rows``."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        path = r.cells[0].row_labels
        if len(path) == 3:
            groups.setdefault(path[-2], []).append(i)
    return groups


def record_group_row(ctx: Ctx, rows: list[RowSpec], items: list[int], g: str,
                     values: list[CellValue]) -> list[CellValue] | None:
    """The group ``g`` was printed as one row of its own with ``values`` and without its ``items``.

    The items are non-negative counts, so a group row of zeros means every item is zero: the values
    to fill each item with are returned. Any other numbers cannot be split among the items and are
    only reported (None). Where ``g`` is a single row in the other format version (the 2019
    （六）其他处理), it is kept in ``doc.foreign_rows`` for GK612.
    """
    cells = [c.id for i in items for c in rows[i].cells]
    zeros = all(v.is_number and v.number == 0 for v in values)
    layout = _other_format_leaf(ctx.doc.format_id, rows[items[0]].cells[0].table, g)
    if layout:
        ctx.doc.foreign_rows.append({"table": rows[items[0]].cells[0].table, "label": g, "format": layout,
                                     "cells": {c: ("0" if zeros else None) for c in cells}})
    if zeros:
        ctx.note("ambiguous", f"原文“{g}”只有一行合计数字且全部为 0，因此其下各项（"
                              + "、".join(rows[i].label for i in items) + "）均填 0。", cells)
        return list(values)
    ctx.note("ambiguous", f"原文“{g}”只有一行合计数字（{'／'.join(str(v) for v in values)}），"
                          f"无法分到其下各项，已留空，请按实际情况填写。", cells)
    return None


def _group_only_rows(ctx, fd, rows, found, stops, assigned, start, end, k) -> None:
    """A group (e.g. 2021 （六）其他处理) published as one row of its own, without its items."""
    for g, items in group_rows(rows).items():
        if any(i in found for i in items):
            continue
        occ = fd.find_all(g, start, end)
        if not occ:
            continue
        s, e = occ[0]
        stop = next((p for p in stops if p > s and p >= e), end)
        r = read_row(read_fields(fd.text[e:stop]), k)
        if r.values is None or r.status not in ("ok", "positional"):
            continue
        vals = record_group_row(ctx, rows, items, g, r.values)
        if vals is not None:
            for i in items:
                assigned[i] = list(vals)


# -------------------------------------------------------------------------------------- 表四

def _t4_spacer_reading(fs: list[Field], k: int, sums_ok) -> list[CellValue] | None:
    """表四's one line of TAB/pipe-separated cells with one or two empty cells more than it has
    cells (an unused column of the web or Word table: at the end, after the first cell …): the
    cells with the surplus empty cells left out, when exactly one choice of them gives a line
    whose every block adds up with its empty cells counted as 0 and at least one block holds a
    number other than 0 (a line of zeros and empty cells fits every choice)."""
    from itertools import combinations

    surplus = len(fs) - k
    empties = [i for i, f in enumerate(fs) if f.kind == EMPTY]
    if any(f.kind not in (NUM, NA, EMPTY) for f in fs) or len(empties) < surplus:
        return None
    readings = set()
    for drop in combinations(empties, surplus):
        kept = tuple(f for i, f in enumerate(fs) if i not in drop)
        if sums_ok([number(Decimal(0)) if f.kind == EMPTY else _val(f) for f in kept]):
            readings.add(tuple((f.kind, f.text) for f in kept))
            if len(readings) > 1:
                return None
    if len(readings) != 1:
        return None
    kept = next(iter(readings))
    if not any(kind == NUM and text.strip("0.") for kind, text in kept):
        return None
    return [_val(Field(kind, text)) for kind, text in kept]


def fill_t4(ctx: Ctx, fd: Finder, start: int, end: int) -> None:
    _fill_t4(ctx, fd, start, end)
    cells = list(ctx.doc.spec.table("t4").cells)
    if any(c.id in ctx.placed for c in cells) or ctx.whole_table or any(ch in fd.text[start:end] for ch in "\t|"):
        return
    # nothing read: pdfminer's boxes, each holding a column's title, name and cell, pin those cells
    pinned = read_t4_header_boxes(fd, start, end, cells)
    if not pinned:
        return
    for c in cells:
        if c.id in pinned:
            ctx.put(c.id, pinned[c.id], "inferred")
    ctx.note("info", "表四来自 PDF 的纯文字（每格一段，顺序可能被打乱）：" + "、".join(c.name for c in cells if c.id in pinned)
             + "各有一个文字框，框中依次是栏目标题、列名和恰好一个数字，已按此读取（请核对）；其余各格无法确定，已留空。",
             list(pinned))


def _fill_t4(ctx: Ctx, fd: Finder, start: int, end: int) -> None:
    t = ctx.doc.spec.table("t4")
    cells = list(t.cells)
    k = len(cells)
    seg = fd.text[start:end]
    blocks = block_mode(fd.text[start:end])
    fields = read_fields(seg, blocks=blocks)
    nums = [f for f in fields if f.kind in (NUM, NA)]
    ids = [c.id for c in cells]
    groups = [(s.target, list(s.parts)) for s in t.sums]
    at_end = not ctx.whole_table and end >= len(fd.text) and not _first(fd, _S5 + _S6, start)

    def put_all(vals, how="ok"):
        for c, v in zip(cells, vals):
            ctx.put(c.id, v, how)

    def sums_ok(vals: list[CellValue]) -> bool:
        m = dict(zip(ids, vals))
        for target, parts in groups:
            if any(not m[p].is_number for p in parts + [target]):
                continue
            if sum(m[p].number for p in parts) != m[target].number:
                return False
        return True

    def sums_pin(vals: list[CellValue], mixed: bool = True) -> bool:
        # the order the cells stand in is taken only when every block adds up with its marks
        # counted as nothing: sums_ok passes a block holding a mark unchecked, so a text whose
        # blocks all hold marks ("5 8 — — 1 — — 2 9 7 — — — — —", run column by column) would
        # pass with nothing checked (a block of marks only is the same in any order)
        # Without ``mixed`` a block holding marks and numbers together pins nothing either: a mark
        # adds nothing, so the sums hold wherever it stands among the block's zeros ("/ 0 / / /"
        # run out of order from a row of marks and a row of zeros reads as a block that adds up)
        m = dict(zip(ids, vals))
        for target, parts in groups:
            if any(not (m[p].is_number or m[p].state is State.NA) for p in parts + [target]):
                return False
            if not mixed and len({m[p].is_number for p in parts + [target]}) > 1:
                return False
            if sum(m[p].number for p in parts if m[p].is_number) != (m[target].number if m[target].is_number else 0):
                return False
        return True

    if len(nums) < k and not any(f.kind == UNREAD for f in fields) \
            and _t4_continued(ctx, fd, end, nums, put_all):
        return
    if not nums and not any(f.kind == UNREAD for f in fields):
        if _t4_glued_marks(ctx, fields, k, put_all, sums_ok):
            return
        ctx.note("missing", "表四：未找到数字。", ids)
        return
    if any(f.kind == UNREAD for f in fields):
        ctx.note("ambiguous", "表四：有数字在窄列中折行，无法确定各段数字如何拼接，已留空，请按原文填写。", ids)
        return
    tail = spaced_tail(seg, k) if ctx.spaced is not None else _lines_tail(seg, k) if ctx.cell_lines else None
    if tail is not None and any(f.kind == EMPTY for f in tail) and any(f.kind in (NUM, NA) for f in tail) \
            and sums_ok([number(Decimal(0)) if f.kind == EMPTY else _val(f) for f in tail]):
        put_all([_val(f) for f in tail], "positional")  # one-line body, spacing confirmed by 表三
        return
    if any(f.joins for f in nums):
        fits = [v for v in block_readings(nums) if len(v) == k and all(f.kind == NUM for f in v)
                and sums_ok([_val(f) for f in v])]
        if len(fits) != 1:
            ctx.note("ambiguous", "表四的数字分行排列，可能是数字在窄列中折行，也可能是几个数字，"
                     + ("有多种读法" if fits else "没有一种读法") + "满足合计关系，已留空，请按原文填写。", ids)
            return
        put_all([_val(f) for f in fits[0]], "split")
        ctx.note("ambiguous", "表四的数字分行排列，按合计关系读为 " + "／".join(f.text for f in fits[0]) + "（请核对）。", ids)
        return
    # positional line (tab/pipe separated with empty cells)
    by_line: dict[int, list[Field]] = {}
    for f in fields:
        if f.is_cell:
            by_line.setdefault(f.line, []).append(f)
    if len(nums) < k:
        for _line, fs in by_line.items():
            if len(fs) == k and {id(f) for f in nums} <= {id(f) for f in fs}:
                put_all([_val(f) for f in fs], "positional")
                return
        for _line, fs in by_line.items():
            if k < len(fs) <= k + 2 and {id(f) for f in nums} <= {id(f) for f in fs}:
                got = _t4_spacer_reading(fs, k, sums_ok)
                if got is not None:
                    put_all(got, "positional")
                    ctx.note("info", "表四的数字行多出空白单元格（表格中未用的空列），按各栏合计关系确定了各格位置。", ids)
                    return
    if len(nums) == k and _t4_all_zero(fields, nums):
        # exactly the table's cells, every one 0: whatever order the text ran them in (pdfminer's
        # boxes, their headers interleaved), each cell is 0
        put_all([_val(f) for f in nums], "inferred")
        ctx.note("info", f"表四来自 PDF 的纯文字（每格一段，顺序可能被打乱）：恰好 {k} 个数字且全部为 0，"
                         "无论原文如何排列，各格均为 0，已按此读取。", ids)
        return
    if len(nums) == k:
        vals = [_val(f) for f in nums]
        ids_ = [id(f) for f in fields]
        first, last = ids_.index(id(nums[0])), ids_.index(id(nums[-1]))
        # (plain PDF text runs a table's cells in content order, not always row order: there
        # the numbers are taken as they stand only when the blocks add up)
        run = all(f.kind != OTHER for f in fields[first:last + 1])
        # (cells running over lines with nothing telling the rows apart — a line of 14 and one of
        # 1 — are in the table's order only when the blocks add up: a PDF's text taken line by line
        # puts a cell printed a little lower than its row on a line of its own)
        in_order = _t4_cells_in_order(seg, nums, cells)
        over_lines = len({f.line for f in nums}) > 1 and not ctx.cell_lines and ctx.spaced is None \
            and not any(f.kind == EMPTY for f in fields) and "\t" not in seg and "|" not in seg and not in_order
        contiguous = run and not blocks and not (over_lines and not sums_ok(vals))
        if contiguous and not sums_pin(vals) and _t4_lone_cells(seg, nums) and not in_order:
            # every number alone on its line: nothing but the text's order puts them in their
            # cells, and pdfminer runs a table's boxes in an order of its own (a column's cells
            # one box, "7 / 0" for 7 over 0, before the row's next cell): an order that breaks
            # the sums is no source's own error, the cells are read by the sums or not at all
            contiguous = False
        # tokens standing in one run after the headers keep the cells' content order; header
        # pieces or other text among them (pdfminer's boxes: "维持 0 纠正 0 …", a note line) mean
        # the text ran its boxes in an order of its own, which only arithmetic can pin
        pinned = sums_pin(vals, mixed=run)
        if pinned and not run:
            # text among the numbers (pdfminer's boxes): the sums pin places inside a block, never
            # the order of the blocks — two blocks exchanged keep every sum ("未经复议直接起诉结果维持 /
            # 2 / … / 1 2 0 5 0" and two blocks of zeros read 2 1 2 0 5 as 行政复议's)
            per = k // max(len(groups), 1)
            chunks = {tuple((v.state, v.number if v.is_number else v.text) for v in vals[b:b + per])
                      for b in range(0, k, per)}
            pinned = (len(chunks) == 1 or _t4_blocks_titled(fields, nums, cells, per)) \
                and not _t4_titles_disagree(fields, nums, list(range(k)), cells)
        if contiguous or pinned:
            put_all(vals)
            return
        where: dict = {}
        reordered = _t4_reorder(nums, groups, ids, where)
        at = where.get(tuple(reordered[0])) if len(reordered) == 1 else None
        apart = _t4_parts_apart(fields, nums, at, reordered[0], cells, len(groups)) if at is not None else None
        if len(reordered) == 1 and not _t4_titles_disagree(fields, nums, at, cells) and apart is not None \
                and len(apart) < len(groups):
            per = k // len(groups)
            # (an apart block's total is its parts' sum whatever their order: kept)
            kept = [n for n in range(k) if n // per not in apart or n % per == per - 1]
            for n in kept:
                ctx.put(cells[n].id, reordered[0][n], "inferred")
            ctx.note("ambiguous", "表四的数字在原文中与表头交错排列；按“总计＝结果维持＋结果纠正＋其他结果＋尚未审结”"
                                  "确定了唯一的对应关系（请核对）。", [ids[n] for n in kept])
            if apart:
                left = [ids[n] for n in range(k) if n not in kept]
                ctx.note("ambiguous", "表四" + "、".join(dict.fromkeys(cells[b * per].col_labels[-2] for b in sorted(apart)))
                         + "的各项数字在原文中被栏目标题或表头隔开，合计关系只能确认哪些数字属于本栏（总计已读取），不能确认各属"
                           "哪一列，已留空，请按原文填写。", left)
            return
        in_order = read_t4_in_order(fd, start, end, cells) if blocks else None
        if in_order is not None:
            put_all(in_order, "inferred")
            ctx.note("info", "表四来自 PDF 的纯文字（每格一段）：各栏表头按表格顺序完整排列，15 个数字都在其后、"
                             "依次对应，且每栏总计等于其余四项之和，已按原文顺序读取（请核对）。", ids)
            return
        # the numbers stand among header pieces, so the text does not pin their order, and the
        # order they stand in breaks the sums: a source's own error cannot be told from numbers
        # out of place (plain PDF text runs cells in content order), so nothing is placed
        if _t4_by_blocks(ctx, fd, start, end, cells):
            return
        if sums_ok(vals) and all(v.is_number for v in vals):  # (blocks that differ, out of text order)
            ctx.note("ambiguous", "表四的数字在原文中与表头交错排列；各栏的合计关系只能确认栏内各格，不能确认哪一组数字属于"
                                  "哪一栏（两栏互换，合计同样成立），无法确定对应关系，已留空，请按原文填写。", ids)
            return
        if sums_ok(vals):  # (not pinned by sums_pin: blocks holding a mark)
            ctx.note("ambiguous", "表四的数字和“—”在原文中与表头交错排列，含“—”的栏没有合计关系可以确认各格的位置，"
                                  "无法确定对应关系，已留空，请按原文填写。", ids)
            return
        ctx.note("ambiguous", "表四的数字在原文中与表头交错排列，按出现顺序各项合计不成立，也没有唯一的其他对应方式，"
                              "无法确定对应关系，已留空，请按原文填写。", ids)
        return
    if len(nums) > k:
        lines = [fs for fs in by_line.values() if len([f for f in fs if f.kind in (NUM, NA)]) == k]
        if len(lines) == 1:
            vals = [_val(f) for f in lines[0] if f.kind in (NUM, NA)]
            rest = [f for f in nums if all(f is not g for g in lines[0])]
            if any(ch in seg for ch in "\t|"):
                put_all(vals)
                return
            # more digits stand apart from the numbers' line (a PDF's text taken line by line: "… ０ ０ ４"
            # over "２" for 42, "１ ３ … " over "２ ７" for 12 … 17): the rests of numbers wrapped in
            # narrow cells when they stand alone on the lines under it (one piece: anywhere), joined
            # only where exactly one way makes every block add up; the line as it stands is read
            # only when it adds up and no join does too
            wrap = wraps_under(lines[0], rest, fields) or len(rest) == 1 and rest[0].plain_int
            at = [([ids.index(p) for p in parts], ids.index(target)) for target, parts in groups]
            fits = wrapped_joins(lines[0], rest, sums_pin,
                                 quick=lambda v: all(sum(v[p] for p in ps) == v[tg] for ps, tg in at)) \
                if wrap or wraps_under(lines[0], rest) else []
            shown, adds = _shown(rest), sums_ok(vals)
            if adds and fits == [] and _no_rests(rest):
                put_all(vals)
                return
            if not adds and wrap and fits is not None and len(fits) == 1:
                put_all(fits[0], "inferred")
                ctx.note("ambiguous", f"表四的一行数字不满足合计关系，另有数字（{shown}）单独成行（窄列中折行的数字的后段）；"
                                      "只有一种拼接方式使各栏合计关系成立，已按此读取：" + "／".join(v.text for v in fits[0])
                         + "（请核对）。", ids)
                return
            ctx.note("ambiguous", f"表四：一行 {k} 个数字之外另有数字（{shown}）单独成行，可能是折行的数字的一段，"
                     + ("拼接方式太多，未能逐一核对" if fits is None else
                        "不拼接时各栏合计关系成立，但这些数字也可能是在分页处断开的折行数字的后段" if adds and not fits else
                        ("不拼接和拼接都满足" if adds else "有多种拼接方式都满足" if fits else "没有一种拼接方式满足")
                        + "各栏合计关系") + "，无法确定对应关系，已留空，请按原文填写。", ids)
            return
        if not any(ch in seg for ch in "\t|"):
            fits = _t4_line_joins(fields, nums, k, sums_pin)
            if fits is not None and len(fits) == 1:
                put_all(fits[0], "inferred")
                ctx.note("ambiguous", f"表四的 {len(nums)} 个数字分在几行（{_shown(nums)}），行末与下一行行首的数字可能是"
                                      "窄列中折行的一个数字；只有一种拼接方式恰好得到 "
                                      f"{k} 格且各栏合计关系成立，已按此读取：" + "／".join(v.text for v in fits[0])
                         + "（请核对）。", ids)
                return
        if _t4_by_blocks(ctx, fd, start, end, cells):
            return
        ctx.note("ambiguous", f"表四：找到 {len(nums)} 个数字（{_shown(nums)}），应为 {k} 个，无法确定对应关系，已留空。", ids)
        return
    if len(nums) == 1 and nums[0].plain_int and len(nums[0].text) > 1:
        order = [c for target, parts in groups for c in parts + [target]]
        if order == ids:  # each block's parts then its total: split block by block, the total following
            cands = block_splits(nums[0].text, [len(parts) for _t, parts in groups])
        else:
            cands = [c for c in split_candidates([f.text for f in nums], k)
                     if sums_ok([number(Decimal(p)) for p in c])]
        if len(cands) == 1:
            put_all([number(Decimal(p)) for p in cands[0]], "split")
            ctx.note("ambiguous", "表四的数字连在一起，按合计关系拆分为 " + "／".join(cands[0]) + "（请核对）。", ids)
            return
        if cands:
            ctx.note("ambiguous", f"表四的数字连在一起，有 {len(cands)} 种拆分都满足合计关系，已留空。", ids)
            return
    if at_end and not _t4_header_before(t, seg, nums[0]):
        # the text stops right under the section's heading, before any of the table's column
        # headers: a number there ("2020" of "2020 年，我单位…") may open a sentence as well as a cell
        ctx.note("ambiguous", f"表四：原文在标题之后、表头之前中断，其后的数字（{_shown(nums)}）不能确认是表四的单元格，"
                              "已留空。", ids)
        return
    if at_end and (blocks or not _t4_leading(fields, nums)):
        # a cut row shows its first cells only where nothing before or among its numbers marks a cell
        # of its own (an empty cell between tabs, an empty line) and the text keeps the cells' order
        # (a PDF's plain text, one cell per block, may run them in an order of its own)
        ctx.note("ambiguous", f"表四：原文在此中断，只读到 {len(nums)} 个数字（{_shown(nums)}），其前或其间有空白格或空行"
                              f"（或原文为每格一段的纯文字），无法确定各属哪一列，已留空。", ids)
        return
    if at_end:
        put_all([_val(f) for f in nums])
        ctx.t4_cut = True
        ctx.note("missing", f"表四：原文在此中断，只读到 {len(nums)} 个数字。", ids[len(nums):])
        return
    if _t4_by_blocks(ctx, fd, start, end, cells):
        return
    ctx.note("ambiguous", f"表四：只找到 {len(nums)} 个数字，应为 {k} 个，无法确定各属哪一列，已留空。", ids)


def _t4_all_zero(fields: list[Field], nums: list[Field]) -> bool:
    """Every number of 表四's region is a plain 0 standing as a cell (no mark, nothing wrapped or
    glued, no other digit in the region): with exactly the table's count of them, the text's order
    (pdfminer runs its boxes, header pieces and cells, in an order of its own) does not matter."""
    if not nums or any(f.kind != NUM or f.joins or _val(f).number != 0 or f.text.strip("0０ \u3000\u00a0")
                       for f in nums):
        return False
    return not any(f.kind not in (NUM, NA, EMPTY) and any(ch.isdigit() for ch in f.text) for f in fields)


def _t4_leading(fields: list[Field], nums: list[Field]) -> bool:
    """表四's body cut by the end of the text: its numbers are the leading cells only when, from the
    line its first number stands on, no empty cell stands before or among them (a tab or "|" cell
    left empty, an empty line) — the header lines above may hold empty cells of their own."""
    body = [f for f in fields if f.line >= nums[0].line]
    upto = body[:next(n for n, f in enumerate(body) if f is nums[-1]) + 1]
    if any(f.kind == EMPTY for f in upto):
        return False
    return all(b.line - a.line <= 1 for a, b in zip(upto, upto[1:]))


def _t4_header_before(t, seg: str, first: Field) -> bool:
    """One of 表四's column headers under its top row (结果维持, 尚未审结, 复议后起诉 …) is printed before
    its first number (on an earlier line or on that number's line). 行政复议 and 行政诉讼 do not count:
    the section's heading (四、政府信息公开行政复议、行政诉讼情况) holds them too."""
    before = norm("\n".join(seg.split("\n")[:first.line + 1]))
    top = {norm(x) for x in ("行政复议", "行政诉讼")}
    heads = {norm(it.text) for it in t.items if it.role == "header" and len(norm(it.text)) >= 2} - top
    return any(h in before for h in heads)


def _no_rests(rest: list[Field]) -> bool:
    """Numbers left over besides 表四's line that cannot be the rests of its wrapped numbers: none is
    a plain digit string. No join tried (``wrapped_joins``: the rests continue the line's numbers
    line by line) adding up is no proof: a row broken by a page prints each cell's rest after the
    break cell after cell, one piece a line ("… ５ … ７ …" / "— 2 —" / "７" / "９" / "７" / "９" / "３" / "０" / …
    for 579 … 730) — the line alone adds up (5 = 5, 7 = 7), the numbers are not its. A page number
    between dashes on one line ("— 22 —") is none."""
    def page_number(n: int) -> bool:
        return 0 < n < len(rest) - 1 and rest[n - 1].kind == NA and rest[n + 1].kind == NA and \
            rest[n - 1].line == rest[n].line == rest[n + 1].line
    return not any(f.plain_int and not page_number(n) for n, f in enumerate(rest))


def _t4_line_joins(fields: list[Field], nums: list[Field], k: int, check,
                   limit: int = 2000) -> list[list[CellValue]] | None:
    """表四's numbers as a PDF's text in content order prints them (pdftotext -raw, PDFium): the
    cells of the row on one line, a number wrapped in its narrow cell breaking it — its upper
    piece ends a line, its lower piece starts the next ("０ … ０ ６" / "３" / "６" / "３" / "０ ０ ４ ０ ４" for
    … 0 63 63 0 0 4 0 4). Every reading that joins the last number of a line with the first of
    the next at some of the line breaks (a 0 or a mark never begins a wrapped number), keeps
    the text's order and gives exactly ``k`` cells that ``check`` accepts. Only for numbers and
    marks standing in one run, nothing else among them; [] when there is none, None when there
    are too many ways to try."""
    from itertools import combinations
    from math import comb

    at = [n for n, f in enumerate(fields) if f.kind in (NUM, NA)]
    run = fields[at[0]:at[-1] + 1] if at else []
    if not run or any(f.kind not in (NUM, NA) or f.kind == NUM and not f.text.isdigit() for f in run):
        return []
    lines: list[list[Field]] = []
    for f in run:
        if lines and lines[-1][-1].line == f.line:
            lines[-1].append(f)
        else:
            lines.append([f])
    need = len(run) - k
    breaks = [b for b in range(len(lines) - 1) if lines[b][-1].kind == NUM and lines[b + 1][0].kind == NUM]
    if need <= 0 or need > len(breaks):
        return []
    if comb(len(breaks), need) > limit:
        return None
    out = []
    for joined in combinations(breaks, need):
        texts: list[tuple[str, Field]] = []
        ok = True
        for b, ln in enumerate(lines):
            for n, f in enumerate(ln):
                if n == 0 and b - 1 in joined:
                    ok = ok and texts[-1][0] != "0"  # (a number never begins with a 0)
                    texts[-1] = (texts[-1][0] + f.text, texts[-1][1])
                else:
                    texts.append((f.text, f))
        if not ok:
            continue
        vals = [_val(Field(NUM, t, f.line)) if f.kind == NUM else _val(f) for t, f in texts]
        if len(vals) == k and check(vals):
            out.append(vals)
    return out


def _t4_continued(ctx: Ctx, fd: Finder, end: int, nums: list[Field], put_all) -> bool:
    """表四 short of cells in its region, the rest printed after the next section's heading
    (``stream.t4_continuation``): read when the region's numbers and marks and the continuation's
    are exactly the table's cells, all alike (every cell 0, or every cell the same mark: any order
    gives the same table), with nothing else that could be a cell (no unreadable piece, no other
    digits). Cells of different values are not placed so: poppler runs the continuation's header
    pieces and numbers out of order ("持 / 0 / … / 五、… / 正 / 0 / 果 / 0"), and with a block of 0s a
    block's numbers add up in another block's place as well."""
    cells = list(ctx.doc.spec.table("t4").cells)
    cend = t4_continuation(fd, end)
    if cend <= end:
        # the rest past the prose of 五 and 六, each cell under its column's name
        tail = t4_labelled_tail(fd, end, [c.col_labels[-1] for c in cells])
        if tail is None:
            return False
        more = [classify(x) for x in tail]
    else:
        more = read_fields(fd.text[end:cend], blocks=True)
    if any(f.kind == UNREAD or f.kind not in (NUM, NA) and any(ch.isdigit() for ch in f.text) for f in more):
        return False
    extra = [f for f in more if f.kind in (NUM, NA)]
    vals = [_val(f) for f in nums + extra]
    if len(vals) != len(cells) or not extra or len({to_storage(v) for v in vals}) != 1 \
            or vals[0].is_number and vals[0].number != 0:
        return False
    put_all(vals, "inferred")
    heading = fd.text[end:fd.text.find("\n", end)].strip() if "\n" in fd.text[end:] else ""
    ctx.note("info", f"表四的一部分格印在“{heading or '下一节标题'}”之后（PDF 的纯文字把表格末尾几栏排在后面），连同表内的"
                     f"共恰好 {len(cells)} 格，且全部为“{to_storage(vals[0])}”，任何对应方式结果都相同，已按此读取（请核对）。",
             [c.id for c in cells])
    return True


def _t4_blocks_titled(fields: list[Field], nums: list[Field], cells: list[CellSpec], per: int) -> bool:
    """Each block's numbers, taken in text order ``per`` at a time, follow their own block's title
    ("行政复议", "未经复议直接起诉", "复议后起诉") printed after the block before's numbers, and no
    other block's title stands there: the text shows the blocks in order."""
    titles = list(dict.fromkeys(norm(c.col_labels[-2]) for c in cells))
    if len(titles) * per != len(nums):
        return False
    ids = [id(f) for f in fields]
    prev = 0
    for b, title in enumerate(titles):
        first = ids.index(id(nums[b * per]))
        text = norm("".join(f.text for f in fields[prev:first] if f.kind == OTHER))
        if title not in text or any(t in text for t in titles if t != title and t not in title):
            return False
        prev = ids.index(id(nums[b * per + per - 1])) + 1
    return True


def _t4_titles_disagree(fields: list[Field], nums: list[Field], at: list[int] | None, cells: list[CellSpec]) -> bool:
    """A reading of 表四 made by its sums (``_t4_reorder``) that puts a number in one block while the
    header text printed right before that number names another block ("…直接起诉结果维持 / 2" read
    as 行政复议's): the block order of the text (plain PDF text runs columns in content order) is
    not the table's, so the reading is not taken. True also when the reading's places are unknown.
    A header names a block only when it ends right before the number with that block's title and
    one of its column names."""
    if at is None:
        return True
    titles = list(dict.fromkeys(norm(c.col_labels[-2]) for c in cells))
    per = len(cells) // len(titles)
    before = _text_before_numbers_of(fields, nums)
    subs = {norm(c.col_labels[-1]) for c in cells}
    for cell_no, i in enumerate(at):
        # only a header printed whole right before its number counts: "<block title><column>"
        # (pdfminer runs each cell's header then its value); titles among wrapped header pieces
        # (poppler's real-012) say nothing about the numbers after them
        head = before.get(i, "")
        named = [t for t in titles if any(head.endswith(t + sub) for sub in subs)]
        if named and titles[cell_no // per] not in named:
            return True
    return False


def _text_before_numbers_of(fields: list[Field], nums: list[Field]) -> dict[int, str]:
    """For each of ``nums`` (in order among ``fields``), by its index: the text (OTHER fields, normalised)
    standing between it and the number before it."""
    before: dict[int, str] = {}
    text: list[str] = []
    k = 0
    for f in fields:
        if k < len(nums) and f is nums[k]:
            before[k] = norm("".join(text))
            text = []
            k += 1
        elif f.kind == OTHER:
            text.append(f.text)
    return before


def _t4_parts_apart(fields: list[Field], nums: list[Field], at: list[int], vals: list[CellValue],
                    cells: list[CellSpec], n_blocks: int) -> set[int] | None:
    """The blocks of a reading of 表四 made by its sums (``_t4_reorder``) whose parts, not all alike,
    stand in the text with other text among them (a block title, header pieces: plain pdftotext of a
    sideways page, "０ / 行政复议 / ０ / ０ / 结果维 结果纠 … / １４"): a block's sum holds for any order of
    its parts, so only the text's order says which part is which, and text among them shows the
    text runs the cells in an order of its own — which part is 结果维持 and which 尚未审结 is not
    proven. Parts each printed right after their own column's header ("结果维持 / 0 / 结果纠正 / 760 / …")
    are pinned by their headers. None when the reading's places are unknown."""
    if not n_blocks or len(at) != len(vals) or len(at) != len(cells):
        return None
    pos = {id(f): i for i, f in enumerate(fields)}
    before = _text_before_numbers_of(fields, nums)  # a number's index in `nums` -> the text right before it
    per = len(at) // n_blocks
    out: set[int] = set()
    for b in range(n_blocks):
        parts = range(b * per, b * per + per - 1)  # the block's parts (its total last)
        if len({(vals[c].state, vals[c].number if vals[c].is_number else vals[c].text) for c in parts}) == 1:
            continue  # parts all alike: any order reads the same
        places = sorted(pos[id(nums[at[c]])] for c in parts)
        if not any(f.kind == OTHER for f in fields[places[0]:places[-1] + 1]):
            continue
        if not all(before.get(at[c], "").endswith(norm(cells[c].col_labels[-1])) for c in parts):
            out.add(b)
    return out


def _t4_by_blocks(ctx: Ctx, fd: Finder, start: int, end: int, cells: list[CellSpec]) -> bool:
    """表四 not read whole: its first blocks read each under its own block title
    (``stream.read_t4_blocks``), the rest left blank with a note. False when none reads so."""
    got = read_t4_blocks(fd, start, end, cells)
    if not got:
        return False
    per = len(cells) // len({c.col_labels[-2] for c in cells})
    done = cells[:len(got) * per]
    for c, v in zip(done, [v for vals in got for v in vals]):
        ctx.put(c.id, v, "inferred")
    titles = list(dict.fromkeys(c.col_labels[-2] for c in done))
    ctx.note("info", "表四来自 PDF 的纯文字（每格一段）：" + "、".join(titles) + f"各栏的标题之下恰好是本栏的 {per} 个数字，"
             "且总计等于其余四项之和，已按栏读取（请核对）。", [c.id for c in done])
    left = cells[len(got) * per:]
    if left:
        ctx.note("ambiguous", "表四其余各栏（" + "、".join(dict.fromkeys(c.col_labels[-2] for c in left))
                 + "）的数字在原文中不全或无法确定对应关系，已留空，请按原文填写。", [c.id for c in left])
    return True



def _lines_without_gaps(region: str) -> bool:
    """The table stands one cell per line with no empty line at all (a browser copy of a table
    without empty cells; plain pdftotext separates its blocks by empty lines)."""
    lines = region.strip("\n").split("\n")
    if len(lines) < 20 or "\t" in region or "|" in region:
        return False
    return all(ln.strip(" \u00a0\u3000") for ln in lines) and sum(1 for ln in lines if len(ln.split()) == 1) >= 0.9 * len(lines)


def _lines_tail(seg: str, k: int) -> list[Field] | None:
    """表四 copied from a browser one cell per line, an empty line for an empty cell
    (``rows.cell_per_line``): the ``k`` cells right after its last header line, when nothing but
    empty lines follows them (empty cells at the end, or lines that only separate)."""
    if not cell_per_line(seg):
        return None
    fields = read_fields(seg, blank_cells=True)
    last = max((i for i, f in enumerate(fields) if f.kind == OTHER), default=-1)
    cells = [f for f in fields[last + 1:] if f.is_cell]
    if len(cells) < k or any(f.kind != EMPTY for f in cells[k:]):
        return None
    return cells[:k]


#: a crawler's glued cells where some print a not-applicable mark: "—0—0——0———0—0——"
_GLUED_MARKS = re.compile(r"(?=.*\d)(?=.*[—/])[\d—/]+")


def _t4_glued_marks(ctx: Ctx, fields: list[Field], k: int, put_all, sums_ok) -> bool:
    """表四's cells glued into one string of digits and marks (each "—" or "/" a cell of its own, as
    is a "——" pair when every run of marks pairs up): read when exactly one split into ``k`` cells,
    digits without leading zeros, keeps every block whose cells are all numbers adding up."""
    glued = [f for f in fields if f.kind == OTHER and _GLUED_MARKS.fullmatch(f.text)]
    if len(glued) != 1:
        return False
    # only words after it (the next section's heading when the region runs into it)
    after = fields[fields.index(glued[0]) + 1:]
    if any(f.kind != OTHER or re.search(r"[\d—/]", f.text) for f in after):
        return False
    text = glued[0].text
    runs = re.findall(r"\d+|[—/]+", text)
    ways = [[c for r in runs for c in ([r] if r[0].isdigit() else list(r))]]
    if all(r[0].isdigit() or len(r) % 2 == 0 for r in runs):
        ways.append([c for r in runs for c in ([r] if r[0].isdigit() else [r[i:i + 2] for i in range(0, len(r), 2)])])
    reads = set()
    for toks in ways:
        for cand in split_candidates(toks, k):
            vals = [_val(classify(x)) for x in cand]
            if sums_ok(vals):
                reads.add(cand)
    how = ""
    if len(reads) > 1:
        # a block with a mark among its cells is not checked above; a mark counts nothing, so its
        # total is still the sum of its numbers: "060—6—…" is 0/6/0/—/6, not 0/60/—/6
        none = [c for c in reads if sums_ok([number(Decimal(0)) if not x[0].isdigit() else number(Decimal(x))
                                            for x in c])]
        if len(none) == 1:
            reads, how = set(none), f"（另有 {len(reads) - 1} 种读法只在把“—”按无计算时不满足合计）"
    if len(reads) != 1:
        ctx.note("ambiguous", f"表四的数字和“—”连在一起（{text}），" + ("有多种" if reads else "没有一种")
                 + f"拆成 {k} 格的读法满足合计关系，已留空，请按原文填写。", [c.id for c in ctx.doc.spec.table("t4").cells])
        return True
    cand = next(iter(reads))
    put_all([_val(classify(x)) for x in cand], "split")
    ctx.note("ambiguous", f"表四的数字和“—”连在一起（{text}），只有一种拆成 {k} 格的读法（"
             + "／".join(cand) + f"）满足各项合计{how}，已按此读取（请核对）。", [c.id for c in ctx.doc.spec.table("t4").cells])
    return True


#: (the number from its first digit: one glued to the word before it, "增1" of "增10" in 本年增/减, may be
#: cut short too)
_ENDING_NUMBER = re.compile(r"(?<![\d.,])-?\d[\d,.]*\n?\Z")


def _cut_number(text: str, in_t2: bool, decimal_at=None) -> int | None:
    """A report cut inside a table (a stored page excerpt) that ends in a number with nothing after
    it but the file's last line break: the cut may have taken the rest of its digits ("23" kept as
    "2"), so the number is not read (returns where it starts). A number followed by its cell's
    separator ("| 1 |", "1 ") or by an empty line (one cell per paragraph) was printed whole. A
    lone 0 is whole too (no count starts with 0), except in 表二 where the number may stand in an
    amount, a decimal ("0" of "0.5"): ``decimal_at(offset)`` tells (all of 表二 when not given)."""
    m = _ENDING_NUMBER.search(text)
    if m is None or (m.group().strip() == "0" and not (in_t2 and (decimal_at is None or decimal_at(m.start())))):
        return None
    return m.start()


def _cut_label_piece(text: str, t) -> int | None:
    """Where the last line of a text cut inside table ``t`` begins when that line is the start of one
    of the table's labels cut short, without a digit or a mark ("三" of "三、本年度办理结果", "（三）不予");
    None for any other ending (a number, a mark "—", a whole label, other text)."""
    body = text.rstrip(" \t\u3000\u00a0\n|")
    at = body.rfind("\n") + 1
    piece = norm(body[at:].strip(" \t\u3000\u00a0|"))
    if not piece or any(ch.isdigit() for ch in piece) or not any("\u4e00" <= ch <= "\u9fff" for ch in piece):
        return None
    terms = [norm(x) for x in label_terms(t)] + [norm(r.label) for r in table_rows(t)]
    # (a whole label at the end is a row's label as any other: the readers know a cut after it)
    return at if piece not in terms and any(x.startswith(piece) for x in terms) else None


#: what may stand between a row label and its numbers besides them: separators and white space
_ONLY_CELLS = re.compile(r"[\d\s|｜,，.．+\-−]*")


def _t2_decimal_at(fd: Finder, t, start: int):
    """For ``_cut_number``: whether the number at an offset of 表二 may be an amount's first digits.
    It may not when the last row label before it is a row of counts only (行政强制, 规章) and nothing
    but numbers and cell separators stand between them; anything else may be an amount's."""
    rows = table_rows(t)

    def decimal_at(pos: int) -> bool:
        best = None
        for r in rows:
            for s, e in fd.find_all(r.label, start, pos):
                if best is None or s > best[0]:
                    best = (s, e, r)
        if best is None or not _ONLY_CELLS.fullmatch(fd.text[best[1]:pos]):
            return True
        return any(c.kind == "amount" for c in best[2].cells)

    return decimal_at


def fill_tables_from_text(doc: Document, text: str, prose_numbers=(), fd: Finder | None = None,
                          may_be_cut: bool = False) -> tuple[list[ImportNote], dict]:
    """Fill the document's tables from flattened text. Returns (notes, info). ``may_be_cut``: the
    text is a text file, which may be an excerpt cut anywhere (a stored page's first characters),
    even inside a number; a PDF, Word or web file ends where its author ended it."""
    fd = fd or Finder(clean_text(text))
    notes: list[ImportNote] = []
    ctx = Ctx(doc, notes, frozenset(prose_numbers))
    regions = table_regions(fd)
    n = len(fd.text)
    # the text is cut inside a table when the last table found runs to the end of the text
    last = max(regions.values(), key=lambda r: r[0]) if regions else None
    if last and last[1] >= n and last is not regions.get("t4") and not _first(fd, _S5 + _S6, last[0]):
        ctx.truncated_at = n
        in_t2 = last is regions.get("t2")
        decimal_at = _t2_decimal_at(fd, doc.spec.table("t2"), regions["t2"][0]) if in_t2 else None
        cut = _cut_number(fd.text, in_t2, decimal_at) if may_be_cut else None
        if cut is not None:
            # the number the text ends in may be cut short: the tables are read without it
            ctx.note("missing", f"原文在表格中间中断，最后的数字“{fd.text[cut:].strip()}”之后没有分隔符，"
                                f"可能只印出了一部分，未读取。")
            fd = Finder(fd.text[:cut])
            regions = table_regions(fd)
            ctx.truncated_at = len(fd.text)
        key = next(k for k, r in regions.items() if r == last) if cut is None and may_be_cut else None
        piece = _cut_label_piece(fd.text, doc.spec.table(key)) if key else None
        if piece is not None:
            # the text stops inside the next row's label ("… 0 / 0 / 三" of 三、本年度办理结果): that
            # piece is no cell of the row before it
            fd = Finder(fd.text[:piece])
            regions = table_regions(fd)
            ctx.truncated_at = len(fd.text)
    elif last and last[1] >= n and last is regions.get("t4") and may_be_cut and not _first(fd, _S5 + _S6, last[0]):
        # an excerpt ending inside 表四: the number it ends in may be cut short as in the other tables
        cut = _cut_number(fd.text, False)
        if cut is not None:
            ctx.note("missing", f"原文在表格中间中断，最后的数字“{fd.text[cut:].strip()}”之后没有分隔符，"
                                f"可能只印出了一部分，未读取。")
            fd = Finder(fd.text[:cut])
            regions = table_regions(fd)
    if "t3" in regions:
        ctx.spaced = spaced_t3(doc.spec.table("t3"), fd, *regions["t3"])
    if "t2" in regions:
        fill_t2(ctx, fd, *regions["t2"], spill_end=regions.get("t3", regions["t2"])[1])
    if "t3" in regions:
        fill_t3(ctx, fd, *regions["t3"])
    if "t4" in regions:
        fill_t4(ctx, fd, *regions["t4"])
    info = {"regions": regions, "truncated": ctx.truncated_at is not None or ctx.t4_cut, "placed": ctx.placed}
    return notes, info


def convert_yuan_amounts(doc: Document, text: str) -> list[ImportNote]:
    """Amount cells are in 万元; a value the source printed with the unit 元 (e.g. "251000元")
    is converted (÷10000) and reported as ambiguous, never silently read as 万元."""
    notes: list[ImportNote] = []
    flat = unicodedata.normalize("NFKC", text)
    for c in doc.spec.cells.values():
        v = doc.value(c.id)
        if c.unit != "万元" or not v.is_number or v.number == 0:
            continue
        pat = re.compile(r"(?<![\d.])" + re.escape(v.text) + r"(?:\.0+)?\s*元")
        hits = [m for m in pat.finditer(flat) if not flat[max(0, m.start() - 1):m.start()].endswith("万")]
        if hits and not re.search(r"(?<![\d.])" + re.escape(v.text) + r"\s*万元", flat):
            new = number(v.number / Decimal(10000))
            doc._put(c.id, new)
            notes.append(ImportNote("ambiguous", f"“{c.name}”原文写作“{v.text}元”，单位为元；已换算为{new.text}万元，请核对。",
                                    (c.id,)))
    return notes


def _t4_lone_cells(seg: str, nums: list[Field]) -> bool:
    """表四's numbers each stand alone on a line of their own (pdfminer's or plain pdftotext's boxes),
    with no line holding two of them: the text gives no row, only an order of lines."""
    lines = seg.split("\n")
    seen: set[int] = set()
    for f in nums:
        if f.line in seen or len(lines[f.line].split()) != 1:
            return False
        seen.add(f.line)
    return True


def _t4_cells_in_order(seg: str, nums: list[Field], cells: list[CellSpec]) -> bool:
    """表四 as a web page's or an office file's text gives it, one cell per line in the table's own
    order (a browser's copy, BeautifulSoup's text, LibreOffice's plain text): every line from the
    first header to the numbers is one whole header cell, the column headers (结果维持 … 总计) stand
    in the order of the table's cells, and the numbers follow, one a line, with few empty lines among
    them. The numbers are then the cells in order, also where the source's own sums do not hold.
    pdfminer's boxes, whose order is pdfminer's own, print narrow header cells one character a
    line and set every box apart by an empty line."""
    lines = seg.split("\n")
    first, last = nums[0].line, nums[-1].line
    heads = {norm(it) for c in cells for it in c.col_labels}
    leaves = [norm(c.col_labels[-1]) for c in cells]
    above = [norm(ln) for ln in lines[:first] if norm(ln)]
    top = next((i for i, h in enumerate(above) if h in heads), None)
    if top is None or any(h not in heads for h in above[top:]):
        return False
    if [h for h in above[top:] if h in set(leaves)] != leaves:
        return False
    body = lines[first:last + 1]
    gaps = sum(1 for ln in body if not ln.strip(" \u00a0\u3000"))
    return len(body) - gaps == len(nums) and gaps <= len(nums) // 5


_ORDINAL_ONLY = re.compile(r"^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十]、)$")


def _header_before(fields: list[Field], nums: list[Field], t) -> bool:
    """The text between a row's label and its first number holds the table's column header: its
    corner note, or two of its column labels (pieces run together: "自 / 然 / 人 / 总 / 计")."""
    at = next((n for n, f in enumerate(fields) if nums and f is nums[0]), None)
    if not at:
        return False
    text = norm("".join(f.text for f in fields[:at] if f.kind == OTHER))
    heads = {norm(it.text) for it in t.items if it.role == "header" and len(norm(it.text)) >= 2}
    corner = [norm(it.text) for it in t.items if it.role == "corner"]
    return sum(1 for h in heads if h in text) >= 2 or any(len(c) > 8 and c[1:9] in text for c in corner)


def _other_row_opening(fields: list[Field], nums: list[Field], rows: list[RowSpec],
                       found: dict[int, tuple[int, int]], own: int | None = None) -> str:
    """A bare ordinal ("3.", "（四）") standing before a row's first number that opens the label of a
    row not found: the row's numbers may be that row's. The ordinal, or ""."""
    if not nums:
        return ""
    at = next((n for n, f in enumerate(fields) if f is nums[0]), None)
    if at is None:
        return ""  # (the row's numbers were formed from pieces: no field of its own to stand before)
    openings = {m.group(0) for j, r in enumerate(rows) if j not in found
                for m in [re.match(r"\d{1,2}[.．、]|[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十]、", r.label)] if m}
    # (a label's opening with its first characters names its row whether or not that row's label
    # was found further on: "二、 二、上年 二、上年结转政府信 0 0 3 …", merged label cells printed
    # again, the label found from a later copy)
    others = {norm(r.label): m.group(0) for j, r in enumerate(rows) if j != own
              for m in [re.match(r"\d{1,2}[.．、]|[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十]、", r.label)] if m}
    for f in fields[:at]:
        text = f.text.strip(" \u3000\u00a0")
        if f.kind == OTHER and _ORDINAL_ONLY.match(text) and text.replace("．", ".") in openings:
            return text
        # ... or that ordinal with the first characters of its label ("四、结" of 四、结转下年度继续办理
        # wrapped in a narrow label column, "转下年" / "度继续" / "办理" after the numbers)
        if f.kind == OTHER and len(norm(text)) >= 3 and any(
                u.startswith(norm(text)) and unicodedata.normalize("NFKC", text).startswith(unicodedata.normalize("NFKC", o))
                for u, o in others.items()):
            return text
    return ""
