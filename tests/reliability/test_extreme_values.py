"""A report with every cell at an extreme value survives save, open, export and import unchanged.

Values: 0 everywhere; 10^9 everywhere; amounts with the maximum four decimals (0.0001万元 = 1元)
and large amounts with decimals; the 2019 format's signed 本年增/减 at -999999. Both formats, both
with totals computed from their parts and with every total typed by hand (manual)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.commands import EditCells, FillTotals, History
from gkdesk.core.document import Document, Meta
from gkdesk.core.spec import get_format

CASES = {
    # name: (count value, amount value, signed value)
    "zero": ("0", "0", "0"),
    "billion": ("1000000000", "1000000000", "1000000000"),
    "decimals": ("1", "0.0001", "-1"),
    "big-decimals": ("999999999", "123456789.1234", "-999999"),
}


def _value(kind: str, case: str) -> str:
    count, amount, signed = CASES[case]
    return {"count": count, "amount": amount, "signed": signed}[kind]


def make_doc(fmt: str, case: str, manual_totals: bool) -> Document:
    spec = get_format(fmt)
    doc = Document(fmt, Meta(agency="极值测试局", year=spec.first_year + 1, date=f"{spec.first_year + 2}-01-15",
                             contact="电话：0000-00000000"))
    h = History(doc)
    parts = {c.id: _value(c.kind, case) for c in spec.cells.values() if manual_totals or not c.derived}
    h.push(EditCells(parts))  # typing into a derived cell makes it manual, as in the GUI
    if not manual_totals:
        h.push(FillTotals(overwrite=True))
    for sec in spec.sections:
        doc.sections[sec.key] = (f"{sec.title}极值测试正文，全年数字{CASES[case][0]}件，金额{CASES[case][1]}万元。\n"
                                 "第二段：本年度无其他情况。")
    return doc


def cell_texts(doc: Document) -> dict[str, str]:
    return {cid: doc.value(cid).text for cid in doc.spec.cells}


PARAMS = [(fmt, case, manual) for fmt in ("2019", "2021") for case in CASES for manual in (False, True)]
IDS = [f"{f}-{c}-{'manual' if m else 'auto'}" for f, c, m in PARAMS]


@pytest.mark.parametrize("fmt,case,manual", PARAMS, ids=IDS)
def test_save_and_open(tmp_path, fmt, case, manual):
    doc = make_doc(fmt, case, manual)
    expected = cell_texts(doc)
    assert all(expected.values()), "every cell holds a value"
    p = tmp_path / "极值.json"
    storage.save(doc, p)
    again = storage.load(p)
    assert cell_texts(again) == expected
    assert again.manual == doc.manual and again.sections == doc.sections and again.meta == doc.meta
    storage.save(again, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == p.read_bytes()
    assert [f for f in run_checks(again) if f.check_id == "GK900"] == []


def _export_import(doc: Document, tmp_path: Path, kind: str):
    from gkdesk.importers import import_file

    out = tmp_path / f"极值.{kind}"
    if kind == "docx":
        from gkdesk.export.docx import export_docx

        export_docx(doc, out)
    else:
        from gkdesk.export.xlsx import export_xlsx

        export_xlsx(doc, out)
    return import_file(out)


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
@pytest.mark.parametrize("fmt,case,manual", PARAMS, ids=IDS)
def test_export_and_import(tmp_path, kind, fmt, case, manual):
    pytest.importorskip("gkdesk.export.docx")
    pytest.importorskip("gkdesk.importers")
    doc = make_doc(fmt, case, manual)
    res = _export_import(doc, tmp_path, kind)
    got = res.doc
    assert got.format_id == fmt
    diff = {cid: (want, got.value(cid).text) for cid, want in cell_texts(doc).items() if got.value(cid).text != want}
    assert diff == {}
    assert got.meta.agency == doc.meta.agency and got.meta.year == doc.meta.year
    if kind == "docx":  # the Word file carries the prose too
        assert {k: v.strip() for k, v in got.sections.items()} == doc.sections
    # and the imported document saves and opens unchanged
    p = tmp_path / "imported.json"
    storage.save(got, p)
    assert cell_texts(storage.load(p)) == cell_texts(doc)
