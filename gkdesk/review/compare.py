"""Year-over-year comparison of one unit's reports (`gkdesk compare LAST THIS`, the summary sheet).

`compare_documents(last, this)` lists every table figure that changed, marks large swings
(×5 or more, ÷5 or less, from 0 to a number of at least MIN_SWING_BASE, or to 0 from one) and
the carry-over breaks per 表三 column (this year's 二、上年结转 ≠ last year's 四、结转下年度继续办理).
表二 is compared only when both years use the same format (its quantities changed in 2021); 表三
and 表四 have the same cells in both formats. Blank and non-numeric cells are shown as they are,
never as 0. No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..core.document import Document
from ..core.values import CellValue, canonical

SWING_FACTOR = 5
MIN_SWING_BASE = 10  # 0 → 3 is not a "swing" worth a flag; 0 → 10 is


@dataclass(frozen=True)
class Change:
    cell: str  # cell id
    table: str  # "表三"
    name: str  # cell name
    last: str  # as written ("" blank)
    this: str
    delta: Decimal | None  # this − last when both are numbers
    flag: str = ""  # "大幅增加" | "大幅减少" | "结转不衔接" | ""
    note: str = ""  # Chinese explanation of the flag

    def as_row(self) -> tuple:
        return (self.table, self.name, self.last or "空白", self.this or "空白",
                "" if self.delta is None else canonical(self.delta), self.flag, self.note)


ROW_HEADERS = ("表", "项目", "上年", "本年", "增减", "标记", "说明")


def _text(v: CellValue) -> str:
    return v.text if not v.is_blank else ""


def _swing(a: Decimal, b: Decimal) -> str:
    if a == b:
        return ""
    if a == 0:
        return "大幅增加" if b >= MIN_SWING_BASE else ""
    if b == 0:
        return "大幅减少" if a >= MIN_SWING_BASE else ""
    if a > 0 and b >= a * SWING_FACTOR:
        return "大幅增加"
    if b > 0 and a >= b * SWING_FACTOR:
        return "大幅减少"
    return ""


def compare_documents(last: Document, this: Document) -> list[Change]:
    """Every changed figure and every carry-over break, in report order (breaks first per column)."""
    out: list[Change] = []
    spec = this.spec
    same_format = last.format_id == this.format_id
    t3 = spec.table("t3")
    for col in t3.col_codes:
        now = this.value(t3.cell_id("carried", col))
        before = last.value(t3.cell_id("carry_next", col))
        if now.is_number and before.is_number and now.number != before.number:
            c = spec.cells[t3.cell_id("carried", col)]
            out.append(Change(c.id, t3.name, f"{c.name}（上年“结转下年度继续办理”）", before.text, now.text,
                              now.number - before.number, "结转不衔接",
                              f"上年报告结转下年度{before.text}件，本年报告上年结转{now.text}件"))
    for cid, c in spec.cells.items():
        if c.table == "t2" and not same_format:
            continue
        if cid not in last.spec.cells:
            continue
        a, b = last.value(cid), this.value(cid)
        if _text(a) == _text(b):
            continue
        delta = b.number - a.number if a.is_number and b.is_number else None
        flag = _swing(a.number, b.number) if delta is not None else ""
        note = ""
        if flag:
            note = f"由{a.text}变为{b.text}"
        out.append(Change(cid, spec.table(c.table).name, c.name, _text(a), _text(b), delta, flag, note))
    return out


def summary_line(changes: list[Change]) -> str:
    n = sum(1 for c in changes if c.flag != "结转不衔接")
    swings = sum(1 for c in changes if c.flag in ("大幅增加", "大幅减少"))
    breaks = sum(1 for c in changes if c.flag == "结转不衔接")
    return f"{n}个数字有变化，其中大幅变化{swings}个；结转不衔接{breaks}列"


def unit_key(doc: Document) -> str:
    from .duplicates import normalize_agency

    return normalize_agency(doc.meta.agency)


def pair_by_unit(last_docs: list[tuple[str, Document]], this_docs: list[tuple[str, Document]]):
    """[(unit, last (path, doc) | None, this (path, doc) | None)] matched by agency name."""
    lasts: dict[str, tuple[str, Document]] = {}
    for p, d in last_docs:
        lasts.setdefault(unit_key(d), (p, d))
    out = []
    seen = set()
    for p, d in this_docs:
        k = unit_key(d)
        out.append((d.meta.agency or p, lasts.get(k), (p, d)))
        seen.add(k)
    for k, (p, d) in lasts.items():
        if k not in seen:
            out.append((d.meta.agency or p, (p, d), None))
    return out
