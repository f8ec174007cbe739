"""After a table is read: which of its identities (row sums, 表三's column identity, 表四's blocks)
the imported values break, and whether that is the source's own error or an uncertain reading.

A value read directly — separated clearly from its neighbours in the source, or from a real table
cell — that breaks an identity is what the report prints: a real error of the report, kept as
printed for the checks to show. When one of the cells involved was placed by inference (digits
split by arithmetic, numbers matched to rows by order, a variant label), the import report says
that the reading may be the cause.
"""

from __future__ import annotations

from ..core.document import Document
from ..core.values import BLANK
from .base import ImportNote

#: how a cell was placed (resolve.Ctx.placed) that counts as read directly from the source
DIRECT = frozenset({"ok", "positional"})


def relations(doc: Document, tables: set[str]):
    """(cells of the left side, cells of the right side, description) of every identity."""
    spec = doc.spec
    for s in spec.sums:
        if spec.cells[s.target].table in tables:
            yield list(s.parts), [s.target], spec.cells[s.target]
    if "t3" in tables:
        t = spec.table("t3")
        codes = set(t.row_codes)
        if {"new", "carried", "results_total", "carry_next"} <= codes:
            for col in t.col_codes:
                yield ([t.cell_id("new", col), t.cell_id("carried", col)],
                       [t.cell_id("results_total", col), t.cell_id("carry_next", col)], None)


def identity_notes(doc: Document, tables: set[str], placed: dict[str, str] | None = None) -> list[ImportNote]:
    placed = placed or {}
    sure: list[str] = []
    unsure: list[str] = []
    cells_sure: list[str] = []
    cells_unsure: list[str] = []
    for left, right, target in relations(doc, tables):
        vals = [doc.value(c) for c in left + right]
        if not all(v.is_number for v in vals):
            continue
        a = sum(doc.value(c).number for c in left)
        b = sum(doc.value(c).number for c in right)
        if a == b:
            continue
        if target is not None:
            name = target.col_name if target.table == "t4" else target.row_name
            what = f"{doc.spec.table(target.table).name}“{name}”：各项之和 {a}，原文总计 {b}"
        else:
            col = doc.spec.cells[left[0]].col_name
            what = f"表三“{col}”列：本年新收＋上年结转＝{a}，办理结果总计＋结转下年度＝{b}"
        inferred = [c for c in left + right if placed.get(c, "ok") not in DIRECT]
        if inferred:
            unsure.append(what)
            cells_unsure.extend(left + right)
        else:
            sure.append(what)
            cells_sure.extend(left + right)
    notes = []
    if sure:
        notes.append(ImportNote("warning", f"原文本身的数字不符合勾稽关系（{len(sure)} 处，如 " + "；".join(sure[:3])
                                + "）：这些数字在原文中分隔清楚，按原文导入，检查会把它们列为错误。", tuple(dict.fromkeys(cells_sure)),
                                kind="source"))
    if unsure:
        notes.append(ImportNote("ambiguous", f"导入后有 {len(unsure)} 处不符合勾稽关系（如 " + "；".join(unsure[:3])
                                + "），其中有按推断放置的数字（连写拆分或按顺序对应），可能是读取有误，请对照原文核对。",
                                tuple(dict.fromkeys(cells_unsure)), kind="uncertain"))
    return notes


def drop_mark_totals(doc: Document, tables: set[str]) -> list[ImportNote]:
    """A total that holds words ("无", "不适用") while every one of its parts is a number is no
    reading of the form (a total of numbers is a number): a cell of another column taken into the
    total (a 备注 column's "无" one column over). It is left blank with a note, never kept. A dash
    or slash there is a clerk's "not stated" and stays as printed."""
    dropped: list[str] = []
    for s in doc.spec.sums:
        target = doc.spec.cells[s.target]
        if target.table not in tables:
            continue
        v = doc.value(s.target)
        if v.is_blank or v.is_number or not all(doc.value(p).is_number for p in s.parts):
            continue
        if not set(v.text.strip()) - set("-－—–/／\\ "):
            continue  # a dash or slash: a clerk's "not stated" in the total, kept as printed
        doc._put(s.target, BLANK)
        dropped.append(s.target)
    if not dropped:
        return []
    names = "、".join(f"{doc.spec.table(doc.spec.cells[c].table).name}“{doc.spec.cells[c].row_name}”"
                     if doc.spec.cells[c].table != "t4" else f"表四“{doc.spec.cells[c].col_name}”" for c in dropped[:4])
    return [ImportNote("ambiguous", f"{names}{'等' if len(dropped) > 4 else ''}的合计读到的是文字或符号，而各项都是数字，"
                       "可能是相邻栏（如备注）的内容错位，已留空，请按原表填写。", tuple(dropped), kind="blanked")]
