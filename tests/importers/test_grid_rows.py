"""Rows of real tables (DOCX/HTML/PDF grids) that are not on the official grid, and labels printed
without their ordinals in real table cells."""

from __future__ import annotations

from pathlib import Path

from gkdesk.core import storage
from gkdesk.core.document import Document
from gkdesk.importers.grid import fill_from_rows

ROOT = Path(__file__).resolve().parents[2]


def _t3_rows(doc, merge_head: bool, strip_ordinals: bool = False) -> list[list[str]]:
    """表三 as grid rows; with merge_head the first five rows come from a table part whose three label
    columns are one (a page-break part with other merges), so they have 8 cells instead of 10."""
    t = doc.spec.table("t3")
    grid = [["" for _ in range(t.n_cols)] for _ in range(t.n_rows)]
    for it in t.items:
        text = doc.value(it.cell).text if it.role == "value" else it.text
        if strip_ordinals and it.role != "value":
            import re
            text = re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)", "", text)
        grid[it.r][it.c] = text
    if merge_head:
        return [[r[0]] + r[t.label_cols:] for r in grid[:5]] + grid[5:]
    return grid


def test_rows_off_the_official_grid_are_read_by_label():
    src = storage.load(ROOT / "resources" / "example-2021.json")
    doc = Document(src.format_id)
    fill_from_rows(doc, _t3_rows(src, merge_head=True), "t3")
    diff = [(c.id, src.value(c.id).text, doc.value(c.id).text) for c in src.spec.table("t3").cells
            if src.value(c.id) != doc.value(c.id)]
    assert diff == []


def test_grid_labels_without_ordinals():
    src = storage.load(ROOT / "resources" / "example-2021.json")
    doc = Document(src.format_id)
    fill_from_rows(doc, _t3_rows(src, merge_head=False, strip_ordinals=True), "t3")
    diff = [(c.id, src.value(c.id).text, doc.value(c.id).text) for c in src.spec.table("t3").cells
            if src.value(c.id) != doc.value(c.id)]
    assert diff == []
