"""Seeded generator of random but consistent reports, printed as the text forms real reports reach us in.

    python tools/gen_reports.py                      # 40 reports per form, seed 1, print the figures
    python tools/gen_reports.py -n 200 --seed 7      # more reports, another seed
    python tools/gen_reports.py --forms pdf_layout,pdf_raw -v      # list every wrong/invented cell
    python tools/gen_reports.py --out DIR            # keep the generated texts (+ <case>.truth.json)

(run with the project's interpreter from the repository root). Every report is drawn from a seed:
2019 or 2021 format; numbers that satisfy every table identity (row totals, the 办理结果 column sums,
新收 + 上年结转 = 办理结果总计 + 结转下年度, 表四 blocks); many 0s, some cells printed empty or "—", some
3–5-digit numbers; row labels as reports print them (ordinals dropped, remarks dropped, half-width
parentheses). It is then printed in these forms and imported as text with the real importer:

    pdf_layout     a PDF written with reportlab (STSong-Light, no font file) with varied table
                   geometry — narrow number columns where 4–5-digit numbers wrap ("300"/"1"), narrow
                   label columns wrapping labels into 2-character lines, wide columns, rows of
                   different heights, top/middle/bottom alignment, ruled or not — then
                   `pdftotext -layout`                                          (needs poppler)
    pdf_raw        the same PDF through plain `pdftotext`                        (needs poppler)
    browser_copy   one cell per line, an empty line for an empty cell
    markdown       pipe tables; merged cells empty or repeated, a spacer column, <br> in labels
    tsv            tab-separated rows (a spreadsheet or Word table pasted as text)
    pipe_rows      a web table as a crawler prints it: "a | b |" rows holding only the cells the HTML
                   has (a rowspan label inline on its group's first row), merged cells padded
                   "| ||" or not, an extra empty column, headers wrapped into a space (P01–P06)
    cell_lines     one cell per line: "text |" (P08), text then a lone "|" line (P07), a "|"
                   line opening each row (P09), or an empty line after every cell with an empty
                   cell printed as " " or &nbsp; (P03)
    innertext      a browser's innerText: tab-separated rows without covered cells, empty cells
                   as "", " " or &nbsp;, header and label cells wrapped over lines (real-009)
    one_line       a crawler's page.txt: header block, then the whole body on one line with the
                   cells of a row glued or space-separated (real-004)
    The web forms also vary page chrome (portal 发布时间/来源/字号 line, crawler 标题:/原文链接:
    block, CMS breadcrumbs and 打印/关闭), the agency only in the prose, the opening sentence,
    section heading wordings, and 2019 tables in a later year's report.

The truth of a case is what was printed into it (same schema as tools/import_holdout.py; compared
with its ``compare_case``): right / wrong (another number, or a number where "—" is printed) /
invented (a number where the cell is printed empty) / missed. Exit code 1 on any wrong or invented
cell. ``make_case(seed, form)`` is what the tests use.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gkdesk.core.document import Document, Meta  # noqa: E402
from gkdesk.core.spec import TableSpec  # noqa: E402
from gkdesk.core.values import CellValue, State, number, parse_value  # noqa: E402

import import_holdout as ho  # noqa: E402

FORMS = ("pdf_layout", "pdf_raw", "browser_copy", "markdown", "tsv", "pipe_rows", "cell_lines", "innertext", "one_line")
PDF_FORMS = {"pdf_layout", "pdf_raw"}

PLACES = ["城关镇人民政府", "市生态环境局", "县自然资源局", "区人力资源和社会保障局", "市住房和城乡建设局",
          "县人民政府办公室", "市公安局", "区卫生健康委员会", "县市场监督管理局", "市交通运输局", "街道办事处"]
CITIES = ["临川", "桐城", "江阳", "青山", "南湖", "安平", "白水", "东台", "永和", "石门"]


def have_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


# ------------------------------------------------------------------------------------ numbers

def _count(rng: random.Random, scale: int) -> int:
    """A count as reports print them: mostly 0, some small, a few 3–5-digit ones (scale 0..3)."""
    x = rng.random()
    if x < 0.55 - 0.1 * scale:
        return 0
    if x < 0.82:
        return rng.randint(1, 9)
    if x < 0.93:
        return rng.randint(10, 99)
    if scale == 0:
        return rng.randint(10, 40)
    if x < 0.97 or scale == 1:
        return rng.randint(100, 999)
    return rng.randint(1000, 9999 if scale == 2 else 40000)


def random_document(seed: int, fmt: str | None = None) -> Document:
    """A report whose numbers satisfy every identity of its format."""
    rng = random.Random(f"gen:{seed}")
    fmt = fmt or rng.choice(["2019", "2021"])
    year = rng.randint(2019, 2020) if fmt == "2019" else rng.randint(2021, 2025)
    agency = rng.choice(CITIES) + rng.choice(PLACES)
    doc = Document(fmt, Meta(agency=agency, year=year, date=f"{year + 1}-01-{rng.randint(10, 28):02d}"))
    scale = rng.choice([0, 0, 1, 1, 2, 3])

    def put(cid: str, n: int | Decimal) -> None:
        doc._put(cid, number(Decimal(n)))

    # 表三: results per applicant column, then totals, carry-over and new applications
    t3 = doc.spec.table("t3")
    cols = [c for c in t3.col_codes if c != "total"]
    results = [r for r in t3.row_codes if r not in ("new", "carried", "results_total", "carry_next")]
    heavy = {"natural": 1.0, "business": 0.5, "research": 0.15, "nonprofit": 0.15, "legal": 0.3, "other": 0.3}
    busy = {"granted": 1.0, "partial": 0.6, "unable_none": 0.7}
    for col in cols:
        tot = 0
        for row in results:
            p = heavy[col] * busy.get(row, 0.25)
            n = _count(rng, scale) if rng.random() < p else 0
            put(t3.cell_id(row, col), n)
            tot += n
        put(t3.cell_id("results_total", col), tot)
        nxt = _count(rng, max(0, scale - 1)) if rng.random() < 0.4 * heavy[col] else 0
        car = rng.randint(0, min(tot + nxt, 3 + tot // 20)) if rng.random() < 0.4 else 0
        put(t3.cell_id("carry_next", col), nxt)
        put(t3.cell_id("carried", col), car)
        put(t3.cell_id("new", col), tot + nxt - car)
    for row in t3.row_codes:
        put(t3.cell_id(row, "total"), sum(doc.number(t3.cell_id(row, c)) for c in cols))
    # 表四: five blocks of four parts and their total
    t4 = doc.spec.table("t4")
    for s in t4.sums:
        tot = 0
        for p in s.parts:
            n = _count(rng, max(0, scale - 1)) if rng.random() < 0.3 else 0
            put(p, n)
            tot += n
        put(s.target, tot)
    # 表二: counts (some printed empty), signed changes, an amount in 万元
    for c in doc.spec.table("t2").cells:
        if c.kind == "amount":
            doc._put(c.id, number(Decimal(rng.choice([0, 0, rng.randint(1, 9999)])) / Decimal(rng.choice([1, 10, 100]))))
        elif c.kind == "signed":
            put(c.id, rng.choice([0, 0, rng.randint(-30, 40)]))
        elif rng.random() < 0.85:
            put(c.id, _count(rng, scale))
    # 表二's amount/decisions aside, blanks and marks where reports print them
    style = rng.random()
    if style < 0.2:  # zeros of 表三 printed as empty cells
        for c in t3.cells:
            if doc.number(c.id) == 0 and rng.random() < 0.5:
                doc._put(c.id, CellValue(State.BLANK))
    elif style < 0.3:  # zeros of 表二/表四 printed "—"
        for key in ("t2", "t4"):
            for c in doc.spec.table(key).cells:
                if doc.number(c.id) == 0 and rng.random() < 0.5:
                    doc._put(c.id, parse_value("—"))
    doc.manual.update(c for c in doc.spec.cells if doc.spec.cells[c].derived)
    n_new = doc.number(t3.cell_id("new", "total"))
    doc.sections.update({
        "s1": f"{year}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息"
              f"{rng.randint(10, 900)}条。\n（一）主动公开。按照要求及时公开各类信息。",
        "s5": "存在的主要问题：一是公开内容不够全面；二是解读形式较为单一。\n改进措施：加强培训，完善制度。",
        "s6": f"本年度共收到政府信息公开申请{n_new}件，未收取信息处理费。",
    })
    return doc


# ------------------------------------------------------------------------------------- labels

_ORD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、])")
_TAIL = re.compile(r"（[^（）]*）$")


class Labels:
    """How one report prints its row labels."""

    def __init__(self, rng: random.Random):
        self.drop_ordinal = rng.choice([0.0, 0.0, 0.3, 1.0])
        self.drop_remark = rng.random() < 0.4
        self.halfwidth = rng.random() < 0.25
        self.rng = rng

    def text(self, text: str, role: str) -> str:
        if role != "rowlabel":
            return text
        if self.drop_remark and not _ORD.sub("", text).startswith("（"):
            text = _TAIL.sub("", text) or text
        if self.drop_ordinal and self.rng.random() < self.drop_ordinal:
            text = _ORD.sub("", text) or text
        if self.halfwidth:
            text = text.translate(ho.HALF)
        return text


def printed_items(doc: Document, t: TableSpec, labels: Labels, printed: dict[str, str]):
    """(r, c, rs, cs, text, role) of a table, the value texts recorded in ``printed``."""
    out = []
    for it in sorted(t.items, key=lambda i: (i.r, i.c)):
        if it.role == "value":
            v = doc.value(it.cell)
            text = "" if v.is_blank else v.text
            printed[it.cell] = text
        else:
            text = labels.text(it.text, it.role)
        out.append((it.r, it.c, it.rs, it.cs, text, it.role))
    return out


# ---------------------------------------------------------------------------------------- PDF

class Geometry:
    """Table geometry of one PDF: column widths, font, padding, alignment, rules."""

    def __init__(self, rng: random.Random):
        self.landscape = rng.random() < 0.2
        self.font = rng.choice([6.5, 7.5, 8, 9, 10.5])
        self.num_w = rng.choice([6, 7, 8, 10, 14, 20])  # mm, number columns
        self.label_w = rng.choice([[8, 8, 10], [10, 8, 20], [14, 6, 20], [25, 15, 40], [12, 12, 12], [30, 20, 50]])
        self.t2_label = rng.choice([20, 35, 60])
        self.pad = rng.choice([1, 2, 4])
        self.pad_jitter = rng.random() < 0.5
        self.valign = rng.choice(["TOP", "MIDDLE", "MIDDLE", "BOTTOM"])
        self.ruled = rng.random() < 0.8
        self.align = rng.choice(["CENTER", "CENTER", "RIGHT", "LEFT"])


def render_pdf(doc: Document, rng: random.Random, labels: Labels, printed: dict[str, str]) -> bytes:
    from reportlab.platypus.doctemplate import LayoutError

    for attempt in range(6):
        g = Geometry(rng)
        if attempt == 5:
            g.label_w, g.font, g.pad_jitter = [25, 15, 40], 7.5, False
        try:
            return _render_pdf(doc, g, rng, labels, printed)
        except LayoutError:
            continue  # a merged label cell taller than a page: draw another geometry
    raise AssertionError("unreachable")


def _render_pdf(doc: Document, g: Geometry, rng: random.Random, labels: Labels, printed: dict[str, str]) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    size = landscape(A4) if g.landscape else A4
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=24, alignment=1, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=font, fontSize=13, leading=20, wordWrap="CJK")
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK")
    right = ParagraphStyle("right", fontName=font, fontSize=11, leading=18, alignment=2)
    al = {"CENTER": 1, "RIGHT": 2, "LEFT": 0}[g.align]
    cell = ParagraphStyle("cell", fontName=font, fontSize=g.font, leading=g.font * 1.25, alignment=al, wordWrap="CJK")
    lab = ParagraphStyle("lab", parent=cell, alignment=rng.choice([0, 1]))
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="")

    def table(t: TableSpec):
        data = [["" for _ in range(t.n_cols)] for _ in range(t.n_rows)]
        st = [("FONT", (0, 0), (-1, -1), font, g.font), ("VALIGN", (0, 0), (-1, -1), g.valign),
              ("TOPPADDING", (0, 0), (-1, -1), g.pad), ("BOTTOMPADDING", (0, 0), (-1, -1), g.pad)]
        if g.ruled:
            st.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
        if g.pad_jitter:
            for r in range(t.n_rows):
                st.append(("TOPPADDING", (0, r), (-1, r), rng.choice([1, 2, 5, 9])))
        for r, c, rs, cs, text, role in printed_items(doc, t, labels, printed):
            if text:
                data[r][c] = Paragraph(text, lab if role == "rowlabel" else cell)
            if rs > 1 or cs > 1:
                st.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
        n_vals = t.n_cols - t.label_cols
        if t.key == "t3":
            widths = [w * mm for w in g.label_w] + [g.num_w * mm] * n_vals
        elif t.key == "t2":
            widths = [g.t2_label * mm] + [max(g.num_w, 14) * mm] * (t.n_cols - 1)
        else:
            widths = [min(max(g.num_w, 8), 11) * mm] * t.n_cols
        frame = pdf.width - 12  # the frame's own padding, 6 pt each side
        if sum(widths) > frame:  # a table wider than the page is cut off at its edge: scaled to fit
            widths = [w * frame / sum(widths) for w in widths]
        return Table(data, colWidths=widths, style=TableStyle(st), repeatRows=0, splitByRow=1)

    story = [Paragraph(doc.title, title), Spacer(1, 6)]
    for sec in doc.spec.sections:
        story.append(Paragraph(sec.heading, head))
        for para in filter(None, doc.sections.get(sec.key, "").split("\n")):
            story.append(Paragraph(para, body))
        if sec.table:
            story.append(table(doc.spec.table(sec.table)))
            story.append(Spacer(1, 6))
    story += [Paragraph(doc.meta.agency, right), Paragraph(_date_cn(doc), right)]
    pdf.build(story)
    return buf.getvalue()


def _date_cn(doc: Document) -> str:
    y, m, d = doc.meta.date.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def pdftotext(pdf: bytes, layout: bool) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "r.pdf"
        p.write_bytes(pdf)
        out = subprocess.run(["pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", str(p), "-"],
                             check=True, capture_output=True, timeout=60)
    return out.stdout.decode("utf-8")


# ------------------------------------------------------------------------------- text forms

def _prose(doc: Document, sec) -> list[str]:
    return [p for p in doc.sections.get(sec.key, "").split("\n") if p.strip()]


def _dense(items, n_rows: int, n_cols: int, repeat: bool) -> list[list[str]]:
    g = [[""] * n_cols for _ in range(n_rows)]
    for r, c, rs, cs, text, _role in items:
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) == (r, c) or repeat:
                    g[rr][cc] = text
    return g


def render_text(doc: Document, form: str, rng: random.Random, labels: Labels, printed: dict[str, str]) -> str:
    repeat = rng.random() < 0.3
    spacer = form == "markdown" and rng.random() < 0.5
    out = [doc.title, ""]
    for sec in doc.spec.sections:
        out.append(sec.heading)
        out += _prose(doc, sec)
        if not sec.table:
            continue
        t = doc.spec.table(sec.table)
        items = printed_items(doc, t, labels, printed)
        if form == "browser_copy":
            out += [text for *_pos, text, _role in items]
            continue
        g = _dense(items, t.n_rows, t.n_cols, repeat)
        if spacer and t.label_cols:
            g = [row[:t.label_cols] + [""] + row[t.label_cols:] for row in g]
        if form == "markdown":
            out.append("")
            for n, row in enumerate(g):
                out.append("| " + " | ".join(x.replace("\n", "<br>") for x in row) + " |")
                if n == 0:
                    out.append("|" + "|".join([" --- "] * len(row)) + "|")
            out.append("")
        else:  # tsv
            out += ["\t".join(row) for row in g]
    out += [doc.meta.agency, _date_cn(doc)]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------- web page text forms
#
# What reviewers get from a published web page: the <table> as the browser's innerText or a
# crawler's text dump. Only the cells that exist in the HTML are printed (a rowspan label on the
# first row of its group, covered cells left out), so rows have different lengths.

WEB_FORMS = ("pipe_rows", "cell_lines", "innertext", "one_line")

SITES = ["www.gov.cn", "www.example.gov.cn", "zwgk.city.gov.cn", "xxgk.county.gov.cn"]


class WebStyle:
    """How one web page prints its tables and page chrome (drawn per report)."""

    def __init__(self, rng: random.Random, form: str):
        self.form = form
        self.gap = rng.choice([" ", " ", "  "])  # before the "|" closing a cell
        self.pad = rng.choice(["none", "none", "colspan", "extra"])  # "|" padding of merged/extra columns
        self.lines = rng.choice(["bar_after", "bar_line", "row_bar", "blank"])  # cell_lines: P08 / P07 / P09 / P03
        self.empty = rng.choice(["", " ", "\u00a0"])  # innertext: how an empty <td> comes out
        self.wrap_headers = rng.random() < 0.6
        self.wrap_labels = rng.random() < 0.25
        self.chrome = rng.choice(["", "", "portal", "crawler", "cms"])
        self.title_agency = rng.random() < 0.7  # else: the agency only in the prose
        self.joiner = rng.choice(["", " "])  # one_line: how the cells of a row run together
        self.rng = rng

    def wrap(self, text: str, role: str) -> str:
        """A header (or long row label) broken over lines in its cell, as narrow columns show it."""
        rng = self.rng
        if role == "header" and self.wrap_headers and len(text) >= 4 and rng.random() < 0.6:
            at = rng.choice([3, len(text) // 2, len(text) - 2])
        elif role == "rowlabel" and self.wrap_labels and len(text) >= 10 and rng.random() < 0.5:
            at = rng.randint(4, len(text) - 3)
        else:
            return text
        return text[:at] + "\n" + text[at:]


def _web_rows(items, n_rows: int):
    rows: list[list[tuple]] = [[] for _ in range(n_rows)]
    for r, c, _rs, cs, text, role in items:
        rows[r].append((c, cs, text, role))
    return [sorted(row) for row in rows]


def _web_table(t: TableSpec, items, ws: WebStyle) -> list[str]:
    out: list[str] = []
    for row in _web_rows(items, t.n_rows):
        if not row:
            continue
        cells = [(ws.wrap(text, role), cs) for _c, cs, text, role in row]
        pad = [("|" * (cs - 1)) if ws.pad in ("colspan", "extra") and cs > 1 else "" for _t, cs in cells]
        extra = ws.pad == "extra"
        if ws.form == "one_line":  # a crawler's page.txt: cells glued or space-separated (real-004)
            out.append(ws.joiner.join(text.replace("\n", "") for text, _cs in cells))
        elif ws.form == "innertext":
            line = "\t".join(text if text else ws.empty for text, _cs in cells)
            out += line.split("\n")
        elif ws.form == "pipe_rows":
            parts = [(text.replace("\n", ws.rng.choice([" ", ""])) + ws.gap if text else "") + "|" + (" " + p if p else "")
                     for (text, _cs), p in zip(cells, pad)]
            out.append(" ".join(parts) + (" |" if extra else "") + ws.rng.choice(["", "", " "]))
        else:  # cell_lines
            if ws.lines == "row_bar":
                out.append("|")
            for (text, _cs), p in zip(cells, pad):
                if ws.lines == "blank":  # every cell followed by an empty line, an empty cell as " " or &nbsp;
                    out += (text.split("\n") if text else [ws.empty or " "]) + [""]
                elif ws.lines == "bar_line":
                    if text:
                        out += text.split("\n")
                    out.append("|")
                else:
                    text = text.replace("\n", " ") if ws.lines == "bar_after" else text
                    lines = text.split("\n")
                    last = (lines[-1] + ws.gap if lines[-1] else "") + "|" + (" " + p if p else "")
                    out += lines[:-1] + [last]
    return out


def _chrome_top(doc: Document, ws: WebStyle, title: str) -> list[str]:
    rng = ws.rng
    y = doc.meta.year + 1
    stamp = f"{y}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}"
    office = doc.meta.agency[:2] + rng.choice(["办公室", "党政办", "政务公开办"])
    if ws.chrome == "portal":
        return [title, "", f"{rng.choice(SITES)}     发布时间:{stamp}     来源:{office}      选择阅读字号:[ ]     阅读次数:", "",
                *([doc.meta.agency, ""] if ws.title_agency else []), title, " "]
    if ws.chrome == "crawler":
        return [f"标题: {title}", f"发布时间: {stamp} 15:07", "文号: ", "发布机构: ", "栏目: 政府信息公开年报",
                f"原文链接: https://{rng.choice(SITES)}/zwgk/nb/{y}02/t{y}0220_80629.htm",
                "==================== 正文 ===================="]
    if ws.chrome == "cms":
        return ["首页 > 政务公开 > 政府信息公开年报", title,
                f"发布日期：{stamp}  来源：本站  浏览次数：{rng.randint(10, 3000)}  字号：【大 中 小】", "【打印】 【关闭】"]
    return [title]


def _chrome_bottom(doc: Document, ws: WebStyle) -> list[str]:
    if ws.chrome in ("portal", "cms"):
        other = ws.rng.choice(CITIES) + ws.rng.choice(PLACES)  # the neighbouring pages' links
        return ["", "【打印本页】 【关闭窗口】", "分享到：", "扫一扫在手机打开当前页",
                f"上一篇：{other}{doc.meta.year - 1}年度政府信息公开工作年度报告",
                f"下一篇：{other}{doc.meta.year}年度政府信息公开工作年度报告"]
    return []


HEADINGS = {
    "s1": ["总体情况", "工作基本情况", "基本情况", "概述"],
    "s5": ["存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在的主要问题和改进措施",
           "存在问题及整改措施", "工作中存在的问题及改进措施"],
    "s6": ["其他需要报告的事项", "其他需要报告事项", "其它需要报告的事项"],
}


def _vary_heading(sec, rng: random.Random) -> str:
    """A section heading as reports print it: another wording, another separator after the numeral."""
    num, title = sec.heading.split("、", 1)
    if sec.key in HEADINGS and rng.random() < 0.4:
        title = rng.choice(HEADINGS[sec.key])
    sep = rng.choice(["、", "、", "、", "．", ". ", " 、", "、 "])
    return num + sep + title


def render_web(doc: Document, form: str, rng: random.Random, labels: Labels, printed: dict[str, str]) -> str:
    ws = WebStyle(rng, form)
    year = f"{doc.meta.year}年度" if rng.random() < 0.5 else f"{doc.meta.year}年"
    title = (f"{doc.meta.agency}{year}政府信息公开工作年度报告" if ws.title_agency
             else rng.choice([f"{year}政府信息公开工作年度报告", f"关于{year}政府信息公开工作的年度报告"]))
    out = _chrome_top(doc, ws, title)
    if rng.random() < 0.25 and title in out:  # the title wrapped over two lines (P02)
        at = out.index(title)
        cut = rng.randint(6, len(title) - 4)
        out[at:at + 1] = [title[:cut], title[cut:]]
    top = len(out)
    for sec in doc.spec.sections:
        out.append(_vary_heading(sec, rng))
        out += _prose(doc, sec)
        if sec.table:
            t = doc.spec.table(sec.table)
            out += _web_table(t, printed_items(doc, t, labels, printed), ws)
    if ws.title_agency:
        out.append(doc.meta.agency)
    out.append(_date_cn(doc))
    out += _chrome_bottom(doc, ws)
    if form == "one_line":  # the whole body on one line after the crawler's header block
        return "\n".join(out[:top]) + "\n" + " ".join(out[top:]) + "\n"
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------- one case

def _vary_opening(doc: Document, rng: random.Random) -> None:
    """Section 一's opening sentence as reports word it (the agency as its subject, or not named)."""
    a, y = doc.meta.agency, doc.meta.year
    city = rng.choice(CITIES)
    first = rng.choice([
        f"{y}年，{a}认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息{rng.randint(10, 900)}条。",
        f"{y}年，在{city}市委、市政府的坚强领导下，{a}坚持以人民为中心，扎实推进政务公开工作。",
        f"{a}高度重视政府信息公开工作，{y}年共主动公开政府信息{rng.randint(10, 900)}条。",
        f"按照{city}市人民政府办公室的统一部署，{a}严格执行《条例》各项规定。",
        f"本报告由{a}编制。{y}年，我单位认真贯彻落实《条例》，依法做好政府信息公开工作。",
    ])
    rest = doc.sections["s1"].split("\n", 1)[1]
    doc.sections["s1"] = first + "\n" + rest


def _move_year(doc: Document, year: int) -> None:
    old = doc.meta.year
    for k, v in doc.sections.items():
        doc.sections[k] = v.replace(f"{old}年", f"{year}年")
    doc.meta.year = year
    doc.meta.date = f"{year + 1}" + doc.meta.date[4:]


def make_case(seed: int, form: str, fmt: str | None = None) -> tuple[str, dict]:
    """(text, truth) of generated report ``seed`` printed in ``form``."""
    doc = random_document(seed, fmt)
    rng = random.Random(f"gen:{seed}:{form}")
    labels = Labels(rng)
    if form in WEB_FORMS:
        _vary_opening(doc, rng)
        if doc.format_id == "2019" and rng.random() < 0.3:
            _move_year(doc, rng.randint(2021, 2024))  # the 2019 tables in a later year's report
    printed: dict[str, str] = {}
    if form in PDF_FORMS:
        pdf = render_pdf(doc, random.Random(f"gen:{seed}:pdf"), Labels(random.Random(f"gen:{seed}:pdf:labels")), printed)
        text = pdftotext(pdf, form == "pdf_layout")
    elif form in WEB_FORMS:
        text = render_web(doc, form, rng, labels, printed)
    else:
        text = render_text(doc, form, rng, labels, printed)
    for cid in doc.spec.cells:  # a cell printed "—" is recorded as the mark
        v = doc.value(cid)
        if v.state is State.NA:
            printed[cid] = v.text
    truth = ho.holdout_truth(doc, printed, f"gen{seed}__{form}")
    truth["first_words"] = {k: doc.sections[k].split("\n")[0] for k in truth["sections"]}
    return text, truth


def import_case(text: str, form: str):
    from gkdesk.importers import import_bytes

    return import_bytes(text.encode("utf-8"), f"gen.{'md' if form == 'markdown' else 'txt'}")


def _compact_prose(s: str) -> str:
    return re.sub(r"\s+", "", s.translate(ho.HALF))


def _meta_verdict(doc: Document, truth: dict) -> dict[str, int]:
    """Agency (right / left blank / wrong), year and format of one import against its truth."""
    got = doc.meta.agency.strip()
    lost = 0
    for key in truth["sections"]:  # a section found, holding its own first words
        want = _compact_prose(truth.get("first_words", {}).get(key, ""))[:14]
        lost += int(not want or want not in _compact_prose(doc.sections.get(key, ""))[:200])
    return {"sections_lost": lost,"agency_right": int(got == truth["agency"]), "agency_blank": int(not got),
            "agency_wrong": int(bool(got) and got != truth["agency"]),
            "year_wrong": int(doc.meta.year != truth["year"]), "format_wrong": int(doc.format_id != truth["format"])}


def run_case(seed: int, form: str) -> tuple[dict[str, int], list]:
    text, truth = make_case(seed, form)
    res = import_case(text, form)
    return ho.compare_case(res.doc, truth, truth["source"])


# -------------------------------------------------------------------------------------- CLI

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=40, help="reports per form")
    ap.add_argument("--seed", type=int, default=1, help="first seed (reports seed .. seed+n-1)")
    ap.add_argument("--forms", default="", help="comma-separated forms (default: all)")
    ap.add_argument("--out", type=Path, help="keep the generated texts and truths here")
    ap.add_argument("-v", action="store_true", help="list every wrong and invented cell")
    args = ap.parse_args(argv)
    forms = [f for f in FORMS if not args.forms or f in args.forms.split(",")]
    if not have_pdftotext():
        skipped = [f for f in forms if f in PDF_FORMS]
        forms = [f for f in forms if f not in PDF_FORMS]
        if skipped:
            print(f"pdftotext not found: skipped {', '.join(skipped)}")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    bad_files: dict[str, list[int]] = defaultdict(list)
    for form in forms:
        for seed in range(args.seed, args.seed + args.n):
            text, truth = make_case(seed, form)
            if args.out:
                (args.out / f"gen{seed}__{form}.txt").write_text(text, encoding="utf-8")
                (args.out / f"gen{seed}__{form}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1),
                                                                        encoding="utf-8")
            try:
                res = import_case(text, form)
            except Exception as e:  # noqa: BLE001 - a refused text is a result too
                per[form]["refused"] += 1
                print(f"gen{seed}__{form}: REFUSED {type(e).__name__}: {e}")
                continue
            counts, issues = ho.compare_case(res.doc, truth, truth["source"])
            meta = _meta_verdict(res.doc, truth)
            for k, v in meta.items():
                per[form][k] += v
            if args.v and (meta["agency_wrong"] or meta["year_wrong"] or meta["format_wrong"] or meta["sections_lost"]):
                print(f"gen{seed}__{form}: agency {res.doc.meta.agency!r} (printed {truth['agency']!r}), "
                      f"year {res.doc.meta.year} ({truth['year']}), format {res.doc.format_id} ({truth['format']})")
            for k in ("right", "wrong", "invented", "missed"):
                per[form][k] += counts[k]
            per[form]["files"] += 1
            if counts["wrong"] or counts["invented"]:
                bad_files[form].append(seed)
                if args.v:
                    print(f"gen{seed}__{form} ({truth['format']}): wrong {counts['wrong']} invented {counts['invented']}")
                    for kind, cid, got, want in issues:
                        if kind != "missed":
                            print(f"      {kind:8} {cid:34} imported {got or '∅':>8}   printed {want or '∅'}")
    print(f"\n{'form':14} {'files':>5} agency right/blank/wrong  year wrong  format wrong  sections lost")
    for form in forms:
        c = per[form]
        print(f"{form:14} {c['files']:5} {c['agency_right']:5}/{c['agency_blank']}/{c['agency_wrong']:<14} "
              f"{c['year_wrong']:5} {c['format_wrong']:12} {c['sections_lost']:14}")
    print(f"\n{'form':14} {'files':>5} {'right':>6} {'wrong':>5} {'inv':>4} {'missed':>6} {'right %':>8}  bad files")
    total: dict[str, int] = defaultdict(int)
    for form in forms:
        c = per[form]
        judged = c["right"] + c["wrong"] + c["invented"] + c["missed"]
        for k, v in c.items():
            total[k] += v
        bad = ",".join(map(str, bad_files[form][:8])) + ("…" if len(bad_files[form]) > 8 else "")
        extra = f" ({c['refused']} refused)" if c.get("refused") else ""
        print(f"{form:14} {c['files']:5} {c['right']:6} {c['wrong']:5} {c['invented']:4} {c['missed']:6} "
              f"{100 * c['right'] / max(1, judged):8.2f}  {bad}{extra}")
    judged = total["right"] + total["wrong"] + total["invented"] + total["missed"]
    print(f"{'total':14} {total['files']:5} {total['right']:6} {total['wrong']:5} {total['invented']:4} "
          f"{total['missed']:6} {100 * total['right'] / max(1, judged):8.2f}")
    return 1 if total["wrong"] or total["invented"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
