"""Templates: generated from the spec, adaptable by clerks, safe against hostile content."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document as Docx
from docx.oxml.ns import qn
from openpyxl import load_workbook

from gkdesk import paths
from gkdesk.core.document import Document
from gkdesk.core.errors import ExportError
from gkdesk.core.spec import format_ids, get_format
from gkdesk.export.context import TOP_LEVEL, build_context
from gkdesk.export.docx import export_docx
from gkdesk.export.readme import render_readme
from gkdesk.export.templatebuild import build_docx_template, build_xlsx_template

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\{\s*(t[234](?:\.\w+)+)\s*\}\}")


def test_committed_templates_equal_a_fresh_generation():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "make_templates.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_generation_is_reproducible():
    assert build_docx_template("2021") == build_docx_template("2021")
    assert build_xlsx_template("2019") == build_xlsx_template("2019")


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_templates_cover_every_cell_exactly_once(fmt):
    spec = get_format(fmt)
    xml = zipfile.ZipFile(paths.templates_dir() / f"report-{fmt}.docx").read("word/document.xml").decode()
    text = re.sub(r"<[^>]+>", "", xml)
    ids = PLACEHOLDER.findall(text)
    assert sorted(ids) == sorted(spec.cells)
    wb = load_workbook(paths.templates_dir() / f"report-{fmt}.xlsx")
    ids = [m for ws in wb.worksheets for row in ws.iter_rows() for c in row
           if isinstance(c.value, str) for m in PLACEHOLDER.findall(c.value)]
    assert sorted(ids) == sorted(spec.cells)


def test_readme_lists_exactly_the_context_names():
    readme = (paths.templates_dir() / "README.md").read_text(encoding="utf-8")
    assert readme == render_readme()
    section = readme.split("## 可用的变量（顶层名称）", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `([a-z_0-9]+)` \|", section, re.M)
    for fmt in format_ids():
        assert sorted(listed) == sorted(build_context(Document(fmt)))
    assert sorted(listed) == sorted(TOP_LEVEL)
    for fmt in format_ids():
        for cid in get_format(fmt).cells:
            assert f"`{cid}`" in readme
    assert "Word 或 WPS" in readme


# ---------------------------------------------------------------- hostile and broken templates
def make_docx_template(tmp_path: Path, *extra: str, name: str = "t.docx") -> Path:
    d = Docx(str(paths.templates_dir() / "report-2021.docx"))
    for text in extra:
        d.add_paragraph(text)
    p = tmp_path / name
    d.save(str(p))
    return p


@pytest.mark.parametrize("text, needles", [
    ("{{ nonsense }}", ["nonsense"]),
    ("{{ t3.new.nonsense }}", ["nonsense", "{{ t3.new.nonsense }}"]),
    ("{{ t3.new.total ", ["{{ t3.new.total", "没有闭合"]),
    ("{{ t3.new..total }}", ["{{ t3.new..total }}"]),
    ("{% for x in s1.blocks %}", ["endfor"]),
    ("{% if %}", ["{% if %}"]),
    ("{{ t3.new.total | nofilter }}", ["nofilter"]),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", ["不允许", "__class__"]),
    ("{% for x in range(10**9) %}x{% endfor %}", ["不允许"]),
    ("{% for x in range(99999) %}{% for y in range(99999) %}{% endfor %}{% endfor %}", ["循环次数"]),
    ("{{ 'x' * 10**8 }}", ["过长"]),
    ("{{ 2 ** (10 ** 10) }}", ["乘方"]),
    ("{{ 10 ** 64 ** 64 ** 64 ** 64 }}", ["乘方"]),
])
def test_broken_or_hostile_docx_template(tmp_path, example_doc, text, needles):
    tpl = make_docx_template(tmp_path, text)
    out = tmp_path / "out.docx"
    out.write_bytes(b"previous export")
    t0 = time.perf_counter()
    with pytest.raises(ExportError) as e:
        export_docx(example_doc, out, tpl)
    assert time.perf_counter() - t0 < 10
    for n in needles:
        assert n in str(e.value), str(e.value)
    assert out.read_bytes() == b"previous export"  # the old file is untouched


def test_template_cannot_run_code(tmp_path, example_doc):
    marker = tmp_path / "pwned"
    attacks = [
        "{{ cycler.__init__.__globals__.os.system('touch %s') }}" % marker,
        "{{ namespace.__init__.__globals__['os'].system('touch %s') }}" % marker,
        "{{ lipsum.__globals__['os'].popen('touch %s').read() }}" % marker,
        "{{ meta.__class__.__base__.__subclasses__() }}",
        "{{ title.format.__globals__ }}",
    ]
    for i, attack in enumerate(attacks):
        tpl = make_docx_template(tmp_path, attack, name=f"a{i}.docx")
        with pytest.raises(ExportError):
            export_docx(example_doc, tmp_path / "o.docx", tpl)
    assert not marker.exists()


def test_not_a_docx(tmp_path, example_doc):
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 old .doc")
    with pytest.raises(ExportError, match="不是有效的 DOCX"):
        export_docx(example_doc, tmp_path / "o.docx", bad)
    with pytest.raises(ExportError, match="找不到"):
        export_docx(example_doc, tmp_path / "o.docx", tmp_path / "nope.docx")
    z = tmp_path / "z.docx"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("hello.txt", "not word")
    with pytest.raises(ExportError, match="无法打开 DOCX 模板"):
        export_docx(example_doc, tmp_path / "o.docx", z)


def test_unwritable_output(tmp_path, example_doc):
    with pytest.raises(ExportError, match="不存在"):
        export_docx(example_doc, tmp_path / "no" / "such" / "dir.docx")
    with pytest.raises(ExportError, match="文件夹"):
        export_docx(example_doc, tmp_path)


# ---------------------------------------------------------------- a clerk's adapted template
def test_custom_template_round_trips(tmp_path, example_doc):
    """Copy the default, change the body font and add a letterhead in Word-like edits: export keeps both."""
    d = Docx(str(paths.templates_dir() / "report-2021.docx"))
    rpr = d.styles["Normal"].element.find(qn("w:rPr"))
    rpr.find(qn("w:rFonts")).set(qn("w:eastAsia"), "宋体")
    first = d.paragraphs[0]
    letterhead = first.insert_paragraph_before("示例市生态环境局文件")
    tpl = tmp_path / "本单位模板.docx"
    d.save(str(tpl))
    out = tmp_path / "out.docx"
    export_docx(example_doc, out, tpl)
    got = Docx(str(out))
    assert got.paragraphs[0].text == letterhead.text
    assert got.styles["Normal"].element.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"
    assert got.tables[1].cell(3, 9).text == "48"  # 一、本年新收／总计
    assert example_doc.title in "".join(p.text for p in got.paragraphs[:3])


# ---------------------------------------------------------------- templates fail loudly, naming the place
def _template_with(tmp_path: Path, edit) -> Path:
    d = Docx(str(paths.templates_dir() / "report-2021.docx"))
    edit(d)
    p = tmp_path / "edited.docx"
    d.save(str(p))
    return p


def _set_text(p, text: str) -> None:
    for r in p.runs[1:]:
        r._r.getparent().remove(r._r)
    p.runs[0].text = text


def _export_error(tmp_path, example_doc, edit) -> str:
    tpl = _template_with(tmp_path, edit)
    out = tmp_path / "out.docx"
    with pytest.raises(ExportError) as e:
        export_docx(example_doc, out, tpl)
    assert not out.exists()
    return str(e.value)


def _para_with(d, text: str):
    return next(p for p in d.paragraphs if p.text == text)


def test_missing_brace_in_the_signature_names_the_paragraph(tmp_path, example_doc):
    def edit(d):
        _set_text(_para_with(d, "{{ signature.agency_line }}"), "{{ signature.agency_line }")
    msg = _export_error(tmp_path, example_doc, edit)
    d = Docx(str(paths.templates_dir() / "report-2021.docx"))
    n = [p.text for p in d.element.body.iterchildren() if p.tag == qn("w:p")]
    # the paragraph number counts the body's paragraphs as Word shows them, tables aside
    number = [i for i, p in enumerate(x for x in d.element.body.iterchildren() if x.tag == qn("w:p"))
              if "".join(t.text or "" for t in p.iter(qn("w:t"))) == "{{ signature.agency_line }}"][0] + 1
    assert n and f"第{number}段" in msg and "没有闭合" in msg and "“}}”" in msg and "signature.agency_line" in msg


@pytest.mark.parametrize("bad, needles", [
    ("{ meta.agency }}", ["多余的“}}”"]),
    ("{%p if meta.date %", ["没有闭合", "“%}”"]),
    ("{{ meta.agency %}", ["不配对"]),
    ("落款：{%p if meta.date %}", ["单独放在一段"]),
    ("{%p endif %}", ["前面没有对应的开始标签"]),
    ("{%p for x in s1.blocks %}", ["缺少对应的结束标签", "endfor"]),
])
def test_tag_problems_are_found_before_rendering(tmp_path, example_doc, bad, needles):
    def edit(d):
        d.add_paragraph(bad)
    msg = _export_error(tmp_path, example_doc, edit)
    for n in needles:
        assert n in msg, msg
    assert "段" in msg and bad.strip()[:10] in msg


def test_broken_tag_in_a_table_cell_names_table_row_and_cell(tmp_path, example_doc):
    def edit(d):
        cell = d.tables[1].cell(3, 3)  # 表三 一、本年新收 / 自然人
        _set_text(cell.paragraphs[0], "{{ t3.new.natural }")
    msg = _export_error(tmp_path, example_doc, edit)
    assert "第2个表格第4行" in msg and "{{ t3.new.natural" in msg, msg


def test_broken_tag_in_the_footer_is_named(tmp_path, example_doc):
    def edit(d):
        d.sections[0].footer.paragraphs[0].add_run("{{ meta.agency ")
    msg = _export_error(tmp_path, example_doc, edit)
    assert "页脚" in msg and "没有闭合" in msg, msg


def test_fixed_paragraph_swallowed_by_a_tag_is_an_error_even_if_the_scan_misses_it(tmp_path, example_doc,
                                                                                    monkeypatch):
    """Defence in depth: after rendering, every fixed paragraph of the template must still be there."""
    import gkdesk.export.docx as mod

    def edit(d):
        paras = d.paragraphs
        i = [p.text for p in paras].index("一、总体情况")
        paras[i].insert_paragraph_before("{# a comment starts")
        paras[i + 1].insert_paragraph_before("and ends #}")  # the heading between them vanishes
    real = mod.scan_template

    def blind(places, env, **kw):
        res = real(places, env, **kw)
        res.problems.clear()
        return res
    monkeypatch.setattr(mod, "scan_template", blind)
    mod.clear_cache()
    msg = _export_error(tmp_path, example_doc, edit)
    assert "一、总体情况" in msg and "丢失" in msg


def test_a_checked_template_is_cached_until_it_changes(tmp_path, example_doc):
    import os

    import gkdesk.export.docx as mod

    tpl = tmp_path / "mine.docx"
    tpl.write_bytes((paths.templates_dir() / "report-2021.docx").read_bytes())
    mod.clear_cache()
    export_docx(example_doc, tmp_path / "a.docx", tpl)
    assert len(mod._CACHE) == 1
    export_docx(example_doc, tmp_path / "b.docx", tpl)
    assert len(mod._CACHE) == 1
    d = Docx(str(tpl))
    d.add_paragraph("{{ nonsense }}")
    d.save(str(tpl))
    st = tpl.stat()
    os.utime(tpl, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # a changed file is checked again
    with pytest.raises(ExportError, match="nonsense"):
        export_docx(example_doc, tmp_path / "c.docx", tpl)


def test_report_text_with_braces_is_data_not_a_tag(tmp_path, example_doc):
    from gkdesk.core.commands import EditSection

    EditSection("s5", "模板示例写作 {{ x }} 与 {% y %}，照原样印出。").apply(example_doc)
    out = tmp_path / "b.docx"
    export_docx(example_doc, out)
    assert "模板示例写作 {{ x }} 与 {% y %}，照原样印出。" in [p.text for p in Docx(str(out)).paragraphs]


def test_no_leftover_parts_of_python_docx(tmp_path, example_doc):
    out = tmp_path / "c.docx"
    export_docx(example_doc, out)
    names = zipfile.ZipFile(out).namelist()
    assert not [n for n in names if "thumbnail" in n or "stylesWithEffects" in n or n.startswith("customXml")]
    assert len(zipfile.ZipFile(out).read("word/styles.xml")) < 60_000  # unused built-in styles dropped
