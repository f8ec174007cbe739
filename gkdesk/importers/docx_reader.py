"""Import a published report from a Word file (.docx, also WPS-saved .docx).

The body is read in document order: paragraphs become prose, real Word tables become grids of
cell texts with merged cells resolved (``w:gridSpan`` horizontally, ``w:vMerge`` vertically,
``w:gridBefore``/``w:gridAfter`` skipped grid columns): the text of a merge sits in its top-left
grid position and every other covered position is "". A table nested in a cell is read as a
table of its own (the outer one is then a layout table). The grids and prose then go through
``structured.build`` (label matching from the format spec, prose split, meta, totals).

Safety: the container is checked by ``safety.open_zip`` (size, zip bomb, entity declarations)
before python-docx parses it; the number of tables and cells is bounded.
"""

from __future__ import annotations

import io
import posixpath

from lxml import etree

from ..core.errors import ImportError_
from . import safety
from .base import ImportResult, picture_note
from .docx_numbering import Numbering
from .docx_styles import mark_style_hidden
from .structured import Grid, Layout, build, note_markers

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _TBL, _TR, _TC, _T, _TAB, _BR, _CR = (f"{{{W}}}{x}" for x in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr"))
_SDT, _SDTCONTENT, _CUSTOMXML, _SMARTTAG = (f"{{{W}}}{x}" for x in ("sdt", "sdtContent", "customXml", "smartTag"))
_VAL = f"{{{W}}}val"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_ALTC, _CHOICE, _FALLBACK = (f"{{{MC}}}{x}" for x in ("AlternateContent", "Choice", "Fallback"))
_TXBX, _HMERGE = f"{{{W}}}txbxContent", f"{{{W}}}hMerge"
_R, _RPR, _VANISH, _DEL, _MOVEFROM, _TRPR = (f"{{{W}}}{x}" for x in ("r", "rPr", "vanish", "del", "moveFrom", "trPr"))
_OFF = ("0", "false", "off")


def import_docx(data: bytes, source: str = "") -> ImportResult:
    safety.check_size(data, source)
    zf = safety.open_zip(data, source, "Word（.docx）")
    names = set(zf.namelist())
    if "word/document.xml" not in names:
        raise ImportError_(f"“{source}”不是 Word 文档（缺少 word/document.xml）。")
    safety.check_all_members(zf, source)
    body, title, styles = _open_body(data, zf, source)
    mark_style_hidden(body, styles)  # text hidden by a character/paragraph style is not shown either
    layout = read_layout(body, source, chunk=_chunk_reader(zf, source), embed=_embed_reader(zf, source),
                         numbering=_numbering(zf, styles, source))
    layout.title_hint = title
    res = build(layout, source, "docx")
    picture_note(res, sum(1 for el in body.iter(*_PICTURES) if el.find(f".//{_OLEOBJECT}") is None))
    return res


W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_WX = "http://schemas.microsoft.com/office/word/2003/auxHint"
_PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
_WX_WRAPPERS = (f"{{{_WX}}}sect", f"{{{_WX}}}sub-section")


def import_word_xml(data: bytes, source: str = "") -> ImportResult:
    """Read a Word XML document: Word 2003 XML (the same paragraphs, tables and merges as a .docx
    in the 2003 namespace, w:vmerge/w:hmerge spelt in lower case, the body wrapped in wx:sect and
    wx:sub-section) or Flat OPC (Word 2007+ "Word XML 文档": the .docx package's parts inline)."""
    safety.check_size(data, source)
    if safety._DOCTYPE.search(data[:65536]):
        raise ImportError_(f"“{source}”含有 DOCTYPE/实体声明，正常的 Word 文档不会有，疑似恶意文件，已拒绝导入。")
    try:
        root = etree.fromstring(data.replace(W2003.encode(), W.encode()), _PARSER())
    except etree.XMLSyntaxError as e:
        raise ImportError_(f"“{source}”已损坏，Word XML 文档无法解析（{e}）。") from None
    styles = root.find(f"{{{W}}}styles")
    if root.tag == f"{{{_PKG}}}package":  # Flat OPC: the package's parts inline (pkg:part/pkg:xmlData)
        parts = {part.get(f"{{{_PKG}}}name", ""): part.find(f"{{{_PKG}}}xmlData")
                 for part in root.iter(f"{{{_PKG}}}part")}
        doc, st = parts.get("/word/document.xml"), parts.get("/word/styles.xml")
        root = doc[0] if doc is not None and len(doc) else root
        styles = st[0] if st is not None and len(st) else None
    body = root.find(f"{{{W}}}body")
    if body is None:
        raise ImportError_(f"“{source}”不是有效的 Word XML 文档（缺少 w:body）。")
    for old, new in (("vmerge", "vMerge"), ("hmerge", "hMerge")):
        for e in root.iter(f"{{{W}}}{old}"):
            e.tag = f"{{{W}}}{new}"
    mark_style_hidden(body, styles)
    layout = read_layout(body, source)
    title = root.find("{urn:schemas-microsoft-com:office:office}DocumentProperties/"
                      "{urn:schemas-microsoft-com:office:office}Title")
    layout.title_hint = (title.text or "") if title is not None else ""
    return build(layout, source, "docx")


def _open_body(data: bytes, zf, source: str):
    """The w:body element, title and styles root (python-docx; raw parse for .docm/.dotx content
    types it refuses)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        d = docx.Document(io.BytesIO(data))
        title = d.core_properties.title or ""
        return d.element.body, title, d.styles.element
    except (ValueError, KeyError, AttributeError, PackageNotFoundError, etree.XMLSyntaxError) as e:
        # python-docx refuses macro-enabled documents and templates by content type; a damaged
        # document part whose root is not w:document has no .body (AttributeError)
        try:
            xml = _transitional(safety.read_member(zf, "word/document.xml", source))
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=True)
            root = etree.fromstring(xml, parser)
        except etree.XMLSyntaxError as e2:
            raise ImportError_(f"“{source}”已损坏，Word 文档内容无法解析（{e2}）。") from None
        body = root.find(f"{{{W}}}body")
        if body is None:
            raise ImportError_(f"“{source}”不是有效的 Word 文档（{e}）。") from None
        styles = None
        if "word/styles.xml" in zf.namelist():
            try:
                styles = etree.fromstring(_transitional(safety.read_member(zf, "word/styles.xml", source)), parser)
            except etree.XMLSyntaxError:
                styles = None  # damaged styles: direct formatting still decides
        return body, "", styles


#: Strict Open XML (Word's "Strict Open XML Document" save option) namespaces -> the transitional
#: ones the reader knows; python-docx cannot open such a package, the raw-parse path reads it
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
    (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
     b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)


def _transitional(xml: bytes) -> bytes:
    if b"purl.oclc.org/ooxml/" not in xml:
        return xml
    for strict, transitional in _STRICT:
        xml = xml.replace(strict, transitional)
    return xml


def _children(el):
    """Block children, looking through content controls, custom XML wrappers and
    mc:AlternateContent (only its chosen branch)."""
    for ch in el:
        if ch.tag in (_SDT,):
            content = ch.find(_SDTCONTENT)
            if content is not None:
                yield from _children(content)
        elif ch.tag in (_CUSTOMXML, _SMARTTAG) or ch.tag in _WX_WRAPPERS:
            yield from _children(ch)
        elif ch.tag == _ALTC:
            branch = _chosen(ch)
            if branch is not None:
                yield from _children(branch)
        else:
            yield ch


def _chosen(altc):
    """The one branch of an mc:AlternateContent that is read: its first mc:Choice, else its
    mc:Fallback. Word and WPS write the same content twice (a DrawingML text box and its VML
    copy, a w14 symbol and its plain run); reading both doubles every digit in it."""
    for ch in altc:
        if ch.tag == _CHOICE:
            return ch
    return altc.find(_FALLBACK)


def _unchosen(anc) -> bool:
    """`anc` is a branch of an mc:AlternateContent that is not the one read."""
    if anc.tag not in (_CHOICE, _FALLBACK):
        return False
    parent = anc.getparent()
    return parent is not None and parent.tag == _ALTC and _chosen(parent) is not anc


def _hidden_run(r) -> bool:
    """A run formatted hidden (w:vanish): Word does not show or print it."""
    rpr = r.find(_RPR)
    if rpr is None:
        return False
    v = rpr.find(_VANISH)
    return v is not None and v.get(_VAL, "true").lower() not in _OFF


_SDTPR, _PLCHDR = f"{{{W}}}sdtPr", f"{{{W}}}showingPlcHdr"


def _placeholder(el) -> bool:
    """Inside a content control that still shows its placeholder (w:showingPlcHdr): the grey
    "单击或点击此处输入文字。" — or a "0" — of a template cell the clerk never filled. Word shows
    and prints it, but it is not the report's content: the cell is empty."""
    anc = el.getparent()
    while anc is not None:
        if anc.tag == _SDTCONTENT:
            pr = anc.getparent().find(_SDTPR) if anc.getparent() is not None else None
            flag = pr.find(_PLCHDR) if pr is not None else None
            if flag is not None and flag.get(_VAL, "true").lower() not in _OFF:
                return True
        anc = anc.getparent()
    return False


def _not_shown(el, stop, boxes: bool = True) -> bool:
    """Inside tracked-deleted (w:del) or moved-away (w:moveFrom) content, a hidden run, the
    branch of an mc:AlternateContent not read, or (boxes=False) a text box."""
    anc = el.getparent()
    while anc is not None and anc is not stop:
        if anc.tag in (_DEL, _MOVEFROM) or (anc.tag == _R and _hidden_run(anc)) or _unchosen(anc):
            return True
        if not boxes and anc.tag == _TXBX:
            return True
        anc = anc.getparent()
    return False


_VALIGN = f"{{{W}}}vertAlign"
_NBHYPHEN, _PTAB, _TABS = (f"{{{W}}}{x}" for x in ("noBreakHyphen", "ptab", "tabs"))


def _raised(t) -> bool:
    """The text element sits in a superscript/subscript run (a footnote marker such as ³ or ¹⁾)."""
    r = t.getparent()
    rpr = r.find(_RPR) if r is not None and r.tag == _R else None
    va = rpr.find(_VALIGN) if rpr is not None else None
    return va is not None and va.get(_VAL) in ("superscript", "subscript")


def para_text(p, markers: list[str] | None = None, boxes: bool = True) -> str:
    """The paragraph's text as Word shows it: hidden runs, deleted and moved-from text left out
    (a hidden "1" before a shown "38" once imported as 138 "with high confidence"); of an
    mc:AlternateContent only the branch read. boxes=False leaves text boxes out (the body reader
    reads them as blocks of their own). With `markers`
    (table cells), superscript/subscript text is a note marker, not part of the cell's number
    ("3" + superscript "1" is 3 with note 1, never 31): it is left out and collected in `markers`."""
    out = []
    for el in p.iter(_T, _TAB, _BR, _CR, _NBHYPHEN, _PTAB):
        if _not_shown(el, p, boxes) or _placeholder(el):
            continue
        if el.tag == _T:
            if markers is not None and el.text and _raised(el):
                markers.append(el.text)
                out.append(" ")
                continue
            out.append(el.text or "")
        elif el.tag in (_TAB, _PTAB):
            if el.getparent().tag != _TABS:  # not a tab stop of the paragraph's properties
                out.append("\t")
        elif el.tag == _NBHYPHEN:
            out.append("-")  # a non-breaking hyphen (Ctrl+Shift+-): a "-" mark in a cell
        else:
            out.append("\n")
    return "".join(out)


_ALTCHUNK, _RID = f"{{{W}}}altChunk", "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _part_name(zf, rid: str, source: str) -> str:
    """The package part the document's relationship `rid` points to, or "!" + the reason it
    cannot be read."""
    rels_name = "word/_rels/document.xml.rels"
    if rels_name not in zf.namelist():
        return "!文档缺少关系表"
    try:
        rels = etree.fromstring(_transitional(safety.read_member(zf, rels_name, source)), _PARSER())
    except etree.XMLSyntaxError:
        return "!文档关系表已损坏"
    target = next((r.get("Target", "") for r in rels.iter(_RELS) if r.get("Id") == rid), "")
    name = posixpath.normpath(target.lstrip("/") if target.startswith("/") else "word/" + target)
    if not target or name not in zf.namelist():
        return "!嵌入的内容缺失"
    return name


_O = "urn:schemas-microsoft-com:office:office"
_OLEOBJECT = f"{{{_O}}}OLEObject"
_PICTURES = (f"{{{W}}}drawing", f"{{{W}}}pict")


def _embed_reader(zf, source: str):
    """A function reading an embedded OLE object (o:OLEObject: its ProgID and relationship id)
    as grids, or returning the Chinese reason it cannot. An Excel worksheet pasted into Word
    as an object (word/embeddings/*.xlsx, shown through a picture of it) is the printed table;
    an old .xls object (oleObject*.bin) or any other kind is named in the import report."""
    from . import xlsx_reader
    read_so_far = [0]

    def read(rid: str, progid: str) -> tuple[list[Grid], list[str]] | str:
        excel = progid.lower().startswith(("excel.sheet", "et.xls", "ket.sheet", "ket.xls"))
        name = _part_name(zf, rid, source)
        if name.startswith("!"):
            return name[1:] if excel else ""
        if not (excel or name.lower().endswith((".xls", ".xlsx", ".et"))):
            return ""  # an equation, a picture editor's object…: nothing of the tables
        data = safety.read_member(zf, name, source)
        if data[:2] != b"PK":
            return "旧版 Excel（.xls）格式"
        read_so_far[0] += 1
        if read_so_far[0] > safety.MAX_SHEETS:
            return "嵌入的 Excel 表格数量异常"
        return xlsx_reader.read_embedded(data, source)
    return read


def _chunk_reader(zf, source: str):
    """A function reading the part a w:altChunk imports (by its relationship id) as a Layout,
    or returning the Chinese reason it cannot. Web systems' "export to Word" and mail merges
    write the report as an HTML (or MHT, or another .docx) part that Word converts only when it
    opens the file; the part is read with the HTML reader (or this reader, one level deep)."""
    def read(rid: str) -> Layout | str:
        name = _part_name(zf, rid, source)
        if name.startswith("!"):
            return name[1:]
        data = safety.read_member(zf, name, source)
        head = data[:2000].lstrip().lower()
        if data[:2] == b"PK":  # another Word document
            inner = safety.open_zip(data, source, "Word（.docx）")
            if "word/document.xml" not in inner.namelist():
                return "嵌入的压缩包不是 Word 文档"
            try:
                root = etree.fromstring(_transitional(safety.read_member(inner, "word/document.xml", source)), _PARSER())
            except etree.XMLSyntaxError:
                return "嵌入的 Word 文档已损坏"
            b = root.find(f"{{{W}}}body")
            return read_layout(b, source) if b is not None else "嵌入的 Word 文档没有正文"
        if head.startswith((b"mime-version", b"from:", b"content-type")) or name.lower().endswith((".mht", ".mhtml")):
            from . import _mht_html
            html = _mht_html(data, source)
        elif b"<html" in head or b"<table" in head or b"<body" in head or b"<!doctype" in head or b"<?xml" in head:
            from . import decode_text
            html = decode_text(data, source, html=True)
        else:
            return "嵌入的内容不是网页或 Word 文档（如 RTF、纯文本）"
        from bs4 import BeautifulSoup

        from . import html_reader
        safety.check_markup(html, source)
        return html_reader.read_layout(BeautifulSoup(html, html_reader._parser()), source)
    return read


def _PARSER():
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=True)


def _numbering(zf, styles, source: str) -> Numbering | None:
    """The document's list numbering (word/numbering.xml), None when it has none or it is damaged."""
    if "word/numbering.xml" not in zf.namelist():
        return None
    try:
        root = etree.fromstring(_transitional(safety.read_member(zf, "word/numbering.xml", source)), _PARSER())
    except etree.XMLSyntaxError:
        return None
    return Numbering(root, styles)


def read_layout(body, source: str = "", chunk=None, embed=None, numbering: Numbering | None = None) -> Layout:
    """The body's blocks in reading order. `chunk` reads a w:altChunk's part (see _chunk_reader),
    `embed` an embedded Excel object (see _embed_reader); without them (or when they fail) the
    import report names what was not read. `numbering` gives prose paragraphs the text of their
    automatic numbering ("（一）")."""
    n_tables = sum(1 for _ in body.iter(_TBL))
    if n_tables > safety.MAX_TABLES:
        raise ImportError_(f"“{source}”中有 {n_tables} 个表格，远超年度报告的正常数量，疑似异常文件，已拒绝导入。")
    layout = Layout()
    budget = [safety.MAX_TOTAL_CELLS]
    # explicit stack instead of recursion: nested tables cannot exhaust the Python stack
    stack = [iter(list(_children(body)))]
    while stack:
        safety.check_deadline()
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        if isinstance(el, tuple):  # rows of a table holding a nested table, none nested themselves
            grid, _ = read_table(el[0], budget, source, layout.markers, rows=el[1])
            layout.blocks.append(grid)
            continue
        if el.tag == _P:
            text = para_text(el, boxes=False)
            label = numbering.label(el) if numbering is not None else ""
            layout.add_text(label + text if label and text.strip() else text)
            for ole in el.iter(_OLEOBJECT):
                if not _not_shown(ole, el, boxes=False):
                    _embedded(ole, embed, layout)
            boxes = _text_boxes(el)
            if boxes:  # a text box anchored here: its paragraphs and tables follow the paragraph
                stack.append(iter([x for box in boxes for x in _children(box)]))
        elif el.tag == _TBL:
            grid, nested = read_table(el, budget, source, layout.markers)
            if nested:
                # a layout table: read its cells' content (paragraphs and inner tables) in order —
                # but a run of its rows without a nested table is a table of its own (LibreOffice
                # nests a table put right after another into an empty row of the first, as a .doc
                # must: the rows of 表二's blocks around block （六）, each a table of cells, not prose)
                seq: list = []
                run: list = []
                for tr in _rows(el):
                    if any(True for _ in tr.iter(_TBL)):
                        if run:
                            seq.append((el, run))
                            run = []
                        seq.extend(x for tc in _cells(tr) for x in _children(tc))
                    else:
                        run.append(tr)
                if run:
                    seq.append((el, run))
                stack.append(iter(seq))
            else:
                layout.blocks.append(grid)
        elif el.tag == _ALTCHUNK:
            got = chunk(el.get(_RID, "")) if chunk is not None else "无法读取嵌入的内容"
            if isinstance(got, Layout):
                layout.blocks.extend(got.blocks)
                layout.markers.extend(got.markers)
                layout.notes.extend(got.notes)
                if not layout.title_hint:
                    layout.title_hint = got.title_hint
            else:
                layout.notes.append(f"文档中有一段以“嵌入其他文件”（altChunk）方式插入的内容未能读取（{got}）。"
                                    "请在 Word 或 WPS 中打开该文件，另存为 .docx 后再导入。")
    return layout


def _embedded(ole, embed, layout: Layout) -> None:
    """An embedded OLE object in the body: an Excel sheet's table as a grid, otherwise a note."""
    progid = ole.get("ProgID", "")
    got = embed(ole.get(_RID, ""), progid) if embed is not None else ""
    if isinstance(got, tuple):
        grids, notes = got
        layout.blocks.extend(grids)
        layout.notes.extend(notes)
        return
    if got or progid.lower().startswith(("excel", "et.", "ket.")):
        from .doc_reader import object_note
        layout.notes.append(object_note(progid, got))


def _text_boxes(p) -> list:
    """The text boxes (w:txbxContent) anchored in paragraph p that are read: not in a deleted
    run or an unchosen mc:AlternateContent branch, and not inside another text box."""
    out = []
    for box in p.iter(_TXBX):
        if not _not_shown(box, p, boxes=False):
            out.append(box)
    return out


def _row_deleted(tr) -> bool:
    """A table row deleted with tracked changes (w:trPr/w:del) or hidden (w:trPr/w:hidden)."""
    trpr = tr.find(_TRPR)
    if trpr is None:
        return False
    if trpr.find(_DEL) is not None:
        return True
    h = trpr.find(f"{{{W}}}hidden")
    return h is not None and h.get(_VAL, "true").lower() not in _OFF


def _rows(tbl):
    return [tr for tr in _children(tbl) if tr.tag == _TR and not _row_deleted(tr)]


def _cells(tr):
    return [tc for tc in _children(tr) if tc.tag == _TC]


def _int_attr(parent, path: str, default: int) -> int:
    el = parent.find(path) if parent is not None else None
    if el is None:
        return default
    try:
        return max(0, min(int(el.get(_VAL, default)), 1000))
    except ValueError:
        return default


def read_table(tbl, budget: list[int], source: str = "",
               markers: list[tuple[str, str]] | None = None, rows=None) -> tuple[Grid, bool]:
    """(grid of texts with merges resolved, whether a table is nested in one of its cells); of the
    table's rows ``rows`` (w:tr elements) when given, else of all."""
    trs = _rows(tbl) if rows is None else rows
    rows: list[list[str]] = []
    nested = False
    vmerge_open: dict[int, bool] = {}  # grid column -> a vertical merge is running there
    hcont: dict[int, set[int]] = {}  # row -> grid columns continuing a gridSpan from the left
    for tr in trs:
        safety.check_deadline()
        trpr = tr.find(f"{{{W}}}trPr")
        col = _int_attr(trpr, f"{{{W}}}gridBefore", 0)
        row: list[str] = [""] * col
        for c in range(col):
            vmerge_open[c] = False  # a grid column the row skips ends a vertical merge there
        hstart = None  # grid column of the cell a legacy w:hMerge continuation joins
        for tc in _cells(tr):
            tcpr = tc.find(f"{{{W}}}tcPr")
            span = max(1, _int_attr(tcpr, f"{{{W}}}gridSpan", 1))
            vm = tcpr.find(f"{{{W}}}vMerge") if tcpr is not None else None
            cont = vm is not None and vm.get(_VAL, "continue") != "restart"
            hm = tcpr.find(_HMERGE) if tcpr is not None else None
            if any(True for _ in tc.iter(_TBL)):
                nested = True
            raised: list[str] = []
            text = "\n".join(para_text(p, raised) for p in _children(tc) if p.tag == _P).strip()
            text = note_markers(text, raised, markers)
            if cont and vmerge_open.get(col):
                text = ""  # covered by the merge above
            if hm is not None and hm.get(_VAL, "continue") != "restart" and hstart is not None:
                # legacy horizontal merge (w:hMerge, as older Word and WPS write it): this cell
                # is part of the cell that starts at hstart, like a w:gridSpan continuation
                if text:
                    row[hstart] = f"{row[hstart]}\n{text}" if row[hstart] else text
                row.extend([""] * span)
                hcont.setdefault(len(rows), set()).update(range(col, col + span))
            else:
                hstart = col if hm is not None else None
                row.append(text)
                row.extend([""] * (span - 1))
                if span > 1:
                    hcont.setdefault(len(rows), set()).update(range(col + 1, col + span))
            for c in range(col, col + span):
                vmerge_open[c] = vm is not None
            col += span
        after = _int_attr(trpr, f"{{{W}}}gridAfter", 0)
        row.extend([""] * after)  # grid columns the row leaves empty at its end
        for c in range(col, col + after):
            vmerge_open[c] = False
        budget[0] -= len(row)
        if budget[0] < 0 or len(row) > safety.MAX_TABLE_CELLS:
            raise ImportError_(f"“{source}”中的表格过大（单元格数量异常），疑似异常文件，已拒绝导入。")
        rows.append(row)
        if len(rows) * max(1, len(row)) > safety.MAX_TABLE_CELLS:
            raise ImportError_(f"“{source}”中的表格过大（单元格数量异常），疑似异常文件，已拒绝导入。")
    width = max((len(r) for r in rows), default=0)
    for r in rows:
        r.extend([""] * (width - len(r)))
    return Grid(rows, spans={r: frozenset(v) for r, v in hcont.items()}, edges=_grid_edges(tbl, width)), nested


def _twips(v: str | None) -> int:
    try:
        return int(float(v)) if v else 0  # WPS may write "1234.5"
    except ValueError:
        return 0


def _grid_edges(tbl, width: int) -> tuple[float, ...] | None:
    """The column lines of the table's w:tblGrid in points, when it has one width for each grid
    column: a table saved from blocks of their own column widths (a clerk's split 表三 saved again by
    LibreOffice or WPS) has the union of their lines as its grid, and a body cell then spans other
    grid columns than its header — placed by overlap (grid.place_by_overlap), not by position. None
    for a grid that does not match the rows, or whose columns all have one width (no drawn widths)."""
    grid = tbl.find(f"{{{W}}}tblGrid")
    if grid is None:
        return None
    ws = [_twips(g.get(f"{{{W}}}w")) for g in grid.findall(f"{{{W}}}gridCol")]
    if len(ws) != width or width < 2 or any(w <= 0 for w in ws) or len(set(ws)) == 1:
        return None
    xs = [0.0]
    for w in ws:
        xs.append(xs[-1] + w / 20)
    return tuple(xs)
