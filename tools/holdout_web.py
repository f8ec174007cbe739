"""The "word_html" and "tab_copy" presentations of tools/import_holdout.py: two forms a report takes
on government web sites that the other presentations do not make.

word_html   the report as Microsoft Word writes it when it is saved as a web page (另存为网页) or pasted
            from Word into a site's editor (TRS WCM, UEditor, KindEditor keep Word's markup):
            ``<table class=MsoNormalTable>``/``MsoTableGrid`` with widths in every cell, ``<p
            class=MsoNormal>`` inside every cell, the text in ``<span lang=EN-US>``/``<span
            style='font-family:仿宋_GB2312'>`` runs (a number cut over two runs when it was typed in
            two goes), ``<o:p></o:p>`` and ``<o:p>&nbsp;</o:p>`` in empty paragraphs,
            ``mso-spacerun`` spans, ``<b>`` header cells, Word's row of empty width cells under a
            table whose columns do not line up (``<![if !supportMisalignedColumns]>``), the list
            numbers of headings inside ``<![if !supportLists]>``, a page break as ``<br clear=all
            style='page-break-before:always'>`` between the parts of a split table, source lines
            wrapped inside the tags. A site's editor often rewrites Word's downlevel conditionals
            ``<![if …]>``/``<![endif]>`` into comments ``<!--[if …]-->``/``<!--[endif]-->`` (its
            HTML filter does not know them); both are drawn. Everything sits in the site's page
            (breadcrumbs, 字体【大中小】, 分享到, 打印, 关闭, footer), as cms_html.
tab_copy    the text a browser gives for the same page (select all + copy, or a crawler's
            ``innerText``): a table row per line with its cells separated by TABs; cells covered
            by a rowspan/colspan give nothing, so rows have different numbers of cells; a cell
            with two paragraphs or a ``<br>`` breaks its row over two lines; an empty cell is an
            empty string, a space or a no-break space between TABs; paragraphs apart by an empty
            line; the page furniture around the report.

Both are saved as Windows programs save them: Word's page in the code page of Chinese Windows
(``<meta … charset=gb2312>``), a copy pasted into Notepad as ANSI (GBK), UTF-8 with or without a
BOM, or "Unicode" (UTF-16 LE with a BOM); CRLF line ends or LF.

``WebStyle.draw`` picks the variations per file; ``printed`` records what each value cell shows
(as in import_holdout).
"""

from __future__ import annotations

import dataclasses
import html
import random
from collections import defaultdict


@dataclasses.dataclass
class WebStyle:
    table_class: str = "MsoNormalTable"  # MsoNormalTable | MsoTableGrid
    split_runs: float = 0.0  # share of numbers written as two runs ("1" + "28")
    misaligned: bool = False  # Word's row of empty width cells at the end of each table
    conditionals: str = "downlevel"  # downlevel (<![if …]>) | comment (<!--[if …]-->, an editor's rewrite)
    empty: str = "op_nbsp"  # how an empty cell is written: op_nbsp | nbsp | op | bare
    bold_header: bool = True
    list_headings: bool = False  # heading ordinals as Word list numbers (supportLists)
    wrap_source: bool = True  # Word wraps its source lines inside tags
    page_break: bool = False  # <br clear=all style='page-break-before:always'> between table parts
    # tab_copy only
    tab_empty: str = ""  # "" | " " | "\xa0"
    blank_between: bool = True  # an empty line between paragraphs
    # how the file is saved: Word saves a web page in the system's code page on Chinese Windows
    # (<meta charset=gb2312>) with CRLF lines; a copy pasted into Notepad is saved as ANSI (GBK),
    # UTF-8 (with or without a BOM) or "Unicode" (UTF-16 LE with a BOM)
    encoding: str = "utf-8"  # utf-8 | utf-8-sig | gb18030 | utf-16
    crlf: bool = False

    @classmethod
    def draw(cls, rng: random.Random) -> WebStyle:
        s = cls()
        s.table_class = rng.choice(["MsoNormalTable", "MsoTableGrid"])
        s.split_runs = rng.choice([0.0, 0.2, 0.5])
        s.misaligned = rng.random() < 0.6
        s.conditionals = rng.choice(["downlevel", "downlevel", "comment"])
        s.empty = rng.choice(["op_nbsp", "op_nbsp", "nbsp", "op", "bare"])
        s.bold_header = rng.random() < 0.7
        s.list_headings = rng.random() < 0.4
        s.wrap_source = rng.random() < 0.7
        s.page_break = rng.random() < 0.5
        s.tab_empty = rng.choice(["", " ", "\xa0"])
        s.blank_between = rng.random() < 0.6
        s.encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "gb18030", "utf-16"])
        s.crlf = rng.random() < 0.5
        return s

    def save(self, text: str, html: bool = False) -> bytes:
        """The file's bytes: a web page declares its charset (utf-16 is no web page's); the
        characters GBK lacks never occur in a report."""
        enc = self.encoding
        if html:
            enc = "gb18030" if enc in ("gb18030", "utf-16") else "utf-8"
            if enc == "gb18030":
                text = text.replace("<meta charset=\"utf-8\">", "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">")
        if self.crlf:
            text = text.replace("\n", "\r\n")
        return text.encode(enc)


def _cond(style: WebStyle, test: str) -> tuple[str, str]:
    if style.conditionals == "comment":
        return f"<!--[if {test}]-->", "<!--[endif]-->"
    return f"<![if {test}]>", "<![endif]>"


def _tag(name: str, attrs: str, style: WebStyle, rng: random.Random) -> str:
    """An opening tag; Word breaks its long source lines between attributes."""
    if style.wrap_source and len(attrs) > 40 and rng.random() < 0.5:
        parts = attrs.split(" ")
        cut = rng.randint(1, max(1, len(parts) - 1))
        attrs = " ".join(parts[:cut]) + "\n " + " ".join(parts[cut:])
    return f"<{name} {attrs}>" if attrs else f"<{name}>"


def _runs(text: str, style: WebStyle, rng: random.Random, role: str) -> str:
    """The runs of one paragraph of a cell, as Word writes them."""
    esc = html.escape
    if not text.strip():
        return {"op_nbsp": "<span lang=EN-US><o:p>&nbsp;</o:p></span>", "nbsp": "<span lang=EN-US>&nbsp;</span>",
                "op": "<span lang=EN-US><o:p></o:p></span>", "bare": ""}[style.empty]
    lead = ""
    if text != text.lstrip():  # leading spaces as Word keeps them
        lead = "<span style='mso-spacerun:yes'>&nbsp;</span>"
        text = text.lstrip()
    tail = ""
    if text != text.rstrip():
        tail = "<span style='mso-spacerun:yes'>&nbsp; </span>"
        text = text.rstrip()
    if role == "value":
        if len(text) > 1 and style.split_runs and rng.random() < style.split_runs:
            cut = rng.randint(1, len(text) - 1)
            body = (f"<span lang=EN-US>{esc(text[:cut])}</span>"
                    f"<span lang=EN-US style='mso-bidi-font-size:10.5pt'>{esc(text[cut:])}</span>")
        else:
            body = f"<span lang=EN-US>{esc(text)}</span>"
        return lead + body + tail + "<span lang=EN-US><o:p></o:p></span>"
    font = "仿宋_GB2312" if role != "header" else "黑体"
    body = f"<span style='font-size:10.5pt;font-family:{font}'>{esc(text)}</span>"
    if role == "header" and style.bold_header:
        body = f"<b>{body}</b>"
    return lead + body + tail + "<span lang=EN-US><o:p></o:p></span>"


def _cell(text: str, role: str, rs: int, cs: int, width: int, style: WebStyle, rng: random.Random) -> str:
    span = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
    attrs = (f"width={width}{span} valign=center style='width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
             f"border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'")
    align = "center" if role != "label" else "left"
    paras = []
    for line in (text.split("\n") if text else [""]):
        paras.append(f"<p class=MsoNormal align={align} style='text-align:{align};line-height:15.0pt'>"
                     + _runs(line, style, rng, role) + "</p>")
    return "  " + _tag("td", attrs, style, rng) + "\n  " + "\n  ".join(paras) + "\n  </td>"


def write_word_html(doc, style, wstyle: WebStyle, rng: random.Random, printed: dict) -> str:
    import import_holdout as ho

    out = [ho.PAGE_HEAD.format(title=html.escape(doc.title),
                               pub=f"{(doc.meta.year or 2023) + 1}-01-2{rng.randint(0, 9)}"),
           "<div class=WordSection1 style='layout-grid:15.6pt'>",
           "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
           f"font-family:方正小标宋简体'>{html.escape(doc.title)}</span></b></p>"]
    for sec in doc.spec.sections:
        heading = ho._heading(sec, style)
        if wstyle.list_headings and "、" in heading[:4]:
            num, _, rest = heading.partition("、")
            if_, end = _cond(wstyle, "!supportLists")
            out.append("<p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1'>"
                       f"{if_}<span style='font-family:黑体'>{html.escape(num)}、<span style='font:7.0pt \"Times New Roman\"'>"
                       f"&nbsp;&nbsp; </span></span>{end}<span style='font-family:黑体'>{html.escape(rest)}</span></p>")
        else:
            out.append(f"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:黑体'>{html.escape(heading)}"
                       "</span><span lang=EN-US><o:p></o:p></span></p>")
        for para in ho._paras(doc, sec.key):
            out.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-family:仿宋_GB2312'>"
                       f"{html.escape(para)}</span><span lang=EN-US><o:p></o:p></span></p>")
        if not sec.table:
            continue
        t = doc.spec.table(sec.table)
        for k, (lo, hi) in enumerate(ho.table_parts(t, style)):
            if k and wstyle.page_break:
                out.append("<span lang=EN-US style='font-size:10.5pt'><br clear=all style='page-break-before:always'>"
                           "</span>")
            items = ho.grid_items(doc, t, lo, hi, style, rng, printed)
            items, n_cols = ho.with_extra_col(items, t.n_cols, t.label_cols, style.extra_col)
            widths = [int(rng.uniform(90, 160)) if c < t.label_cols else int(rng.uniform(48, 64)) for c in range(n_cols)]
            rows: dict[int, list[tuple[int, str]]] = defaultdict(list)
            for r, c, rs, cs, text, role in items:
                rows[r].append((c, _cell(text, role, rs, cs, sum(widths[c:c + cs]), wstyle, rng)))
            extra_at = None if style.extra_col is None else (t.n_cols if style.extra_col == "end" else t.label_cols)
            if extra_at is not None:  # the empty column the clerk left in the table
                covered = {(rr, cc) for r, c, rs, cs, *_ in items for rr in range(r, r + rs) for cc in range(c, c + cs)}
                for r in range(ho.part_rows(items)):
                    if (r, extra_at) not in covered:
                        rows[r].append((extra_at, _cell("", "value", 1, 1, widths[extra_at], wstyle, rng)))
            table = [_tag("table", f"class={wstyle.table_class} border=1 cellspacing=0 cellpadding=0 width={sum(widths)} "
                          "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                          "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'", wstyle, rng)]
            for r in range(ho.part_rows(items)):
                table.append(f" <tr style='mso-yfti-irow:{r};height:{rng.choice([15.6, 20.0, 22.7])}pt'>")
                table += [x for _, x in sorted(rows[r])]
                table.append(" </tr>")
            if wstyle.misaligned:
                if_, end = _cond(wstyle, "!supportMisalignedColumns")
                table.append(f" {if_}\n <tr height=0>")
                table += [f"  <td width={w_} style='border:none'></td>" for w_ in widths]
                table.append(f" </tr>\n {end}")
            table.append("</table>")
            out.append("\n".join(table))
        if style.table_notes:
            out.append(f"<p class=MsoNormal><span style='font-family:仿宋_GB2312'>{html.escape(ho.table_note(t, doc, rng))}"
                       "</span></p>")
    for line in ho._sign_off(doc):
        out.append(f"<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312'>"
                   f"{html.escape(line)}</span></p>")
    out.append("</div>")
    out.append(ho.PAGE_TAIL.format(agency=html.escape(doc.meta.agency or "某某人民政府")))
    return "\n".join(out)


def write_tab_copy(doc, style, wstyle: WebStyle, rng: random.Random, printed: dict) -> str:
    import import_holdout as ho

    gap = "\n\n" if wstyle.blank_between else "\n"
    out = ["无障碍 | 长者模式 | 登录",
           "您当前的位置：首页 > 政务公开 > 政府信息公开年报",
           doc.title,
           f"发布时间：{(doc.meta.year or 2023) + 1}-01-2{rng.randint(0, 9)}　浏览次数：1032　字体：【大 中 小】"]
    for sec in doc.spec.sections:
        out.append(ho._heading(sec, style))
        out += ho._paras(doc, sec.key)
        if not sec.table:
            continue
        t = doc.spec.table(sec.table)
        for lo, hi in ho.table_parts(t, style):
            items = ho.grid_items(doc, t, lo, hi, style, rng, printed)
            items, n_cols = ho.with_extra_col(items, t.n_cols, t.label_cols, style.extra_col)
            extra_at = None if style.extra_col is None else (t.n_cols if style.extra_col == "end" else t.label_cols)
            rows: dict[int, list[tuple[int, str]]] = defaultdict(list)
            for r, c, _rs, _cs, text, _role in items:
                rows[r].append((c, text if text.strip() else wstyle.tab_empty))
            if extra_at is not None:
                covered = {(rr, cc) for r, c, rs, cs, *_ in items for rr in range(r, r + rs) for cc in range(c, c + cs)}
                for r in range(ho.part_rows(items)):
                    if (r, extra_at) not in covered:
                        rows[r].append((extra_at, wstyle.tab_empty))
            lines = ["\t".join(x for _, x in sorted(rows[r])) for r in range(ho.part_rows(items))]
            out.append("\n".join(lines))  # a table's rows are not apart by empty lines
        if style.table_notes:
            out.append(ho.table_note(t, doc, rng))
    out += ho._sign_off(doc)
    out += ["分享到：", "【打印】【关闭】", f"主办：{doc.meta.agency or '某某人民政府'}　ICP备案号：粤ICP备05012345号"]
    return gap.join(out) + "\n"


def browser_furniture(doc, rng: random.Random) -> tuple[str, ...]:
    """The header and footer a browser prints on each page of a web page (Chrome/Edge: the date
    and time top left, the page title top right (centred in Chrome, drawn at the right here),
    the address bottom left, "1/5" bottom right; Firefox: the title and address on top,
    "第 1 页，共 5 页" below)."""
    y = (doc.meta.year or 2023) + 1
    stamp = f"{y}/{rng.randint(1, 3)}/{rng.randint(1, 28)} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"
    url = (f"https://www.{rng.choice(['hz', 'lg', 'wd', 'xz'])}.gov.cn/zwgk/zfxxgkndbg/{y}0{rng.randint(1, 3)}/"
           f"t{y}01{rng.randint(10, 28)}_{rng.randint(1000000, 9999999)}.html")
    title = doc.title if len(doc.title) <= 30 else doc.title[:29] + "…"
    if rng.random() < 0.7:
        return (stamp, title, url, "{n}/{total}")
    return (title, url, stamp, "第 {n} 页，共 {total} 页")


def write_browser_pdf(doc, style, pstyle, wstyle: WebStyle, rng: random.Random, printed: dict) -> bytes:
    """The site's page of the report printed to PDF by a browser (打印 → 另存为 PDF): the page's
    chrome in the text (breadcrumbs, 发布时间 … 字体【大 中 小】, 分享到 打印 关闭, the footer with
    its telephone number and ICP number), the browser's header and footer lines on every page
    (date and time, title, address, page n of total), the tables ruled, rows running over pages
    without repeated headers (a CMS table has no <thead>)."""
    import holdout_pdf as hp
    import import_holdout as ho

    pstyle.furniture = browser_furniture(doc, rng)
    pstyle.page = "portrait"
    pstyle.page_numbers = False
    pstyle.repeat_head = False
    pstyle.order = "rows"
    pstyle.rules = rng.choice(["grid", "grid", "rects"])
    state = rng.getstate()

    def draw(prt: dict) -> tuple[bytes, int]:
        hp._font()
        pg = hp._Pages(pstyle)
        pg.new()
        agency = doc.meta.agency or "某某人民政府"
        hp._prose(pg, "无障碍 | 长者模式 | 登录", 9, indent=False)
        hp._prose(pg, "您当前的位置：首页 > 政务公开 > 政府信息公开年报", 9, indent=False)
        hp._prose(pg, doc.title, 15, indent=False, align="center")
        hp._prose(pg, f"发布时间：{(doc.meta.year or 2023) + 1}-01-2{rng.randint(0, 9)}　浏览次数：1032　字体：【大 中 小】",
                  9, indent=False, align="center")
        for sec in doc.spec.sections:
            hp._prose(pg, ho._heading(sec, style), 11, indent=False)
            for para in ho._paras(doc, sec.key):
                hp._prose(pg, para, 10.5)
            if not sec.table:
                continue
            t = doc.spec.table(sec.table)
            items = ho.grid_items(doc, t, 0, t.n_rows, style, rng, prt)
            hp._table(pg, t, items, pstyle, rng)
            if style.table_notes:
                hp._prose(pg, ho.table_note(t, doc, rng), 9.5, indent=False)
        for line in ho._sign_off(doc):
            hp._prose(pg, line, 10.5, indent=False, align="right")
        hp._prose(pg, "分享到：　　【打印】　　【关闭】", 9, indent=False, align="center")
        hp._prose(pg, f"主办：{agency}　地址：某某路1号　邮编：524000　电话：0759-1234567　ICP备案号：粤ICP备05012345号",
                  8, indent=False, align="center")
        n = pg.n
        return pg.save(), n

    _, total = draw({})  # a first pass counts the pages
    rng.setstate(state)
    pstyle.total_pages = total
    data, _ = draw(printed)
    return data
