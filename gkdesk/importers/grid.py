"""Import stage for readers that see real tables (DOCX, HTML, PDF with ruling lines, XLSX).

``fill_from_rows(doc, rows, table_key)``: ``rows`` is the table as a list of rows, each a list of cell
texts (merged cells may be repeated or empty). Rows whose shape matches the official grid are read
cell by cell; the rest are read by label through the text stages (``tables.fill_t2/t3/t4``).
"""


from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from ..core.document import Document
from ..core.spec import TableSpec
from ..core.values import State, parse_value
from .base import ImportNote
from .identities import relations
from .locate import SERIAL, SERIAL_HEADS, Finder, RowSpec, norm, other_format_forms, row_label_forms, short_forms, table_rows
from .resolve import Ctx
from .rows import EMPTY, NA, NUM, OTHER, UNREAD, Field, _val, classify, noted_number
from .tables import fill_t2, fill_t3, fill_t4, group_rows, record_group_row, record_other_label

# ------------------------------------------------------------------------ rows from real tables

def fill_from_rows(doc: Document, rows: list[list[str]], table_key: str) -> list[ImportNote]:
    """Fill one table of ``doc`` from the rows of a real table (DOCX/HTML), each a list of cell texts.

    Rows that have exactly one entry per grid column of the official table (merged cells repeated
    or left empty, as python-docx gives them) are read by grid position: the row is identified by
    its label (fuzzy), each value is taken from the grid column of its cell. Other rows are joined
    into tab-separated text and read with the plain-text engine, so labels are matched fuzzily and
    empty cells keep their position. Returns the notes for the import report.
    """
    t = doc.spec.table(table_key)
    notes: list[ImportNote] = []
    ctx = Ctx(doc, notes, whole_table=True)
    # a row the structured reader reduced to its block's cells keeps the reader's whole row (``full``)
    whole = [getattr(row, "full", None) or row for row in rows]
    # where the columns are drawn positions (a web table placed by its cell widths), a printed column
    # is where its header is drawn, as in structured.by_header; in a count of cells only a header the
    # official table lacks (备注, 序号) says the grid is not the official one
    drawn = any(getattr(row, "drawn", False) for row in whole)
    whole = [[(c or "") for c in row] for row in whole]
    rows = [[(c or "") for c in row] for row in rows]
    mapped = map_columns(t, whole)
    if mapped is not None and not mapped[1] and drawn:
        # no column the official table lacks: rows the reader already put on the official grid (a
        # block of rows reduced to its cells, structured._own_cells) stay as they are, the others are
        # placed by where the headers are drawn
        mapped = ([r if len(r) == t.n_cols else m for r, m in zip(rows, mapped[0])], [])
    if mapped is not None and (mapped[1] or drawn) and _fill_mapped(ctx, t, *mapped):
        return notes  # read by the column headers, without the columns the official table lacks
    # a column under a header the table lacks (备注, 序号, 合计) feeds no cell: blank from here on
    far = _under_foreign(t, rows)
    rows = [[("" if p in far.get(i, ()) else c) for p, c in enumerate(r)] for i, r in enumerate(rows)]
    if _fill_grid(ctx, t, rows, far):
        return notes
    if rows and len({len(r) for r in rows}) == 1:
        # a grid column empty in every row (a spacer between the value columns) is no cell: as an
        # empty cell of each row it would let a row's numbers stand one cell off their header
        keep = [p for p in range(len(rows[0])) if any(r[p].strip() for r in rows)]
        rows = [[r[p] for p in keep] for r in rows]
    lines = ["\t".join(c.replace("\t", " ").replace("\n", "") if c.strip() else " " for c in row) for row in rows]
    fd = Finder("\n".join(lines))
    n = len(fd.text)
    {"t2": fill_t2, "t3": fill_t3, "t4": fill_t4}[table_key](ctx, fd, 0, n)
    return notes


def _fill_mapped(ctx: Ctx, t: TableSpec, rows: list[list[str]], dropped: list[str]) -> bool:
    """Read rows that ``map_columns`` put on the official grid, kept only when the table's arithmetic
    holds wherever it can be evaluated (row totals, 表三's column identity, 表四's blocks): a column
    matched by its header that still breaks a sum is not trusted."""
    scratch = Document(ctx.doc.format_id)
    sub = Ctx(scratch, [], whole_table=True)
    if not _fill_grid(sub, t, rows):
        return False
    extra = "、".join(f"“{x}”" for x in dropped) or "不同的"
    for left, right, _target in relations(scratch, {t.key}):
        vals = [scratch.value(c) for c in left + right]
        if all(v.is_number for v in vals) and \
                sum(scratch.value(c).number for c in left) != sum(scratch.value(c).number for c in right):
            ctx.note("ambiguous", f"{t.name}比标准表格多出{extra}列；按列标题对应后数字不符合勾稽关系，未按列标题读取。")
            return False
    for cid, how in sub.placed.items():
        ctx.put(cid, scratch.value(cid), how)
    ctx.notes.extend(sub.notes)
    ctx.doc.foreign_rows.extend(scratch.foreign_rows)
    if dropped:
        ctx.note("info", f"{t.name}比标准表格多出{extra}列，已按列标题对应读取，多出的列未读取。")
    else:
        ctx.note("info", f"{t.name}各行的单元格划分与标准表格不同，已按列标题所在位置读取。")
    return True


def _fill_grid(ctx: Ctx, t: TableSpec, rows: list[list[str]], far: dict[int, frozenset[int]] | None = None) -> bool:
    """Read rows laid out on the official grid; False if the rows are not on that grid — also when
    a header the table lacks (备注, ``far``) stands over one of the official value columns: that
    grid is the official one shifted, not the official one."""
    import difflib

    grid_rows = [r for r in rows if len(r) == t.n_cols]
    if not grid_rows or len(grid_rows) < len(rows) / 2:
        return False
    values = {c.grid[1] for c in t.cells}
    if far and any(far.get(i, frozenset()) & values for i, r in enumerate(rows) if len(r) == t.n_cols):
        return False
    specs = table_rows(t)
    if t.label_cols == 0:  # 表四: the value row is the last row holding numbers
        data = [r for r in grid_rows if any(classify(c).kind == NUM for c in r)]
        if not data:
            # a row made only of not-applicable marks ("—" / "/" in every cell) is the value
            # row too: the source prints that nothing applies, which is not the same as blank
            data = [r for r in grid_rows if all(classify(c).kind == NA for c in r)]
        if not data:
            ctx.note("missing", f"{t.name}：未找到数字。", [c.id for c in t.cells])
            return True
        _put_grid_row(ctx, specs[0], data[-1])
        for r in data[:-1]:
            # another row of numbers above the value row (a row of last year's figures, a copy
            # with other numbers): its digits are named, never silently dropped
            digits = _digits(r)
            if digits != _digits(data[-1]) and not _column_numbers(digits):
                ctx.note("warning", f"{t.name}中另有一行数字（{' '.join(digits)}），不是表格最后一行的数字，"
                                    "未计入表格，请核对原文。", kind="leftover")
        return True
    keys = [norm(r.label) for r in specs]
    shorts: dict[str, list[int]] = {}
    for j, r in enumerate(specs):
        for f in short_forms(r.label) + list(other_format_forms(t.key, r.label)):
            shorts.setdefault(f, []).append(j)
    groups = group_rows(specs)
    group_keys = {f: g for g in groups for f in [norm(g)] + short_forms(g) if f not in keys and f not in shorts}
    group_only: dict[str, list[str]] = {}  # a group printed as one row without its items (2019 （六）其他处理)
    done: set[int] = set()
    texts = frozenset().union(*(b.texts for b in _bands(t)))
    head: list[str] | None = None  # 表二: the header row of the block above (one header row per block)
    stray: list[list[str]] = []  # rows whose label is no row of the table
    again: list[tuple[int, list[str]]] = []  # a row printed a second time
    for r in grid_rows:
        if t.key == "t2" and _is_header_row(r, texts):
            head = r
        # deepest non-empty label cell (merged label cells may be repeated or left empty)
        label = next((norm(x) for x in reversed(r[:t.label_cols]) if norm(x)), "")
        if label in keys:
            i = keys.index(label)
        elif label in group_keys:
            group_only.setdefault(group_keys[label], r)
            continue
        elif len(shorts.get(label, ())) == 1:
            i = shorts[label][0]  # printed without its ordinal or remark
        else:
            scores = [difflib.SequenceMatcher(None, label, k).ratio() for k in keys]
            best = max(range(len(keys)), key=lambda j: scores[j])
            if scores[best] < 0.8:
                stray.append(r)
                continue
            i = best
        # the grid row must have value cells where this row has them
        if i in done:
            again.append((i, r))
            continue
        if not any(classify(r[c.grid[1]]).kind in (NUM, NA) for c in specs[i].cells) and \
                all(norm(r[c.grid[1]]) == label for c in specs[i].cells):
            continue  # a header/title row that merely repeats the label
        if head is not None and _header_contradicts(t, specs[i], head):
            done.add(i)
            if (moved := _by_block_header(t, specs[i], head, r)) is not None:
                _put_grid_row(ctx, specs[i], moved)
                ctx.note("info", f"{t.name}“{specs[i].label}”一行的列与标准表格错开（如多出一个空列），"
                         "已按本栏的列标题对应读取。", [c.id for c in specs[i].cells])
                continue
            ctx.note("ambiguous", f"{t.name}“{specs[i].label}”一行的数字所在列的列标题与标准表格不同"
                     "（如多出一列、少了一列），无法确定各数字对应的栏目，已留空，请核对原文后填写。",
                     [c.id for c in specs[i].cells])
            continue
        done.add(i)
        _put_grid_row(ctx, specs[i], r)
        if label != keys[i] and label in other_format_forms(t.key, specs[i].label):
            record_other_label(ctx, specs[i], label)  # the other format's label ("规范性文件" in 2021)
    for g, r in group_only.items():
        _fill_group_row(ctx, specs, groups[g], g, r, done)
    off_grid = [r for r in rows if len(r) != t.n_cols]
    if off_grid and len(done) < len(specs):
        _fill_off_grid(ctx, t, specs, done, rows)
    if t.label_cols and stray and 0 not in done:
        _first_row_without_label(ctx, t, specs, done, stray, grid_rows, keys, shorts)
    _note_unread_rows(ctx, t, specs, stray, again, done, keys + list(shorts))
    missing = [c.id for i, s in enumerate(specs) if i not in done for c in s.cells]
    if missing:
        n_rows = sum(1 for i in range(len(specs)) if i not in done)  # 表二's rows have 1 to 3 cells
        ctx.note("missing", f"{t.name}有 {n_rows} 行在原表中未找到，已留空。", missing)
    return True


def _first_row_without_label(ctx: Ctx, t: TableSpec, specs: list[RowSpec], done: set[int], stray: list[list[str]],
                             grid_rows: list[list[str]], keys: list[str], shorts: dict[str, list[int]]) -> None:
    """The table's first row printed without its label: its label cell merged into the header's
    corner cell above it (a clerk's vertical merge in Word keeps both texts in the merged cell;
    LibreOffice reads some merges of w:hMerge cells so), so the row holds numbers under empty label
    cells. It is taken as the table's first row only when that is the one reading: it is the only
    such row, the first row with numbers, the next row with numbers is the table's second row, the
    first row was found nowhere else, every value cell holds a number or a mark ("/"), and every
    identity of the table that involves the row's numbers (its 总计, 表三's 一＋二＝三（七）＋四 in every
    column) can be checked and holds, a mark counting as none. Otherwise its digits stay unread and are named (``_note_unread_rows``)."""
    def label_of(r: list[str]) -> str:
        return next((norm(x) for x in reversed(r[:t.label_cols]) if norm(x)), "")

    def valued(r: list[str]) -> bool:
        return any(classify(x).kind in (NUM, NA) for x in r)

    bare = [r for r in stray if not label_of(r) and valued(r)]
    if len(bare) != 1 or 1 not in done or len(specs) < 2:
        return
    r = bare[0]
    with_numbers = [x for x in grid_rows if valued(x)]
    at = next((k for k, x in enumerate(with_numbers) if x is r), None)
    if at != 0 or len(with_numbers) < 2:
        return
    nxt = label_of(with_numbers[1])
    if not (nxt == keys[1] or shorts.get(nxt) == [1]):
        return
    cols = {c.grid[1] for c in specs[0].cells}
    if any(classify(x).kind != EMPTY for j, x in enumerate(r) if j not in cols):
        return
    fields = {c.id: classify(r[c.grid[1]]) for c in specs[0].cells}
    if any(f.kind not in (NUM, NA) for f in fields.values()) or not any(f.kind == NUM for f in fields.values()):
        return
    # a not-applicable mark ("/") is no number to check: the identities through it are passed
    # over, every number of the row must still be checked by one that holds
    own = {cid for cid, f in fields.items() if f.kind == NUM}
    marked = set(fields) - own
    checked = 0
    for left, right, _target in relations(ctx.doc, {t.key}):
        cells = set(left + right)
        if not own & cells or marked & cells and not cells <= set(fields):
            continue  # (a column through the row's own mark: nothing to check there)
        vals = []
        for cid in left + right:
            if cid in own:
                vals.append(Decimal(fields[cid].text))
            elif cid in marked or ctx.doc.value(cid).state is State.NA:
                vals.append(Decimal(0))  # a mark, the row's own in its 总计 or another row's: none
            elif ctx.doc.value(cid).is_number:
                vals.append(ctx.doc.value(cid).number)
            else:
                return  # an identity that cannot be checked: no proof
        if sum(vals[:len(left)]) != sum(vals[len(left):]):
            return
        checked += 1
    if checked < len(own):
        return
    for c in specs[0].cells:
        ctx.put(c.id, _val(fields[c.id]), "inferred")
    done.add(0)
    stray.remove(r)
    ctx.note("info", f"{t.name}“{specs[0].label}”一行没有印出行名（行名多半被合并进了上方表头的单元格），"
                     f"其数字按位置（表头之后、“{specs[1].label}”之前）和本表的勾稽关系读作这一行。",
             [c.id for c in specs[0].cells])


def _digits(cells: list[str]) -> list[str]:
    """The numbers among a row's cells, as printed (normalised)."""
    return [f.text for f in map(classify, cells) if f.kind == NUM]


def _packed_values(r: list[str], k: int) -> list[Field] | None:
    """The ``k`` values of a row whose cells were packed to the left: a web table turned into
    markdown rows with its merged (covered) cells left out and every row padded with empty cells up
    to the widest ("| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||"). Only when
    the row's last text cell (its label) is followed by exactly ``k`` numbers or marks and then
    nothing but empty cells: a row's value cells are never merged, so these are its cells in
    order. Anything else (fewer numbers, an empty cell among them) is not known: None."""
    texts = [j for j, x in enumerate(r) if x.strip() and classify(x).kind not in (NUM, NA)]
    if not texts:
        return None
    after = [classify(x) for x in r[texts[-1] + 1:]]
    vals, rest = after[:k], after[k:]
    if len(vals) < k or any(f.kind not in (NUM, NA) for f in vals) or any(f.kind != EMPTY for f in rest):
        return None
    return vals


def _column_numbers(digits: list[str]) -> bool:
    """A row numbering the columns ("1 2 3 … n", printed under the headers by some agencies)."""
    return len(digits) >= 2 and digits == [str(j) for j in range(1, len(digits) + 1)]


def _note_unread_rows(ctx: Ctx, t: TableSpec, specs: list[RowSpec], stray, again, done: set[int], forms) -> None:
    """Rows of a real table on the official grid whose numbers went into no cell: a row whose label
    is no row of the official table (a 合计 or 小计 row, a category the form lacks), a row of the table
    whose cells do not stand on the grid (a cell too many: its label cell takes a number), and a row
    printed a second time with other numbers. Their digits are named in the import report (issue
    #11: a leftover digit group is always reported), never stored."""
    for r in stray:
        digits = _digits(r[t.label_cols:])
        if not digits or _column_numbers(digits):
            continue
        # the label cells may hold a value cell too (a row with a cell too many, shifted left)
        bare = norm("".join(dict.fromkeys(x for x in r[:t.label_cols] if x.strip()))).rstrip("0123456789. ")
        known = [i for i, s in enumerate(specs) if any(bare.endswith(f) for f in forms
                                                          if f and (f == norm(s.label) or f in short_forms(s.label)))]
        if known:
            i = known[-1]
            if i not in done:
                done.add(i)
                packed = _packed_values(r, len(specs[i].cells)) if t.key == "t3" else None
                if packed is not None and all(f.kind == NUM for f in packed) and \
                        sum(Decimal(f.text) for f in packed[:-1]) == Decimal(packed[-1].text):
                    # (its 总计 is the sum of its parts: a number in a label column with 总计 left
                    # empty is no such row)
                    for c, f in zip(specs[i].cells, packed):
                        ctx.put(c.id, _val(f))
                    ctx.note("info", f"{t.name}“{specs[i].label}”一行的单元格整体左移（网页表格转成文字时省去了合并的"
                                     f"单元格，行末补了空格），已按顺序读取紧跟行名的 {len(packed)} 个数字。",
                             [c.id for c in specs[i].cells])
                    continue
                digits = _digits(r[:t.label_cols]) + digits
                ctx.note("ambiguous", f"{t.name}“{specs[i].label}”一行的单元格与标准表格的列对不上（数字 {' '.join(digits)}），"
                                      "无法确定各数字对应的栏目，已留空，请核对原文后填写。", [c.id for c in specs[i].cells])
            continue
        name = "".join(x.strip() for x in dict.fromkeys(r[:t.label_cols]) if x.strip())
        if name:
            ctx.note("warning", f"{t.name}中“{name[:40]}”一行不是本表的栏目，其数字（{' '.join(digits)}）未计入表格，"
                                "请核对原文。", kind="leftover")
        else:
            ctx.note("warning", f"{t.name}中有一行没有行名，其数字（{' '.join(digits)}）无法确定属于哪一行，未计入表格，"
                                "请核对原文。", kind="leftover")
    for i, r in again:
        digits = [f.text if f.kind == NUM else "" for f in (classify(r[c.grid[1]]) for c in specs[i].cells)]
        stored = [ctx.doc.value(c.id).text if ctx.doc.value(c.id).is_number else "" for c in specs[i].cells]
        if not any(digits) or digits == stored:
            continue
        ctx.note("warning", f"{t.name}“{specs[i].label}”一行在原表中出现两次，第二次的数字（{' '.join(d for d in digits if d)}）"
                            "与已读取的不同，未计入表格，请核对原文。", [c.id for c in specs[i].cells], kind="leftover")


def _fill_off_grid(ctx: Ctx, t: TableSpec, specs: list[RowSpec], done: set[int], rows: list[list[str]]) -> None:
    """Rows of a real table that are not on the official grid (a part split off at a page break
    with other merges): read with the text engine from the whole table's text; only rows the grid
    reading did not find are taken, with the notes about them."""
    scratch = Document(ctx.doc.format_id)
    sub = Ctx(scratch, [])
    if rows and len({len(r) for r in rows}) == 1:
        # a grid column empty in every row (a spacer between the value columns) is no cell: as an
        # empty cell of each row it would let a row's numbers stand one cell off their header
        keep = [p for p in range(len(rows[0])) if any(r[p].strip() for r in rows)]
        rows = [[r[p] for p in keep] for r in rows]
    lines = ["\t".join(c.replace("\t", " ").replace("\n", "") if c.strip() else " " for c in row) for row in rows]
    fd = Finder("\n".join(lines))
    {"t2": fill_t2, "t3": fill_t3}[t.key](sub, fd, 0, len(fd.text))
    added: set[int] = set()
    for i, row in enumerate(specs):
        if i in done:
            continue
        got = [(c, scratch.value(c.id)) for c in row.cells]
        if all(v.is_blank for _c, v in got):
            continue
        done.add(i)
        added.add(i)
        for c, v in got:
            if not v.is_blank:
                ctx.put(c.id, v, sub.placed.get(c.id, "ok"))
    ids = {c.id for i, r in enumerate(specs) if i in added for c in r.cells}
    for fr in scratch.foreign_rows:
        # a group printed as one row of the other format (2019 （六）其他处理) whose numbers could not be
        # spread over its items: the items stay blank, but the row is recorded (GK612) and reported
        # by its note, not as rows missing from the source — when the grid found none of its items
        cells = set(fr["cells"])
        rows_of = [i for i, r in enumerate(specs) if any(c.id in cells for c in r.cells)]
        if not cells & ids and rows_of and not any(i in done for i in rows_of):
            done.update(rows_of)
            ids |= cells
    # rows the text engine found but could not read (more numbers than cells, …) keep its note
    # naming their digits, and are no rows "not found in the table"
    unread = {c.id: i for i, r in enumerate(specs) if i not in done for c in r.cells}
    told = {unread[c] for n in sub.notes if n.level != "missing" for c in n.cells if c in unread}
    done.update(told)
    ids |= {c.id for i in told for c in specs[i].cells}
    ctx.notes.extend(n for n in sub.notes if set(n.cells) & ids and n.level != "missing")
    ctx.doc.foreign_rows.extend(r for r in scratch.foreign_rows if set(r["cells"]) & ids)


def _fill_group_row(ctx: Ctx, specs: list[RowSpec], items: list[int], g: str, r: list[str], done: set[int]) -> None:
    """Grid row ``r`` is the group ``g`` printed on its own: when none of its items was printed, read its
    numbers as the text path does (``tables.record_group_row``: all 0 fills the items, else blank)."""
    if any(i in done for i in items):
        return
    fields = [classify(r[c.grid[1]]) for c in specs[items[0]].cells]
    if not any(f.kind == NUM for f in fields) or any(f.kind not in (NUM, EMPTY) for f in fields):
        return  # a title row repeating the group's label, or cells that are not counts
    vals = record_group_row(ctx, specs, items, g, [_val(f) for f in fields])
    done.update(items)  # reported by that note (and GK612), not as rows missing from the source
    for i in items:
        for c, v in zip(specs[i].cells, vals or ()):
            ctx.put(c.id, v)


def _header_contradicts(t: TableSpec, row: RowSpec, head: list[str]) -> bool:
    """The header row above names another official column where this row's values are read by
    grid position: a 表二 block printed with an empty column after its labels and one value column
    less ("信息内容 | (空) | 采购项目数量 | 采购总金额" on the 4-column grid) puts 采购项目数量's
    number at 采购总金额's position. An empty header cell (the continuation of a merged one) or a
    header the official table does not have says nothing."""
    bands = _bands(t)
    for c in row.cells:
        pos = c.grid[1]
        h = norm(head[pos]) if pos < len(head) else ""
        own = {b.paths[pos][-1] for b in bands if pos < len(b.paths) and b.paths[pos]}
        if not h and any(_hmatch(norm(x), o) for q, x in enumerate(head) if q != pos and norm(x) for o in own):
            return True  # the cell's own name is printed over another column, its position's header is empty
        if not h or any(_hmatch(h, x) for b in bands for x in b.paths[pos]):
            continue
        if any(_hmatch(h, x) for b in bands for p, path in enumerate(b.paths) if p != pos for x in path):
            return True
    return False


def _by_block_header(t: TableSpec, row: RowSpec, head: list[str], cells: list[str]) -> list[str] | None:
    """``cells`` moved onto the official grid by the header row of its own 表二 block, when
    ``_header_contradicts``: every value cell of the row has exactly one printed column whose header
    is that cell's own official name (the deepest header text), no two cells share a column, and
    every number or mark the row prints right of its label stands in one of those columns. Else
    None (the row stays blank): a reading that leaves a printed value unaccounted for is no reading."""
    bands = [b for b in _bands(t) if all(c.grid[1] < len(b.paths) and b.paths[c.grid[1]] for c in row.cells)]
    if not bands or len(head) != len(cells):
        return None
    printed = [norm(h) for h in head]
    got: dict[int, int] = {}
    for c in row.cells:
        pos = c.grid[1]
        qs = {q for q, h in enumerate(printed) if h and any(_hmatch(h, b.paths[pos][-1]) for b in bands)}
        if len(qs) != 1:
            return None
        got[pos] = qs.pop()
    if len(set(got.values())) != len(got):
        return None
    first = min(c.grid[1] for c in row.cells)
    if any(classify(x).kind in (NUM, NA, OTHER) and q not in got.values() and q >= first
           for q, x in enumerate(cells) if norm(x)):
        return None
    moved = list(cells)
    for pos, q in got.items():
        moved[pos] = cells[q]
    return moved


def _put_grid_row(ctx: Ctx, row: RowSpec, cells: list[str]) -> None:
    for c in row.cells:
        f = classify(cells[c.grid[1]])
        if f.kind in (NUM, NA):
            ctx.put(c.id, _val(f))
        elif f.kind == UNREAD:
            ctx.note("ambiguous", f"“{c.name}”单元格的文字无法识别（PDF 字体没有文字编码信息，或数字与单元格错位），已留空，请对照原文填写。",
                     [c.id])
        elif f.kind == OTHER and norm(cells[c.grid[1]]) in row_label_forms():
            # a row label in a value cell: the label column read as a value column (columns drawn
            # off their header), never the cell's content
            ctx.note("ambiguous", f"“{c.name}”单元格中是行名“{cells[c.grid[1]].strip()}”，不是这一格的内容（表格各列与"
                                  "表头没有对齐），已留空，请对照原文填写。", [c.id])
        elif f.kind == OTHER and (noted := noted_number(cells[c.grid[1]])) is not None:
            ctx.put(c.id, _val(noted[0]))  # the remark's digits are no value of the table
            ctx.note("info", f"“{c.name}”单元格的数字带有说明{'；'.join(noted[1])}，已读为 {noted[0].text}，"
                             f"说明中的数字未计入表格。", [c.id])
        elif f.kind == OTHER and _header_residue(row, cells[c.grid[1]]):
            ctx.note("ambiguous", f"“{c.name}”单元格中的“{cells[c.grid[1]].strip()}”混有表头的文字（多半是表头跨页"
                                  "断开留下的残片），无法确认这一格的数字，已留空，请核对原文后填写。", [c.id])
        elif f.kind == OTHER:
            ctx.put(c.id, parse_value(cells[c.grid[1]].strip()))
            ctx.note("ambiguous", f"“{c.name}”单元格是文字“{cells[c.grid[1]].strip()}”，不是数字，按原样保留。", [c.id])


#: characters of the not-applicable marks ("—人": a mark and a header piece are no value either)
_MARK_CHARS = frozenset("-—–/－―\\／─")


def _header_residue(row: RowSpec, text: str) -> bool:
    """A value cell holding a piece of the table's column headers, alone or before/after digits
    ("人", "人14": the last character of 自然人 wrapped onto the next page of a header row cut by a
    page break). Such a cell says nothing certain about its number: neither the text nor the digits
    are kept. Only short pieces count, every character of which stands in the row's column
    headers; a remark ("不适用", "见说明") is text the clerk wrote and stays as it is."""
    rest = "".join(ch for ch in text if not ch.isdigit() and not ch.isspace() and ch not in _MARK_CHARS)
    if not rest or len(rest) > 4:
        return False
    heads = set("".join(x for c in row.cells for x in c.col_labels))
    return all(ch in heads for ch in rest)


# ------------------------------------------------------------ columns the official grid lacks

@dataclass(frozen=True)
class _Band:
    """One header band of the official table (表三/表四's header rows; each header row of 表二's
    blocks): the header texts above every grid position, the positions where the value cells it
    heads start, and the label positions to their left."""
    paths: tuple[tuple[str, ...], ...]
    values: tuple[int, ...]
    labels: frozenset[int]
    texts: frozenset[str]


@cache
def _bands(t: TableSpec) -> tuple[_Band, ...]:
    head = sorted({r for it in t.items if it.role in ("header", "corner") for r in range(it.r, it.r + it.rs)})
    runs: list[list[int]] = []
    for r in head:
        if runs and runs[-1][-1] == r - 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    out = []
    for k, run in enumerate(runs):
        end = runs[k + 1][0] if k + 1 < len(runs) else t.n_rows
        paths = []
        for c in range(t.n_cols):
            path: list[str] = []
            for r in run:
                it = t.item_at(r, c)
                if it is not None and it.role in ("header", "corner") and norm(it.text) and norm(it.text) not in path:
                    path.append(norm(it.text))
            paths.append(tuple(path))
        values = tuple(sorted({c.grid[1] for c in t.cells if run[-1] < c.grid[0] < end}))
        if values:
            out.append(_Band(tuple(paths), values, frozenset(range(values[0])), frozenset(x for p in paths for x in p)))
    return tuple(out)


@lru_cache(maxsize=8192)
def _hmatch(printed: str, official: str) -> bool:
    """A printed header text is the official one: equal once normalised, the official text without
    its remark in parentheses ("本年收费金额" for "本年收费金额（单位：万元）"), or a close variant of a
    longer text (a typo, a dropped character)."""
    import difflib

    if printed == official or printed in short_forms(official):
        return True
    if min(len(printed), len(official)) < 4:
        return False
    sm = difflib.SequenceMatcher(None, printed, official)
    return sm.real_quick_ratio() >= 0.85 and sm.quick_ratio() >= 0.85 and sm.ratio() >= 0.85


def _is_header_row(row: list[str], texts: frozenset[str]) -> bool:
    """A row of column headers: no number and no not-applicable mark (a row "其他 | — | — …" is a
    row of values), and its known header texts at least as many as its other texts (a 备注 or 序号
    header beside them)."""
    if any(classify(c).kind in (NUM, NA) for c in row):
        return False
    seen = {norm(c) for c in row if norm(c)}
    known = sum(1 for x in seen if any(_hmatch(x, y) for y in texts))
    return known > 0 and known >= len(seen) - known


def map_columns(t: TableSpec, rows: list[list[str]]) -> tuple[list[list[str]], list[str]] | None:
    """Rows of a clerk's table that has columns the official grid lacks (a 备注 or 序号 column, a 合计
    column, an empty spacer) put on the official grid by their column headers.

    For each band of header rows in the table, every printed column is matched to an official
    grid position by its header texts (the deepest one must be the official column's own name, the
    others names above it; labels from formats.toml). Each official value column must get exactly one
    printed column, in order; the printed columns left over must be ones the official table lacks
    (a header that is no official name), empty spacers, the continuation of a merged header, or
    label columns left of the values. When several assignments fit, all must read the same cells.
    The rows below a band (until the next band; above the first band too) with its width are then
    rebuilt on the official grid. Returns (rows, headers of the columns left out), or None when no
    band of the table could be mapped this way."""
    if not _bands(t) or all(len(r) < t.n_cols for r in rows):
        return None
    # runs of header rows wider than the grid, or as wide with a column the table lacks (备注 where
    # the labels take one column less)
    bands = _bands(t)
    heads = [(a, b) for a, b in _header_runs(t, rows) if len(rows[a]) > t.n_cols
             or len(rows[a]) == t.n_cols and any(col and not any(_near(col[-1], y) for y in _all_header_texts(t.key))
                                                 for col in _header_cols(rows[a:b]))]
    if not heads:
        return None
    out = list(rows)
    dropped: list[str] = []
    prev = None  # (width, band, cols, assignment) of the last band mapped
    for k, (a, b) in enumerate(heads):
        width = len(rows[a])
        lo = 0 if k == 0 else a
        hi = heads[k + 1][0] if k + 1 < len(heads) else len(rows)
        under = [i for i in range(lo, hi) if len(rows[i]) == width]
        head = [rows[i] for i in range(a, b)]
        got = _map_band(t, bands, head, [rows[i] for i in under])
        if got is None and prev is not None and prev[0] == width and _continues(t, prev, head, [rows[i] for i in under]):
            # a header repeated at a page break, cut or partly merged ("自然" for 自然人): the part goes
            # on with the columns above it
            got = (*_rebuild(t, prev[1], prev[2], prev[3], [rows[i] for i in under]), *prev[1:])
        if got is None:
            continue
        new_rows, left_out, *how = got
        prev = (width, *how)
        for i, r in zip(under, new_rows):
            out[i] = r
        dropped.extend(x for x in left_out if x not in dropped)
    return (out, dropped) if prev is not None else None


def _header_runs(t: TableSpec, rows: list[list[str]]) -> list[tuple[int, int]]:
    """(first, end) of each run of header rows of one width (see ``_is_header_row``)."""
    texts = frozenset().union(*(b.texts for b in _bands(t)))
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and len(rows[j]) == len(rows[i]) and _is_header_row(rows[j], texts):
            j += 1
        if j > i:
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _under_foreign(t: TableSpec, rows: list[list[str]]) -> dict[int, frozenset[int]]:
    """Per row: the positions under a header that is far from every header of the table (备注, 序号,
    合计 — not a misprint of an official name), from the band of header rows above it of the same
    width (the first band also covers the rows above it). Such a column never feeds a cell."""
    if not _bands(t):
        return {}
    texts = _all_header_texts(t.key)
    runs = _header_runs(t, rows)
    out: dict[int, frozenset[int]] = {}
    for k, (a, b) in enumerate(runs):
        cols = _header_cols(rows[a:b])
        far = frozenset(p for p, col in enumerate(cols) if col and not any(_near(col[-1], y) for y in texts))
        if not far:
            continue
        width = len(rows[a])
        lo = 0 if k == 0 else a
        hi = next((runs[m][0] for m in range(k + 1, len(runs)) if len(rows[runs[m][0]]) == width), len(rows))
        for i in range(lo, hi):
            if len(rows[i]) == width:
                out[i] = far
    return out


@cache
def _all_header_texts(key: str) -> frozenset[str]:
    """Header texts of table ``key`` in every format (a report may print the other format's headers)."""
    from ..core.spec import all_formats

    return frozenset(x for f in all_formats() for t in f.tables if t.key == key for b in _bands(t) for x in b.texts)


@lru_cache(maxsize=8192)
def _near(printed: str, official: str) -> bool:
    """A printed header that could be a misprint of an official one (or part of it)."""
    import difflib

    return printed in official or official in printed or \
        difflib.SequenceMatcher(None, printed, official).ratio() > 0.6


def _header_cols(head: list[list[str]]) -> list[tuple[str, ...]]:
    cols: list[tuple[str, ...]] = []
    for p in range(len(head[0])):
        col: list[str] = []
        for r in head:
            x = norm(r[p])
            if x and x not in col:
                col.append(x)
        cols.append(tuple(col))
    return cols


def _valued(under: list[list[str]], width: int) -> list[bool]:
    return [any(classify(r[p]).kind in (NUM, NA) for r in under) for p in range(width)]


def _map_band(t: TableSpec, bands, head: list[list[str]], under: list[list[str]]):
    cols = _header_cols(head)
    valued = _valued(under, len(cols))
    results = []
    for band in bands:
        for sol in _assignments(t, band, cols, valued):
            results.append((*_rebuild(t, band, cols, sol, under), band, cols, sol))
            if len(results) > 64:
                return None
    # every fitting assignment must read the same cells; rows that print nothing but one text (a
    # title repeated over its merge, as the next block's title) do not tell them apart
    told = [i for i, r in enumerate(under) if any(classify(c).kind in (NUM, NA) for c in r)
            or len({norm(c) for c in r if norm(c)}) > 1]
    if not results or any([r[0][i] for i in told] != [results[0][0][i] for i in told] for r in results):
        return None
    return results[0]


def _continues(t: TableSpec, prev, head: list[list[str]], under: list[list[str]]) -> bool:
    """A header band that maps to nothing on its own fits the columns of the band above it (same
    width): every header text over a column read before is part of that column's official names (a
    cut "自然" of 自然人), no official value name stands over a column left out, and the columns left
    out hold no number unless their header above named no official column (备注, 合计)."""
    _w, band, cols0, sol = prev
    cols = _header_cols(head)
    valued = _valued(under, len(cols))
    where = dict(zip(sol, band.values))
    foreign0 = _foreign(t, cols0)
    leaves = {path[-1] for c, path in enumerate(band.paths) if path and c in band.values}
    for p, col in enumerate(cols):
        if p in where:
            path = band.paths[where[p]]
            if not all(any(x in y or _hmatch(x, y) for y in path) for x in col):
                return False
        elif any(_hmatch(x, y) for x in col for y in leaves) or (valued[p] and not foreign0[p]):
            return False
    return True


def _assignments(t: TableSpec, band: _Band, cols: list[tuple[str, ...]], valued: list[bool]):
    """Every order-keeping assignment of the band's value positions to printed columns (see map_columns)."""
    n_val = set(band.values)

    def fits(p: int) -> set[int]:
        col = cols[p]
        if not col:
            return set()
        return {c for c, path in enumerate(band.paths) if path and _hmatch(col[-1], path[-1])
                and all(any(_hmatch(x, y) for y in path) for x in col)}

    match = [fits(p) for p in range(len(cols))]
    foreign = _foreign(t, cols)

    def spare(p: int, after: bool) -> bool:
        """Printed column ``p`` may be left out (before the first value column / after it)."""
        if foreign[p]:
            return True
        if not cols[p]:
            return not valued[p]
        if after:
            return bool(match[p] - n_val - band.labels)  # the rest of a merged header
        return bool(match[p] & band.labels)

    sols: list[tuple[int, ...]] = []

    def walk(k: int, start: int, got: tuple[int, ...]) -> None:
        if len(sols) > 64:
            return
        if k == len(band.values):
            if all(spare(p, True) for p in range(start, len(cols))):
                sols.append(got)
            return
        for p in range(start, len(cols)):
            if band.values[k] in match[p]:
                walk(k + 1, p + 1, got + (p,))
            if not spare(p, k > 0):
                break

    walk(0, 0, ())
    return sols


def _foreign(t: TableSpec, cols: list[tuple[str, ...]]) -> list[bool]:
    """Per printed column: its header names no column of the table (备注, 序号, 合计)."""
    texts = frozenset().union(*(b.texts for b in _bands(t)))
    return [bool(col) and not any(_hmatch(col[-1], y) for y in texts) for col in cols]


def _rebuild(t: TableSpec, band: _Band, cols, sol: tuple[int, ...], under: list[list[str]]):
    """The rows under a band on the official grid: value cells from their printed columns, the label
    cells (left of the first value column, without 序号-like columns and numbers) right-aligned in
    the label columns, so the deepest label stays the deepest."""
    first = sol[0]
    used = set(sol)
    foreign = _foreign(t, cols)
    left_out = [cols[p][-1] for p in range(len(cols)) if p not in used and foreign[p]]
    rows = []
    for r in under:
        new = [""] * t.n_cols
        for c, p in zip(band.values, sol):
            new[c] = r[p]
        labels: list[str] = []
        for p in range(first):
            x = r[p]
            if foreign[p] or not x.strip() or classify(x).kind in (NUM, NA):
                continue
            if not labels or norm(labels[-1]) != norm(x):
                labels.append(x)
        labels = labels[-t.label_cols:] if t.label_cols else []
        new[t.label_cols - len(labels):t.label_cols] = labels
        rows.append(new)
    return rows, left_out


# ------------------------------------------------------------------ cells placed by drawn overlap

def place_by_overlap(rows: list[list[str]], t: TableSpec, notes: list[ImportNote] | None = None,
                     keep_refused: bool = False) -> list[list[str]] | None:
    """Rows of a table whose grid positions are drawn (a PDF's ruling, ``Grid.edges``) put on the
    official grid by where their cells are drawn under the column headers.

    The reader's grid is the union of every row's column lines. When the header rows and the body
    rows were drawn with different column edges (LibreOffice draws a clerk's Word 表三 so), the
    union has more positions than columns and a body cell starts half a column left of its header:
    placement by position picks the wrong neighbour. Here each official value column is where its
    name (自然人 … 总计) is drawn, found at exactly one cell of the grid; every cell of a row goes to
    the header column it overlaps most — counted against the narrower of the two — when it covers
    more than half of exactly one column. A number covering no column or several, or two numbers
    under one column, is not read: the row's numbers are left blank with a note. Cells left of the
    value columns are the labels; cells right of them, or numbers left of them (a 序号 or 合计
    column, a remark), are no cells of the official table.

    Returns None when no row carries drawn edges (or the table has no label columns); groups of
    rows (one reader's grid each) whose header is not found are returned unchanged. With
    ``keep_refused`` (a Word table's widths: its cells are also cells in order, which the grid
    reader reads) only rows with a number off every header column's line are placed; a row whose
    numbers all start on header columns' lines, or whose numbers are not placed, is returned
    unchanged, without a note."""
    # a row the structured reader reduced to its block's cells (``full``) is placed from the whole row
    given, rows = rows, [getattr(r, "full", None) or r for r in rows]
    wide = [i for i, r in enumerate(rows) if len(r) > t.n_cols and getattr(r, "edges", None)]
    if not wide or t.label_cols == 0:
        return None
    named: dict[int, set[str]] = {}
    for c in t.cells:
        named.setdefault(c.grid[1], set()).add(norm(c.col_name))
    if any(len(v) != 1 for v in named.values()):
        return None  # the columns have other names block by block (表二): no one header row
    by_pos = {k: next(iter(v)) for k, v in named.items()}
    order = sorted(by_pos)
    names = [by_pos[k] for k in order]
    if len(set(names)) != len(names):
        return None
    first = order[0]
    groups: dict[tuple[float, ...], list[int]] = {}
    for i in wide:
        groups.setdefault(tuple(rows[i].edges), []).append(i)
    out = list(given)
    for edges, idx in groups.items():
        if any(len(rows[i]) + 1 != len(edges) for i in idx):
            continue

        def extent(r, p: int, edges=edges) -> tuple[float, float]:
            q = p + 1
            while q < len(r) and q in r.cont:
                q += 1
            return edges[p], edges[q]

        for part in _header_parts(rows, idx, set(names)):
            found: dict[str, set[tuple[float, float]]] = {}
            for i in part:
                r = rows[i]
                for p, x in enumerate(r):
                    n = norm(x)
                    if n in by_pos.values() and p not in r.cont:
                        found.setdefault(n, set()).add(extent(r, p))
            _wrapped_names(rows, part, set(names), extent, found)
            for n, got in found.items():
                # one header cell merged over two header rows whose lines LibreOffice draws a few
                # points apart row by row (总计 at 506.9–538 beside 法人或其他组织, at 509.2–538
                # beside 其他): the narrowest, when every pair overlaps by most of the narrower
                if len(got) > 1 and all(min(b1, b2) - max(a1, a2) > 0.8 * min(b1 - a1, b2 - a2)
                                        for (a1, b1) in got for (a2, b2) in got):
                    found[n] = {min(got, key=lambda e: e[1] - e[0])}
            if any(len(found.get(n, ())) != 1 for n in names):
                continue
            heads = [next(iter(found[n])) for n in names]
            if any(a[1] > b[0] + _EDGE_TOL for a, b in zip(heads, heads[1:])):
                continue  # not in order, or overlapping: not one header
            aside = _serial_extents([rows[i] for i in part], heads, extent)
            ref = _header_cells([rows[i] for i in part], heads, extent)
            for i in part:
                if keep_refused and _on_header_lines(rows[i], heads, extent):
                    continue
                mine: list[ImportNote] = []
                placed = _overlap_row(rows[i], t, first, heads, extent, mine if keep_refused else notes, aside, ref)
                if not (keep_refused and mine):
                    out[i] = placed
    return out


def _on_header_lines(r, heads: list[tuple[float, float]], extent) -> bool:
    """Every number or mark of row ``r`` over the value columns starts where a header column
    starts (a 序号 left of them or a 合计 right of them is no value cell)."""
    lo, hi = heads[0][0] - _EDGE_TOL, heads[-1][1] + _EDGE_TOL
    return all(any(abs(x0 - a) <= _EDGE_TOL for a, _b in heads)
               for p, x in enumerate(r) if p not in r.cont and classify(x).kind in (NUM, NA)
               for x0, x1 in [extent(r, p)] if x1 > lo and x0 < hi)


def _wrapped_names(rows, part: list[int], names: set[str], extent, found: dict[str, set[tuple[float, float]]]) -> None:
    """Column names cut into two grid rows of the header (a header row broken by the page break,
    its last characters in a row of their own: "商业企" over "业"): the texts of one drawn cell in
    two consecutive header rows (no number in either) that together are a name, which neither is
    alone, count as that name where they are drawn."""
    def plain(i: int) -> bool:
        return not any(classify(x).kind in (NUM, NA) for x in rows[i])

    for i, j in zip(part, part[1:]):
        if j != i + 1 or not plain(i) or not plain(j):
            continue
        a, b = rows[i], rows[j]
        for p in range(min(len(a), len(b))):
            if p in a.cont or p in b.cont or extent(a, p) != extent(b, p):
                continue
            joined = norm(a[p] + b[p])
            if joined in names and norm(a[p]) not in names and norm(b[p]) not in names and norm(b[p]):
                found.setdefault(joined, set()).add(extent(a, p))


def _header_parts(rows: list[list[str]], idx: list[int], names: set[str]) -> list[list[int]]:
    """The rows ``idx`` of one drawn grid cut where the table's header is printed again (repeated at
    the top of each page, drawn there on column edges of its own: the grid is the union of both
    pages' lines, so a name such as 自然人 stands at two places of it). Each part is one header band
    with the rows below it, up to the rows without numbers before the next band; rows above the
    first band go with it. One band: one part, every row."""
    def named(i: int) -> bool:
        r = rows[i]
        return any(norm(x) in names for p, x in enumerate(r) if p not in r.cont)

    def valued(i: int) -> bool:
        return any(classify(x).kind in (NUM, NA) for x in rows[i])

    starts = []  # positions in idx where a band begins
    body = True  # a row with numbers came since the last name row
    for k, i in enumerate(idx):
        if named(i) and not valued(i):
            if body:
                starts.append(k)
            body = False
        elif valued(i):
            body = True
    if len(starts) <= 1:
        return [idx]
    cuts = [0]
    for k in starts[1:]:
        j = k
        while j > cuts[-1] and not valued(idx[j - 1]):
            j -= 1  # the band's title rows ("单位：件", a group header) go with it
        cuts.append(j)
    cuts.append(len(idx))
    return [idx[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


_EDGE_TOL = 1.0  # points: drawn lines this close are the same line


def _serial_extents(rows, heads: list[tuple[float, float]], extent) -> list[tuple[float, float]]:
    """Where a column numbering the rows (序号) is drawn: the cells holding a number left of the
    value columns, before any label text of the row, in rows that have values (``_overlap_row``
    reads no such number)."""
    out: set[tuple[float, float]] = set()
    for r in rows:
        cells = [(x, *extent(r, p)) for p, x in enumerate(r) if p not in r.cont]
        kinds = [classify(x).kind for x, *_ in cells]
        if not any(k in (NUM, NA) and x0 >= heads[0][0] - _EDGE_TOL for k, (_x, x0, _x1) in zip(kinds, cells)):
            continue
        # a 序号 stands before the row's labels: a number after a label text is none (a value cell
        # of a row drawn a column left of its header)
        out.update((x0, x1) for j, (k, (_x, x0, x1)) in enumerate(zip(kinds, cells))
                   if k == NUM and x1 <= heads[0][0] + _EDGE_TOL and OTHER not in kinds[:j])
    return sorted(out)


def _in_serial(x: str, x0: float, x1: float, aside: list[tuple[float, float]]) -> bool:
    """A text left of the value columns that stands in the 序号 column (its header, "序" / "号" of a
    wrapped one): no label of the row."""
    if norm(x) in SERIAL_HEADS:
        return True
    return any(max(0.0, min(x1, b) - max(x0, a)) > 0.5 * max(x1 - x0, 1e-6) for a, b in aside)


def _header_cells(rows, heads: list[tuple[float, float]], extent) -> tuple[list[tuple[float, float]], list[int]] | None:
    """The drawn cells of the lowest header row (above the first row with a number) that has a cell
    at every value column's header: their extents and the index of each value column among them
    (see ``_by_cell_order``). None when no header row is so."""
    head_rows: list = []
    for r in rows:
        if any(classify(x).kind in (NUM, NA) for x in r):
            break
        head_rows.append(r)
    for r in reversed(head_rows):
        own = [p for p in range(len(r)) if p not in r.cont]
        ext = [extent(r, p) for p in own]
        idx = [next((k for k, (x0, x1) in enumerate(ext) if abs(x0 - a) <= _EDGE_TOL and abs(x1 - b) <= _EDGE_TOL), None)
               for a, b in heads]
        if None not in idx:
            return ext, [k for k in idx if k is not None]
    return None


def _by_cell_order(cells: list[tuple[str, float, float]], kinds: list[str],
                   ref: tuple[list[tuple[float, float]], list[int]]) -> tuple[list[str], dict[int, str]] | None:
    """A row drawn on column edges of its own (a table's part on the next page that LibreOffice draws
    with other column widths, shifted by a column or more against the header): read cell by cell in
    order. The header row ``ref`` (``_header_cells``) has m cells from its first value column to the
    table's right edge (the value columns and any 备注/合计 column after them); when the row ends at
    the same right edge and starts at the same left edge, its last m cells are under those header
    cells one by one — only when each is about as wide as its header cell (0.5–2×: a cell merged
    over two columns, or a label cell taken for a value cell, is not), the cell right before them
    holds the row's label (not an empty spacer: the spacer could be on either side), and no number
    or mark stands among the labels. Returns the labels and the values by
    value column, or None (the row is then placed by overlap)."""
    ext, idx = ref
    m = len(ext) - idx[0]
    lead = len(cells) - m  # the row's label cells
    if lead < 1 or abs(cells[0][1] - ext[0][0]) > _EDGE_TOL or abs(cells[-1][2] - ext[-1][1]) > _EDGE_TOL:
        return None
    mine, theirs = cells[lead:], ext[idx[0]:]
    if all(abs(x0 - a) <= _EDGE_TOL and abs(x1 - b) <= _EDGE_TOL for (_x, x0, x1), (a, b) in zip(mine, theirs)):
        return None  # on the header's own edges: placed by overlap
    if any(not 0.5 <= (x1 - x0) / max(b - a, 1e-6) <= 2.0 for (_x, x0, x1), (a, b) in zip(mine, theirs)):
        return None
    if any(kinds[k] in (NUM, NA) for k in range(1, lead)) or kinds[0] == NA or \
            kinds[0] == NUM and (not SERIAL.match(norm(cells[0][0])) or OTHER not in kinds[1:lead]):
        # a number among the labels: placed by overlap. A number in the row's first cell before
        # its label texts is its 序号 (the column numbering the rows, left of the labels) and no
        # value: it does not say which cell is which
        return None
    if kinds[lead - 1] != OTHER and not _spacer_pair(cells, kinds, lead, ext, idx[0]):
        return None  # an empty cell before the value cells: a spacer, and which cell is which is not known
    labels = [cells[k][0] for k in range(lead) if kinds[k] == OTHER]
    if not labels:
        return None
    return labels, {j: cells[lead + k - idx[0]][0] for j, k in enumerate(idx) if kinds[lead + k - idx[0]] != EMPTY}


def _spacer_pair(cells: list[tuple[str, float, float]], kinds: list[str], lead: int,
                 ext: list[tuple[float, float]], first: int) -> bool:
    """The row's empty cell right before its value cells is the same spacer column as the header's
    cell right before its first value column (a clerk's empty column after the labels, which
    LibreOffice draws on the next page with other widths, like the rest of the row): both narrow
    — narrower than four fifths of every value cell of their row — and about as wide as each other
    (0.5–2×), with the row's label right before it. A value column printed empty is as wide as
    the other value cells, so it is never taken for the spacer."""
    if lead < 2 or first < 1 or kinds[lead - 1] != EMPTY or kinds[lead - 2] != OTHER:
        return False
    w = cells[lead - 1][2] - cells[lead - 1][1]
    h = ext[first - 1][1] - ext[first - 1][0]
    if w <= 0 or h <= 0 or not 0.5 <= w / h <= 2.0:
        return False
    return w < 0.8 * min(x1 - x0 for _x, x0, x1 in cells[lead:]) and \
        h < 0.8 * min(b - a for a, b in ext[first:])


def _overlap_row(r, t: TableSpec, first: int, heads: list[tuple[float, float]], extent,
                 notes: list[ImportNote] | None, aside: list[tuple[float, float]] = (),
                 ref: tuple[list[tuple[float, float]], list[int]] | None = None) -> list[str]:
    """One row of ``place_by_overlap`` on the official grid (see there); ``aside``: where a 序号
    column is drawn (``_serial_extents``); ``ref``: the header row's drawn cells (``_header_cells``)."""
    cells = [(x, *extent(r, p)) for p, x in enumerate(r) if p not in r.cont]
    kinds = [classify(x).kind for x, *_ in cells]
    ordered = _by_cell_order(cells, kinds, ref) if ref and any(k in (NUM, NA) for k in kinds) else None
    refused = False
    for k, (x, x0, x1) in enumerate(cells):
        if kinds[k] in (NUM, NA) and x1 <= heads[0][0] + _EDGE_TOL and OTHER in kinds[:k] and ordered is None:
            # a number left of the value columns but right of the row's label (a 序号 stands before
            # the labels): the row's cells are drawn on edges of their own (a body shifted a column
            # against its header) and which column each number is under is not known
            refused = True
        if kinds[k] in (NUM, NA) and (x1 <= heads[0][0] + _EDGE_TOL or x0 >= heads[-1][1] - _EDGE_TOL):
            kinds[k] = EMPTY  # a number beside the value columns (序号 left of them, 合计 right): no official cell
        elif kinds[k] == OTHER and x1 <= heads[0][0] + _EDGE_TOL and _in_serial(x, x0, x1, aside):
            kinds[k] = EMPTY  # the 序号 column's header: no label
    nums = [k for k, kind in enumerate(kinds) if kind in (NUM, NA)]
    labels: list[str] = []
    vals: dict[int, str] = {}

    def shares(k: int) -> list[float]:
        _x, x0, x1 = cells[k]
        return [max(0.0, min(x1, b) - max(x0, a)) / max(min(x1 - x0, b - a), 1e-6) for a, b in heads]

    def label(x: str) -> None:
        if not labels or norm(labels[-1]) != norm(x):
            labels.append(x)

    if ordered is not None:
        for x in ordered[0]:
            label(x)
        vals = ordered[1]
    elif nums:
        # the row's labels are its texts before its first number; its value cells come after them
        texts = [k for k in range(nums[0]) if kinds[k] == OTHER]
        for k in texts:
            label(cells[k][0])
        start = texts[-1] + 1 if texts else 0
        # the row's own cells after the label, without cells beyond the value columns (a 备注) and
        # empty spacers before them: as many as the header has columns, they are its columns in
        # order — the body drawn on column edges of its own (LibreOffice), each cell still one column
        own = [k for k in range(start, len(cells)) if cells[k][1] < heads[-1][1] - _EDGE_TOL
               and not (kinds[k] == EMPTY and cells[k][2] <= heads[0][0] + _EDGE_TOL)]
        own = _trim_spacers(own, kinds, nums, len(heads), cells)
        if texts and len(own) == len(heads) and set(nums) <= set(own) and \
                all(abs((cells[k][1] + cells[k][2]) - (a + b)) / 2 < 1.5 * (b - a) for k, (a, b) in zip(own, heads)):
            vals = {j: cells[k][0] for j, k in enumerate(own) if kinds[k] != EMPTY}
        else:
            # an empty cell after the label, left of the value columns, as wide as a value column
            # and drawn where no header cell is: the row is drawn on column edges of its own, a
            # column left of the header (its 自然人 printed empty beside a spacer), and each of its
            # numbers would be placed by overlap one column off
            header_cells = ref[0] if ref else []
            narrowest = min(b - a for a, b in heads)
            refused = refused or any(
                kinds[k] == EMPTY and cells[k][2] <= heads[0][0] + _EDGE_TOL
                and cells[k][2] - cells[k][1] >= 0.8 * narrowest
                and not any(abs(cells[k][1] - a) <= _EDGE_TOL and abs(cells[k][2] - b) <= _EDGE_TOL for a, b in header_cells)
                for k in range(start, len(cells))) and bool(nums)
            taken: set[int] = set()  # columns an empty cell of the row is drawn under
            for k in range(start, len(cells)):
                share = shares(k)
                over = [j for j, v in enumerate(share) if v > 0.5]
                if kinds[k] == EMPTY:
                    # the row's empty cells are drawn cells too: two cells under one column mean
                    # the body is shifted against the header (a spacer, a column off), not placed
                    if len(over) == 1:
                        refused = refused or over[0] in taken or over[0] in vals
                        taken.add(over[0])
                    continue
                if len(over) == 1 and over[0] not in vals and over[0] not in taken:
                    vals[over[0]] = cells[k][0]
                elif kinds[k] != OTHER and (over or any(share)):
                    refused = True  # a number between columns or over several: its column is not known
    else:
        for k, (x, x0, x1) in enumerate(cells):
            if kinds[k] == EMPTY:
                continue
            share = shares(k)
            over = [j for j, v in enumerate(share) if v > 0.5]
            if over or (any(share) and x0 > heads[0][0] - _EDGE_TOL):
                # text over the value columns (a header): where it starts, or the column it overlaps most
                vals.setdefault(over[0] if over else max(range(len(share)), key=share.__getitem__), x)
            elif x1 <= heads[0][0] + _EDGE_TOL or x0 < heads[0][0] - _EDGE_TOL:
                # left of the value columns, or starting left of them and reaching into the first
                # one by less than half (a body drawn on column edges of its own): the row's label
                label(x)
    labels = labels[-first:]
    new = [""] * (first - len(labels)) + labels + [""] * (t.n_cols - first)
    if refused:
        cells_ = _row_cells(t, next((norm(x) for x in reversed(labels) if norm(x)), ""))
        if notes is not None:
            notes.append(ImportNote("ambiguous", f"{t.name}“{labels[-1].strip() if labels else '?'}”一行的数字在 PDF 中"
                                    f"所画的位置与列标题对不上（表头和表体的列线不一致），无法确定属于哪一列，"
                                    f"这一行的数字未读取，请按原文填写。", cells_))
        return new
    order = sorted({c.grid[1] for c in t.cells})
    for k, c in enumerate(order):
        if k in vals:
            new[c] = vals[k]
    return new


def _trim_spacers(own: list[int], kinds: list[str], nums: list[int], n: int,
                  cells: list[tuple[str, float, float]]) -> list[int]:
    """A row's cells after its label without the empty spacer cells before or after its numbers (a
    spacer column LibreOffice draws after the labels), when that leaves ``n``: narrow empty cells
    first (a spacer is narrower than the value cells), else the empty cells of the one side that
    has any; otherwise unchanged."""
    extra = len(own) - n
    if extra <= 0 or not nums:
        return own
    widths = sorted(cells[k][2] - cells[k][1] for k in own)
    typical = widths[len(widths) // 2]
    lead = next((j for j, k in enumerate(own) if kinds[k] != EMPTY), len(own))
    narrow = [j for j in range(lead) if cells[own[j]][2] - cells[own[j]][1] < 0.8 * typical]
    if len(narrow) == extra:
        return [k for j, k in enumerate(own) if j not in narrow]
    trail = next((j for j, k in enumerate(reversed(own)) if kinds[k] != EMPTY), len(own))
    if lead >= extra and trail == 0:
        return own[extra:]
    if trail >= extra and lead == 0:
        return own[:-extra]
    return own


def _row_cells(t: TableSpec, label: str) -> list[str]:
    """The cells of the official row printed with ``label`` (normalised), if it names one row."""
    hits = [r for r in table_rows(t) if label and (label == norm(r.label) or label in short_forms(r.label))]
    return [c.id for c in hits[0].cells] if len(hits) == 1 else []
