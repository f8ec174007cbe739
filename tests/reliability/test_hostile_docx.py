"""Hostile DOCX for the importer: what Word shows is what is read. Hidden runs (w:vanish), tracked
deletions and moved-away text (w:del, w:moveFrom), deleted table rows are left out; an import that
runs past its deadline is refused with a clear "too complex" message.

The documents are our own export of the example report, changed at the XML level the way Word
writes these features, and read back cell by cell."""

from __future__ import annotations

import copy
import io

import pytest
from docx import Document as DocxDocument
from docx.oxml.ns import qn

from gkdesk.core import storage
from gkdesk.core.errors import ImportError_
from gkdesk.export.docx import render_docx
from gkdesk.importers import import_bytes
from gkdesk.importers.safety import TooComplex

from .conftest import EXAMPLE


@pytest.fixture(scope="module")
def exported():
    doc = storage.load(EXAMPLE)
    return doc, render_docx(doc)


def _cell_runs(d, text):
    """The runs of the table cells showing exactly `text`."""
    out = []
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                if cell.text.strip() == text:
                    for p in cell.paragraphs:
                        out.extend(p.runs)
    return out


def _save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _insert_before(run, text, wrapper=None, hidden=False):
    new = copy.deepcopy(run._r)
    for t in new.iter(qn("w:t")):
        t.text = text
    if hidden:
        rpr = new.find(qn("w:rPr"))
        if rpr is None:
            rpr = new.makeelement(qn("w:rPr"), {})
            new.insert(0, rpr)
        rpr.append(rpr.makeelement(qn("w:vanish"), {}))
    if wrapper:
        w = run._r.makeelement(qn(wrapper), {qn("w:id"): "9", qn("w:author"): "x", qn("w:date"): "2026-01-01T00:00:00Z"})
        w.append(new)
        new = w
    run._r.addprevious(new)


def test_hidden_run_in_a_table_cell_is_not_read(exported):
    doc, data = exported
    want = doc.value("t3.new.natural").text  # "38"
    d = DocxDocument(io.BytesIO(data))
    runs = _cell_runs(d, want)
    assert runs, "the example's figure is in the exported table"
    for r in runs:
        _insert_before(r, "1", hidden=True)  # Word shows 38; the XML says 1 + 38
    res = import_bytes(_save(d), "hidden.docx")
    assert res.doc.value("t3.new.natural").text == want
    for cid in doc.spec.cells:
        assert res.doc.value(cid) == doc.value(cid), cid


def test_moved_from_and_deleted_text_is_not_read(exported):
    doc, data = exported
    want = doc.value("t3.new.natural").text
    d = DocxDocument(io.BytesIO(data))
    for r in _cell_runs(d, want):
        _insert_before(r, "9", wrapper="w:moveFrom")  # moved away (shown where it moved to)
        _insert_before(r, "7", wrapper="w:del")  # a deletion written with w:t (some tools do)
    # a hidden and a moved-away sentence in the prose
    p = next(p for p in d.paragraphs if "一、总体情况" in p.text)
    body = p._p.getnext()
    runs = [r for r in body.iter(qn("w:r"))]
    assert runs
    from docx.text.run import Run
    _insert_before(Run(runs[0], None), "隐藏的文字。", hidden=True)
    _insert_before(Run(runs[0], None), "移走的文字。", wrapper="w:moveFrom")
    res = import_bytes(_save(d), "moved.docx")
    assert res.doc.value("t3.new.natural").text == want
    text = res.doc.sections["s1"]
    assert "隐藏的文字" not in text and "移走的文字" not in text and text.startswith(doc.sections["s1"][:10])


def test_tracked_deleted_table_row_is_not_read(exported):
    doc, data = exported
    d = DocxDocument(io.BytesIO(data))
    t3 = next(t for t in d.tables if any("本年新收政府信息公开申请数量" in c.text for c in t.rows[2].cells)
              or any("本年新收" in c.text for row in t.rows for c in row.cells))
    row = next(r for r in t3.rows if any("本年新收" in c.text for c in r.cells))
    ghost = copy.deepcopy(row._tr)
    for t in ghost.iter(qn("w:t")):
        if t.text and t.text.strip().isdigit():
            t.text = "999"
    trpr = ghost.find(qn("w:trPr"))
    if trpr is None:
        trpr = ghost.makeelement(qn("w:trPr"), {})
        ghost.insert(0, trpr)
    trpr.append(trpr.makeelement(qn("w:del"), {qn("w:id"): "5", qn("w:author"): "x"}))
    row._tr.addprevious(ghost)  # the deleted old version of the row, kept as a tracked change
    res = import_bytes(_save(d), "deleted-row.docx")
    for cid in doc.spec.cells:
        if cid.startswith("t3.new."):
            assert res.doc.value(cid) == doc.value(cid), cid


def test_import_past_its_deadline_is_refused_clearly(exported):
    _doc, data = exported
    with pytest.raises(TooComplex, match="过于复杂") as ei:
        import_bytes(data, "slow.docx", seconds=0)
    assert isinstance(ei.value, ImportError_) and "slow.docx" in str(ei.value)
    assert import_bytes(data, "ok.docx").doc.meta.agency  # the deadline does not leak into the next import
