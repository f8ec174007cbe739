"""The XML Word and WPS read: Chinese settings, font table, grid, pagination keeps, widths, 落款.

Read from the exported files of the example and the five seed reports (real data), not from the
generator's own helpers, so a change in the generator that breaks a rule fails here.
"""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document as Docx
from docx.oxml.ns import qn
from lxml import etree

from gkdesk.core import storage
from gkdesk.core.commands import EditMeta, EditSection
from gkdesk.export.context import build_context, text_width
from gkdesk.export.docx import export_docx

from .test_docx import expected_grid, grid_of

ROOT = Path(__file__).resolve().parents[2]
REPORTS = [ROOT / "resources" / "example-2021.json", *sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FILL = "\u3000\u2002"


def _xml(path: Path, member: str):
    return etree.fromstring(zipfile.ZipFile(path).read(member))


@pytest.fixture(scope="module", params=[p.stem for p in REPORTS])
def report(request, tmp_path_factory):
    src = next(p for p in REPORTS if p.stem == request.param)
    doc = storage.load(src)
    out = tmp_path_factory.mktemp("docx") / f"{src.stem}.docx"
    export_docx(doc, out)
    return doc, out


def test_every_cell_reads_back(report):
    doc, out = report
    d = Docx(str(out))
    assert len(d.tables) == len(doc.spec.tables)
    for table, t in zip(d.tables, doc.spec.tables):
        assert grid_of(table) == expected_grid(doc, t.key), t.key


def test_chinese_settings_and_word_2013_mode(report):
    _, out = report
    st = _xml(out, "word/settings.xml")
    lang = st.find(f"{W}themeFontLang")
    assert lang.get(f"{W}eastAsia") == "zh-CN"
    modes = [c.get(f"{W}val") for c in st.iter(f"{W}compatSetting") if c.get(f"{W}name") == "compatibilityMode"]
    assert modes == ["15"]
    styles = _xml(out, "word/styles.xml")
    default_lang = styles.find(f"{W}docDefaults").find(f".//{W}lang")
    assert default_lang.get(f"{W}eastAsia") == "zh-CN"


def test_font_table_names_every_chinese_font_with_a_fallback(report):
    _, out = report
    fonts = {f.get(f"{W}name"): f for f in _xml(out, "word/fontTable.xml").iter(f"{W}font")}
    want = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体", "黑体": "SimHei"}
    for name, alt in want.items():
        f = fonts[name]
        assert f.find(f"{W}altName").get(f"{W}val") == alt
        assert f.find(f"{W}charset").get(f"{W}val") == "86"  # GB2312_CHARSET
        assert len(f.find(f"{W}panose1").get(f"{W}val")) == 20
        assert f.find(f"{W}family") is not None and f.find(f"{W}pitch") is not None
    used = {r.get(f"{W}eastAsia") for r in _xml(out, "word/styles.xml").iter(f"{W}rFonts")} - {None}
    assert used <= set(fonts), used - set(fonts)
    assert not [n for n in fonts if "ＭＳ" in n or "明朝" in n], "Japanese fonts left in the font table"


def test_grid_of_22_lines_and_28_characters(report):
    _, out = report
    grid = _xml(out, "word/document.xml").find(f".//{W}sectPr/{W}docGrid")
    assert grid.get(f"{W}type") == "linesAndChars"
    assert grid.get(f"{W}linePitch") == "579"  # 22 lines in the 225 mm 版心
    pitch = 16 + int(grid.get(f"{W}charSpace")) / 4096
    assert math.floor(8844 / 20 / pitch) == 28


def test_core_properties(report):
    doc, out = report
    cp = Docx(str(out)).core_properties
    assert cp.author == doc.meta.agency and cp.title == doc.title
    assert "模板" not in (cp.comments or "") and cp.author != "gkdesk"


def _ppr_has(p, tag: str) -> bool:
    ppr = p.find(f"{W}pPr")
    if ppr is not None and ppr.find(f"{W}{tag}") is not None:
        return True
    return False


def _style_keeps(styles, style_id: str | None) -> bool:
    while style_id:
        st = styles.get(style_id)
        if st is None:
            return False
        ppr = st.find(f"{W}pPr")
        if ppr is not None and ppr.find(f"{W}keepNext") is not None:
            return True
        based = st.find(f"{W}basedOn")
        style_id = based.get(f"{W}val") if based is not None else None
    return False


def _keeps(p, styles) -> bool:
    if _ppr_has(p, "keepNext"):
        return True
    ps = p.find(f"{W}pPr/{W}pStyle")
    return _style_keeps(styles, ps.get(f"{W}val") if ps is not None else "Normal")


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def test_headings_sub_headings_and_table_leads_keep_with_next(report):
    doc, out = report
    body = _xml(out, "word/document.xml").find(f"{W}body")
    styles = {s.get(f"{W}styleId"): s for s in _xml(out, "word/styles.xml").iter(f"{W}style")}
    children = list(body)
    heads = {s.heading for s in doc.spec.sections}
    leads = {b["lead"] for s in build_context(doc)["sections"] for b in s["blocks"] if b["lead"] and not b["body"]}
    seen = 0
    for i, el in enumerate(children):
        if el.tag != f"{W}p":
            continue
        text = _text(el)
        if text in heads or text in leads:
            seen += 1
            assert _keeps(el, styles), f"heading {text!r} does not keep with next"
        if i + 1 < len(children) and children[i + 1].tag == f"{W}tbl":
            assert _keeps(el, styles), f"{text!r} before a table does not keep with it"
    assert seen >= len(heads)
    normal = styles["Normal"].find(f"{W}pPr")
    assert normal.find(f"{W}widowControl") is not None


def test_table_rows_never_split_and_groups_stay_together(report):
    doc, out = report
    tables = _xml(out, "word/document.xml").find(f"{W}body").findall(f"{W}tbl")
    for tbl, t in zip(tables, doc.spec.tables):
        rows = tbl.findall(f"{W}tr")
        keep = [all(_ppr_has(p, "keepNext") for p in tr.iter(f"{W}p")) for tr in rows]
        for r, tr in enumerate(rows):
            assert tr.find(f"{W}trPr/{W}cantSplit") is not None, f"{t.key} row {r} may split"
            if r < t.header_rows:
                assert tr.find(f"{W}trPr/{W}tblHeader") is not None and keep[r]
        assert not keep[-1]
        for it in t.items:
            if it.role == "rowlabel" and 1 < it.rs <= 10:  # a row group: （三）不予公开 …
                assert all(keep[it.r:it.r + it.rs - 1]), f"{t.key}: group {it.text} may split"
        if t.layout == "blocks":  # 表二 may break between its blocks (no page left 78 mm empty)
            starts = sorted({it.r for it in t.items if it.role == "title"})
            for s in starts[1:]:
                assert not keep[s - 1], f"{t.key}: block before row {s} is glued to the next"
            for s, e in zip(starts, starts[1:] + [len(rows)]):
                assert all(keep[s:e - 1]), f"{t.key}: block at row {s} may split"
        if t.key == "t3":  # the outer label 三、本年度办理结果 keeps enough rows to print whole
            outer = next(it for it in t.items if it.role == "rowlabel" and it.rs > 10)
            assert all(keep[outer.r:outer.r + len(outer.text)])


def _cpl(width_twips: int, pt: float) -> int:
    return int(((width_twips - 60) / 20) / pt + 1e-9)


def test_no_header_or_group_label_breaks_inside_a_word(report):
    """Every column holds its longest label word (≤ 4 characters: 商业企业; 社会公益/组织 wraps after
    社会公益) and a six-digit number; group labels break only after their number: （三）/不予公开."""
    doc, out = report
    d = Docx(str(out))
    for table, t in zip(d.tables, doc.spec.tables):
        widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(widths) == 8844
        sz = {p.style.name for row in table.rows for c in row.cells for p in c.paragraphs}
        pt = 9 if sz <= {"GK Table Small", "GK Table Small Left"} else 10.5
        cells = {(it.r, it.c): it for it in t.items}
        for (r, c), it in cells.items():
            if it.cs != 1:
                continue
            cpl = _cpl(widths[c], pt)
            if it.role == "value":
                digits = 6 if t.label_cols else 4  # 表四's 15 columns: case counts up to 9999
                assert cpl * 2 >= digits, f"{t.key} column {c} cannot hold a {digits}-digit number"
                continue
            if it.role == "rowlabel" and c == t.label_cols - 1:
                continue  # the item labels: long sentences that wrap like prose
            tc = table.cell(r, c)._tc
            lines = [line for p in tc.iter(qn("w:p")) for line in
                     "".join("\n" if el.tag == qn("w:br") else (el.text or "") for el in p.iter(qn("w:t"), qn("w:br")))
                     .split("\n")]
            if it.role == "rowlabel" and cpl == 1:  # a stacked label (三、本年度办理结果): one character a line
                assert it.rs >= len(it.text), f"{t.key}: {it.text} has too few rows to stack"
                continue
            assert "".join(lines) == it.text
            for line in lines:  # every line fits: the program, not Word, decides where a label breaks
                assert len(line) <= cpl, f"{t.key} {it.text!r}: {line!r} wraps in a {cpl}-character column"
            if len(lines) > 1:
                if re.match(r"^（[一二三四五六七八九十]+）", it.text):
                    assert re.fullmatch(r"（[一二三四五六七八九十]+）", lines[0]), f"{it.text} breaks inside a word"
                    lines = lines[1:]
                assert all(len(x) % 2 == 0 for x in lines[:-1]) and len(lines[-1]) >= 2, \
                    f"{t.key} {it.text!r} breaks inside a two-character word: {lines}"
            if it.role == "header" and len(it.text) <= 4 and t.n_cols <= 10:
                assert len(lines) == 1, f"{t.key}: header {it.text!r} is not on one line"


def test_signature_centred_over_the_date_and_kept_with_the_text(report):
    doc, out = report
    d = Docx(str(out))
    paras = d.paragraphs
    agency, date = paras[-2], paras[-1]
    ctx = build_context(doc)
    assert agency.text.rstrip(FILL) == doc.meta.agency
    want_date = ctx["meta"]["date"] or "　　年　月　日"
    assert date.text.rstrip(FILL) == want_date
    for p in (agency, date):
        assert p.style.name == "GK Signature"
    sig = d.styles["GK Signature"].element.find(qn("w:pPr"))
    assert sig.find(qn("w:jc")).get(qn("w:val")) == "right"

    def right_space(t: str) -> float:
        tail = t[len(t.rstrip(FILL)):]
        return sum(1.0 if ch == "\u3000" else 0.5 for ch in tail)

    r_d, r_a = right_space(date.text), right_space(agency.text)
    w_d, w_a = text_width(want_date), text_width(doc.meta.agency)
    assert r_d >= 4  # 右空四字
    if r_a > 0:  # centred over the date (to half a character)
        assert abs((r_a + w_a / 2) - (r_d + w_d / 2)) <= 0.5
    else:
        assert r_d == 4 or abs((w_a / 2) - (r_d + w_d / 2)) <= 0.5
    styles = {s.get(f"{W}styleId"): s for s in _xml(out, "word/styles.xml").iter(f"{W}style")}
    body = [p for p in _xml(out, "word/document.xml").find(f"{W}body") if p.tag == f"{W}p"]
    # the blank line, the agency and the last line of text before them all keep with next
    assert _keeps(body[-2], styles) and _keeps(body[-3], styles)
    last_text = next(p for p in reversed(body[:-3]) if _text(p).strip())
    assert _keeps(last_text, styles), f"{_text(last_text)!r} may be left on the page before the 落款"


def test_empty_six_prints_wu_and_contact_line(tmp_path):
    doc = storage.load(REPORTS[0])
    EditSection("s6", "").apply(doc)
    EditMeta("contact", "电话：0000-1234567").apply(doc)
    out = tmp_path / "a.docx"
    export_docx(doc, out)
    texts = [p.text for p in Docx(str(out)).paragraphs]
    i = texts.index("六、其他需要报告的事项")
    assert texts[i + 1] == "无。"
    assert "电话：0000-1234567。" in texts
    EditMeta("contact", "").apply(doc)
    EditMeta("date", "").apply(doc)
    export_docx(doc, out)
    texts = [p.text for p in Docx(str(out)).paragraphs]
    assert not [t for t in texts if "0000-1234567" in t]
    assert texts[-1].rstrip(FILL) == "　　年　月　日"


def test_exported_files_have_normal_permission_bits(tmp_path, example_doc):
    import os

    old = os.umask(0o022)
    try:
        out = tmp_path / "r.docx"
        export_docx(example_doc, out)
        assert out.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
