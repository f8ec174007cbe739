"""Import stage for readers that see real tables (DOCX, HTML, PDF with ruling lines, XLSX).

``fill_from_rows(doc, rows, table_key)``: ``rows`` is the table as a list of rows, each a list of cell
texts (merged cells may be repeated or empty). Rows whose shape matches the official grid are read
cell by cell; the rest are read by label through the text stages (``tables.fill_t2/t3/t4``).
"""


from __future__ import annotations

from ..core.document import Document
from ..core.spec import TableSpec
from ..core.values import parse_value
from .base import ImportNote
from .locate import Finder, RowSpec, norm, other_format_forms, short_forms, table_rows
from .resolve import Ctx
from .rows import EMPTY, NA, NUM, OTHER, _val, classify
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
    rows = [[(c or "") for c in row] for row in rows]
    if _fill_grid(ctx, t, rows):
        return notes
    lines = ["\t".join(c.replace("\t", " ").replace("\n", "") if c.strip() else " " for c in row) for row in rows]
    fd = Finder("\n".join(lines))
    n = len(fd.text)
    {"t2": fill_t2, "t3": fill_t3, "t4": fill_t4}[table_key](ctx, fd, 0, n)
    return notes


def _fill_grid(ctx: Ctx, t: TableSpec, rows: list[list[str]]) -> bool:
    """Read rows laid out on the official grid; False if the rows are not on that grid."""
    import difflib

    grid_rows = [r for r in rows if len(r) == t.n_cols]
    if not grid_rows or len(grid_rows) < len(rows) / 2:
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
    for r in grid_rows:
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
                continue
            i = best
        # the grid row must have value cells where this row has them
        if i in done:
            continue
        if not any(classify(r[c.grid[1]]).kind in (NUM, NA) for c in specs[i].cells) and \
                all(norm(r[c.grid[1]]) == label for c in specs[i].cells):
            continue  # a header/title row that merely repeats the label
        done.add(i)
        _put_grid_row(ctx, specs[i], r)
        if label != keys[i] and label in other_format_forms(t.key, specs[i].label):
            record_other_label(ctx, specs[i], label)  # the other format's label ("规范性文件" in 2021)
    for g, r in group_only.items():
        _fill_group_row(ctx, specs, groups[g], g, r, done)
    off_grid = [r for r in rows if len(r) != t.n_cols]
    if off_grid and len(done) < len(specs):
        _fill_off_grid(ctx, t, specs, done, rows)
    missing = [c.id for i, s in enumerate(specs) if i not in done for c in s.cells]
    if missing:
        ctx.note("missing", f"{t.name}有 {len(set(missing)) // max(1, len(specs[0].cells))} 行在原表中未找到，已留空。", missing)
    return True


def _fill_off_grid(ctx: Ctx, t: TableSpec, specs: list[RowSpec], done: set[int], rows: list[list[str]]) -> None:
    """Rows of a real table that are not on the official grid (a part split off at a page break
    with other merges): read with the text engine from the whole table's text; only rows the grid
    reading did not find are taken, with the notes about them."""
    scratch = Document(ctx.doc.format_id)
    sub = Ctx(scratch, [])
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


def _put_grid_row(ctx: Ctx, row: RowSpec, cells: list[str]) -> None:
    for c in row.cells:
        f = classify(cells[c.grid[1]])
        if f.kind in (NUM, NA):
            ctx.put(c.id, _val(f))
        elif f.kind == OTHER:
            ctx.put(c.id, parse_value(cells[c.grid[1]].strip()))
            ctx.note("ambiguous", f"“{c.name}”单元格是文字“{cells[c.grid[1]].strip()}”，不是数字，按原样保留。", [c.id])
