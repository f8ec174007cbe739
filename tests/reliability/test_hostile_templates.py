"""Hostile templates: bounded in work and memory. Each line below once ran for seconds or ate
gigabytes (lipsum(n=10**7), big-integer powers, 300 MB format widths, a loop doubling a string);
now each is an ExportError with a Chinese message, within a guard, through the real DOCX and XLSX
export with the clerk's own template."""

from __future__ import annotations

import pytest
from docx import Document as DocxDocument
from openpyxl import Workbook

from gkdesk.core.errors import ExportError
from gkdesk.export.docx import export_docx
from gkdesk.export.xlsx import export_xlsx

from .conftest import no_hang

HOSTILE = {
    "lipsum": "{{ lipsum(n=10**7) }}",
    "square-chain": "{% set ns = namespace(x=3) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}{% endfor %}"
                    "{{ ns.x }}",
    "percent-width": "{{ '%300000000d' % 1 }}",
    "filter-width": "{{ '%300000000d'|format(1) }}",
    "format-width": "{{ '{:>300000000}'.format(1) }}",
    "nested-width": "{{ '{:{w}}'.format(1, w=300000000) }}",
    "tilde-doubling": "{% set ns = namespace(x='ab') %}{% for i in range(40) %}{% set ns.x = ns.x ~ ns.x %}"
                      "{% endfor %}{{ ns.x|length }}",
    "plus-doubling": "{% set ns = namespace(x='ab') %}{% for i in range(40) %}{% set ns.x = ns.x + ns.x %}"
                     "{% endfor %}{{ ns.x|length }}",
    "power": "{{ 2 ** 100000 }}",
}


def _docx_template(tmp_path, tag: str):
    d = DocxDocument()
    d.add_paragraph("{{ title }}")
    d.add_paragraph(tag)
    p = tmp_path / "t.docx"
    d.save(p)
    return p


def _xlsx_template(tmp_path, tag: str):
    wb = Workbook()
    wb.active["A1"] = "{{ meta.agency }}"
    wb.active["A2"] = tag
    p = tmp_path / "t.xlsx"
    wb.save(p)
    return p


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_tag_is_refused_quickly_in_docx_and_xlsx(name, tmp_path, example_doc):
    tag = HOSTILE[name]
    with no_hang(15):
        with pytest.raises(ExportError, match="模板"):
            export_docx(example_doc, tmp_path / "o.docx", _docx_template(tmp_path, tag))
        with pytest.raises(ExportError, match="模板"):
            export_xlsx(example_doc, tmp_path / "o.xlsx", _xlsx_template(tmp_path, tag))
    assert not (tmp_path / "o.docx").exists() and not (tmp_path / "o.xlsx").exists()


def test_ordinary_template_features_still_work(tmp_path, example_doc):
    tag = ("{{ meta.agency ~ '（' ~ meta.year ~ '）' }} {{ '%05d'|format(3) }} {{ '{:>6}'.format('x') }} "
           "{{ lipsum(1, false, 5, 10)|length > 0 }} {{ 2 ** 10 }} {{ 'ab' * 3 }}")
    export_docx(example_doc, tmp_path / "o.docx", _docx_template(tmp_path, tag))
    text = "\n".join(p.text for p in DocxDocument(tmp_path / "o.docx").paragraphs)
    assert f"{example_doc.meta.agency}（{example_doc.meta.year}） 00003      x True 1024 ababab" in text


def _rewrite(src, dst, change):
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, change(info.filename, zin.read(info)))
        extra = change("", b"")
        if extra:
            zout.writestr("word/media/bomb.bin", extra)


def test_template_archive_has_the_import_zip_limits(tmp_path, example_doc):
    tpl = _docx_template(tmp_path, "{{ title }}")
    bomb = tmp_path / "bomb.docx"
    _rewrite(tpl, bomb, lambda name, b: b"\0" * (300 * 1024 * 1024) if name == "" else b)  # inflates 1000×
    with no_hang(30), pytest.raises(ExportError, match="压缩"):
        export_docx(example_doc, tmp_path / "o.docx", bomb)


@pytest.mark.parametrize("what", ["hyperlink", "linked-image", "includepicture"])
def test_remote_references_in_a_template_are_refused(what, tmp_path, example_doc):
    tpl = _docx_template(tmp_path, "{{ title }}")
    bad = tmp_path / "remote.docx"

    def change(name, b):
        if what != "includepicture" and name == "word/_rels/document.xml.rels":
            kind = "hyperlink" if what == "hyperlink" else "image"
            rel = (f'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/{kind}" Target="http://tracker.example/x.png" TargetMode="External"/>')
            return b.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
        if what == "includepicture" and name == "word/document.xml":
            field = (b'<w:p><w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "http://tracker.example/x.png" '
                     b'</w:instrText></w:r></w:p>')
            return b.replace(b"</w:body>", field + b"</w:body>") if b"<w:sectPr" not in b else \
                b.replace(b"<w:sectPr", field + b"<w:sectPr", 1)
        return b if name else b""

    _rewrite(tpl, bad, change)
    with pytest.raises(ExportError, match="外部"):
        export_docx(example_doc, tmp_path / "o.docx", bad)
    assert not (tmp_path / "o.docx").exists()


@pytest.mark.parametrize("tag", ["{{ '<w:bogus>'|safe }}", "{{ '</w:t></w:r><w:r><w:t>x'|safe }}",
                                 "{{ 'http://x.example'|urlize }}",
                                 "{% autoescape false %}{{ '<w:bogus>' }}{% endautoescape %}"])
def test_raw_markup_into_the_docx_xml_is_refused(tag, tmp_path, example_doc):
    """|safe once wrote raw XML that broke the document while the export reported success."""
    with pytest.raises(ExportError, match="不允许"):
        export_docx(example_doc, tmp_path / "o.docx", _docx_template(tmp_path, tag))
    assert not (tmp_path / "o.docx").exists()
