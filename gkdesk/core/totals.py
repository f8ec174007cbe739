"""Derived totals (auto-total): compute a total cell from its parts as defined in the format."""

from __future__ import annotations

from decimal import Decimal

from .document import Document
from .values import BLANK, CellValue, State, number


def unreadable(doc: Document, cell_id: str, memo: dict[str, bool] | None = None) -> bool:
    """Has this auto total a part that is text or a not-applicable mark (directly, or through an
    auto total among its parts)? Such a total cannot be computed: it stays blank, never a
    partial sum."""
    if memo is not None and cell_id in memo:
        return memo[cell_id]
    s = doc.spec.defining_sum(cell_id)
    out = False
    if s is not None and doc.is_auto(cell_id):
        for p in s.parts:
            v = doc.value(p)
            if v.state in (State.TEXT, State.NA) or (doc.spec.cells[p].derived and unreadable(doc, p, memo)):
                out = True
                break
    if memo is not None:
        memo[cell_id] = out
    return out


def incomplete_totals(doc: Document, table: str | None = None) -> set[str]:
    """The auto totals (of one table, or all) that are not `complete`: a part (directly, or through
    an auto total among its parts) is not a number. One pass in derived order (parts before the
    totals over them; a total's parts are in its own table)."""
    bad: set[str] = set()
    cells = doc.cells
    manual = doc.manual
    spec = doc.spec
    for cid in spec.derived_order:
        if cid in manual or (table is not None and spec.cells[cid].table != table):
            continue
        for p in spec.defining_sum(cid).parts:  # type: ignore[union-attr]
            v = cells.get(p)
            if v is None or v.state is not State.NUMBER or p in bad:
                bad.add(cid)
                break
    return bad


def complete(doc: Document, cell_id: str) -> bool:
    """Is this cell a number that does not hide a missing part? A typed value is what it is; an
    auto total is complete when every part (through auto totals among them) is a number."""
    v = doc.value(cell_id)
    if not v.is_number:
        return False
    s = doc.spec.defining_sum(cell_id)
    if s is None or not doc.is_auto(cell_id):
        return True
    return all(complete(doc, p) for p in s.parts)


def compute(doc: Document, cell_id: str, values: dict[str, CellValue] | None = None,
            memo: dict[str, bool] | None = None) -> CellValue:
    """The value a derived cell should have: the sum of its numeric parts.

    Blank parts are skipped (the blank-cell check still flags them); if every part is blank,
    or any part is text or a not-applicable marker (also through an auto total among the
    parts), the total stays blank.
    """
    s = doc.spec.defining_sum(cell_id)
    if s is None:
        raise KeyError(f"{cell_id} is not a derived cell")
    memo = {} if memo is None else memo
    total = Decimal(0)
    seen = False
    for p in s.parts:
        v = values[p] if values is not None and p in values else doc.value(p)
        if v.state is State.NUMBER:
            total += v.number  # type: ignore[operator]
            seen = True
        elif v.state is not State.BLANK or (doc.spec.cells[p].derived and unreadable(doc, p, memo)):
            return BLANK
    return number(total) if seen else BLANK


def auto_updates(doc: Document, overwrite: bool = False) -> dict[str, CellValue]:
    """New values for every auto derived cell (all derived cells if `overwrite`) that would change."""
    current: dict[str, CellValue] = {}
    out: dict[str, CellValue] = {}
    memo: dict[str, bool] = {}
    for cid in doc.spec.derived_order:
        if not overwrite and cid in doc.manual:
            continue
        new = compute(doc, cid, current, memo)
        current[cid] = new
        if new != doc.value(cid):
            out[cid] = new
    return out
