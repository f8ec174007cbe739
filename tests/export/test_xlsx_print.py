"""XLSX for printing and for the example and the five seeds: one page per table, footer page
numbers, print titles, recalculation on load, every value cell read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from gkdesk.core import storage
from gkdesk.export.context import build_context
from gkdesk.export.templatebuild import xlsx_position, xlsx_sheet_name
from gkdesk.export.xlsx import export_xlsx

from .test_xlsx import evaluate

ROOT = Path(__file__).resolve().parents[2]
REPORTS = [ROOT / "resources" / "example-2021.json", *sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))]


@pytest.fixture(scope="module", params=[p.stem for p in REPORTS])
def report(request, tmp_path_factory):
    src = next(p for p in REPORTS if p.stem == request.param)
    doc = storage.load(src)
    out = tmp_path_factory.mktemp("xlsx") / f"{src.stem}.xlsx"
    export_xlsx(doc, out)
    return doc, load_workbook(out)


def test_every_value_cell_reads_back(report):
    doc, wb = report
    ctx = build_context(doc)
    for t in doc.spec.tables:
        ws = wb[xlsx_sheet_name(t)]
        for it in t.items:
            ref = xlsx_position(t, it.r, it.c)
            if it.role != "value":
                assert ws[ref].value == it.text, (t.key, ref)
                continue
            want = ctx["cells"][it.cell]
            got = evaluate(ws, ref)
            if want == "":
                assert got is None, (it.cell, got)  # a blank stays blank
            elif isinstance(got, (int, float)):
                assert got == float(want), (it.cell, got, want)
            else:
                assert got == want, (it.cell, got, want)


def test_each_table_prints_on_one_page_with_page_numbers(report):
    doc, wb = report
    assert wb.calculation.fullCalcOnLoad
    assert wb.properties.creator == doc.meta.agency and wb.properties.title == doc.title
    for t in doc.spec.tables:
        ws = wb[xlsx_sheet_name(t)]
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 1), t.key
        assert ws.page_setup.orientation == ("landscape" if t.n_cols > 8 else "portrait")
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        if t.header_rows:
            top = int(xlsx_position(t, 0, 0)[1:])
            assert ws.print_title_rows.replace("$", "") == f"{top}:{top + t.header_rows - 1}"
        last = xlsx_position(t, t.n_rows - 1, t.n_cols - 1)
        assert ws.print_area.replace("$", "").endswith(f"A1:{last}")
