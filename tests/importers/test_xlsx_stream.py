"""The XLSX importer streams sheets (read-only openpyxl + the sheets' merged ranges) instead of a full
load: the grids it builds are the ones a full load builds, cell by cell, on our own exports of every
stored report, on a copy re-saved by openpyxl, and on a copy re-saved by LibreOffice Calc (which
stores cached values for the formulas); a sheet whose <dimension> understates its size is refused
all the same."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from gkdesk.core import storage
from gkdesk.core.errors import ImportError_
from gkdesk.export.xlsx import render_xlsx
from gkdesk.importers import import_bytes
from gkdesk.importers import xlsx_reader as reader

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"
SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))
RESAVED = ROOT / "tests" / "data" / "xlsx" / "example-2021-resaved-by-libreoffice.xlsx"


def _workbooks() -> dict[str, bytes]:
    out = {p.stem: render_xlsx(storage.load(p)) for p in [EXAMPLE, *SEEDS]}
    wb = load_workbook(io.BytesIO(out["example-2021"]))
    buf = io.BytesIO()
    wb.save(buf)
    out["resaved-by-openpyxl"] = buf.getvalue()
    out["resaved-by-libreoffice"] = RESAVED.read_bytes()
    return out


@pytest.mark.parametrize("name", list(_workbooks()))
def test_streamed_grids_equal_full_load(name):
    data = _workbooks()[name]
    _title, streamed = reader._read_sheets(data, name)
    full = reader._read_sheets_full(data, name)
    assert len(streamed) == len(full) == 3
    for (g1, f1), (g2, f2) in zip(streamed, full):
        assert g1.rows == g2.rows
        assert f1 == f2


def test_file_resaved_by_libreoffice_imports_the_example():
    orig = storage.load(EXAMPLE)
    res = import_bytes(RESAVED.read_bytes(), RESAVED.name)
    for cid in orig.spec.cells:
        assert res.doc.value(cid) == orig.value(cid), cid


def _with_sheets_changed(wb: Workbook, change) -> bytes:
    """The saved workbook with every sheet part passed through change(xml)."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, change(data) if info.filename.startswith("xl/worksheets/") else data)
    return out.getvalue()


def test_understated_dimension_is_still_refused():
    wb = Workbook()
    ws = wb.active
    for r in range(1, 2200):
        ws.cell(r, 1, r)
    lying = _with_sheets_changed(wb, lambda x: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', x))
    with pytest.raises(ImportError_, match="过大"):
        import_bytes(lying, "lying.xlsx")


def _passes(monkeypatch, data) -> list[bool]:
    """data_only flags of the workbook loads one streamed read makes."""
    import openpyxl

    seen = []
    real = openpyxl.load_workbook

    def spy(*a, **k):
        seen.append(bool(k.get("data_only")))
        return real(*a, **k)
    monkeypatch.setattr(openpyxl, "load_workbook", spy)
    reader._read_sheets(data, "x.xlsx")
    return seen


def test_cached_values_are_read_in_a_second_pass_only_when_the_file_has_them(monkeypatch):
    books = _workbooks()
    assert _passes(monkeypatch, books["example-2021"]) == [False]  # our export: formulas without values
    assert _passes(monkeypatch, books["resaved-by-libreoffice"]) == [False, True]


@pytest.mark.parametrize("form", [b"<f>SUM(A1:A2)</f><v>7</v>", b'<f t="shared" ref="A3" si="0">SUM(A1:A2)</f>\n<v>7</v>'])
def test_a_cached_value_after_a_formula_is_found(form):
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["A2"], ws["A3"] = 3, 4, "=SUM(A1:A2)"

    def add_value(xml: bytes) -> bytes:
        xml, n = re.subn(rb"<f>SUM\(A1:A2\)</f>(<v\s*/>|<v></v>)?", form, xml)
        assert n == 1
        return xml
    data = _with_sheets_changed(wb, add_value)
    _title, streamed = reader._read_sheets(data, "cached.xlsx")
    full = reader._read_sheets_full(data, "cached.xlsx")
    assert streamed[0][0].rows == full[0][0].rows and streamed[0][0].rows[2] == ["7"]
