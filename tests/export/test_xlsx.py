"""XLSX export read back with openpyxl: labels, numeric values, live SUM formulas, merges, layout."""

from __future__ import annotations

import re

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import range_boundaries
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

from gkdesk.core.commands import EditCells
from gkdesk.core.errors import ExportError
from gkdesk.export.context import build_context
from gkdesk.export.templatebuild import xlsx_position, xlsx_sheet_name
from gkdesk.export.xlsx import export_xlsx

from .conftest import filled_document


def expand_sum(formula: str, sheet) -> list[str]:
    """The cell coordinates a "=SUM(A1:B1,C3)" formula adds up (same sheet)."""
    m = re.fullmatch(r"=SUM\((.*)\)", formula)
    assert m, formula
    out = []
    for part in m.group(1).split(","):
        if ":" in part:
            c1, r1, c2, r2 = range_boundaries(part)
            out += [sheet.cell(r, c).coordinate for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
        else:
            out.append(part)
    return out


def evaluate(ws, ref: str):
    v = ws[ref].value
    if isinstance(v, str) and v.startswith("=SUM("):
        return sum(evaluate(ws, r) for r in expand_sum(v, ws))
    return v


@pytest.fixture(params=["2021", "2019"])
def exported(request, tmp_path, example_doc):
    doc = example_doc if request.param == "2021" else filled_document("2019")
    out = tmp_path / f"r{request.param}.xlsx"
    export_xlsx(doc, out)
    return doc, load_workbook(out), out


def test_labels_values_formulas(exported):
    doc, wb, _ = exported
    ctx = build_context(doc)
    assert wb.sheetnames == [xlsx_sheet_name(t) for t in doc.spec.tables]
    n_formulas = 0
    for t in doc.spec.tables:
        ws = wb[xlsx_sheet_name(t)]
        for it in t.items:
            cell = ws[xlsx_position(t, it.r, it.c)]
            if it.role != "value":
                assert cell.value == it.text
                continue
            c = doc.spec.cells[it.cell]
            if c.derived:
                assert isinstance(cell.value, str) and cell.value.startswith("=SUM("), it.cell
                parts = doc.spec.defining_sum(it.cell).parts
                want = [xlsx_position(t, *doc.spec.cells[p].grid[:2]) for p in parts]
                assert expand_sum(cell.value, ws) == want, it.cell
                total = evaluate(ws, xlsx_position(t, it.r, it.c))
                assert str(total) == doc.value(it.cell).text or float(doc.value(it.cell).text) == pytest.approx(total)
                n_formulas += 1
            else:
                assert isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool), it.cell
                assert float(cell.value) == float(ctx["cells"][it.cell])
                if c.kind != "amount":
                    assert isinstance(cell.value, int)
    assert n_formulas == sum(1 for c in doc.spec.cells.values() if c.derived)


def test_merges_and_layout(exported):
    doc, wb, _ = exported
    for t in doc.spec.tables:
        ws = wb[xlsx_sheet_name(t)]
        got = {str(r) for r in ws.merged_cells.ranges}
        want = {f"{xlsx_position(t, it.r, it.c)}:{xlsx_position(t, it.r + it.rs - 1, it.c + it.cs - 1)}"
                for it in t.items if it.rs > 1 or it.cs > 1}
        assert want <= got
        extra = got - want  # the title and agency lines above the grid
        assert all(coordinate_from_string(r.split(":")[0])[1] < 3 for r in extra)
        assert ws.freeze_panes is not None
        for it in t.items:
            assert ws[xlsx_position(t, it.r, it.c)].border.top.style == "thin"
    t3 = doc.spec.table("t3")
    ws = wb["表三"]
    assert ws.freeze_panes == xlsx_position(t3, t3.header_rows, t3.label_cols)
    assert ws.column_dimensions["C"].width > ws.column_dimensions["D"].width
    assert "示例市生态环境局" in ws["A2"].value or doc.format_id == "2019"
    assert wb.calculation.fullCalcOnLoad


def test_manual_total_that_disagrees_is_written_as_typed(tmp_path, example_doc):
    EditCells({"t3.new.total": "50"}).apply(example_doc)  # parts add up to 48: the clerk typed 50
    out = tmp_path / "m.xlsx"
    export_xlsx(example_doc, out)
    ws = load_workbook(out)["表三"]
    t3 = example_doc.spec.table("t3")
    c = example_doc.spec.cells["t3.new.total"]
    assert ws[xlsx_position(t3, c.grid[0], c.grid[1])].value == 50
    c = example_doc.spec.cells["t3.carried.total"]
    assert str(ws[xlsx_position(t3, c.grid[0], c.grid[1])].value).startswith("=SUM(")


def test_blank_and_na_cells(tmp_path, example_doc):
    EditCells({"t3.new.research": "", "t4.review.upheld": "—"}).apply(example_doc)
    out = tmp_path / "b.xlsx"
    export_xlsx(example_doc, out)
    wb = load_workbook(out)
    t3, t4 = example_doc.spec.table("t3"), example_doc.spec.table("t4")
    c = example_doc.spec.cells["t3.new.research"]
    assert wb["表三"][xlsx_position(t3, *c.grid[:2])].value is None
    c = example_doc.spec.cells["t4.review.upheld"]
    assert wb["表四"][xlsx_position(t4, *c.grid[:2])].value == "—"
    # the 行政复议 total has a non-number part: written as the report's (blank) value, not a formula
    c = example_doc.spec.cells["t4.review.total"]
    assert wb["表四"][xlsx_position(t4, *c.grid[:2])].value == (example_doc.value("t4.review.total").text or None)


def test_superiors_own_layout(tmp_path, example_doc):
    """A collection sheet in another layout: parts in a column, total via formula() and via placeholder."""
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws["A1"] = "单位"
    ws["B1"] = "{{ meta.agency }}"
    cols = ["natural", "business", "research", "nonprofit", "legal", "other"]
    for i, col in enumerate(cols, start=2):
        ws[f"B{i}"] = "{{ t3.new.%s }}" % col
    ws["B8"] = "{{ formula('t3.new.total') }}"
    ws["B9"] = "{{ t3.new.total }}"
    ws["B10"] = "{{ t3.carried.total }}"  # parts not placed: the figure itself
    ws["B11"] = "合计{{ t3.new.total }}件"
    tpl = tmp_path / "mine.xlsx"
    wb.save(tpl)
    out = tmp_path / "out.xlsx"
    export_xlsx(example_doc, out, tpl)
    ws = load_workbook(out)["汇总"]
    assert ws["B1"].value == "示例市生态环境局"
    assert [ws[f"B{i}"].value for i in range(2, 8)] == [38, 6, 0, 1, 2, 1]
    assert ws["B8"].value == "=SUM(B2:B7)"
    assert ws["B9"].value == "=SUM(B2:B7)"
    assert ws["B10"].value == 2
    assert ws["B11"].value == "合计48件"


@pytest.mark.parametrize("text, needle", [
    ("{{ nonsense }}", "nonsense"),
    ("{{ t3.new.total ", "B2"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "不允许"),
    ("{% for x in range(10**9) %}x{% endfor %}", "不允许"),
    ("{{ formula('t3.new.natural') }}", "不是合计格"),
    ("{{ t3.new.nonsense }}", "nonsense"),
])
def test_hostile_or_broken_workbook_template(tmp_path, example_doc, text, needle):
    wb = Workbook()
    wb.active["B2"] = text
    tpl = tmp_path / "bad.xlsx"
    wb.save(tpl)
    out = tmp_path / "out.xlsx"
    with pytest.raises(ExportError) as e:
        export_xlsx(example_doc, out, tpl)
    assert needle in str(e.value)
    assert not out.exists()


def test_not_a_workbook(tmp_path, example_doc):
    tpl = tmp_path / "x.xlsx"
    tpl.write_text("not a zip")
    with pytest.raises(ExportError, match="不是有效的 XLSX"):
        export_xlsx(example_doc, tmp_path / "o.xlsx", tpl)
    with pytest.raises(ExportError, match="找不到"):
        export_xlsx(example_doc, tmp_path / "o.xlsx", tmp_path / "missing.xlsx")


def test_column_index_helper_consistency():
    assert column_index_from_string("J") == 10
