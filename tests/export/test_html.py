"""HTML export: a clean page with real tables (rowspan/colspan from the format), read back cell by cell."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.commands import EditSection
from gkdesk.core.errors import ExportError
from gkdesk.export.context import build_context
from gkdesk.export.html import export_html, render_html

ROOT = Path(__file__).resolve().parents[2]
REPORTS = [ROOT / "resources" / "example-2021.json", *sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))]


class Grid(HTMLParser):
    """Tables as {(r, c): (rs, cs, text)}, placing each cell past the cells spanned from rows above."""

    def __init__(self):
        super().__init__()
        self.tables, self.paragraphs, self.headings = [], [], []
        self._cell = None
        self._text = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append({"cells": {}, "taken": set(), "r": -1})
        elif tag == "tr":
            self.tables[-1]["r"] += 1
        elif tag in ("td", "th"):
            t = self.tables[-1]
            r, c = t["r"], 0
            while (r, c) in t["taken"]:
                c += 1
            rs, cs = int(a.get("rowspan", 1)), int(a.get("colspan", 1))
            t["taken"].update((r + i, c + j) for i in range(rs) for j in range(cs))
            self._cell = (t, (r, c), rs, cs, tag)
            self._text = []
        elif tag in ("p", "h2"):
            self._text = []
        elif tag == "br" and self._text is not None:
            self._text.append("\n")

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell:
            t, pos, rs, cs, kind = self._cell
            t["cells"][pos] = (rs, cs, "".join(self._text), kind)
            self._cell = self._text = None
        elif tag == "p" and self._text is not None:
            self.paragraphs.append("".join(self._text))
            self._text = None
        elif tag == "h2" and self._text is not None:
            self.headings.append("".join(self._text))
            self._text = None


def parse(html: str) -> Grid:
    g = Grid()
    g.feed(html)
    return g


@pytest.mark.parametrize("src", REPORTS, ids=lambda p: p.stem)
def test_tables_read_back_cell_by_cell(src):
    doc = storage.load(src)
    html = render_html(doc)
    g = parse(html)
    ctx = build_context(doc)
    assert len(g.tables) == len(doc.spec.tables)
    for table, t in zip(g.tables, doc.spec.tables):
        want = {(it.r, it.c): (it.rs, it.cs, ctx["cells"][it.cell] if it.role == "value" else it.text,
                               "td" if it.role == "value" else "th") for it in t.items}
        assert table["cells"] == want, t.key
    assert g.headings == [s.heading for s in doc.spec.sections]
    for s in ctx["sections"]:
        for b in s["blocks"]:
            assert b["lead"] + b["body"] in g.paragraphs
    assert doc.meta.agency in g.paragraphs[-1]


def test_no_word_residue_and_cms_friendly(example_doc):
    html = render_html(example_doc)
    for residue in ("mso-", "<o:p", "Mso", "urn:schemas-microsoft", "<font", "&nbsp;"):
        assert residue not in html
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in html and 'charset="utf-8"' in html
    assert html.count('<table border="1"') == 3  # borders survive a CMS that strips <style>
    assert "{{" not in html and "{%" not in html and "\n\n" not in html


def test_report_text_is_escaped(tmp_path, example_doc):
    EditSection("s5", "<script>alert(1)</script> & “引号”").apply(example_doc)
    out = tmp_path / "r.html"
    export_html(example_doc, out)
    text = out.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”" in text


def test_broken_html_template_names_the_line(tmp_path, example_doc):
    tpl = tmp_path / "mine.html"
    tpl.write_text("<h1>{{ title }}</h1>\n<p>{{ meta.agency }</p>\n", encoding="utf-8")
    with pytest.raises(ExportError, match="第2行"):
        render_html(example_doc, tpl)
    tpl.write_text("<h1>{{ title }}</h1>\n{% for s in sections %}\n", encoding="utf-8")
    with pytest.raises(ExportError, match="endfor"):
        render_html(example_doc, tpl)
    tpl.write_text("{{ ''.__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(ExportError, match="不允许"):
        render_html(example_doc, tpl)
