"""Text that other programs take from a clerk's report (optional presentations of import_holdout.py).

Each function stands for one real program a clerk, a reviewer or a scraper uses to turn a published
report into text; they are asked for with ``--pres`` only, so the default totals stay comparable:

    pdftotext_raw   poppler's ``pdftotext -raw`` of the clerk's PDF: the text in the order of the
                    content stream (no column reordering), what scripts that want "reading order" use
    plumber_text    pdfplumber's ``page.extract_text()`` of that PDF, pages joined by a line break
                    (what Python scrapers built on pdfplumber publish)
    plumber_layout  pdfplumber's ``page.extract_text(layout=True)``: the words placed on a character
                    grid like ``pdftotext -layout`` (pdfplumber's own spacing)
    lo_txt          LibreOffice's plain-text export of the clerk's DOCX (``soffice --convert-to
                    txt:Text``, what 另存为 → 文本 gives there): every table cell a paragraph of its own,
                    an empty cell an empty line
    word_txt        Word's 另存为 → 纯文本 (.txt) of that DOCX, emulated from its XML: a paragraph per
                    line, a table row per line with a TAB after each cell but the last, a cell's
                    further paragraphs breaking the row, a cell covered by a vertical merge empty, a
                    horizontally merged cell once; saved as GBK (Chinese Windows' default) or UTF-8
                    with BOM, CRLF line ends
    soup_text       BeautifulSoup ``get_text("\\n")`` of the CMS page (cms_html): every text node on
                    a line, whitespace as it stands in the markup (blank lines, &nbsp; cells as
                    U+00A0), the site's menus and footer included
    soup_strip      ``get_text("\\n", strip=True)`` of that page: stripped text nodes, empty ones
                    dropped (an empty cell leaves no line at all)
    html2text_md    html2text's markdown of that page (``body_width=0``): table rows as
                    ``a| b| c`` lines, a cell's <br> breaking its row
    markdownify_md  markdownify's markdown of that page: pipe tables, colspan written as empty cells,
                    rowspan not repeated

html2text and markdownify are not dependencies of gkdesk: ``pip install html2text markdownify``
into the venv to generate those two (they are skipped with a message otherwise).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

PDF_TEXT = ("pdftotext_raw", "plumber_text", "plumber_layout")
DOCX_TEXT = ("lo_txt", "word_txt")
HTML_TEXT = ("soup_text", "soup_strip", "html2text_md", "markdownify_md")
ALL = PDF_TEXT + DOCX_TEXT + HTML_TEXT
SUFFIX = {p: ".md" if p.endswith("_md") else ".txt" for p in ALL}


def pdf_text(pdf: Path, how: str) -> str:
    if how == "pdftotext_raw":
        return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True,
                              capture_output=True, timeout=120).stdout.decode("utf-8")
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        pages = [p.extract_text(layout=(how == "plumber_layout")) or "" for p in doc.pages]
    return "\n".join(pages) + "\n"


def _text_of(el, qn) -> str:
    """A paragraph's text as Word writes it to a .txt: w:t, tabs, breaks (a line break is a line)."""
    out = []
    for node in el.iter():
        if node.tag == qn("w:t"):
            out.append(node.text or "")
        elif node.tag == qn("w:tab"):
            out.append("\t")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
    return "".join(out)


def word_txt(docx_bytes: bytes, rng: random.Random) -> bytes:
    """Word's 另存为纯文本 of a DOCX, emulated (see the module docstring)."""
    import io

    import docx
    from docx.oxml.ns import qn

    d = docx.Document(io.BytesIO(docx_bytes))
    lines: list[str] = []

    def cell_text(tc) -> str:
        pr = tc.find(qn("w:tcPr"))
        vm = None if pr is None else pr.find(qn("w:vMerge"))
        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
            return ""
        return "\n".join(_text_of(p, qn) for p in tc.iter(qn("w:p")))

    for block in d.element.body:
        if block.tag == qn("w:p"):
            lines.append(_text_of(block, qn))
        elif block.tag == qn("w:tbl"):
            for tr in block.iter(qn("w:tr")):
                lines.append("\t".join(cell_text(tc) for tc in tr.findall(qn("w:tc"))))
            lines.append("")
    text = "\r\n".join("\r\n".join(x.split("\n")) for x in lines) + "\r\n"
    if rng.random() < 0.6:
        return text.encode("gbk", errors="replace")
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def html_text(page: str, how: str) -> str | None:
    """The text or markdown a scraper takes from a web page; None when the library is missing."""
    if how in ("soup_text", "soup_strip"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(page, "html.parser")
        return soup.get_text("\n", strip=True) if how == "soup_strip" else soup.get_text("\n")
    try:
        if how == "html2text_md":
            import html2text

            h = html2text.HTML2Text()
            h.body_width = 0
            return h.handle(page)
        import markdownify

        return markdownify.markdownify(page)
    except ImportError:
        print(f"{how}: pip install html2text markdownify to generate it", file=sys.stderr)
        return None
