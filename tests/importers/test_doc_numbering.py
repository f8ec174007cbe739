"""Automatic list numbering in a Word 97-2003 .doc (issue #11): the "一、", "（一）", "1." that
Word shows before numbered paragraphs are not in the text; the reader renders them from the list
tables, as it does for a .docx (test_docx_numbering), so the prose keeps the clerk's ordinals.

tests/data/doc/numbered.doc is test_docx_numbering._numbered_docx() saved by LibreOffice as
"MS Word 97" (soffice --headless --convert-to 'doc:MS Word 97' numbered.docx)."""

from __future__ import annotations

from pathlib import Path

from gkdesk.importers import doc_reader, import_bytes
from gkdesk.importers.doc_lists import DocNumbering

DOC = Path(__file__).resolve().parents[1] / "data" / "doc" / "numbered.doc"


def test_numbered_paragraphs_show_their_numbers():
    s = import_bytes(DOC.read_bytes(), DOC.name).doc.sections
    assert s["s1"].splitlines() == ["（一）主动公开情况。本年主动公开政府信息120条。", "1.通过政府网站公开100条。",
                                    "2.通过政务新媒体公开20条。", "（二）依申请公开情况。本年收到申请9件。", "1.当面申请3件。"]
    # LibreOffice wrote the .docx's restarted list as two lists: Word and LibreOffice show "（一）" twice
    assert s["s5"].splitlines() == ["（一）公开内容不够全面。", "（一）解读形式单一。"]
    assert s["s6"].splitlines() == ["甲.本年未收取信息处理费。", "乙.无其他事项。"]
    assert all(s[k] for k in ("s1", "s2", "s3", "s4", "s5", "s6"))


def test_headings_number_through_their_style():
    doc = doc_reader._open(DOC.read_bytes(), DOC.name)
    paras, _ = doc_reader._paragraphs(doc, DOC.name)
    headings = [p for p in paras if p.label.endswith("、")]
    assert [p.label for p in headings] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    # the heading style (read from the style sheet) numbers with the same list and level
    assert {doc.style_lists.get(p.style) for p in headings} == {(headings[0].pap.ilfo, 0)}
    fresh = doc_reader._open(DOC.read_bytes(), DOC.name)
    assert doc_reader._label(fresh, doc_reader._Pap(), headings[0].style) == "一、"
    assert doc_reader._label(fresh, doc_reader._Pap(ilfo=0), headings[0].style) == ""  # numbering removed


def test_a_damaged_list_table_gives_no_numbers():
    doc = doc_reader._open(DOC.read_bytes(), DOC.name)
    fc, lcb = doc.fib["fcPlfLst"], doc.fib["lcbPlfLst"]
    lfo = (doc.fib["fcPlfLfo"], doc.fib["lcbPlfLfo"])
    cut = DocNumbering(doc.table[:fc + lcb + 40], (fc, lcb), lfo)  # the levels cut off
    assert cut.lists == {} and cut.label(1, 0) == ""
    whole = DocNumbering(doc.table, (fc, lcb), lfo)
    assert whole.label(8, 0) == "一、"
