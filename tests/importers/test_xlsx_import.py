"""XLSX import: our own Excel export read back by labels; sum formulas become auto totals."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from gkdesk.core import storage
from gkdesk.core.values import parse_value
from gkdesk.importers import import_bytes, import_file
from gkdesk.importers.xlsx_reader import formula_refs

from test_docx_import import EXAMPLE, SEEDS

xlsx_export = pytest.importorskip("gkdesk.export.xlsx")


def _same_cells(orig, got):
    assert got.format_id == orig.format_id
    assert [(c, orig.value(c).text, got.value(c).text) for c in orig.spec.cells if orig.value(c) != got.value(c)] == []
    assert (got.meta.agency, got.meta.year) == (orig.meta.agency, orig.meta.year)


@pytest.mark.parametrize("path", [EXAMPLE] + SEEDS, ids=lambda p: p.stem)
def test_round_trip_our_own_xlsx(path, tmp_path):
    orig = storage.load(path)
    out = tmp_path / "r.xlsx"
    xlsx_export.export_xlsx(orig, out)
    res = import_file(out)
    assert res.kind == "xlsx"
    _same_cells(orig, res.doc)
    # totals written as formulas come back as auto totals; typed totals that differ stay typed
    assert res.doc.manual <= orig.manual
    assert not [n for n in res.notes if n.level == "ambiguous"]


def test_manual_total_that_differs_stays_manual(tmp_path):
    orig = storage.load(EXAMPLE)
    orig._put("t4.review.total", parse_value("99"))
    orig.manual.add("t4.review.total")
    out = tmp_path / "r.xlsx"
    xlsx_export.export_xlsx(orig, out)
    res = import_file(out)
    assert res.doc.value("t4.review.total").text == "99"
    assert "t4.review.total" in res.doc.manual
    assert "t3.new.total" not in res.doc.manual


def test_formula_that_is_not_a_sum_is_left_blank_and_reported():
    orig = storage.load(EXAMPLE)
    data = xlsx_export.render_xlsx(orig)
    wb = load_workbook(io.BytesIO(data))
    ws = wb["表四"]
    target = None
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("=SUM"):
                target = cell
                break
        if target:
            break
    assert target is not None
    target.value = f"={target.coordinate[0]}1*2+NOW()"
    buf = io.BytesIO()
    wb.save(buf)
    res = import_bytes(buf.getvalue(), "edited.xlsx")
    assert any(n.level == "ambiguous" and "公式" in n.message for n in res.notes)
    # exactly one total is blank: the edited one (never guessed)
    blanks = [c for c in orig.spec.cells if res.doc.value(c).is_blank and not orig.value(c).is_blank]
    assert len(blanks) == 1 and blanks[0].startswith("t4.")


def test_rows_moved_by_a_clerk_still_read_by_label():
    orig = storage.load(EXAMPLE)
    first = orig.spec.table("t2").cells[0].id
    orig._put(first, parse_value("7"))
    wb = load_workbook(io.BytesIO(xlsx_export.render_xlsx(orig)))
    ws = wb["表二"]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    a, b = rows["规章"], rows["行政规范性文件"]
    for c in range(1, 5):  # the clerk swapped the two rows
        ws.cell(a, c).value, ws.cell(b, c).value = ws.cell(b, c).value, ws.cell(a, c).value
    buf = io.BytesIO()
    wb.save(buf)
    res = import_bytes(buf.getvalue(), "moved.xlsx")
    for c in orig.spec.table("t2").cells:
        assert res.doc.value(c.id) == orig.value(c.id)
    assert res.doc.value(first).text == "7"


def test_formula_refs():
    assert formula_refs("=SUM(D6:F6)") == {(5, 3), (5, 4), (5, 5)}
    assert formula_refs("=D6+E6") == {(5, 3), (5, 4)}
    assert formula_refs("=SUM($D$6,E7)") == {(5, 3), (6, 4)}
    assert formula_refs("=D6*2") is None
    assert formula_refs("=SUM(A1:ZZZ9999)") is None  # absurd ranges are not expanded
