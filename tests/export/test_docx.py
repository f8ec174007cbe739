"""DOCX export read back with python-docx: every table cell, merges, fonts, page setup, prose."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.oxml.ns import qn

from gkdesk.export.context import build_context
from gkdesk.export.docx import export_docx

from .conftest import filled_document


def grid_of(table) -> dict[tuple[int, int], tuple[int, int, str]]:
    """{(r, c): (rs, cs, text)} of the merged cells of a Word table, from gridSpan/vMerge."""
    items: dict[tuple[int, int], list] = {}
    open_v: dict[int, tuple[int, int]] = {}  # grid column -> top-left of the vertical merge there
    for r, tr in enumerate(table._tbl.findall(qn("w:tr"))):
        c = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            span, vmerge = 1, None
            if tcpr is not None:
                gs = tcpr.find(qn("w:gridSpan"))
                if gs is not None:
                    span = int(gs.get(qn("w:val")))
                vm = tcpr.find(qn("w:vMerge"))
                if vm is not None:
                    vmerge = vm.get(qn("w:val")) or "continue"
            text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.findall(qn("w:p")))
            if vmerge == "continue":
                key = open_v[c]
                items[key][0] += 1
                assert items[key][1] == span, f"vMerge continuation with a different span at {(r, c)}"
                assert text == "", f"covered cell {(r, c)} has text {text!r}"
            else:
                items[(r, c)] = [1, span, text]
                if vmerge == "restart":
                    open_v[c] = (r, c)
                else:
                    open_v.pop(c, None)
            c += span
        assert c == len(table._tbl.tblGrid.findall(qn("w:gridCol"))), f"row {r} covers {c} columns"
    return {k: (v[0], v[1], v[2]) for k, v in items.items()}


def expected_grid(doc, table_key: str) -> dict[tuple[int, int], tuple[int, int, str]]:
    ctx = build_context(doc)
    t = doc.spec.table(table_key)
    return {(it.r, it.c): (it.rs, it.cs, ctx["cells"][it.cell] if it.role == "value" else it.text) for it in t.items}


def body_texts(d) -> list[str]:
    return [p.text for p in d.paragraphs]


@pytest.fixture(params=["2021", "2019"])
def exported(request, tmp_path, example_doc):
    doc = example_doc if request.param == "2021" else filled_document("2019")
    out = tmp_path / f"r{request.param}.docx"
    export_docx(doc, out)
    return doc, Docx(str(out)), out


def test_every_table_cell_and_merge_matches_the_spec(exported):
    doc, d, _ = exported
    keys = [t.key for t in doc.spec.tables]
    assert len(d.tables) == len(keys)
    for table, key in zip(d.tables, keys):
        got = grid_of(table)
        want = expected_grid(doc, key)
        assert set(got) == set(want), f"{key}: merged-cell layout differs"
        for pos in want:
            assert got[pos] == want[pos], f"{key} at {pos}: {got[pos]} != {want[pos]}"
        t = doc.spec.table(key)
        assert len(table.rows) == t.n_rows
        assert len(table._tbl.tblGrid.findall(qn("w:gridCol"))) == t.n_cols


def test_values_are_the_reports_figures(exported):
    doc, d, _ = exported
    t3 = d.tables[1]
    spec_t3 = doc.spec.table("t3")
    for c in spec_t3.cells:
        r, col, _, _ = c.grid
        assert t3.cell(r, col).text == doc.value(c.id).text
    if doc.format_id == "2021":
        t2 = d.tables[0]
        cell = doc.spec.cells["t2.fees.amount"]
        assert t2.cell(cell.grid[0], cell.grid[1]).text == "12.3456"
        assert t2.cell(cell.grid[0] - 1, 1).text == "本年收费金额（单位：万元）"
    else:
        cell = doc.spec.cells["t2.license.change"]
        assert d.tables[0].cell(cell.grid[0], cell.grid[1]).text.startswith("-")
        amount = doc.spec.cells["t2.procurement.amount"]
        assert d.tables[0].cell(amount.grid[0], amount.grid[1]).text.endswith(".1234")
        items = doc.spec.cells["t2.procurement.items"]  # a cell code that is also a dict method name
        assert d.tables[0].cell(items.grid[0], items.grid[1]).text == doc.value(items.id).text


def test_no_template_tags_left(exported):
    _, d, out = exported
    import zipfile

    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    for tag in ("{{", "}}", "{%", "%}"):
        assert tag not in xml


def test_headings_prose_title_and_signature(exported):
    doc, d, _ = exported
    texts = body_texts(d)
    ctx = build_context(doc)
    assert "".join(ctx["title_lines"]) == doc.title
    for line in ctx["title_lines"]:
        p = d.paragraphs[texts.index(line)]
        assert p.style.name == "GK Title"
    positions = [texts.index(s.heading) for s in doc.spec.sections]
    assert positions == sorted(positions)
    for s in doc.spec.sections:
        assert d.paragraphs[texts.index(s.heading)].style.name == "Heading 1"
        for para in ctx[s.key]["paragraphs"]:
            assert para in texts
    # "（一）主动公开。" sub-headings are runs in the 楷体 character style
    lead_runs = [r for p in d.paragraphs for r in p.runs if r.style is not None and r.style.name == "GK Lead" and r.text]
    assert lead_runs and all(r.text.startswith("（") for r in lead_runs)
    assert texts[-1].rstrip("\u3000\u2002") == ctx["meta"]["date"]
    assert texts[-2].rstrip("\u3000\u2002") == doc.meta.agency


def test_special_characters_are_escaped(tmp_path, doc2019):
    out = tmp_path / "x.docx"
    export_docx(doc2019, out)
    assert "普通段落 & <特殊> 字符。" in body_texts(Docx(str(out)))


def _east_asia(rpr) -> str | None:
    f = rpr.find(qn("w:rFonts"))
    return None if f is None else f.get(qn("w:eastAsia"))


def _size(rpr) -> float:
    return int(rpr.find(qn("w:sz")).get(qn("w:val"))) / 2


def test_fonts_and_page_setup(exported):
    doc, d, _ = exported
    st = d.styles
    expect = {"Normal": ("仿宋_GB2312", 16), "Heading 1": ("黑体", 16), "GK Title": ("方正小标宋简体", 22),
              "GK Lead": ("楷体_GB2312", 16), "GK Table": ("仿宋_GB2312", 10.5), "GK Table Small": ("仿宋_GB2312", 9),
              "GK Table Small Left": ("仿宋_GB2312", 9), "GK Keep With Next": ("仿宋_GB2312", 16),
              "GK Page Number": ("宋体", 14)}
    for name, (font, size) in expect.items():
        rpr = st[name].element.find(qn("w:rPr"))
        assert _east_asia(rpr) == font, name
        assert _size(rpr) == size, name
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:asciiTheme")) is None and fonts.get(qn("w:eastAsiaTheme")) is None
    normal_ppr = st["Normal"].element.find(qn("w:pPr"))
    assert normal_ppr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    spacing = normal_ppr.find(qn("w:spacing"))
    assert spacing.get(qn("w:line")) == "579" and spacing.get(qn("w:lineRule")) == "exact"
    sect = d.sections[0]._sectPr
    pg = sect.find(qn("w:pgSz"))
    assert (pg.get(qn("w:w")), pg.get(qn("w:h"))) == ("11906", "16838")
    mar = sect.find(qn("w:pgMar"))
    assert {k: mar.get(qn(f"w:{k}")) for k in ("top", "bottom", "left", "right")} == \
        {"top": "2098", "bottom": "1984", "left": "1587", "right": "1474"}
    # tables: 156 mm wide, single 0.5 pt borders, 表四 in the small style
    for table, t in zip(d.tables, doc.spec.tables):
        tblpr = table._tbl.tblPr
        assert tblpr.find(qn("w:tblW")).get(qn("w:w")) == "8844"
        assert sum(int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))) == 8844
        top = tblpr.find(qn("w:tblBorders")).find(qn("w:top"))
        assert (top.get(qn("w:val")), top.get(qn("w:sz"))) == ("single", "4")
        styles = {p.style.name for row in table.rows for cell in row.cells for p in cell.paragraphs}
        if t.n_cols > 8:  # 表三, 表四: 小五
            assert styles <= {"GK Table Small", "GK Table Small Left"}
        else:
            assert styles <= {"GK Table", "GK Table Left"}
        assert styles
    # page numbers "— PAGE —" on odd (right) and even (left) pages
    for footer, jc in ((d.sections[0].footer, "right"), (d.sections[0].even_page_footer, "left")):
        xml = footer._element.xml
        assert "PAGE" in xml and "— " in footer.paragraphs[0].text
        assert footer.paragraphs[0]._p.pPr.find(qn("w:jc")).get(qn("w:val")) == jc


def test_blank_cell_stays_blank_and_na_marker_kept(tmp_path, example_doc):
    from gkdesk.core.commands import EditCells

    EditCells({"t3.new.research": "", "t4.review.upheld": "—"}).apply(example_doc)
    out = tmp_path / "b.docx"
    export_docx(example_doc, out)
    d = Docx(str(out))
    c = example_doc.spec.cells["t3.new.research"]
    assert d.tables[1].cell(c.grid[0], c.grid[1]).text == ""
    c = example_doc.spec.cells["t4.review.upheld"]
    assert d.tables[2].cell(c.grid[0], c.grid[1]).text == "—"
    # other zeros are exported as 0, never blank
    c = example_doc.spec.cells["t3.carried.business"]
    assert d.tables[1].cell(c.grid[0], c.grid[1]).text == "0"


def test_empty_document_exports(tmp_path):
    from gkdesk.core.document import Document

    out = tmp_path / "empty.docx"
    export_docx(Document("2021"), out)
    d = Docx(str(out))
    assert len(d.tables) == 3
    assert "政府信息公开工作年度报告" in d.paragraphs[0].text
