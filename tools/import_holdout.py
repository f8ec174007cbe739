"""Held-out import accuracy: fresh presentations of known reports, imported with the real importers.

    python tools/import_holdout.py                     # generate into a temp folder, import, print figures
    python tools/import_holdout.py --out DIR           # keep the generated inputs (+ <case>.truth.json)
    python tools/import_holdout.py --from DIR          # evaluate inputs written earlier (no generation)
    python tools/import_holdout.py --commit            # regenerate the small CI set in tests/data/holdout/
    options: --seed N (layout RNG), --only STEM[,STEM], --pres P[,P], -v (list every bad cell),
             --gen A-B (sources: tools/gen_reports.py's random reports A..B instead of the known ones),
             --hand (every presentation prints 表三's header and the thousands as hand_docx draws them)

(run with the project's interpreter from the repository root). The sources are reports whose
tables are known cell by cell: the hand-made truth of every real report (tools/truth.py
``truth_document``), the hand-typed seed fixtures (tests/data/seeds/*.json) and the example report
(resources/example-2021.json). Each is written anew in presentations the repository's own tests do
not cover, varied by a seeded RNG (merges, wrapped headers, an extra empty column, full-width
digits, trailing spaces, "—"/"/" for empty cells, split tables, page numbers …):

    export_docx    our DOCX export (gkdesk.export) as is
    export_pdf     that DOCX through LibreOffice to PDF                  (needs soffice)
    clerk_docx     a Word file written like a clerk's (python-docx)
    wps_docx       such a file rewritten into the XML shapes Word and WPS really write (tools/docx_variants.py:
                   w:hMerge, gridBefore/After, content controls, split runs, tracked changes, fields,
                   mc:AlternateContent, text boxes, nested and merged tables …), seeded per file
    clerk_pdf      that DOCX through LibreOffice to PDF                  (needs soffice)
    pdf_layout     `pdftotext -layout` of clerk_pdf                      (needs poppler)
    pdf_raw        plain `pdftotext` of clerk_pdf                        (needs poppler)
    producer_layout, producer_raw (only with --pres) `pdftotext -layout` / plain `pdftotext` of a PDF
                   drawn as plain_pdf, word_pdf, wps_pdf or print_pdf (one drawn per file)
    pdfminer_text  pdfminer.six's extract_text of clerk_pdf (only with --pres; what Python scrapers publish)
    pdfium_text    PDFium's text of clerk_pdf (only with --pres; a copy from Chrome's or Edge's PDF viewer)
    pdftotext_raw, plumber_text, plumber_layout (only with --pres) `pdftotext -raw` and pdfplumber's
                   extract_text() / extract_text(layout=True) of clerk_pdf (tools/holdout_text.py)
    lo_txt, word_txt (only with --pres) clerk_docx saved as plain text by LibreOffice (a cell per
                   line) and by Word (emulated: a row per line, cells apart by TABs)
    soup_text, soup_strip, html2text_md, markdownify_md (only with --pres) cms_html's page as
                   scrapers take it: BeautifulSoup get_text("\n") with and without strip, html2text's
                   and markdownify's markdown (tools/holdout_text.py)
    lo_html        clerk_docx exported to HTML by LibreOffice            (needs soffice)
    cms_html       a hand-written CMS page: <table> with rowspan/colspan and &nbsp;
    wide_docx      a clerk's Word file whose tables have columns/rows the official grid lacks:
                   a 序号 column, a 备注 column, a 合计 column (表四), a "单位：件" line
    wide_pdf       that DOCX through LibreOffice to PDF                  (needs soffice)
    wide_html      a CMS page with those extra columns/rows
    markdown       markdown pipe tables
    browser_copy   a web table copied from a browser: one cell per line, empty line = empty cell
    word_html      (only with --pres) the report as Word saves it as a web page or pastes it into a
                   site's editor (MsoNormal markup, runs, <o:p>, supportMisalignedColumns and
                   supportLists conditionals, as written or rewritten into comments) in a CMS page
    tab_copy       a CMS page's text as a browser copies it (innerText): a row per line, cells apart
                   by TABs, covered cells absent, wrapped cells breaking their row (tools/holdout_web.py)
    browser_pdf    (only with --pres) the CMS page printed to PDF by a browser: the site's chrome in
                   the text, the browser's header/footer (date and time, title, address, "1/5") on
                   every page, ruled tables running over pages without repeated headers
    word97_doc     a clerk's Word file (its own style draw, some of the wps_docx variants LibreOffice
                   keeps: hMerge, gridBefore/After, split runs, nested and merged tables …) saved by
                   LibreOffice as a binary Word 97-2003 .doc (read by importers/doc_reader.py)
                                                                         (needs soffice)
    plain_pdf      a PDF drawn with reportlab's canvas: full grid, rules as filled rectangles,
                   three-line (三线表), row rules only or no rules; landscape, /Rotate or sideways
                   table pages; characters placed one by one or spaced; cells drawn column by
                   column; tables over several pages with or without repeated headers
                   (tools/holdout_pdf.py)
    word_pdf       that layout written as Word's "另存为 PDF" writes it: runs of a few glyphs, kerning,
                   tagged text, Type0 fonts with ToUnicode, rules as filled rectangles (sometimes double)
    wps_pdf        as WPS "输出为PDF": every glyph placed on its own, pseudo-bold rows drawn twice,
                   rules as paths or stroked cell boxes, repeated header rows
    print_pdf      as Microsoft Print to PDF: one text object per printed line (the cells of a row
                   in one TJ), double rules, turned landscape pages       (tools/producer_pdf.py)
    odd_pdf        (only with --pres) a PDF drawn as plain_pdf, word_pdf, wps_pdf or print_pdf (one drawn per
                   file) with what real published PDFs do on top (tools/holdout_pdf.py draw_odd): numbers
                   in another font size, aligned left or right in their cells, rows whose wrapped label
                   breaks over a page (Word's 允许跨页断行), "续表" over a table's continuation, a running
                   header with the report's title, short pages
    hand_docx      a Word file whose tables were built by hand (tools/holdout_hand.py): 表三's header
                   over 2 rows or 1 (the 申请人情况 or 法人或其他组织 row left out), thousands
                   separators, cells of several paragraphs, unaccepted tracked changes (a number
                   deleted, a paragraph deleted, moved, a row deleted/inserted, formatting changes
                   holding old properties), numbers in content controls (plain text, drop-down, rich)

The truth of a generated file is what the generator printed into it (``<case>.truth.json``, same
schema as tests/data/truth); it is compared with the import by ``import_accuracy.compare`` (right /
wrong / invented / missed). A cell printed as "—" or "/" is a not-applicable mark: right when the
import keeps a mark there, wrong when it stores a number. Exit code 1 when any cell is wrong or
invented.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.document import Document  # noqa: E402
from gkdesk.core.spec import TableSpec  # noqa: E402
from gkdesk.core.values import State  # noqa: E402

import holdout_text  # noqa: E402
import import_accuracy  # noqa: E402
import truth as truthmod  # noqa: E402

PRESENTATIONS = ("export_docx", "export_pdf", "clerk_docx", "wps_docx", "clerk_pdf", "pdf_layout", "pdf_raw",
                 "lo_html", "cms_html", "markdown", "browser_copy", "plain_pdf", "wide_docx", "wide_pdf", "wide_html",
                 "word97_doc", "word_pdf", "wps_pdf", "print_pdf", "tab_copy")
#: other programs' text of the clerk's PDF, asked for by --pres (not in the default set, so totals
#: stay comparable with earlier runs): pdfminer.six's extract_text (what Python scrapers publish)
#: and PDFium's text (what copying from a PDF opened in Chrome or Edge gives)
EXTRA_PRESENTATIONS = ("pdfminer_text", "pdfium_text")
#: more text other programs take from the clerk's files (tools/holdout_text.py; only with --pres):
#: of the clerk's PDF, of the clerk's DOCX, of the CMS page
PDF_TEXT2 = holdout_text.PDF_TEXT
DOCX_TEXT = holdout_text.DOCX_TEXT
HTML_TEXT = holdout_text.HTML_TEXT
TEXT_OF_PDF = ("pdf_layout", "pdf_raw") + EXTRA_PRESENTATIONS + PDF_TEXT2
#: web forms asked for by --pres too (tools/holdout_web.py): Word's HTML inside a CMS page (large
#: files) and that page printed to PDF by a browser (a slow import); kept out of the CI set
WEB_EXTRA = ("word_html", "browser_pdf")
#: tables built by hand in Word/WPS (tools/holdout_hand.py)
HAND = ("hand_docx",)
#: `pdftotext -layout` and plain `pdftotext` of a PDF drawn as another program writes it (plain_pdf,
#: word_pdf, wps_pdf or print_pdf, one drawn per file): the text a reviewer takes from a published
#: PDF that LibreOffice did not make (only with --pres; needs poppler)
PRODUCER_TEXT = ("producer_layout", "producer_raw")
PRODUCERS = ("plain", "word", "wps", "print")
#: PDFs drawn as plain_pdf/word_pdf/wps_pdf/print_pdf (one producer drawn per file) with what real
#: published PDFs do on top (holdout_pdf.draw_odd; only with --pres)
ODD = ("odd_pdf",)
OPTIONAL = EXTRA_PRESENTATIONS + WEB_EXTRA + HAND + PDF_TEXT2 + DOCX_TEXT + HTML_TEXT + PRODUCER_TEXT + ODD
SUFFIX = {"export_docx": ".docx", "export_pdf": ".pdf", "clerk_docx": ".docx", "wps_docx": ".docx", "clerk_pdf": ".pdf",
          "pdf_layout": ".txt", "pdf_raw": ".txt", "lo_html": ".html", "cms_html": ".html",
          "markdown": ".md", "browser_copy": ".txt", "plain_pdf": ".pdf", "wide_docx": ".docx", "wide_pdf": ".pdf",
          "wide_html": ".html", "word97_doc": ".doc", "pdfminer_text": ".txt", "pdfium_text": ".txt",
          "word_pdf": ".pdf", "wps_pdf": ".pdf", "print_pdf": ".pdf", "word_html": ".htm", "tab_copy": ".txt", "browser_pdf": ".pdf",
          "hand_docx": ".docx", "producer_layout": ".txt", "producer_raw": ".txt", "odd_pdf": ".pdf", **holdout_text.SUFFIX}
NEEDS_SOFFICE = {"export_pdf", "clerk_pdf", *TEXT_OF_PDF, "lo_html", "wide_pdf", "word97_doc", "lo_txt"}
#: the docx_variants whose XML LibreOffice keeps when it saves a .doc (word97_doc); the others it
#: changes on the way (content controls and fields become form fields showing their code,
#: tracked deletions, both branches of mc:AlternateContent, placeholders), so their truth is not
#: what the .doc shows
DOC_VARIANTS = ("merge_tables", "hmerge", "vmerge_val", "grid_skip", "tblgrid", "empty_rows", "br", "runs",
                "wps_attrs", "page_break", "layout_table", "header_table", "autonum")
#: the columns and rows a clerk adds to the official tables (Style.named)
NAMED = ("serial", "remarks", "total", "unit")
HOLDOUT_DIR = ROOT / "tests" / "data" / "holdout"
#: the CI set: a few sources covering both format versions, every presentation
COMMIT_SOURCES = ("P06", "real-009", "seed_003", "example-2021")
FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
HALF_DIGITS = str.maketrans("０１２３４５６７８９．\u3000", "0123456789. ")
HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":", "“": '"', "”": '"'})


# ----------------------------------------------------------------------------------- sources

def sources(only: set[str] | None = None) -> list[tuple[str, Document]]:
    """(name, document) for every report whose tables are known."""
    out = []
    for stem in truthmod.stems():
        if not only or stem in only:
            out.append((stem, truthmod.truth_document(stem)))
    for p in sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json")):
        if not only or p.stem in only:
            out.append((p.stem, storage.load(p)))
    ex = ROOT / "resources" / "example-2021.json"
    if not only or ex.stem in only:
        out.append((ex.stem, storage.load(ex)))
    return out


def gen_sources(span: str) -> list[tuple[str, Document]]:
    """tools/gen_reports.py's random reports N for N in "A-B" (3–5-digit numbers, both formats)."""
    import gen_reports

    a, _, b = span.partition("-")
    return [(f"gen{n}", gen_reports.random_document(n)) for n in range(int(a), int(b or a) + 1)]


# ----------------------------------------------------------------------------------- printing

@dataclasses.dataclass
class Style:
    """How one generated file prints its tables (drawn from the RNG per case)."""
    merge: str = "merge"  # merge | repeat | empty   (how merged label/header cells are written)
    wrap_headers: bool = False
    extra_col: int | None = None  # insert an empty grid column at this position
    fullwidth: float = 0.0  # share of numbers in full-width digits
    pad: float = 0.0  # share of numbers with leading/trailing spaces
    na_mark: str = ""  # how a cell printed empty is written: "" | "—" | "/"
    halfwidth_labels: bool = False
    split_t2: bool = False  # 表二 as one small table per 第二十条 block
    header_repeat: bool = False  # Word "repeat header rows" on 表三
    table_notes: bool = False  # "注：……" lines with dates and digits under the tables
    page_numbers: bool = False
    split_t3: int = 0  # 表三 printed as two tables, cut before this grid row (0: one table)
    repeat_head: bool = False  # the second part repeats 表三's header rows
    named: tuple[str, ...] = ()  # columns/rows the official grid lacks, from NAMED (with_named_cols)
    head3: str = ""  # 表三's header as built by hand (tools/holdout_hand.py HEAD3; "": the official one)
    thousands: str = ""  # numbers of 1000 and more printed with this thousands separator ("", ",", "，")

    @classmethod
    def draw(cls, rng: random.Random, pres: str) -> Style:
        s = cls()
        s.merge = rng.choice(["merge", "merge", "repeat", "empty"])
        s.wrap_headers = rng.random() < 0.5
        s.extra_col = None
        s.fullwidth = rng.choice([0.0, 0.0, 0.3, 1.0])
        s.pad = rng.choice([0.0, 0.5])
        s.na_mark = rng.choice(["", "—", "/"])
        s.halfwidth_labels = rng.random() < 0.3
        s.split_t2 = rng.random() < 0.4
        s.header_repeat = rng.random() < 0.5
        s.table_notes = rng.random() < 0.6
        s.page_numbers = rng.random() < 0.7
        if pres in ("clerk_docx", "wps_docx", "cms_html", "markdown", "word97_doc", "word_html", "tab_copy") \
                and rng.random() < 0.5:
            s.extra_col = rng.choice(["end", "after_labels"])
        if rng.random() < 0.4:
            s.split_t3 = rng.randint(5, 22)
            s.repeat_head = rng.random() < 0.5
        if pres.startswith("wide_"):
            s.extra_col = None
            s.named = tuple(x for x in NAMED if x in rng.sample(NAMED, rng.randint(1, 3)))
        return s


def table_note(t: TableSpec, doc: Document, rng: random.Random) -> str:
    y = doc.meta.year or 2023
    return rng.choice([f"注：本表数据统计时间为{y}年1月1日至{y}年12月31日。",
                       f"注：1.本表由办公室填报；2.统计截至{y + 1}年1月10日。",
                       f"备注：数据来源于{y}年度依申请公开登记台账（共3本）。"])


def value_text(doc: Document, cid: str, style: Style, rng: random.Random, printed: dict[str, str]) -> str:
    """The text printed for a value cell; records what it means in `printed` (cid -> value/""/mark)."""
    v = doc.value(cid)
    if v.is_blank:
        printed[cid] = style.na_mark
        return style.na_mark
    if v.state is State.NA:
        printed[cid] = v.text
        return v.text
    if v.state is State.TEXT:
        printed[cid] = "\x00text:" + v.text
        return v.text
    text = v.text
    printed[cid] = text
    if style.fullwidth and rng.random() < style.fullwidth:
        text = text.translate(FULLWIDTH)
    if style.pad and rng.random() < style.pad:
        text = rng.choice([text + " ", text + "  ", " " + text, text + "\u3000"])
    return text


def label_text(text: str, role: str, style: Style) -> str:
    if style.halfwidth_labels:
        text = text.translate(HALF)
    if style.wrap_headers and role == "header" and len(text) >= 4:
        text = text[: len(text) // 2] + "\n" + text[len(text) // 2:]
    return text


def table_parts(t: TableSpec, style: Style) -> list[tuple[int, int]]:
    if t.layout == "blocks" and style.split_t2:
        starts = sorted(it.r for it in t.items if it.role == "title")
        return [(s, starts[i + 1] if i + 1 < len(starts) else t.n_rows) for i, s in enumerate(starts)]
    if t.key == "t3" and 0 < style.split_t3 < t.n_rows:
        return [(0, style.split_t3), (style.split_t3, t.n_rows)]
    return [(0, t.n_rows)]


def part_rows(items) -> int:
    return max(r + rs for r, _c, rs, *_ in items)


def grid_items(doc: Document, t: TableSpec, lo: int, hi: int, style: Style, rng: random.Random,
               printed: dict[str, str]) -> list[tuple[int, int, int, int, str, str]]:
    """(r, c, rs, cs, text, role) of the rows lo..hi, in row-major order, rows renumbered from 0."""
    out = []
    if lo > 0:  # merged label cells cut by the split go on in the second table, empty (as Word leaves them)
        for it in t.items:
            if it.r < lo < it.r + it.rs and it.role != "value":
                out.append((0, it.c, min(it.r + it.rs, hi) - lo, it.cs, "", it.role))
    for it in sorted((i for i in t.items if lo <= i.r < hi), key=lambda i: (i.r, i.c)):
        rs = min(it.rs, hi - it.r)
        if it.role == "value":
            text = value_text(doc, it.cell, style, rng, printed)
        else:
            text = label_text(it.text, it.role, style)
        out.append((it.r - lo, it.c, rs, it.cs, text, it.role))
    if lo > 0 and style.repeat_head and t.header_rows and lo >= t.header_rows:
        # a table cut by hand at a page break, its header rows copied on top of the second part
        head = [(it.r, it.c, it.rs, it.cs, label_text(it.text, it.role, style), it.role)
                for it in sorted(t.items, key=lambda i: (i.r, i.c)) if it.r < t.header_rows]
        out = head + [(r + t.header_rows, c, rs, cs, text, role) for r, c, rs, cs, text, role in out]
    if style.head3 or style.thousands:
        import holdout_hand

        out = holdout_hand.reshape(out, t, style)
    return sorted(out, key=lambda x: (x[0], x[1]))


def with_extra_col(items, n_cols: int, label_cols: int, where):
    if where is None:
        return items, n_cols
    at = n_cols if where == "end" else max(1, label_cols)
    out = []
    for r, c, rs, cs, text, role in items:
        if c >= at:
            c += 1
        elif c + cs > at:
            cs += 1  # a header spanning over the insertion point widens
        out.append((r, c, rs, cs, text, role))
    return out, n_cols + 1


def with_named_cols(items, n_cols: int, t: TableSpec, named: tuple[str, ...], rng: random.Random):
    """Columns and rows a clerk adds to an official table: a 序号 column first (numbering the rows
    below the header), a 备注 column last (mostly empty), a 合计 column after 表四 (the sum of its three
    总计), a "单位：件" line on top of 表三/表四. Their texts are not values of the report (not printed
    into the truth)."""
    width = n_cols
    out = list(items)

    def runs():
        head = sorted({rr for r, _c, rs, _cs, _t, role in out if role in ("header", "corner") for rr in range(r, r + rs)})
        got: list[list[int]] = []
        for r in head:
            if got and got[-1][-1] == r - 1:
                got[-1].append(r)
            else:
                got.append([r])
        return got

    def body_rows():
        n_rows = part_rows(out)
        covered = {r for run in runs() for r in run}
        titles = {r for r, _c, _rs, cs, _t, role in out if role == "title" and cs >= width}
        return [r for r in range(n_rows) if r not in covered and r not in titles]

    def widen_titles():
        return [(r, c, rs, cs + 1, text, role) if role == "title" and cs >= width else (r, c, rs, cs, text, role)
                for r, c, rs, cs, text, role in out]

    if "serial" in named and t.label_cols:
        body = body_rows()
        out = [(r, c, rs, cs + 1, text, role) if role == "title" and cs >= width else (r, c + 1, rs, cs, text, role)
               for r, c, rs, cs, text, role in out]
        out += [(run[0], 0, len(run), 1, "序号", "header") for run in runs()]
        out += [(r, 0, 1, 1, str(k + 1), "extra") for k, r in enumerate(body)]
        width += 1
    if "total" in named and t.key == "t4":
        totals = [c.grid[1] for c in t.cells if c.derived]
        body = body_rows()
        by_pos = {(r, c): text for r, c, _rs, _cs, text, role in out if role == "value"}
        out = widen_titles()
        out += [(run[0], width, len(run), 1, "合计", "header") for run in runs()]
        for r in body:
            nums = [by_pos.get((r, c), "").translate(HALF_DIGITS).strip() for c in totals]
            out.append((r, width, 1, 1, str(sum(int(x) for x in nums)) if all(x.isdigit() for x in nums) else "", "extra"))
        width += 1
    if "remarks" in named:
        body = body_rows()
        out = widen_titles()
        out += [(run[0], width, len(run), 1, "备注", "header") for run in runs()]
        out += [(r, width, 1, 1, rng.choice(["", "", "", "无"]), "extra") for r in body]
        width += 1
    if "unit" in named and t.key in ("t3", "t4"):
        out = [(r + 1, c, rs, cs, text, role) for r, c, rs, cs, text, role in out]
        out.append((0, 0, 1, width, "单位：件", "title"))
    return sorted(out, key=lambda x: (x[0], x[1])), width


def dense(items, n_rows: int, n_cols: int, merge: str) -> list[list[str]]:
    """A rectangular text grid from the items: covered positions repeated or empty."""
    g = [[""] * n_cols for _ in range(n_rows)]
    for r, c, rs, cs, text, _role in items:
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) == (r, c) or merge == "repeat":
                    g[rr][cc] = text
    return g


# ----------------------------------------------------------------------------------- writers

def _heading(sec, style: Style) -> str:
    return sec.heading.translate(HALF) if style.halfwidth_labels else sec.heading


def _paras(doc: Document, key: str) -> list[str]:
    return [p for p in doc.sections.get(key, "").split("\n") if p.strip()]


def _sign_off(doc: Document) -> list[str]:
    if not doc.meta.date:
        return []
    y, m, d = doc.meta.date.split("-")
    return [doc.meta.agency, f"{int(y)}年{int(m)}月{int(d)}日"]


def write_clerk_docx(doc: Document, style: Style, rng: random.Random, printed: dict) -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph(doc.title)
    if style.page_numbers:
        p = d.sections[0].footer.paragraphs[0]
        p.add_run("— ")
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        t_ = OxmlElement("w:t")
        t_.text = "1"
        r.append(t_)
        fld.append(r)
        p._p.append(fld)
        p.add_run(" —")
    for sec in doc.spec.sections:
        d.add_paragraph(_heading(sec, style))
        for para in _paras(doc, sec.key):
            d.add_paragraph("　　" + para)
        if not sec.table:
            continue
        t = doc.spec.table(sec.table)
        for lo, hi in table_parts(t, style):
            items = grid_items(doc, t, lo, hi, style, rng, printed)
            items, n_cols = with_extra_col(items, t.n_cols, t.label_cols, style.extra_col)
            if style.named:
                items, n_cols = with_named_cols(items, n_cols, t, style.named, rng)
            n_rows = part_rows(items)
            table = d.add_table(rows=n_rows, cols=n_cols)
            table.style = "Table Grid"
            _set_widths(table, t, n_cols, style, rng)
            if style.merge == "merge":
                for r, c, rs, cs, _text, _role in items:
                    if rs > 1 or cs > 1:
                        table.cell(r, c).merge(table.cell(r + rs - 1, c + cs - 1))
                cells = table._cells
                for r, c, _rs, _cs, text, _role in items:
                    _set_cell(cells[r * n_cols + c], text)
            else:
                cells = table._cells
                for r, row in enumerate(dense(items, n_rows, n_cols, style.merge)):
                    for c, text in enumerate(row):
                        _set_cell(cells[r * n_cols + c], text)
            if style.header_repeat and t.header_rows:
                for tr in table.rows[: t.header_rows]:
                    trpr = tr._tr.get_or_add_trPr()
                    el = OxmlElement("w:tblHeader")
                    trpr.append(el)
        if style.table_notes:
            d.add_paragraph(table_note(t, doc, rng))
    for line in _sign_off(doc):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _set_widths(table, t: TableSpec, n_cols: int, style: Style, rng: random.Random) -> None:
    """Column widths as a clerk drags them: label columns wide, number columns narrow (± noise)."""
    from docx.shared import Cm

    total = 16.0
    if t.label_cols:
        label_w = {1: [4.5], 2: [2.0, 4.0], 3: [1.3, 1.6, 4.2]}.get(t.label_cols, [2.0] * t.label_cols)
        label_w = [w * rng.uniform(0.85, 1.2) for w in label_w]
    else:
        label_w = []
    n_val = n_cols - len(label_w)
    rest = max(total - sum(label_w), 0.9 * n_val)
    widths = label_w + [rest / n_val] * n_val
    if style.extra_col is not None:  # the empty column is narrow
        at = n_cols - 1 if style.extra_col == "end" else t.label_cols
        widths[at] = 0.6
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = Cm(widths[i])
    for row in table.rows:
        for i, cell in enumerate(row.cells[:n_cols]):
            cell.width = Cm(widths[i])


def _set_cell(cell, text: str) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for extra in lines[1:]:
        cell.add_paragraph(extra)


PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/css/article.css"><script src="/js/jquery.min.js"></script></head>
<body><div id="top-bar">无障碍 | 长者模式 | 登录</div>
<div class="crumbs">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告</div>
<div class="TRS_Editor"><div class="article-title">{title}</div>
<div class="article-info">发布时间：{pub}　浏览次数：1032　字体：【大 中 小】</div>
"""
PAGE_TAIL = """</div><div class="bottom">分享到： 打印 关闭</div>
<div id="foot">主办：{agency}　地址：某某路1号　邮编：524000　电话：0759-1234567　ICP备案号：粤ICP备05012345号</div>
</body></html>"""


def write_cms_html(doc: Document, style: Style, rng: random.Random, printed: dict) -> str:
    out = [PAGE_HEAD.format(title=html.escape(doc.title), pub=f"{(doc.meta.year or 2023) + 1}-01-2{rng.randint(0, 9)}")]
    for sec in doc.spec.sections:
        out.append(f"<p style=\"text-indent:2em\"><strong>{html.escape(_heading(sec, style))}</strong></p>")
        for para in _paras(doc, sec.key):
            out.append(f"<p style=\"text-indent:2em;line-height:2\">{html.escape(para)}</p>")
        if not sec.table:
            continue
        t = doc.spec.table(sec.table)
        for lo, hi in table_parts(t, style):
            items = grid_items(doc, t, lo, hi, style, rng, printed)
            items, n_cols = with_extra_col(items, t.n_cols, t.label_cols, style.extra_col)
            if style.named:
                items, n_cols = with_named_cols(items, n_cols, t, style.named, rng)
            extra_at = None if style.extra_col is None else (t.n_cols if style.extra_col == "end" else t.label_cols)
            rows: dict[int, list[str]] = defaultdict(list)
            for r, c, rs, cs, text, role in items:
                attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
                body = "<br>".join(html.escape(x) for x in text.split("\n")) if text else "&nbsp;"
                body = body.replace(" ", "&nbsp;")
                if role != "value":
                    body = f"<p align=\"center\"><span style=\"font-size:12px;font-family:仿宋_GB2312\">{body}</span></p>"
                rows[r].append((c, f"<td{attrs} style=\"border:solid windowtext 1px\">{body}</td>"))
            if extra_at is not None:  # the empty column the clerk left in the table
                covered = {(rr, cc) for r, c, rs, cs, *_ in items for rr in range(r, r + rs) for cc in range(c, c + cs)}
                for r in range(part_rows(items)):
                    if (r, extra_at) not in covered:
                        rows[r].append((extra_at, "<td>&nbsp;</td>"))
            trs = ["<tr>" + "".join(x for _, x in sorted(rows[r])) + "</tr>" for r in range(part_rows(items))]
            out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"width:100%\"><tbody>"
                       + "\n".join(trs) + "</tbody></table>")
        if style.table_notes:
            out.append(f"<p>{html.escape(table_note(t, doc, rng))}</p>")
    for line in _sign_off(doc):
        out.append(f"<p style=\"text-align:right\">{html.escape(line)}</p>")
    out.append(PAGE_TAIL.format(agency=html.escape(doc.meta.agency or "某某人民政府")))
    return "\n".join(out)


def write_markdown(doc: Document, style: Style, rng: random.Random, printed: dict) -> str:
    out = [f"# {doc.title}", ""]
    for sec in doc.spec.sections:
        out += [f"## {_heading(sec, style)}", ""]
        for para in _paras(doc, sec.key):
            out += [para, ""]
        if not sec.table:
            continue
        t = doc.spec.table(sec.table)
        for lo, hi in table_parts(t, style):
            items = grid_items(doc, t, lo, hi, style, rng, printed)
            items, n_cols = with_extra_col(items, t.n_cols, t.label_cols, style.extra_col)
            g = dense(items, part_rows(items), n_cols, "repeat" if style.merge == "repeat" else "empty")
            g = [[x.replace("\n", "<br>" if rng.random() < 0.5 else "") for x in row] for row in g]
            lines = ["| " + " | ".join(row) + " |" for row in g]
            lines.insert(1, "|" + "|".join([" --- "] * n_cols) + "|")
            out += lines + [""]
        if style.table_notes:
            out += [table_note(t, doc, rng), ""]
    out += _sign_off(doc)
    return "\n".join(out) + "\n"


def write_browser_copy(doc: Document, style: Style, rng: random.Random, printed: dict) -> str:
    """What a browser gives when a web page is selected and copied: one table cell per line (cells
    covered by a rowspan/colspan are not repeated), an empty cell as an empty line."""
    out = [doc.title, f"发布日期：{(doc.meta.year or 2023) + 1}-01-15", ""]
    for sec in doc.spec.sections:
        out.append(_heading(sec, style))
        out += _paras(doc, sec.key)
        if not sec.table:
            continue
        t = doc.spec.table(sec.table)
        for lo, hi in table_parts(t, style):
            for *_pos, text, _role in grid_items(doc, t, lo, hi, style, rng, printed):
                out.append(text.replace("\n", ""))
        if style.table_notes:
            out.append(table_note(t, doc, rng))
    out += _sign_off(doc)
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------- truth

def holdout_truth(doc: Document, printed: dict[str, str], name: str) -> dict:
    """The truth of a generated file: every cell as printed (numbers, empty cells, marks)."""
    cells, blank, marks, texts = {}, [], {}, {}
    for cid in doc.spec.cells:
        p = printed.get(cid)
        if p is None or p == "":
            blank.append(cid)
        elif p.startswith("\x00text:"):
            texts[cid] = p[6:]
        elif p in ("—", "/", "-", "－", "——", "／"):
            marks[cid] = p
        else:
            cells[cid] = p
    return {
        "source": name, "format": doc.format_id, "year": doc.meta.year, "agency": doc.meta.agency,
        "agency_full": doc.meta.agency, "agency_from": "title" if doc.meta.agency else "", "complete": True,
        "sections": {s.key: s.heading for s in doc.spec.sections if doc.sections.get(s.key, "").strip()},
        "cut_in": None, "cells": cells, "blank": blank, "ambiguous": {}, "implied": {}, "implied_reason": "",
        "foreign": {}, "printed": {}, "source_errors": {}, "notes": [],
        "marks": marks, "texts": texts,
    }


def load_case_truth(data: dict, stem: str) -> tuple[truthmod.Truth, dict[str, str], dict[str, str]]:
    keys = truthmod.Truth.__dataclass_fields__.keys() - {"stem"}
    t = truthmod.Truth(stem=stem, **{k: data.get(k) for k in keys})
    return t, data.get("marks", {}), data.get("texts", {})


def compare_case(doc: Document, data: dict, stem: str) -> tuple[dict[str, int], list[tuple[str, str, str, str]]]:
    """import_accuracy.compare on the numbers; cells printed as a mark or as text are judged here
    (a mark kept as a mark is right, a number there is wrong, a blank is missed)."""
    t, marks, texts = load_case_truth(data, stem)
    counts, issues = import_accuracy.compare(doc, t)  # marks/texts are "absent" to it
    fixed = []
    for kind, cid, got, want in issues:
        if cid in marks or cid in texts:
            continue
        fixed.append((kind, cid, got, want))
    for cid, want in list(marks.items()) + list(texts.items()):
        a = doc.value(cid) if cid in doc.spec.cells else None
        # compare() counted the cell as absent: undo that, then judge it
        if a is None or a.is_blank:
            counts["absent_ok"] -= 1
            counts["missed"] += 1
            fixed.append(("missed", cid, "", want))
        else:
            counts["invented"] -= 1
            ok = (a.state is State.NA) if cid in marks else (a.state is State.TEXT and a.text.strip() == want.strip())
            if ok:
                counts["right"] += 1
            else:
                counts["wrong"] += 1
                fixed.append(("wrong", cid, a.text, want))
    return counts, fixed


# ----------------------------------------------------------------------------------- generation

def soffice_convert(files: list[Path], fmt: str, outdir: Path) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe or not files:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([exe, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), *map(str, files)], check=True, capture_output=True, timeout=900)


def generate(srcs, out: Path, seed: int, pres: tuple[str, ...], hand_all: bool = False) -> list[str]:
    """Write every case into `out` (<stem>__<pres>.<ext> + .truth.json); returns the case names.
    hand_all: every presentation prints 表三's header and the thousands as hand_docx draws them."""
    from gkdesk.export.docx import render_docx

    out.mkdir(parents=True, exist_ok=True)
    have_soffice = bool(shutil.which("soffice") or shutil.which("libreoffice"))
    cases = []
    to_pdf: list[Path] = []
    to_html: list[Path] = []
    to_doc: list[Path] = []
    to_txt: list[Path] = []
    bases = Path(tempfile.mkdtemp(prefix="holdout-doc-"))  # the .docx a .doc is saved from
    scratch: set[Path] = set()
    for stem, doc in srcs:
        clerk_style = Style.draw(random.Random(f"{seed}:{stem}:clerk_docx:style"), "clerk_docx")
        for p in pres:
            name = f"{stem}__{p}"
            printed: dict[str, str] = {}
            style = clerk_style if p in ("clerk_docx", "clerk_pdf", *TEXT_OF_PDF, "lo_html", *DOCX_TEXT) \
                else Style.draw(random.Random(f"{seed}:{stem}:{'cms_html' if p in HTML_TEXT else p}:style"),
                                "cms_html" if p in HTML_TEXT else p)
            prng = random.Random(f"{seed}:{stem}:{p if p not in NEEDS_SOFFICE else 'clerk_docx'}")
            if p in HTML_TEXT:  # the text of the very page cms_html writes
                prng = random.Random(f"{seed}:{stem}:cms_html")
            elif p == "word_txt":
                prng = random.Random(f"{seed}:{stem}:clerk_docx")
            if hand_all and p != "hand_docx":
                import holdout_hand

                holdout_hand.draw_table_style(style, random.Random(f"{seed}:{stem}:{p}:hand"))
            if p in NEEDS_SOFFICE and not have_soffice:
                continue
            if p in ("export_docx", "export_pdf"):
                data = render_docx(doc)
                for cid in doc.spec.cells:
                    v = doc.value(cid)
                    printed[cid] = "" if v.is_blank else ("\x00text:" + v.text if v.state is State.TEXT else v.text)
                base = out / f"{stem}__export_docx.docx"
                base.write_bytes(data)
                scratch.add(base)
                if p == "export_pdf":
                    to_pdf.append(base)
            elif p in ("clerk_docx", "clerk_pdf", *TEXT_OF_PDF, "lo_html", "wide_docx", "wide_pdf", *DOCX_TEXT):
                kind = "wide_docx" if p.startswith("wide_") else "clerk_docx"
                if kind == "wide_docx":  # a Word file of its own, with the extra columns/rows
                    style = Style.draw(random.Random(f"{seed}:{stem}:wide_docx:style"), "wide_docx")
                    prng = random.Random(f"{seed}:{stem}:wide_docx")
                data = write_clerk_docx(doc, style, prng, printed)
                base = out / f"{stem}__{kind}.docx"
                base.write_bytes(data)
                scratch.add(base)
                if p in ("clerk_pdf", "wide_pdf", *TEXT_OF_PDF):
                    to_pdf.append(base)
                if p == "lo_html":
                    to_html.append(base)
                if p == "lo_txt":
                    to_txt.append(base)
                if p == "word_txt":
                    (out / f"{name}.txt").write_bytes(
                        holdout_text.word_txt(data, random.Random(f"{seed}:{stem}:word_txt")))
            elif p == "wps_docx":
                import docx_variants

                data = write_clerk_docx(doc, style, prng, printed)
                data, used = docx_variants.apply(data, random.Random(f"{seed}:{stem}:wps_docx:xml"))
                (out / f"{name}.docx").write_bytes(data)
            elif p == "word97_doc":
                import docx_variants

                vrng = random.Random(f"{seed}:{stem}:word97_doc:xml")
                data = write_clerk_docx(doc, style, random.Random(f"{seed}:{stem}:word97_doc"), printed)
                used = [v for v in DOC_VARIANTS if vrng.random() < 0.3]
                data, used = docx_variants.apply(data, vrng, used)
                base = bases / f"{name}.docx"
                base.write_bytes(data)
                to_doc.append(base)
            elif p == "hand_docx":
                import holdout_hand

                hrng = random.Random(f"{seed}:{stem}:hand_docx:hand")
                holdout_hand.draw_table_style(style, hrng)
                hand = holdout_hand.HandStyle.draw(hrng)
                data = write_clerk_docx(doc, style, prng, printed)
                (out / f"{name}.docx").write_bytes(holdout_hand.apply(data, hand, hrng))
                used = dataclasses.asdict(hand)
            elif p in ("cms_html", "wide_html"):
                (out / f"{name}.html").write_text(write_cms_html(doc, style, prng, printed), encoding="utf-8")
            elif p in HTML_TEXT:
                text = holdout_text.html_text(write_cms_html(doc, style, prng, printed), p)
                if text is None:
                    continue
                (out / f"{name}{SUFFIX[p]}").write_text(text, encoding="utf-8")
            elif p == "markdown":
                (out / f"{name}.md").write_text(write_markdown(doc, style, prng, printed), encoding="utf-8")
            elif p in ("plain_pdf", "word_pdf", "wps_pdf", "print_pdf", *PRODUCER_TEXT, *ODD):
                import holdout_pdf

                kind = p.removesuffix("_pdf")
                if p in PRODUCER_TEXT or p in ODD:
                    kind = random.Random(f"{seed}:{stem}:{p}:producer").choice(PRODUCERS)
                if kind == "plain":
                    pstyle = holdout_pdf.PdfStyle.draw(random.Random(f"{seed}:{stem}:{p}:geometry"))
                    if p in ODD:
                        holdout_pdf.draw_odd(pstyle, random.Random(f"{seed}:{stem}:{p}:odd"), doc.title)
                    data = holdout_pdf.write_plain_pdf(doc, style, pstyle, prng, printed)
                else:
                    import producer_pdf

                    grng = random.Random(f"{seed}:{stem}:{p}:geometry")
                    pstyle = producer_pdf.pdf_style(grng, kind)
                    producer = producer_pdf.Producer.draw(grng, kind)
                    if p in ODD:
                        holdout_pdf.draw_odd(pstyle, random.Random(f"{seed}:{stem}:{p}:odd"), doc.title)
                    data = producer_pdf.write_producer_pdf(doc, style, pstyle, producer, prng, printed)
                if p in PRODUCER_TEXT:
                    if not shutil.which("pdftotext"):
                        continue
                    done = subprocess.run(["pdftotext", *(["-layout"] if p == "producer_layout" else []), "-enc", "UTF-8",
                                           "-", "-"], input=data, check=True, capture_output=True, timeout=120)
                    (out / f"{name}.txt").write_bytes(done.stdout)
                else:
                    (out / f"{name}.pdf").write_bytes(data)
            elif p in ("word_html", "tab_copy"):
                import holdout_web

                wstyle = holdout_web.WebStyle.draw(random.Random(f"{seed}:{stem}:{p}:web"))
                if p == "word_html":
                    (out / f"{name}.htm").write_bytes(
                        wstyle.save(holdout_web.write_word_html(doc, style, wstyle, prng, printed), html=True))
                else:
                    (out / f"{name}.txt").write_bytes(
                        wstyle.save(holdout_web.write_tab_copy(doc, style, wstyle, prng, printed)))
            elif p == "browser_pdf":
                import holdout_pdf
                import holdout_web

                wstyle = holdout_web.WebStyle.draw(random.Random(f"{seed}:{stem}:{p}:web"))
                pstyle = holdout_pdf.PdfStyle.draw(random.Random(f"{seed}:{stem}:{p}:geometry"))
                (out / f"{name}.pdf").write_bytes(holdout_web.write_browser_pdf(doc, style, pstyle, wstyle, prng, printed))
            elif p == "browser_copy":
                (out / f"{name}.txt").write_text(write_browser_copy(doc, style, prng, printed), encoding="utf-8")
            truth = holdout_truth(doc, printed, name)
            truth["style"] = dataclasses.asdict(style) if p not in ("export_docx", "export_pdf") else {}
            if p in ("plain_pdf", "word_pdf", "wps_pdf", "print_pdf", "browser_pdf", *PRODUCER_TEXT, *ODD):
                truth["style"]["pdf"] = dataclasses.asdict(pstyle)
            if p in ("word_pdf", "wps_pdf", "print_pdf") or (p in PRODUCER_TEXT + ODD and kind != "plain"):
                truth["style"]["producer"] = dataclasses.asdict(producer)
            if p in PRODUCER_TEXT + ODD:
                truth["style"]["producer_kind"] = kind
            if p in ("wps_docx", "word97_doc", "hand_docx"):
                truth["style"]["xml"] = used
            if p in ("word_html", "tab_copy", "browser_pdf"):
                truth["style"]["web"] = dataclasses.asdict(wstyle)
            (out / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
            cases.append(name)
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        soffice_convert(sorted(set(to_pdf)), "pdf", tmpd)
        soffice_convert(sorted(set(to_html)), "html", tmpd)
        soffice_convert(to_doc, "doc", tmpd)
        soffice_convert(sorted(set(to_txt)), "txt:Text (encoded):UTF8", tmpd)
        for f in tmpd.iterdir():
            stem, kind = f.stem.split("__")
            if f.suffix == ".pdf":
                target = out / f"{stem}__{ {'export_docx': 'export_pdf', 'wide_docx': 'wide_pdf'}.get(kind, 'clerk_pdf')}.pdf"
                shutil.copyfile(f, target)
                if kind == "clerk_docx":
                    for p, args in (("pdf_layout", ["-layout"]), ("pdf_raw", [])):
                        if p in pres and shutil.which("pdftotext"):
                            subprocess.run(["pdftotext", *args, "-enc", "UTF-8", str(f), str(out / f"{stem}__{p}.txt")],
                                           check=True, capture_output=True, timeout=120)
                    for p in EXTRA_PRESENTATIONS:
                        if p in pres:
                            (out / f"{stem}__{p}.txt").write_text(pdf_text(f, p), encoding="utf-8")
                    for p in PDF_TEXT2:
                        if p in pres:
                            (out / f"{stem}__{p}.txt").write_text(holdout_text.pdf_text(f, p), encoding="utf-8")
            elif f.suffix == ".html":
                shutil.copyfile(f, out / f"{stem}__lo_html.html")
            elif f.suffix == ".doc":
                shutil.copyfile(f, out / f.name)
            elif f.suffix == ".txt":
                shutil.copyfile(f, out / f"{stem}__lo_txt.txt")
    shutil.rmtree(bases, ignore_errors=True)
    # the docx bases this run wrote for presentations not asked for are scratch (files already
    # in `out` from another run stay)
    for f in set(to_pdf) | set(to_html) | scratch:
        stem, kind = f.stem.split("__")
        if kind not in pres and f.exists():
            f.unlink()
    return [c for c in cases if case_input(out, c) is not None]


def pdf_text(pdf: Path, how: str) -> str:
    """The text another program takes from a PDF: "pdfminer_text" (pdfminer.six extract_text)
    or "pdfium_text" (PDFium's page text, as a browser's PDF viewer copies it)."""
    if how == "pdfminer_text":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc).replace("\r\n", "\n")
    finally:
        doc.close()


def case_input(folder: Path, name: str) -> Path | None:
    p = folder / (name + SUFFIX[name.split("__")[1]])
    return p if p.exists() else None


# ----------------------------------------------------------------------------------- evaluation

def evaluate(folder: Path, names: list[str] | None = None):
    from gkdesk.importers import import_file

    rows = []
    for tf in sorted(folder.glob("*.truth.json")):
        name = tf.name[: -len(".truth.json")]
        if names is not None and name not in names:
            continue
        inp = case_input(folder, name)
        if inp is None:
            continue
        data = json.loads(tf.read_text(encoding="utf-8"))
        try:
            res = import_file(inp)
        except Exception as e:  # noqa: BLE001 - a refused file is a result too
            rows.append((name, None, f"{type(e).__name__}: {e}", []))
            continue
        counts, issues = compare_case(res.doc, data, name)
        rows.append((name, counts, res.doc.format_id, issues))
    return rows


def report(rows, verbose: bool) -> int:
    per: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(import_accuracy.KINDS, 0))
    failed = 0
    for name, counts, fmt, issues in rows:
        pres = name.split("__")[1]
        if counts is None:
            print(f"{name:44} REFUSED {fmt}")
            per[pres]["refused"] = per[pres].get("refused", 0) + 1
            continue
        for k in import_accuracy.KINDS:
            per[pres][k] += counts[k]
        bad = counts["wrong"] + counts["invented"]
        failed += bool(bad)
        if verbose or bad:
            print(f"{name:44} {fmt:5} right {counts['right']:4} wrong {counts['wrong']:3} inv {counts['invented']:3} "
                  f"missed {counts['missed']:3}")
            for kind, cid, got, want in issues:
                if verbose or kind != "missed":
                    print(f"      {kind:8} {cid:34} imported {got or '∅':>8}   printed {want}")
    print()
    print(f"{'presentation':14} {'files':>5} {'right':>6} {'wrong':>5} {'inv':>4} {'missed':>6} {'right %':>8}")
    total = dict.fromkeys(import_accuracy.KINDS, 0)
    nfiles = defaultdict(int)
    for name, *_ in rows:
        nfiles[name.split("__")[1]] += 1
    for pres in PRESENTATIONS + OPTIONAL:
        if pres not in per:
            continue
        c = per[pres]
        judged = c["right"] + c["wrong"] + c["invented"] + c["missed"]
        for k in import_accuracy.KINDS:
            total[k] += c[k]
        share = f"{100 * c['right'] / judged:.2f}" if judged else "–"
        extra = f"  ({c['refused']} refused)" if c.get("refused") else ""
        print(f"{pres:14} {nfiles[pres]:5} {c['right']:6} {c['wrong']:5} {c['invented']:4} {c['missed']:6} {share:>8}{extra}")
    judged = total["right"] + total["wrong"] + total["invented"] + total["missed"]
    print(f"{'total':14} {len(rows):5} {total['right']:6} {total['wrong']:5} {total['invented']:4} {total['missed']:6} "
          f"{100 * total['right'] / max(1, judged):8.2f}")
    return 1 if total["wrong"] or total["invented"] else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the generated cases here (kept)")
    ap.add_argument("--from", dest="src", type=Path, help="evaluate cases generated earlier")
    ap.add_argument("--commit", action="store_true", help=f"regenerate the CI set in {HOLDOUT_DIR.relative_to(ROOT)}")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--only", default="", help="comma-separated source stems")
    ap.add_argument("--pres", default="", help="comma-separated presentations")
    ap.add_argument("--gen", default="", help="sources: tools/gen_reports.py random_document(N) for N in A-B")
    ap.add_argument("--hand", action="store_true", help="every presentation with hand_docx's 表三 header/thousands")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    pres = PRESENTATIONS if not args.pres else \
        tuple(p for p in PRESENTATIONS + OPTIONAL if p in args.pres.split(","))
    only = set(filter(None, args.only.split(","))) or None
    if args.src:  # every case found, the extra presentations too unless --pres says otherwise
        names = [tf.name[: -len(".truth.json")] for tf in sorted(args.src.glob("*.truth.json"))]
        names = [n for n in names if n.split("__")[1] in (pres if args.pres else pres + OPTIONAL) and (only is None or n.split("__")[0] in only
                                                                 or n.split("__")[0].split("_")[0] in only)]
        return report(evaluate(args.src, names), args.v)
    if args.commit:
        for f in HOLDOUT_DIR.glob("*__*"):
            f.unlink()
        names = generate(sources(set(COMMIT_SOURCES)), HOLDOUT_DIR, args.seed, pres)
        print(f"wrote {len(names)} cases to {HOLDOUT_DIR}")
        return report(evaluate(HOLDOUT_DIR, names), args.v)
    srcs = gen_sources(args.gen) if args.gen else sources(only)
    if args.out:
        names = generate(srcs, args.out, args.seed, pres, args.hand)
        return report(evaluate(args.out, names), args.v)
    with tempfile.TemporaryDirectory() as tmp:
        names = generate(srcs, Path(tmp), args.seed, pres, args.hand)
        return report(evaluate(Path(tmp), names), args.v)


if __name__ == "__main__":
    raise SystemExit(main())
