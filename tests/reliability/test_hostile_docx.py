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


def _styled_run_before(run, text, style):
    """A new run showing `text` before `run`, formatted only through the character style `style`."""
    new = copy.deepcopy(run._r)
    for t in new.iter(qn("w:t")):
        t.text = text
    rpr = new.find(qn("w:rPr"))
    if rpr is not None:
        new.remove(rpr)
    run._r.addprevious(new)
    from docx.text.run import Run
    Run(new, run._parent).style = style


def test_text_hidden_by_a_character_or_paragraph_style_is_not_read(exported):
    """w:vanish set in styles.xml, not on the run: on a character style, on a paragraph style, and
    inherited through basedOn chains. A derived style turning vanish off again shows its text."""
    from docx.enum.style import WD_STYLE_TYPE

    doc, data = exported
    want = doc.value("t3.new.natural").text  # "38"
    d = DocxDocument(io.BytesIO(data))
    st = d.styles
    base_c = st.add_style("隐藏基础字符", WD_STYLE_TYPE.CHARACTER)
    base_c.font.hidden = True
    derived_c = st.add_style("派生字符", WD_STYLE_TYPE.CHARACTER)
    derived_c.base_style = base_c  # hidden only through the chain
    shown_c = st.add_style("显示字符", WD_STYLE_TYPE.CHARACTER)
    shown_c.base_style = base_c
    shown_c.font.hidden = False  # w:vanish w:val="0" overrides the hidden base
    base_p = st.add_style("隐藏基础段落", WD_STYLE_TYPE.PARAGRAPH)
    base_p.font.hidden = True
    derived_p = st.add_style("派生段落", WD_STYLE_TYPE.PARAGRAPH)
    derived_p.base_style = base_p

    runs = _cell_runs(d, want)
    assert runs
    for r in runs:
        _styled_run_before(r, "1", derived_c)  # Word shows 38
    # a whole paragraph hidden by its (derived) paragraph style inside the 表三 总计 cell
    total = doc.value("t3.new.total").text
    for r in _cell_runs(d, total):
        hidden_p = copy.deepcopy(r._parent._p)
        for t in hidden_p.iter(qn("w:t")):
            t.text = "9"
        r._parent._p.addprevious(hidden_p)
        from docx.text.paragraph import Paragraph
        Paragraph(hidden_p, r._parent._parent).style = derived_p
        break
    # prose: a hidden-by-style sentence, and a sentence whose style shows it again
    p = next(p for p in d.paragraphs if "一、总体情况" in p.text)
    body = p._p.getnext()
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run
    sentence = copy.deepcopy(body)
    first = Run(next(body.iter(qn("w:r"))), Paragraph(body, p._parent))
    _styled_run_before(first, "样式隐藏的文字。", derived_c)
    _styled_run_before(first, "样式重新显示的文字。", shown_c)
    for t in sentence.iter(qn("w:t")):
        t.text = "整段被样式隐藏。"
    body.addprevious(sentence)
    Paragraph(sentence, p._parent).style = derived_p

    res = import_bytes(_save(d), "style-hidden.docx")
    assert res.doc.value("t3.new.natural").text == want
    assert res.doc.value("t3.new.total").text == total
    text = res.doc.sections["s1"]
    assert "样式隐藏" not in text and "整段被样式隐藏" not in text
    assert "样式重新显示的文字。" in text
    for cid in doc.spec.cells:
        assert res.doc.value(cid) == doc.value(cid), cid


def test_hidden_in_both_paragraph_and_character_style_toggles_back_to_shown():
    """w:vanish is a toggle property (ECMA-376 §17.7.3): a hidden character style inside a hidden
    paragraph style is shown; a run's own formatting always decides."""
    from lxml import etree

    from gkdesk.importers.docx_styles import StyleVisibility, mark_style_hidden

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    styles = etree.fromstring(f"""<w:styles xmlns:w="{w}">
      <w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
      <w:style w:type="paragraph" w:styleId="HP"><w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="HC"><w:rPr><w:vanish/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="L1"><w:basedOn w:val="L2"/></w:style>
      <w:style w:type="character" w:styleId="L2"><w:basedOn w:val="L1"/></w:style>
    </w:styles>""".encode())
    vis = StyleVisibility(styles)
    assert vis.hides("HP", None) and vis.hides(None, "HC") and vis.hides("Normal", "HC")
    assert not vis.hides("HP", "HC")  # toggled twice
    assert not vis.hides(None, None) and not vis.hides("missing", "missing")
    assert not vis.hides(None, "L1")  # a basedOn loop is cut, not followed forever
    body = etree.fromstring(f"""<w:body xmlns:w="{w}">
      <w:p><w:pPr><w:pStyle w:val="HP"/></w:pPr>
        <w:r><w:t>a</w:t></w:r>
        <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>b</w:t></w:r>
        <w:r><w:rPr><w:rStyle w:val="HC"/></w:rPr><w:t>c</w:t></w:r></w:p>
    </w:body>""".encode())
    assert mark_style_hidden(body, styles) == 1  # only "a": "b" has its own w:val="0", "c" toggles back
