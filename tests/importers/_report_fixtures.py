"""Realistic DOCX/HTML fixtures generated from the format spec (labels and merges never hand-typed).

``docx_bytes(doc, variant)`` writes a Word file like a published report: title, lead paragraph,
six headings with prose, and the three tables with REAL Word merges (python-docx ``merge``:
gridSpan/vMerge) laid out on the official grid. ``html_text(doc, variant)`` writes a government
web page: navigation, scripts, breadcrumb, footer, tables with colspan/rowspan and ``&nbsp;`` in
empty cells. Variants imitate what agencies do: half-width punctuation, spaces inside labels,
表二 printed as one small table per 第二十条 block, a table split over two Word tables at a page
break, 表三 with its items' label column printed as "1、" instead of "1.".
"""

from __future__ import annotations

import html
import io

import docx

from gkdesk.core.document import Document
from gkdesk.core.spec import TableSpec

HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":", "“": '"', "”": '"', "；": ";"})


def label(text: str, variant: set[str]) -> str:
    if "halfwidth" in variant:
        text = text.translate(HALF)
    if "spaces" in variant and len(text) > 4:
        text = text[:2] + " " + text[2:4] + "\u3000" + text[4:]
    if "dunhao" in variant and len(text) > 2 and text[0].isdigit() and text[1] == ".":
        text = text[0] + "、" + text[2:]
    return text


def cell_text(doc: Document, cid: str) -> str:
    return doc.value(cid).text


def _block_ranges(t: TableSpec) -> list[tuple[int, int]]:
    starts = sorted(it.r for it in t.items if it.role == "title")
    return [(s, (starts[i + 1] if i + 1 < len(starts) else t.n_rows)) for i, s in enumerate(starts)]


def _table_parts(t: TableSpec, variant: set[str]) -> list[tuple[int, int]]:
    """Row ranges printed as separate tables."""
    if t.layout == "blocks" and "split_blocks" in variant:
        return _block_ranges(t)
    if t.key == "t3" and "page_break" in variant:
        return [(0, 12), (12, t.n_rows)]
    return [(0, t.n_rows)]


# ------------------------------------------------------------------------------------- DOCX

def docx_bytes(doc: Document, variant: set[str] | frozenset[str] = frozenset(), lead: str = "",
               tables: dict[str, TableSpec] | None = None) -> bytes:
    """``tables`` replaces a table's printed layout (e.g. a grid with rows merged as another format prints them)."""
    variant = set(variant)
    d = docx.Document()
    d.add_paragraph(doc.title)
    if lead:
        d.add_paragraph(lead)
    for sec in doc.spec.sections:
        d.add_paragraph(label(sec.heading, variant) if "halfwidth" in variant else sec.heading)
        for para in filter(None, doc.sections.get(sec.key, "").split("\n")):
            d.add_paragraph(para)
        if sec.table:
            _docx_table(d, doc, (tables or {}).get(sec.table) or doc.spec.table(sec.table), variant)
    if doc.meta.date:
        y, m, dd = doc.meta.date.split("-")
        d.add_paragraph(doc.meta.agency)
        d.add_paragraph(f"{int(y)}年{int(m)}月{int(dd)}日")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _docx_table(d, doc: Document, t: TableSpec, variant: set[str]) -> None:
    for lo, hi in _table_parts(t, variant):
        if lo > 0 and "page_break" in variant:
            d.add_paragraph("— 2 —")
        table = d.add_table(rows=hi - lo, cols=t.n_cols)
        table.style = "Table Grid"
        items = [it for it in t.items if lo <= it.r < hi]
        for it in items:
            r0, r1 = it.r - lo, min(it.r + it.rs, hi) - 1 - lo
            if it.rs > 1 or it.cs > 1:
                table.cell(r0, it.c).merge(table.cell(r1, it.c + it.cs - 1))
        grid = table._cells  # computed once: table.cell() recomputes the whole grid on every call
        for it in items:
            text = cell_text(doc, it.cell) if it.role == "value" else label(it.text, variant)
            cell = grid[(it.r - lo) * t.n_cols + it.c]
            if text:
                cell.paragraphs[0].text = text
        # a page-break continuation repeats the merged outer label, as Word does when a vMerge is cut
        if lo > 0:
            for it in t.items:
                if it.r < lo < it.r + it.rs and it.role != "value":
                    grid[it.c].paragraphs[0].text = label(it.text, variant)


# ------------------------------------------------------------------------------------- HTML

PAGE_HEAD = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_政府信息公开年报</title>
<style>td {{ border: 1px solid #000 }}</style>
<script>var _hmt = _hmt || []; document.write("<div>广告</div>");</script>
</head><body>
<div class="header"><a href="/">首页</a> | <a href="/zwgk">政务公开</a></div>
<div class="nav-bar"><ul><li>信息公开指南</li><li>信息公开制度</li><li>信息公开年报</li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政府信息公开 &gt; 年报</div>
<div class="article">
<h1 style="text-align:center">{title}</h1>
<div class="info">发布日期：{published}　来源：办公室</div>
"""
PAGE_TAIL = """</div>
<div class="footer">主办单位：某某人民政府办公室　版权所有　网站标识码1234</div>
<script>console.log("</table>");</script>
</body></html>
"""


def html_text(doc: Document, variant: set[str] | frozenset[str] = frozenset(), lead: str = "",
              charset: str = "utf-8", published: str = "2021-01-28", tables: dict[str, TableSpec] | None = None) -> str:
    variant = set(variant)
    out = [PAGE_HEAD.format(charset=charset, title=html.escape(doc.title), published=published)]
    if lead:
        out.append(f"<p>　　{html.escape(lead)}</p>")
    for sec in doc.spec.sections:
        out.append(f"<p><strong>{html.escape(sec.heading)}</strong></p>")
        for para in filter(None, doc.sections.get(sec.key, "").split("\n")):
            out.append(f"<p style='text-indent:2em'>{html.escape(para)}</p>")
        if sec.table:
            out.append(_html_table(doc, (tables or {}).get(sec.table) or doc.spec.table(sec.table), variant))
    if doc.meta.date:
        y, m, dd = doc.meta.date.split("-")
        out.append(f"<p style='text-align:right'>{html.escape(doc.meta.agency)}</p>")
        out.append(f"<p style='text-align:right'>{int(y)}年{int(m)}月{int(dd)}日</p>")
    out.append(PAGE_TAIL)
    return "\n".join(out)


def _html_table(doc: Document, t: TableSpec, variant: set[str]) -> str:
    variant = variant - {"page_break"}  # web pages have no pages
    parts = []
    for lo, hi in _table_parts(t, variant):
        rows = []
        for r in range(lo, hi):
            tds = []
            for it in sorted((i for i in t.items if i.r == r), key=lambda i: i.c):
                span = ""
                rs = min(it.rs, hi - r)
                if rs > 1:
                    span += f' rowspan="{rs}"'
                if it.cs > 1:
                    span += f" colspan={it.cs}"
                if it.role == "value":
                    v = cell_text(doc, it.cell)
                    body = html.escape(v) if v else "&nbsp;"
                else:
                    text = label(it.text, variant)
                    if "wrap_headers" in variant and it.role == "header" and len(text) >= 6:
                        text = html.escape(text[:3]) + "<br/>" + html.escape(text[3:])
                    else:
                        text = html.escape(text)
                    body = f"<p><span style='font-family:宋体'>{text}</span></p>"
                tds.append(f"<td{span} valign='middle'>{body}</td>")
            rows.append("<tr>" + "".join(tds) + "</tr>")
        parts.append("<table border='1' cellspacing='0' width='100%'><tbody>\n" + "\n".join(rows) + "\n</tbody></table>")
    return "\n".join(parts)


def t3_web_page(rows: dict[str, list[str]], empty: str = "&nbsp;", vanish: str | None = None, after: str = "") -> str:
    """A CMS page holding only 表三 (2021) as clerks' narrow Word columns print its header ("商业<br/>企业"),
    rows ``{row code: seven cell texts}``; an empty cell is written ``empty``, in row ``vanish`` as
    ``<td></td>``; ``after``: a paragraph after the table."""
    from gkdesk.core.spec import get_format

    t = get_format("2021").table("t3")
    first = {}
    for c in t.cells:
        first.setdefault(c.row, c)
    corner = next(i.text for i in t.items if i.role == "corner")

    def td(x: str, extra: str = "") -> str:
        return f"<td{extra}>{x or empty}</td>"

    out = ["<html><body><div class=\"content\"><p>江阳市文化和旅游局2025年政府信息公开工作年度报告</p>",
           "<p>三、收到和处理政府信息公开申请情况</p>", "<table border=\"1\">",
           "<tr>" + td(corner, ' colspan="3" rowspan="3"') + td("申请<br/>人情况", ' colspan="7"') + "</tr>",
           "<tr>" + td("自然人", ' rowspan="2"') + td("法人或<br/>其他组织", ' colspan="5"') + td("总计", ' rowspan="2"')
           + "</tr>",
           "<tr>" + "".join(td(n) for n in ("商业<br/>企业", "科研<br/>机构", "社会公<br/>益组织", "法律服<br/>务机构", "其他"))
           + "</tr>"]
    for code, values in rows.items():
        path = first[code].row_labels
        labels = td(path[0], ' colspan="3"') if len(path) == 1 else td(path[-1], ' colspan="2"') if len(path) == 2 \
            else td(path[-1])
        cells = "".join("<td></td>" if code == vanish and not x else td(x) for x in values)
        out.append(f"<tr>{labels}{cells}</tr>")
    out.append(f"</table>{after}</div></body></html>")
    return "\n".join(out)
