"""GK1xx: every value cell holds a number of the right kind."""

from __future__ import annotations

from ...core.values import State, decimals
from ..finding import Hit, Severity
from ..memo import shared
from ..registry import check
from .structure import active_foreign_rows

MAX_DECIMALS = 6  # 0.000001万元 = 1分: an amount in 元 and 分 converted to 万元 needs 6


def _scan(doc) -> dict[State, list]:
    """One pass over the value cells, shared by GK101–GK106: (cell, value) grouped by state, in
    report order."""
    out: dict[State, list] = {State.BLANK: [], State.NUMBER: [], State.NA: [], State.TEXT: []}
    values = doc.cells
    for c in doc.spec.cells.values():
        v = values.get(c.id)
        if v is None:
            out[State.BLANK].append((c, v))
        else:
            out[v.state].append((c, v))
    return out


def _cells_in(doc, state: State) -> list:
    return shared(doc, "cells.scan", _scan)[state]


def _typed_numbers(doc) -> list:
    """Number cells except automatic totals: an auto total is negative or fractional only because
    a part is, and that part's finding is the one to fix (one mistake, one finding)."""
    return shared(doc, "cells.typed_numbers",
                  lambda d: [(c, v) for c, v in _cells_in(d, State.NUMBER) if not d.is_auto(c.id)])


@check("GK101", Severity.WARNING, "单元格空白", reads=("t2", "t3", "t4"), explainable=False)
def check_no_blank_cells(doc):
    """What it checks: no value cell is left blank; a blank is never read as 0.

    One finding per table row. Auto totals whose parts are all blank are not counted: the
    parts are. A warning, not an error: no national text requires 0 (format-spec.md §7, §11 item
    3), published reports of high-level offices leave zero cells blank, and a blank in an imported
    report often means the importer could not read the cell; the arithmetic checks skip blank
    cells, so the finding stays until the cell is filled. How to fix: type 0 where there was
    nothing (“空白填0” fills every blank cell of the table at once).
    """
    rows: dict[tuple[str, str], list] = {}
    # sub-rows an imported report printed as one row of the other format: GK612 reports them, once
    # (a row only printed under the other format's label has its own blanks: still GK101's)
    foreign = {c for r, cells in active_foreign_rows(doc) if not r.get("into") for c in cells}
    for c, _v in _cells_in(doc, State.BLANK):
        if not doc.is_auto(c.id) and c.id not in foreign:
            rows.setdefault((c.table, c.row), []).append(c)
    for (table, _row), cells in rows.items():
        t = doc.spec.table(table)
        # 表四 has no row labels: name the column group(s) instead ("行政复议").
        groups = list(dict.fromkeys(c.col_labels[-2] for c in cells if len(c.col_labels) > 1))
        where = cells[0].row_name or "、".join(groups) or t.title
        n = len(cells)
        what = f"“{cells[0].name}”空白" if n == 1 else f"“{where}”有{n}个单元格空白"
        yield Hit(f"{t.name}{what}；没有数据请填0，不要留空", cells=tuple(c.id for c in cells))


@check("GK102", Severity.ERROR, "单元格内容不是数字", reads=("t2", "t3", "t4"), cause=True)
def check_text_in_number_cell(doc):
    """What it checks: a value cell holds text that is not a number (e.g. "约10", "12件")."""
    for c, v in _cells_in(doc, State.TEXT):
        yield Hit(f"“{c.name}”的内容“{v.text}”不是数字", cells=(c.id,))


@check("GK103", Severity.WARNING, "单元格填写了“—”等符号", reads=("t2", "t3", "t4"))
def check_na_marker(doc):
    """What it checks: a value cell marked as not applicable ("—", "-", "/", "无", "不适用") instead of a
    number. The official tables have no not-applicable cells, so this is a warning, not the error of
    GK102 (text in a number cell). How to fix: type 0 where there was nothing to count."""
    for c, v in _cells_in(doc, State.NA):
        yield Hit(f"“{c.name}”填写了“{v.text}”；官方表格应填数字，没有数据请填0", cells=(c.id,))


@check("GK104", Severity.ERROR, "件数为负数", reads=("t2", "t3", "t4"), cause=True)
def check_count_not_negative(doc):
    """What it checks: counts (件/个) are not negative (only 2019 本年增/减 may be)."""
    for c, v in _typed_numbers(doc):
        if v.text[:1] == "-" and c.kind in ("count", "amount") and v.number < 0:  # text is canonical
            yield Hit(f"“{c.name}”为负数（{v.text}），此处不能为负", cells=(c.id,))


@check("GK105", Severity.ERROR, "件数不是整数", reads=("t2", "t3", "t4"), cause=True)
def check_count_whole(doc):
    """What it checks: counts (and 本年增/减) are whole numbers."""
    for c, v in _typed_numbers(doc):
        if "." in v.text and c.kind in ("count", "signed") and v.number != v.number.to_integral_value():
            yield Hit(f"“{c.name}”应为整数，填写的是{v.text}", cells=(c.id,))


@check("GK106", Severity.ERROR, "金额小数位过多", reads=("t2", "t3", "t4"), cause=True)
def check_amount_decimals(doc):
    """What it checks: amounts in 万元 have at most 6 decimals (0.000001万元 = 1分; an amount in 元 and
    分 converted to 万元 has 6). How to fix: round to the 分 (6 decimals) or, as is usual, to the 元 (4)."""
    for c, v in _typed_numbers(doc):
        if "." in v.text and c.kind == "amount" and decimals(v.number) > MAX_DECIMALS:
            unit = f"（单位：{c.unit}）" if "单位" not in c.name else ""  # the label may already say it
            yield Hit(f"“{c.name}”最多保留{MAX_DECIMALS}位小数{unit}，填写的是{v.text}", cells=(c.id,))
