"""Generate the default DOCX and XLSX templates from the format spec (run tools/make_templates.py).

The templates in templates/ are generated, committed, and then the clerk's to adapt: every label
and merge comes from `get_format()`, every value cell holds one Jinja placeholder such as
``{{ t3.new.natural }}``. Typography follows GB/T 9704-2012 (format-spec.md §9).
"""

from __future__ import annotations

import io
import math
import re
from pathlib import Path

from docx import Document as _DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from ..core.spec import FormatSpec, TableSpec, get_format
from .common import rewrite_zip

# ---------------------------------------------------------------- page and fonts (GB/T 9704)
PAGE_W, PAGE_H = 11906, 16838  # A4 in twips
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
TEXT_WIDTH = 8844  # 156 mm
LINE_PITCH = 579  # 28.95 pt: 22 lines in the 225 mm 版心

FONT_TITLE = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_H1 = "黑体"
FONT_H2 = "楷体_GB2312"
FONT_PAGENO = "宋体"
FONT_LATIN = "Times New Roman"
TABLE_PT = 10.5
TABLE_PT_SMALL = 9.0  # 小五 for the wide tables (表三 10 columns, 表四 15): labels on one line
WIDE_TABLE_COLS = 8
KEEP_WHOLE_ROWS = 6  # a table this short (表四) is kept on one page
GROUP_KEEP_ROWS = 10  # a row group up to this many rows (表三 （三）不予公开: 8) is never split
WORD_CHARS = 4  # longest label word kept on one line (商业企业); longer labels wrap after it (社会公益/组织)
NUMBER_CHARS = 3  # a value column holds a 6-digit number
CELL_MARGIN_TWIPS = 30  # left and right cell margin
CHAR_GRID_PITCH = 8844 / 28 / 20  # pt: 28 characters on the 156 mm line (GB/T 9704 5.2.2)

STYLE_TITLE = "GK Title"
STYLE_H1 = "Heading 1"
STYLE_LEAD = "GK Lead"  # character style for "（一）主动公开。" sub-headings
STYLE_TABLE = "GK Table"
STYLE_TABLE_LEFT = "GK Table Left"
STYLE_TABLE_SMALL = "GK Table Small"
STYLE_TABLE_SMALL_LEFT = "GK Table Small Left"
STYLE_SIGN = "GK Signature"
STYLE_KEEP = "GK Keep With Next"  # body text that must stay on the page of the next paragraph
STYLE_PAGENO = "GK Page Number"


def _mm(v: float) -> int:
    return round(v * 1440 / 25.4)


def _el(tag: str, **attrs) -> OxmlElement:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


def _set_rpr(rpr, east_asia: str, size_pt: float, bold: bool = False, latin: str = FONT_LATIN) -> None:
    """Replace the run properties: explicit East-Asian + Latin font names (no theme fonts), size, black."""
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(_el("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin))
    if bold:
        rpr.append(_el("w:b"))
        rpr.append(_el("w:bCs"))
    rpr.append(_el("w:color", val="000000"))
    half = int(round(size_pt * 2))
    rpr.append(_el("w:sz", val=half))
    rpr.append(_el("w:szCs", val=half))
    rpr.append(_el("w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))


def _set_ppr(ppr, *, jc: str = "both", first_chars: int = 0, first_twips: int = 0, line: int | None = LINE_PITCH,
             before: int = 0, after: int = 0, keep_next: bool = False, outline: int | None = None,
             right_chars: int = 0, right_twips: int = 0, snap: bool = True, widow: bool = False) -> None:
    # children in the schema's order (ECMA-376 CT_PPrBase): Word refuses a document whose pPr
    # children stand in another order (tests/export/test_docx_schema_order.py)
    for child in list(ppr):
        if child.tag not in (qn("w:pStyle"),):
            ppr.remove(child)
    if keep_next:
        ppr.append(_el("w:keepNext"))
        ppr.append(_el("w:keepLines"))
    if widow:
        ppr.append(_el("w:widowControl"))  # no single line of a paragraph alone on a page
    if not snap:
        ppr.append(_el("w:snapToGrid", val=0))
    if line is None:
        ppr.append(_el("w:spacing", before=before, after=after, line=240, lineRule="auto"))
    else:
        ppr.append(_el("w:spacing", before=before, after=after, line=line, lineRule="exact"))
    ind = {"left": 0, "leftChars": 0}
    if first_chars:
        ind.update(firstLineChars=first_chars * 100, firstLine=first_twips)
    else:
        ind.update(firstLine=0)
    if right_chars:
        ind.update(rightChars=right_chars * 100, right=right_twips)
    ppr.append(_el("w:ind", **ind))
    ppr.append(_el("w:jc", val=jc))
    if outline is not None:
        ppr.append(_el("w:outlineLvl", val=outline))


def _style_ppr(style):
    return style.element.get_or_add_pPr()


def _style_rpr(style):
    return style.element.get_or_add_rPr()


def _setup_styles(doc) -> None:
    styles = doc.styles
    # document defaults: 3号仿宋, Chinese language
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_rpr(rpr, FONT_BODY, 16)
    pprd = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for child in list(pprd):
        pprd.remove(child)
    pprd.append(_el("w:spacing", after=0, line=LINE_PITCH, lineRule="exact"))

    normal = styles["Normal"]
    _set_rpr(_style_rpr(normal), FONT_BODY, 16)
    _set_ppr(_style_ppr(normal), first_chars=2, first_twips=640, widow=True)

    h1 = styles[STYLE_H1]
    h1.element.remove(h1.element.find(qn("w:rPr")))
    _set_rpr(_style_rpr(h1), FONT_H1, 16)
    _set_ppr(_style_ppr(h1), first_chars=2, first_twips=640, keep_next=True, outline=0)

    title = styles.add_style(STYLE_TITLE, WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = normal
    title.quick_style = True
    _set_rpr(_style_rpr(title), FONT_TITLE, 22)
    _set_ppr(_style_ppr(title), jc="center", line=700, snap=False)

    lead = styles.add_style(STYLE_LEAD, WD_STYLE_TYPE.CHARACTER)
    lead.quick_style = True
    _set_rpr(_style_rpr(lead), FONT_H2, 16)

    for name, size, jc in ((STYLE_TABLE, TABLE_PT, "center"), (STYLE_TABLE_LEFT, TABLE_PT, "left"),
                           (STYLE_TABLE_SMALL, TABLE_PT_SMALL, "center"),
                           (STYLE_TABLE_SMALL_LEFT, TABLE_PT_SMALL, "left")):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        _set_rpr(_style_rpr(st), FONT_BODY, size)
        _set_ppr(_style_ppr(st), jc=jc, line=None, snap=False)

    sign = styles.add_style(STYLE_SIGN, WD_STYLE_TYPE.PARAGRAPH)
    sign.base_style = normal
    _set_rpr(_style_rpr(sign), FONT_BODY, 16)
    _set_ppr(_style_ppr(sign), jc="right")  # the 右空四字 inset is in the text (signature.date_line)

    keep = styles.add_style(STYLE_KEEP, WD_STYLE_TYPE.PARAGRAPH)
    keep.base_style = normal
    keep.quick_style = True
    _set_rpr(_style_rpr(keep), FONT_BODY, 16)
    _set_ppr(_style_ppr(keep), first_chars=2, first_twips=640, keep_next=True)

    pageno = styles.add_style(STYLE_PAGENO, WD_STYLE_TYPE.PARAGRAPH)
    _set_rpr(_style_rpr(pageno), FONT_PAGENO, 14, latin=FONT_PAGENO)
    _set_ppr(_style_ppr(pageno), jc="right", line=None, snap=False)


def _setup_page(doc) -> None:
    sec = doc.sections[0]
    sec.page_width, sec.page_height = PAGE_W * 635, PAGE_H * 635  # EMU per twip = 635
    sec.top_margin = Mm(MARGINS_MM["top"])
    sec.bottom_margin = Mm(MARGINS_MM["bottom"])
    sec.left_margin = Mm(MARGINS_MM["left"])
    sec.right_margin = Mm(MARGINS_MM["right"])
    sec.header_distance = Mm(15)
    sec.footer_distance = Mm(24)  # page number about 7 mm below the 版心
    doc.settings.odd_and_even_pages_header_footer = True
    # 22 lines per page on the 版心
    sect = sec._sectPr
    for g in sect.findall(qn("w:docGrid")):
        sect.remove(g)
    sect.append(_el("w:docGrid", type="linesAndChars", linePitch=LINE_PITCH, charSpace=char_space()))
    # page numbers "— 1 —": odd pages right, even pages left, one character inset
    for footer, jc, side in ((sec.footer, "right", "right"), (sec.even_page_footer, "left", "left")):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.style = STYLE_PAGENO
        ppr = p._p.get_or_add_pPr()
        ppr.append(_el("w:ind", **{side: 280}))  # ind before jc: the schema's order
        ppr.append(_el("w:jc", val=jc))
        p.add_run("— ")
        _add_field(p, "PAGE", "1")
        p.add_run(" —")


def char_space() -> int:
    """docGrid charSpace: the character pitch minus the 16 pt default size, in 1/4096 pt.

    Rounded down a little so that 28 characters surely fit (Word shows "每行 28 字").
    """
    return math.floor((CHAR_GRID_PITCH - 16) * 4096) - 2


def _add_field(p, instr: str, shown: str) -> None:
    r1 = p.add_run()
    r1._r.append(_el("w:fldChar", fldCharType="begin"))
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = p.add_run()
    r3._r.append(_el("w:fldChar", fldCharType="separate"))
    p.add_run(shown)
    r5 = p.add_run()
    r5._r.append(_el("w:fldChar", fldCharType="end"))


# ---------------------------------------------------------------- tables
def table_pt(t: TableSpec) -> float:
    return TABLE_PT_SMALL if t.n_cols > WIDE_TABLE_COLS else TABLE_PT


def _char_mm(pt: float) -> float:
    return pt * 25.4 / 72


def chars_per_line(width_mm: float, pt: float) -> int:
    """Whole characters of size `pt` that fit on one line of a cell `width_mm` wide."""
    inner = width_mm - 2 * CELL_MARGIN_TWIPS * 25.4 / 1440
    return int(inner / _char_mm(pt) + 1e-9)


def _width_for(chars: float, pt: float) -> float:
    """Cell width holding `chars` characters, with 0.4 mm to spare for rounding in Word/WPS."""
    return chars * _char_mm(pt) + 2 * CELL_MARGIN_TWIPS * 25.4 / 1440 + 0.4


_ENUM = re.compile(r"^（[一二三四五六七八九十]+）")


def label_lines(text: str, cpl: int | None = None) -> list[str]:
    """A short label's printed lines in a column of `cpl` characters, never broken inside a word.

    "（三）不予公开" breaks after its number; a label too long for its column breaks at even
    positions, between the two-character words these labels are made of (结果/维持,
    社会公益/组织). Without `cpl` only the number break is made.
    """
    m = _ENUM.match(text)
    if m and len(text) > m.end() and (cpl is None or len(text) > cpl):
        return [m.group(0), *label_lines(text[m.end():], cpl)]
    if cpl is None or len(text) <= cpl or cpl < 2:
        return [text]
    step = cpl if cpl % 2 == 0 else cpl - 1
    return [text[i:i + step] for i in range(0, len(text), step)]


def stacked_column(t: TableSpec, c: int) -> bool:
    """A label column whose labels span enough rows to be printed one character per line."""
    items = [it for it in t.items if it.c == c and it.cs == 1 and it.role == "rowlabel"]
    return bool(items) and all(it.rs >= len(it.text) for it in items)


def _needed_chars(t: TableSpec, c: int) -> float:
    """Characters column c must hold so that no short label or header word breaks."""
    need = 0.0
    for it in t.items:
        if it.c != c or it.cs != 1:
            continue
        if it.role == "value":
            need = max(need, NUMBER_CHARS)
        elif it.role in ("header", "rowlabel") and not (it.role == "rowlabel" and c == t.label_cols - 1):
            for line in label_lines(it.text):
                need = max(need, min(len(line), WORD_CHARS))
    return need


def column_widths_mm(t: TableSpec) -> list[float]:
    """Widths of the grid columns (mm, summing to the 156 mm 版心), chosen from the labels.

    Value and header columns hold their longest word (at most WORD_CHARS characters) and a
    six-digit number; a label column whose labels span many rows is one character wide (the
    label is stacked); the last label column (the item labels) takes the rest. Tables without
    label columns, and 表二's blocks, share the width equally.
    """
    total = 156.0
    if t.layout != "matrix" or not t.label_cols:
        return [total / t.n_cols] * t.n_cols
    pt = table_pt(t)
    widths = []
    for c in range(t.n_cols):
        if c < t.label_cols and stacked_column(t, c):
            widths.append(_width_for(1, pt) + 0.6)
        elif c == t.label_cols - 1:
            widths.append(0.0)
        else:
            widths.append(_width_for(_needed_chars(t, c), pt))
    widths[t.label_cols - 1] = total - sum(widths)
    return widths


def _twips_widths(t: TableSpec) -> list[int]:
    w = [_mm(x) for x in column_widths_mm(t)]
    w[-1 if not t.label_cols else t.label_cols - 1] += TEXT_WIDTH - sum(w)
    return w


def row_keeps(t: TableSpec) -> list[bool]:
    """keep[r]: row r stays on the page of row r + 1 (Word/WPS: keep-with-next on its paragraphs).

    Header rows stay with the first row of data; in 表二 each block (title, header, rows) stays
    together and the table may break between blocks; a row group (表三 （三）不予公开) is never
    split; a label spanning more rows than that (三、本年度办理结果) keeps as many rows as its
    stacked characters need, so it is printed whole; a short table (表四) is kept whole.
    """
    n = t.n_rows
    keep = [False] * n
    if n <= KEEP_WHOLE_ROWS:
        keep = [True] * n
    for r in range(min(t.header_rows, n)):
        keep[r] = True
    if t.layout == "blocks":
        starts = {it.r for it in t.items if it.role == "title"}
        for r in range(n - 1):
            keep[r] = keep[r] or (r + 1) not in starts
    for it in t.items:
        if it.role != "rowlabel" or it.rs <= 1:
            continue
        if it.rs <= GROUP_KEEP_ROWS:
            rows = it.rs - 1
        else:
            lines = len(it.text) if stacked_column(t, it.c) else len(it.text) // max(1, WORD_CHARS) + 1
            rows = min(it.rs - 1, lines)
        for r in range(it.r, it.r + rows):
            keep[r] = True
    if n > 2:
        keep[n - 2] = True  # the last row never starts a page alone
    keep[n - 1] = False
    return keep


from .xlsxlayout import placeholder  # noqa: E402,F401 - one copy for both templates


def _item_style(t: TableSpec, role: str, rs: int) -> str:
    small = table_pt(t) == TABLE_PT_SMALL
    if role == "rowlabel" and t.layout == "matrix" and rs == 1:
        return STYLE_TABLE_SMALL_LEFT if small else STYLE_TABLE_LEFT
    return STYLE_TABLE_SMALL if small else STYLE_TABLE


def _add_table(doc, t: TableSpec) -> None:
    widths = _twips_widths(t)
    keeps = row_keeps(t)
    table = doc.add_table(rows=t.n_rows, cols=t.n_cols)
    tbl = table._tbl
    tblpr = tbl.tblPr
    for child in list(tblpr):
        if child.tag != qn("w:tblStyle"):
            tblpr.remove(child)
    tblpr.append(_el("w:tblW", w=TEXT_WIDTH, type="dxa"))
    tblpr.append(_el("w:jc", val="center"))
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{side}", val="single", sz=4, space=0, color="000000"))
    tblpr.append(borders)
    tblpr.append(_el("w:tblLayout", type="fixed"))
    mar = _el("w:tblCellMar")
    for side, v in (("top", 0), ("left", CELL_MARGIN_TWIPS), ("bottom", 0), ("right", CELL_MARGIN_TWIPS)):
        mar.append(_el(f"w:{side}", w=v, type="dxa"))
    tblpr.append(mar)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w))
    for r, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        trpr.append(_el("w:cantSplit"))
        if r < t.header_rows:
            trpr.append(_el("w:tblHeader"))
        for c, cell in enumerate(row.cells):
            cell.width = widths[c] * 635
    items = sorted(t.items, key=lambda i: (i.r, i.c))
    for it in items:
        if it.rs > 1 or it.cs > 1:
            table.cell(it.r, it.c).merge(table.cell(it.r + it.rs - 1, it.c + it.cs - 1))
    for it in items:
        cell = table.cell(it.r, it.c)
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(_el("w:vAlign", val="center"))
        p = cell.paragraphs[0]
        p.style = doc.styles[_item_style(t, it.role, it.rs)]
        if it.role == "value":
            p.add_run(placeholder(it.cell))
        elif it.role == "rowlabel" and it.cs == 1 and it.rs > 1 and stacked_column(t, it.c):
            p.add_run(it.text)  # one character per line by the column width
        else:
            short = it.cs == 1 and it.role in ("header", "rowlabel") and not (
                it.role == "rowlabel" and it.c == t.label_cols - 1)
            cpl = chars_per_line(widths[it.c] * 25.4 / 1440, table_pt(t))
            for i, line in enumerate(label_lines(it.text, cpl) if short else [it.text]):
                run = p.add_run(line)
                if i:
                    run._r.insert(0, _el("w:br"))
    # keep-with-next on every paragraph of a kept row, including those of covered (merged) cells
    for r, tr in enumerate(tbl.findall(qn("w:tr"))):
        if keeps[r]:
            for p in tr.iter(qn("w:p")):
                ppr = p.get_or_add_pPr()
                ppr.append(_el("w:keepNext"))


def _para(doc, text: str = "", style: str | None = None):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text)
    return p


def _blocks(doc, key: str) -> None:
    """The paragraphs of one section; a paragraph flagged `keep` stays with the next one."""
    _para(doc, "{%p for b in " + key + ".blocks %}")
    _para(doc, "{%p if b.keep %}")
    for style in (STYLE_KEEP, None):
        p = _para(doc, style=style)
        p.add_run("{{ b.lead }}", style=STYLE_LEAD)
        p.add_run("{{ b.body }}")
        if style:
            _para(doc, "{%p else %}")
    _para(doc, "{%p endif %}")
    _para(doc, "{%p endfor %}")


def build_docx_template(fmt: str | FormatSpec) -> bytes:
    spec = get_format(fmt) if isinstance(fmt, str) else fmt
    doc = _DocxDocument()
    _setup_styles(doc)
    _setup_page(doc)
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)
    cp = doc.core_properties
    cp.title = "{{ title }}"
    cp.subject = "政府信息公开工作年度报告"
    cp.comments = ""
    cp.author = "{{ meta.agency }}"
    cp.keywords = ""
    cp.last_modified_by = ""
    _para(doc, "{%p for line in title_lines %}")
    _para(doc, "{{ line }}", STYLE_TITLE)
    _para(doc, "{%p endfor %}")
    _para(doc)
    for s in spec.sections:
        _para(doc, s.heading, STYLE_H1)
        _blocks(doc, s.key)
        if s.table:
            _add_table(doc, spec.table(s.table))
    # contact sentence, then the 落款 (GB/T 9704 7.3.5.1): kept with the last lines of the text
    _para(doc, "{%p if contact_line %}")
    contact = _para(doc, "{{ contact_line }}", STYLE_KEEP)
    contact.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT  # a long phone number must not stretch the line
    _para(doc, "{%p endif %}")
    _para(doc, "", STYLE_KEEP)
    _para(doc, "{{ signature.agency_line }}", STYLE_SIGN).paragraph_format.keep_with_next = True
    _para(doc, "{{ signature.date_line }}", STYLE_SIGN)
    return _save_docx(doc)


#: styles kept besides those the document uses: Word's defaults and the headings a clerk may apply
KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Heading1", "Heading2", "Heading3",
               "Heading1Char", "Heading2Char", "Heading3Char"}
#: python-docx's default package carries parts a report must not: a Word 2010 styles copy, a
#: bibliography, and the thumbnail picture of python-docx's own sample page
DROP_RELS = ("/stylesWithEffects", "/customXml", "/thumbnail")


def _prune(doc) -> None:
    """Drop unused styles (python-docx ships ~160, 350 KB) and the leftover parts named in DROP_RELS."""
    used: set[str] = set(KEEP_STYLES)
    roots = [doc.element] + [rel.target_part.element for rel in doc.part.rels.values()
                             if rel.reltype.endswith("/footer") or rel.reltype.endswith("/header")]
    for root in roots:
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            used.update(e.get(qn("w:val")) for e in root.iter(qn(tag)))
    styles = {st.get(qn("w:styleId")): st for st in doc.styles.element.findall(qn("w:style"))}
    todo = list(used)
    while todo:  # basedOn / next / link chains
        st = styles.get(todo.pop())
        if st is None:
            continue
        for tag in ("w:basedOn", "w:next", "w:link"):
            e = st.find(qn(tag))
            if e is not None and e.get(qn("w:val")) not in used:
                used.add(e.get(qn("w:val")))
                todo.append(e.get(qn("w:val")))
    for sid, st in styles.items():
        if sid not in used:
            doc.styles.element.remove(st)
    for rels in (doc.part.package.rels, doc.part.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype.endswith(DROP_RELS):
                del rels[rid]


def _save_docx(doc) -> bytes:
    _prune(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return _normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- settings and font table
#: East-Asian fonts the templates name, with what Word/WPS should use where they are missing
#: (altName), GB2312 charset (0x86), family, pitch and PANOSE, so substitution picks a Chinese face.
FONT_TABLE = (
    ("仿宋_GB2312", "仿宋", "02010609030101010101", "modern", "fixed"),
    ("楷体_GB2312", "楷体", "02010609030101010101", "modern", "fixed"),
    ("方正小标宋简体", "宋体", "02000000000000000000", "script", "fixed"),
    ("黑体", "SimHei", "02010609060101010101", "modern", "fixed"),
    ("宋体", "SimSun", "02010600030101010101", "auto", "variable"),
    ("仿宋", "FangSong", "02010609060101010101", "modern", "fixed"),
    ("楷体", "KaiTi", "02010609060101010101", "modern", "fixed"),
)
_SIG_CJK = ('w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" '
            'w:csb0="00040001" w:csb1="00000000"')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def font_table_xml() -> bytes:
    fonts = [
        '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
        '<w:family w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002AFF" w:usb1="C0007841" '
        'w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
    ]
    for name, alt, panose, family, pitch in FONT_TABLE:
        fonts.append(f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:panose1 w:val="{panose}"/>'
                     f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/>'
                     f'<w:sig {_SIG_CJK}/></w:font>')
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<w:fonts xmlns:w="{_W}">' + "".join(fonts) + "</w:fonts>").encode("utf-8")


def _fix_settings(xml: bytes) -> bytes:
    """Chinese theme language and Word 2013+ layout (compatibilityMode 15), not a Word 2010 file."""
    xml = re.sub(rb'<w:themeFontLang [^>]*/>', b'<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>', xml)
    xml = re.sub(rb'(w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val=")\d+"',
                 rb'\g<1>15"', xml)
    xml = re.sub(rb"<w:rsids>.*?</w:rsids>", b"", xml, flags=re.S)
    return xml


from .xlsxlayout import _TEMPLATE_DATE, _VOLATILE  # noqa: E402 - one copy for both templates


def _normalize_zip(data: bytes) -> bytes:
    """Fixed member dates, no volatile core properties (reproducible output), our font table and settings."""
    def fix(name: str, blob: bytes) -> bytes:
        if name == "word/fontTable.xml":
            return font_table_xml()
        if name == "word/settings.xml":
            return _fix_settings(blob)
        return _VOLATILE.sub(b"", blob) if name == "docProps/core.xml" else blob
    return rewrite_zip(data, fix, _TEMPLATE_DATE)


# ---------------------------------------------------------------- XLSX (in .xlsxlayout: the export uses it too)
from .xlsxlayout import (  # noqa: E402,F401 - the generator's names, as before
    XLSX_FONT,
    XLSX_FOOTER,
    XLSX_LINE_PT,
    XLSX_TOP,
    XLSX_WIDTHS,
    _xlsx_lines,
    _xlsx_widths,
    build_xlsx_template,
    xlsx_layout_signature,
    xlsx_position,
    xlsx_sheet_name,
    xlsx_workbook,
)


def template_names(fmt: str) -> tuple[str, str]:
    return f"report-{fmt}.docx", f"report-{fmt}.xlsx"


def write_templates(folder: Path, formats: tuple[str, ...] = ("2019", "2021")) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        dname, xname = template_names(fmt)
        (folder / dname).write_bytes(build_docx_template(fmt))
        (folder / xname).write_bytes(build_xlsx_template(fmt))
        written += [folder / dname, folder / xname]
    return written
