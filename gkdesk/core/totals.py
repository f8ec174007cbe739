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


_DERIVED: dict[int, tuple] = {}


def _derived_parts(spec, table: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(total, its parts) of the derived cells (of one table, or all) in derived order; once per format."""
    got = _DERIVED.get(id(spec))
    if got is None or got[0] is not spec:
        by: dict[str | None, list] = {None: []}
        for cid in spec.derived_order:
            entry = (cid, spec.defining_sum(cid).parts)
            by[None].append(entry)
            by.setdefault(spec.cells[cid].table, []).append(entry)
        got = _DERIVED[id(spec)] = (spec, {k: tuple(v) for k, v in by.items()})
    return got[1].get(table, ())


def incomplete_totals(doc: Document, table: str | None = None) -> set[str]:
    """The auto totals (of one table, or all) that are not `complete`: a part (directly, or through
    an auto total among its parts) is not a number. One pass in derived order (parts before the
    totals over them; a total's parts are in its own table)."""
    bad: set[str] = set()
    cells = doc.cells
    manual = doc.manual
    number = State.NUMBER
    for cid, parts in _derived_parts(doc.spec, table):
        if cid in manual:
            continue
        for p in parts:
            v = cells.get(p)
            if v is None or v.state is not number or p in bad:
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
    """New values for every auto derived cell (all derived cells if `overwrite`) that would change.

    Each total is `compute`d (in derived order, over the values computed before it); this loop is
    that computation written out, as it runs after every typed cell."""
    current: dict[str, CellValue] = {}
    out: dict[str, CellValue] = {}
    memo: dict[str, bool] = {}
    cells = doc.cells
    manual = doc.manual
    spec_cells = doc.spec.cells
    num, blank = State.NUMBER, State.BLANK
    for cid, parts in _derived_parts(doc.spec, None):
        if not overwrite and cid in manual:
            continue
        total = Decimal(0)
        seen = False
        for p in parts:
            v = current.get(p)
            if v is None:
                v = cells.get(p, BLANK)
            if v.state is num:
                total += v.number  # type: ignore[operator]
                seen = True
            elif v.state is not blank or (spec_cells[p].derived and unreadable(doc, p, memo)):
                new = BLANK
                break
        else:
            old = cells.get(cid)
            if seen and old is not None and old.state is num and old.number == total:
                current[cid] = old  # unchanged (the usual case): no new value built
                continue
            new = number(total) if seen else BLANK
        current[cid] = new
        if new != cells.get(cid, BLANK):
            out[cid] = new
    return out
