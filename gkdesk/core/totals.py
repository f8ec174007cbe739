"""Derived totals (auto-total): compute a total cell from its parts as defined in the format."""

from __future__ import annotations

from decimal import Decimal

from .document import Document
from .values import BLANK, CellValue, State, number


def compute(doc: Document, cell_id: str, values: dict[str, CellValue] | None = None) -> CellValue:
    """The value a derived cell should have: the sum of its numeric parts.

    Blank parts are skipped (the blank-cell check still flags them); if every part is blank,
    or any part is text or a not-applicable marker, the total stays blank.
    """
    s = doc.spec.defining_sum(cell_id)
    if s is None:
        raise KeyError(f"{cell_id} is not a derived cell")
    total = Decimal(0)
    seen = False
    for p in s.parts:
        v = values[p] if values is not None and p in values else doc.value(p)
        if v.state is State.NUMBER:
            total += v.number  # type: ignore[operator]
            seen = True
        elif v.state is not State.BLANK:
            return BLANK
    return number(total) if seen else BLANK


def auto_updates(doc: Document, overwrite: bool = False) -> dict[str, CellValue]:
    """New values for every auto derived cell (all derived cells if `overwrite`) that would change."""
    current: dict[str, CellValue] = {}
    out: dict[str, CellValue] = {}
    for cid in doc.spec.derived_order:
        if not overwrite and cid in doc.manual:
            continue
        new = compute(doc, cid, current)
        current[cid] = new
        if new != doc.value(cid):
            out[cid] = new
    return out
