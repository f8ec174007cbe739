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


def test_understated_dimension_is_still_refused():
    wb = Workbook()
    ws = wb.active
    for r in range(1, 2200):
        ws.cell(r, 1, r)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data)
            dst.writestr(info, data)
    with pytest.raises(ImportError_, match="过大"):
        import_bytes(out.getvalue(), "lying.xlsx")
