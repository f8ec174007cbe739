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
