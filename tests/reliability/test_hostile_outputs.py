"""Nothing injected: text from a report is never a live formula in any XLSX we write, and control
characters or lone surrogates never crash an export (they are removed where text enters).

Each workbook is read back with openpyxl and every cell is asserted: a number, a string, or a formula
that we generated (=SUM over the parts' cells)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gkdesk.core import storage
from gkdesk.core.commands import EditCells, EditMeta, EditSection, History
from gkdesk.core.document import Document, Meta
from gkdesk.core.text import clean_text, formula_safe
from gkdesk.core.values import parse_value

EVIL = ["=HYPERLINK(\"http://evil.example/\",\"点我\")", "=cmd|' /C calc'!A0", "=1+1", "=SUM(A1:A9)"]


def _all_cells(path):
    wb = load_workbook(path)  # formulas as written (data_only=False)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield ws.title, cell


def _formulas(path):
    return [(t, c.coordinate, c.value) for t, c in _all_cells(path) if c.data_type == "f"]


def _hostile_doc(example_doc):
    doc = example_doc
    doc.meta.agency = EVIL[0]
    doc.meta.contact = EVIL[1]
    doc._put("t3.new.natural", parse_value(EVIL[2]))  # text in a cell: kept as text, never evaluated
    doc.sections["s6"] = EVIL[3] + "\n正文"
    return doc


def test_summary_workbook_never_writes_report_text_as_formula(tmp_path, example_doc):
    from gkdesk.review import check_folder, write_summary_xlsx

    folder = tmp_path / "units"
    folder.mkdir()
    storage.save(_hostile_doc(example_doc), folder / "=cmd|' calc'!A0.json")
    (folder / "=HYPERLINK(1).docx").write_bytes(b"not a zip")  # unreadable: its name is in 无法读取
    result = check_folder(folder)
    assert len(result.units) == 1 and len(result.unreadable) == 1
    out = tmp_path / "summary.xlsx"
    write_summary_xlsx(result, out)
    assert _formulas(out) == []
    texts = {c.value for _t, c in _all_cells(out)}
    assert EVIL[0] in texts and "=cmd|' calc'!A0.json" in texts and "=HYPERLINK(1).docx" in texts


def test_xlsx_export_writes_only_our_own_sum_formulas(tmp_path, example_doc):
    from gkdesk.export.xlsx import export_xlsx

    out = tmp_path / "r.xlsx"
    export_xlsx(_hostile_doc(example_doc), out)
    cells = list(_all_cells(out))
    assert any(EVIL[0] in str(c.value) and c.data_type == "s" for _t, c in cells)  # the agency, as text
    assert any(c.value == EVIL[2] and c.data_type == "s" for _t, c in cells)  # the cell's text, as text
    for _t, coord, f in _formulas(out):
        assert f.startswith("=SUM(") and "HYPERLINK" not in f and "cmd" not in f, (coord, f)


def test_user_xlsx_template_output_is_text_not_formula(tmp_path, example_doc):
    from openpyxl import Workbook

    from gkdesk.export.xlsx import export_xlsx

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "{{ meta.agency }}"
    ws["A2"] = "{{ meta.contact }}"
    ws["A3"] = "{{ t3.new.natural }}"
    ws["A4"] = "=1+2"  # the template author's own formula stays a formula
    tpl = tmp_path / "t.xlsx"
    wb.save(tpl)
    out = tmp_path / "o.xlsx"
    export_xlsx(_hostile_doc(example_doc), out, tpl)
    ws = load_workbook(out).active
    assert [(ws[c].value, ws[c].data_type) for c in ("A1", "A2", "A3")] == [
        (EVIL[0], "s"), (EVIL[1], "s"), (EVIL[2], "s")]
    assert ws["A4"].value == "=1+2" and ws["A4"].data_type == "f"


def test_forbidden_attribute_in_xlsx_title_is_an_error_not_swallowed(tmp_path, example_doc):
    from openpyxl import Workbook

    from gkdesk.core.errors import ExportError
    from gkdesk.export.xlsx import export_xlsx

    wb = Workbook()
    wb.active["A1"] = "{{ meta.agency }}"
    wb.properties.title = "{{ meta.__class__.__mro__ }}"
    tpl = tmp_path / "t.xlsx"
    wb.save(tpl)
    with pytest.raises(ExportError, match="文档标题"):
        export_xlsx(example_doc, tmp_path / "o.xlsx", tpl)


CONTROL = "\x01\x07\x0b\x1b\x7f\x85"


def test_control_characters_removed_at_typing_and_loading(example_doc):
    h = History(example_doc)
    h.push(EditMeta("agency", f"示例{CONTROL}市\n局"))
    h.push(EditSection("s5", f"问题{CONTROL}一\r\n问题二"))
    h.push(EditCells({"t3.new.other": f"不{CONTROL}适用"}))
    assert example_doc.meta.agency == "示例市 局"
    assert example_doc.sections["s5"] == "问题一\n问题二"
    assert example_doc.value("t3.new.other").text == "不适用"
    raw = storage.dumps(example_doc).replace("示例市 局", "示例\\u0001市\\u001b局")
    assert storage.loads(raw).meta.agency == "示例市局"


def test_control_characters_never_crash_exports(tmp_path, example_doc):
    """A document whose text holds control characters (set behind the commands' back) still
    exports to DOCX and XLSX and summarises; the files hold the text without them."""
    from gkdesk.export.docx import export_docx
    from gkdesk.export.xlsx import export_xlsx
    from gkdesk.review import check_paths, write_summary_xlsx

    example_doc.meta.agency = f"示例{CONTROL}局"
    example_doc.sections["s6"] = f"其他{CONTROL}事项"
    export_xlsx(example_doc, tmp_path / "r.xlsx")
    export_docx(example_doc, tmp_path / "r.docx")
    assert "示例局" in zipfile.ZipFile(tmp_path / "r.docx").read("word/document.xml").decode()
    texts = [str(c.value) for _t, c in _all_cells(tmp_path / "r.xlsx")]
    assert any("示例局" in t for t in texts) and not any(ch in t for t in texts for ch in CONTROL)
    assert example_doc.meta.agency == f"示例{CONTROL}局"  # exporting never changes the document
    result = check_paths([])
    from gkdesk.review.batch import check_document
    result.units.append(check_document("x.json", example_doc))
    write_summary_xlsx(result, tmp_path / "s.xlsx")
    assert any(c.value == "示例局" for _t, c in _all_cells(tmp_path / "s.xlsx"))


def test_control_characters_removed_at_import(tmp_path):
    from gkdesk.importers import import_file

    src = Path(__file__).resolve().parents[2] / "resources" / "example-2021.json"
    doc = storage.load(src)
    text = ("示例\x01市生态环境局2025年政府信息公开工作年度报告\n一、总体情况\n本年\x1b度" + "公开工作有序推进。" * 40
            + "\n六、其他需要报告的事项\n无。\n")
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    res = import_file(p)
    assert res.doc.meta.agency == "示例市生态环境局"
    assert res.doc.sections["s1"].startswith("本年度公开工作")
    assert not any(ch in res.doc.meta.agency + "".join(res.doc.sections.values()) for ch in CONTROL)
    assert doc.meta.agency  # the example itself loads


def test_lone_surrogate_is_repaired_so_the_report_saves(tmp_path, example_doc):
    h = History(example_doc)
    h.push(EditSection("s6", "半个\ud83d字"))
    h.push(EditMeta("contact", "电话\udc00"))
    h.push(EditSection("s5", "成对\ud83d\ude00的"))  # a pair (as Qt may hand it over) is joined
    storage.save(example_doc, tmp_path / "r.json")
    back = storage.load(tmp_path / "r.json")
    assert back.sections["s6"] == "半个\ufffd字" and back.meta.contact == "电话\ufffd"
    assert back.sections["s5"] == "成对😀的"


def test_clean_text_and_formula_safe_units():
    assert clean_text("a\x00b\tc\r\nd\re") == "ab\tc\nd\ne"
    assert clean_text("a\tb\nc", single_line=True) == "a b c"
    assert clean_text("正常的文字") == "正常的文字"
    assert formula_safe("=1+1") == "'=1+1" and formula_safe("+1") == "'+1" and formula_safe("一") == "一"
    d = Document("2021", Meta(agency="甲"))
    assert d.meta.agency == "甲"
