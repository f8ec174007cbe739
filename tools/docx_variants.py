"""Rewrite a Word file's XML the way Word and WPS Office really write it, keeping what is shown.

The holdout's clerk_docx files come from python-docx, which writes one plain shape of
WordprocessingML. Real files carry many other shapes for the same visible table; each function here
rewrites a python-docx file (through its lxml tree) into one of them without changing what Word
shows, so the truth of the generated file stays what was printed:

    hmerge        a horizontal merge as the legacy w:hMerge restart/continue cells, not w:gridSpan
    vmerge_val    vertical merge continuations as w:val="continue" (python-docx writes none)
    grid_skip     a row's leading/trailing empty cells as w:gridBefore/w:gridAfter (rows start late)
    tblgrid       a w:tblGrid that disagrees with the cells (too few or too many w:gridCol)
    sdt           cells, rows, runs and whole tables wrapped in content controls (w:sdt) and w:customXml
    runs          a cell's text cut into several runs ("1" + "2" is 12) with proofErr/bookmarks between
    tracked       tracked changes: digits inserted (w:ins, kept), old numbers deleted (w:del, dropped)
    field         numbers as field results (w:fldSimple =SUM(LEFT), fldChar begin/separate/end)
    alt_content   runs inside mc:AlternateContent (Choice w14 + Fallback) as WPS writes symbols
    wps_attrs     w14:paraId, w:rsid*, rFonts hint, w:lang, vAlign, tblLayout (WPS/Word decoration)
    br            a label cell's lines as w:br inside one paragraph instead of separate paragraphs
    empty_rows    empty rows left at the end (and sometimes in the middle) of a table
    page_break    a page break paragraph between the parts of a table split in two
    textbox       one table inside a text box (mc:AlternateContent: wps:txbx Choice + v:textbox Fallback)
    layout_table  one table inside the single cell of an outer layout table (a nested table)
    header_table  a table with digits in the page header (never part of the report)
    merge_tables  表二/表三/表四 as one big Word table, the section headings as full-width rows
    autonum       ordinals (一、 （二） 3.) made by Word's automatic numbering (w:numPr), not typed
    placeholder   empty cells as content controls still showing their placeholder text

``apply(data, rng)`` picks a seeded set of these per file and returns (bytes, names used).
``strict(data)`` rewrites a package into Strict OOXML namespaces; ``with_alt_chunk(data)`` embeds
an HTML part through w:altChunk. Used by tools/import_holdout.py (presentation wps_docx) and by
tests/importers/test_docx_variants.py.
"""

from __future__ import annotations

import copy
import io
import random
import re
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

NUMBER = re.compile(r"^\s*[0-9０-９][0-9０-９.．,，]*\s*$")

ALL = ("hmerge", "vmerge_val", "grid_skip", "tblgrid", "sdt", "runs", "tracked", "field", "alt_content",
       "wps_attrs", "br", "empty_rows", "page_break", "textbox", "layout_table", "header_table", "merge_tables",
       "autonum", "placeholder")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


NS = {"w": W, "mc": MC, "w14": W14, "wps": WPS, "wp": WP, "a": A, "v": V, "r": R_NS}


def _q(name: str) -> str:
    ns, _, local = name.partition(":")
    return f"{{{NS[ns]}}}{local}" if local else name


def el(tag: str, attrs: dict | None = None, *children):
    from lxml import etree

    e = etree.Element(_q(tag))
    for k, v in (attrs or {}).items():
        e.set(_q(k), str(v))
    for c in children:
        e.append(c)
    return e


def run(text: str):
    t = el("w:t")
    t.text = text
    if text != text.strip():
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return el("w:r", {}, t)


def cell_text(tc) -> str:
    return "".join(t.text or "" for t in tc.iter(w("t")))


def tables(body) -> list:
    return [t for t in body if t.tag == w("tbl")]


def rows(tbl) -> list:
    return [tr for tr in tbl if tr.tag == w("tr")]


def cells(tr) -> list:
    return [tc for tc in tr if tc.tag == w("tc")]


def tcpr(tc):
    p = tc.find(w("tcPr"))
    if p is None:
        p = el("w:tcPr")
        tc.insert(0, p)
    return p


def trpr(tr):
    p = tr.find(w("trPr"))
    if p is None:
        p = el("w:trPr")
        tr.insert(0 if tr.find(w("tblPrEx")) is None else 1, p)
    return p


def span_of(tc) -> int:
    gs = tc.find(f"{w('tcPr')}/{w('gridSpan')}")
    return int(gs.get(w("val"))) if gs is not None else 1


def is_vcont(tc) -> bool:
    vm = tc.find(f"{w('tcPr')}/{w('vMerge')}")
    return vm is not None and vm.get(w("val"), "continue") != "restart"


def text_runs(tc) -> list:
    return [r for r in tc.iter(w("r")) if r.find(w("t")) is not None]


# ----------------------------------------------------------------------------------- variants

def hmerge(body, rng):
    """gridSpan=N -> one w:hMerge restart cell and N-1 w:hMerge continue cells."""
    for tbl in tables(body):
        if rng.random() < 0.3:
            continue
        for tr in rows(tbl):
            for tc in cells(tr):
                n = span_of(tc)
                if n < 2:
                    continue
                pr = tcpr(tc)
                pr.remove(pr.find(w("gridSpan")))
                pr.append(el("w:hMerge", {"w:val": "restart"}))
                at = tr.index(tc)
                for i in range(n - 1):
                    cont = el("w:tc", {}, el("w:tcPr", {}, el("w:hMerge", {"w:val": "continue"} if rng.random() < 0.5 else {})),
                              el("w:p"))
                    vm = pr.find(w("vMerge"))
                    if vm is not None:  # the continuations are in the vertical merge too
                        cont[0].append(copy.deepcopy(vm))
                    tr.insert(at + 1 + i, cont)


def vmerge_val(body, rng):
    for vm in body.iter(w("vMerge")):
        if vm.get(w("val")) is None:
            vm.set(w("val"), "continue")


def grid_skip(body, rng):
    """Leading empty, unmerged cells of a row become w:gridBefore, trailing ones w:gridAfter."""
    for tbl in tables(body):
        if rng.random() < 0.4:
            continue
        for tr in rows(tbl):
            tcs = cells(tr)

            def plain_empty(tc):
                pr = tc.find(w("tcPr"))
                return (not cell_text(tc).strip() and span_of(tc) == 1
                        and (pr is None or (pr.find(w("vMerge")) is None and pr.find(w("hMerge")) is None)))
            lead = 0
            while lead < len(tcs) - 1 and plain_empty(tcs[lead]) and rng.random() < 0.8:
                lead += 1
            trail = 0
            while trail < len(tcs) - lead - 1 and plain_empty(tcs[-1 - trail]) and rng.random() < 0.8:
                trail += 1
            if lead:
                for tc in tcs[:lead]:
                    tr.remove(tc)
                trpr(tr).append(el("w:gridBefore", {"w:val": lead}))
                trpr(tr).append(el("w:wBefore", {"w:w": 600 * lead, "w:type": "dxa"}))
            if trail:
                for tc in tcs[len(tcs) - trail:]:
                    tr.remove(tc)
                trpr(tr).append(el("w:gridAfter", {"w:val": trail}))
                trpr(tr).append(el("w:wAfter", {"w:w": 600 * trail, "w:type": "dxa"}))
            pr = tr.find(w("trPr"))
            if pr is not None:  # schema order: gridBefore, gridAfter, wBefore, wAfter first
                order = {w("gridBefore"): 0, w("gridAfter"): 1, w("wBefore"): 2, w("wAfter"): 3}
                kids = sorted(pr, key=lambda e: order.get(e.tag, 9))
                for k in kids:
                    pr.remove(k)
                    pr.append(k)


def tblgrid(body, rng):
    for tbl in tables(body):
        g = tbl.find(w("tblGrid"))
        if g is None or rng.random() < 0.5:
            continue
        cols = list(g)
        if rng.random() < 0.5 and len(cols) > 2:
            for c in cols[len(cols) // 2:]:
                g.remove(c)
        else:
            for _ in range(rng.randint(1, 4)):
                g.append(el("w:gridCol", {"w:w": 300}))


def _wrap(node, wrapper_tag: str):
    parent = node.getparent()
    i = parent.index(node)
    if wrapper_tag == "sdt":
        content = el("w:sdtContent")
        wrapper = el("w:sdt", {}, el("w:sdtPr", {}, el("w:id", {"w:val": 1000 + i})), content)
    else:
        content = wrapper = el("w:customXml", {"w:element": "cell"})
    parent.remove(node)
    content.append(node)
    parent.insert(i, wrapper)


def sdt(body, rng):
    for tbl in tables(body):
        for tr in rows(tbl):
            for tc in cells(tr):
                if rng.random() < 0.15:
                    _wrap(tc, "sdt")
                elif rng.random() < 0.05:
                    _wrap(tc, "customXml")
                for r in text_runs(tc):
                    if rng.random() < 0.05:
                        _wrap(r, "sdt")
            if rng.random() < 0.05:
                _wrap(tr, rng.choice(["sdt", "customXml"]))
    for tbl in tables(body):
        if rng.random() < 0.3:
            _wrap(tbl, "sdt")


def _split_run(r, pieces: list[str], rng):
    """Replace run r by one run per piece (same rPr), with WPS/Word noise between them."""
    parent = r.getparent()
    i = parent.index(r)
    rpr = r.find(w("rPr"))
    parent.remove(r)
    for k, piece in enumerate(pieces):
        nr = run(piece)
        if rpr is not None:
            nr.insert(0, copy.deepcopy(rpr))
        parent.insert(i, nr)
        i += 1
        if k < len(pieces) - 1:
            noise = rng.choice(["proofErr", "bookmark", "lrpb", None])
            if noise == "proofErr":
                parent.insert(i, el("w:proofErr", {"w:type": "gramStart"}))
                i += 1
            elif noise == "bookmark":
                parent.insert(i, el("w:bookmarkStart", {"w:id": 7, "w:name": f"_Hlk{rng.randint(10**8, 10**9)}"}))
                parent.insert(i + 1, el("w:bookmarkEnd", {"w:id": 7}))
                i += 2
            elif noise == "lrpb":
                nr.append(el("w:lastRenderedPageBreak"))


def _pieces(text: str, rng) -> list[str]:
    if len(text) < 2:
        return [text]
    cuts = sorted(rng.sample(range(1, len(text)), k=min(len(text) - 1, rng.randint(1, 3))))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def runs(body, rng):
    for r in list(body.iter(w("r"))):
        t = r.find(w("t"))
        if t is None or not t.text or len(t.text) < 2 or rng.random() < 0.5:
            continue
        _split_run(r, _pieces(t.text, rng), rng)


def _number_runs(body, rng, share: float):
    out = []
    for tbl in body.iter(w("tbl")):
        for tc in tbl.iter(w("tc")):
            rs = text_runs(tc)
            if len(rs) == 1 and NUMBER.match(rs[0].find(w("t")).text or "") and rng.random() < share:
                out.append(rs[0])
    return out


def tracked(body, rng):
    n = 0
    for r in _number_runs(body, rng, 0.15):
        n += 1
        text = r.find(w("t")).text
        parent = r.getparent()
        i = parent.index(r)
        attrs = {"w:id": 900 + n, "w:author": "张三", "w:date": "2024-01-10T09:00:00Z"}
        old = str(rng.randint(1, 99))
        dt = el("w:delText")
        dt.text = old
        deleted = el("w:del", attrs, el("w:r", {}, dt))
        parent.remove(r)
        stripped = text.strip()
        if len(stripped) >= 2 and rng.random() < 0.5:  # "1" typed before, "2" inserted now: 12
            kept, new = run(stripped[:1]), run(stripped[1:])
            parent.insert(i, kept)
            parent.insert(i + 1, deleted)
            parent.insert(i + 2, el("w:ins", attrs, new))
        else:
            parent.insert(i, deleted)
            parent.insert(i + 1, el("w:ins", attrs, r))


def field(body, rng):
    for r in _number_runs(body, rng, 0.12):
        parent = r.getparent()
        i = parent.index(r)
        parent.remove(r)
        if rng.random() < 0.5:
            parent.insert(i, el("w:fldSimple", {"w:instr": rng.choice([" =SUM(LEFT) ", " =SUM(ABOVE) ", " = 0 "])}, r))
        else:
            it = el("w:instrText")
            it.text = " =SUM(LEFT) \\* MERGEFORMAT "
            it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            seq = [el("w:r", {}, el("w:fldChar", {"w:fldCharType": "begin"})), el("w:r", {}, it),
                   el("w:r", {}, el("w:fldChar", {"w:fldCharType": "separate"})), r,
                   el("w:r", {}, el("w:fldChar", {"w:fldCharType": "end"}))]
            for k, x in enumerate(seq):
                parent.insert(i + k, x)


def alt_content(body, rng):
    """A run inside mc:AlternateContent: the Choice (w14) and the Fallback both hold the text."""
    picked = _number_runs(body, rng, 0.1) + [r for r in body.iter(w("r"))
                                             if r.find(w("t")) is not None and rng.random() < 0.03]
    for r in picked:
        parent = r.getparent()
        if parent is None or parent.tag not in (w("p"), w("ins"), w("hyperlink")):
            continue
        i = parent.index(r)
        parent.remove(r)
        ac = el("mc:AlternateContent", {}, el("mc:Choice", {"Requires": "w14"}, r),
                el("mc:Fallback", {}, copy.deepcopy(r)))
        parent.insert(i, ac)


def wps_attrs(body, rng):
    for p in body.iter(w("p")):
        p.set(f"{{{W14}}}paraId", f"{rng.randint(0, 0x7FFFFFFF):08X}")
        p.set(f"{{{W14}}}textId", "77777777")
        p.set(w("rsidR"), "00A1B2C3")
    for r in body.iter(w("r")):
        if r.find(w("t")) is None:
            continue
        rpr = r.find(w("rPr"))
        if rpr is None:
            rpr = el("w:rPr")
            r.insert(0, rpr)
        rpr.insert(0, el("w:rFonts", {"w:hint": "eastAsia"}))
        rpr.append(el("w:lang", {"w:eastAsia": "zh-CN"}))
    for tc in body.iter(w("tc")):
        tcpr(tc).append(el("w:vAlign", {"w:val": "center"}))
    for tbl in body.iter(w("tbl")):
        pr = tbl.find(w("tblPr"))
        if pr is not None:
            pr.append(el("w:tblLayout", {"w:type": "fixed"}))


def br(body, rng):
    """A cell of several paragraphs written as one paragraph with line breaks."""
    for tc in body.iter(w("tc")):
        ps = [p for p in tc if p.tag == w("p")]
        if len(ps) < 2 or rng.random() < 0.3:
            continue
        first = ps[0]
        for p in ps[1:]:
            first.append(el("w:r", {}, el("w:br")))
            for r in [x for x in p if x.tag == w("r")]:
                first.append(r)
            tc.remove(p)


def _empty_row_like(tr):
    new = copy.deepcopy(tr)
    for tc in new.iter(w("tc")):
        pr = tc.find(w("tcPr"))
        for x in list(tc):
            if x is not pr:
                tc.remove(x)
        if pr is not None:
            vm = pr.find(w("vMerge"))
            if vm is not None:
                pr.remove(vm)
        tc.append(el("w:p"))
    return new


def empty_rows(body, rng):
    for tbl in tables(body):
        trs = rows(tbl)
        if len(trs) < 3 or rng.random() < 0.5:
            continue
        for _ in range(rng.randint(1, 2)):
            tbl.append(_empty_row_like(trs[-1]))
        if rng.random() < 0.5:  # and one between two rows (no vertical merge running across it)
            free = [tr for tr in trs[1:-1] if not any(is_vcont(tc) for tc in cells(tr))
                    and not any(is_vcont(tc) for tc in cells(trs[trs.index(tr) + 1]))]
            if free:
                at = rng.choice(free)
                at.addprevious(_empty_row_like(at))


def page_break(body, rng):
    kids = list(body)
    for a, b in zip(kids, kids[1:], strict=False):
        if a.tag == w("tbl") and b.tag == w("tbl"):
            body.insert(body.index(b), el("w:p", {}, el("w:r", {}, el("w:br", {"w:type": "page"}))))
        elif a.tag == w("tbl") and b.tag == w("p") and not "".join(t.text or "" for t in b.iter(w("t"))).strip():
            b.append(el("w:r", {}, el("w:lastRenderedPageBreak")))


def textbox(body, rng):
    """One table moved into a floating text box: Word's mc:AlternateContent with the DrawingML
    text box (wps:txbx) as the Choice and the VML one (v:textbox) as the Fallback, each holding
    a copy of the table."""
    taken = _take_table(body, rng)
    if taken is None:
        return
    tbl, i = taken
    choice_tbl, fallback_tbl = tbl, copy.deepcopy(tbl)
    txbx = el("wps:txbx", {}, el("w:txbxContent", {}, choice_tbl, el("w:p")))
    wsp = el("wps:wsp", {}, el("wps:cNvSpPr", {"txBox": "1"}), el("wps:spPr"), txbx, el("wps:bodyPr"))
    graphic = el("a:graphic", {}, el("a:graphicData", {"uri": WPS}, wsp))
    anchor = el("wp:anchor", {"distT": 0, "distB": 0, "distL": 0, "distR": 0, "simplePos": 0, "relativeHeight": 2,
                              "behindDoc": 0, "locked": 0, "layoutInCell": 1, "allowOverlap": 1},
                el("wp:simplePos", {"x": 0, "y": 0}), el("wp:extent", {"cx": 5400000, "cy": 3600000}),
                el("wp:docPr", {"id": 5, "name": "文本框 5"}), graphic)
    choice = el("mc:Choice", {"Requires": "wps"}, el("w:drawing", {}, anchor))
    vml = el("v:shape", {"id": "文本框 5", "type": "#_x0000_t202"},
             el("v:textbox", {}, el("w:txbxContent", {}, fallback_tbl, el("w:p"))))
    fallback = el("mc:Fallback", {}, el("w:pict", {}, vml))
    p = el("w:p", {}, el("w:r", {}, el("mc:AlternateContent", {}, choice, fallback)))
    body.insert(i, p)


def _take_table(body, rng):
    """(a table chosen at random, its index in the body), taken out of the body; None if none."""
    tbls = tables(body)
    if not tbls:
        return None
    tbl = rng.choice(tbls)
    i = body.index(tbl)
    body.remove(tbl)
    return tbl, i


def layout_table(body, rng):
    taken = _take_table(body, rng)
    if taken is None:
        return
    tbl, i = taken
    outer = el("w:tbl", {}, el("w:tblPr", {}, el("w:tblW", {"w:w": 0, "w:type": "auto"})),
               el("w:tblGrid", {}, el("w:gridCol", {"w:w": 9000})),
               el("w:tr", {}, el("w:tc", {}, el("w:tcPr", {}, el("w:tcW", {"w:w": 9000, "w:type": "dxa"})),
                                 tbl, el("w:p"))))
    body.insert(i, outer)


def merge_tables(body, rng):
    """The tables of 二, 三 and 四 (and the headings between them) as one Word table: every row
    keeps its own cells (Word allows rows of different grids); a heading becomes one row with a
    single cell spanning the table."""
    kids = list(body)
    tbl_idx = [k for k, e in enumerate(kids) if e.tag == w("tbl")]
    if len(tbl_idx) < 2:
        return
    first, last = tbl_idx[0], tbl_idx[-1]
    between = kids[first + 1: last + 1]
    big = kids[first]
    width = max(sum(span_of(tc) for tc in cells(tr)) for tr in rows(big))
    for e in between:
        if e.tag == w("tbl"):
            width = max(width, max(sum(span_of(tc) for tc in cells(tr)) for tr in rows(e)))
            for tr in rows(e):
                big.append(tr)
            body.remove(e)
        elif e.tag == w("p"):
            text = "".join(t.text or "" for t in e.iter(w("t")))
            body.remove(e)
            if not text.strip():
                continue
            big.append(el("w:tr", {}, el("w:tc", {}, el("w:tcPr", {}, el("w:gridSpan", {"w:val": 0})), e)))
    for gs in big.iter(w("gridSpan")):
        if gs.get(w("val")) == "0":
            gs.set(w("val"), str(width))


def header_table(doc, rng):
    from docx.shared import Cm

    hdr = doc.sections[0].header
    t = hdr.add_table(rows=1, cols=3, width=Cm(16))
    t.cell(0, 0).text = f"{rng.randint(2019, 2025)}年度"
    t.cell(0, 1).text = "政府信息公开工作年度报告"
    t.cell(0, 2).text = f"第{rng.randint(1, 9)}页 共{rng.randint(10, 20)}页"


#: order matters: structural changes first, run-level ones last (they must see the final cells)
ORDER = ("merge_tables", "hmerge", "vmerge_val", "grid_skip", "tblgrid", "empty_rows", "placeholder", "br", "tracked",
         "field",
         "runs", "alt_content", "wps_attrs", "page_break", "layout_table", "textbox", "sdt")


def choose(rng: random.Random) -> list[str]:
    odds = {"hmerge": 0.4, "vmerge_val": 0.4, "grid_skip": 0.5, "tblgrid": 0.4, "sdt": 0.4, "runs": 0.6,
            "tracked": 0.4, "field": 0.4, "alt_content": 0.4, "wps_attrs": 0.6, "br": 0.4, "empty_rows": 0.4,
            "page_break": 0.4, "textbox": 0.15, "layout_table": 0.15, "header_table": 0.4, "merge_tables": 0.2,
            "autonum": 0.4, "placeholder": 0.2}
    return [k for k in ALL if rng.random() < odds[k]]


def apply(data: bytes, rng: random.Random, names: list[str] | None = None) -> tuple[bytes, list[str]]:
    import docx

    names = choose(rng) if names is None else list(names)
    d = docx.Document(io.BytesIO(data))
    body = d.element.body
    funcs = globals()
    for name in ORDER:
        if name in names:
            funcs[name](body, rng)
    if "header_table" in names:
        header_table(d, rng)
    if "autonum" in names:
        autonum(body, rng, d.part.numbering_part.element)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), names


# ----------------------------------------------------------------------------------- packages

STRICT = {
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships":
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    b"http://schemas.openxmlformats.org/drawingml/2006/main": b"http://purl.oclc.org/ooxml/drawingml/main",
}


def _rezip(data: bytes, edit) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = edit(info.filename, src.read(info.filename))
            if body is not None:
                z.writestr(info.filename, body)
        extra = edit(None, b"")
        for name, body in (extra or {}).items():
            z.writestr(name, body)
    return out.getvalue()


def strict(data: bytes) -> bytes:
    """The package as Word writes it with "Strict Open XML Document": the same XML in the
    purl.oclc.org namespaces (parts and relationship types)."""
    def edit(name, body):
        if name is None:
            return None
        if name.endswith((".xml", ".rels")):
            for a, b in STRICT.items():
                body = body.replace(a, b)
        return body
    return _rezip(data, edit)


def with_alt_chunk(data: bytes, content: str | bytes, target: str = "afchunk.htm",
                   replace_tables: bool = True) -> bytes:
    """The document with a w:altChunk (an imported part, as a web system's "export to Word" or
    a mail merge writes it: HTML, MHT, another .docx, RTF …) in place of its tables (or at the end)."""
    from lxml import etree

    body_bytes = content.encode("utf-8") if isinstance(content, str) else content

    def edit(name, body):
        if name is None:
            return {f"word/{target}": body_bytes}
        if name == "word/document.xml":
            root = etree.fromstring(body)
            b = root.find(w("body"))
            chunk = el("w:altChunk", {"r:id": "rIdAlt1"})
            tbls = tables(b)
            if replace_tables and tbls:
                b.insert(b.index(tbls[0]), chunk)
                for t in tbls:
                    b.remove(t)
            else:
                b.insert(len(b) - 1, chunk)
            return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if name == "word/_rels/document.xml.rels":
            return body.replace(b"</Relationships>",
                                b'<Relationship Id="rIdAlt1" Type="http://schemas.openxmlformats.org/officeDocument/'
                                b'2006/relationships/aFChunk" Target="' + target.encode() + b'"/></Relationships>')
        if name == "[Content_Types].xml":
            ext = target.rsplit(".", 1)[-1].encode()
            ctype = {b"htm": b"application/xhtml+xml", b"html": b"text/html", b"mht": b"message/rfc822",
                     b"rtf": b"application/rtf",
                     b"docx": b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"}
            return body.replace(b"</Types>", b'<Override PartName="/word/' + target.encode() + b'" ContentType="'
                                + ctype.get(ext, b"application/octet-stream") + b'"/></Types>')
        return body
    return _rezip(data, edit)


# ----------------------------------------------------------------------------------- numbering

_ORDINAL = re.compile(r"^(?P<open>[（(]?)(?P<n>[一二三四五六七八九十]{1,3}|[0-9]{1,2})(?P<close>[）)]|、|\.|．)(?=[^\s0-9０-９.．])")
_CN = "一二三四五六七八九十"


def _cn_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN.index(s[1]) + 1
    if s.endswith("十"):
        return (_CN.index(s[0]) + 1) * 10
    if "十" in s:
        return (_CN.index(s[0]) + 1) * 10 + _CN.index(s[2]) + 1
    return _CN.index(s) + 1


def autonum(body, rng, numbering=None):
    """Ordinals ("一、", "（二）", "3.") typed by Word's automatic numbering instead of by hand:
    the paragraph loses the ordinal text and gets a w:numPr; numbering.xml gets one w:num per
    paragraph whose level starts at that ordinal (lvlText "%1、", numFmt chineseCounting …)."""
    if numbering is None:
        return
    nid = 100
    for p in list(body.iter(w("p"))):
        texts = [t for t in p.iter(w("t"))]
        full = "".join(t.text or "" for t in texts)
        m = _ORDINAL.match(full)
        if not m or len(full) <= m.end() or rng.random() < 0.3:
            continue
        n = m.group("n")
        try:
            start = _cn_value(n)
        except (ValueError, IndexError):  # not a Chinese numeral ("一一")
            continue
        fmt = "decimal" if n.isdigit() else "chineseCounting"
        lvl_text = f"{m.group('open')}%1{m.group('close')}"
        # drop the ordinal's characters from the runs
        cut = m.end()
        for t in texts:
            k = min(cut, len(t.text or ""))
            t.text = (t.text or "")[k:]
            cut -= k
            if cut <= 0:
                break
        nid += 1
        abstract = el("w:abstractNum", {"w:abstractNumId": nid},
                      el("w:multiLevelType", {"w:val": "hybridMultilevel"}),
                      el("w:lvl", {"w:ilvl": 0}, el("w:start", {"w:val": 1}), el("w:numFmt", {"w:val": fmt}),
                         el("w:lvlText", {"w:val": lvl_text}), el("w:lvlJc", {"w:val": "left"})))
        num = el("w:num", {"w:numId": nid}, el("w:abstractNumId", {"w:val": nid}),
                 el("w:lvlOverride", {"w:ilvl": 0}, el("w:startOverride", {"w:val": start})))
        first_num = numbering.find(w("num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(num)
        ppr = p.find(w("pPr"))
        if ppr is None:
            ppr = el("w:pPr")
            p.insert(0, ppr)
        numpr = el("w:numPr", {}, el("w:ilvl", {"w:val": 0}), el("w:numId", {"w:val": nid}))
        style = ppr.find(w("pStyle"))
        if style is not None:
            style.addnext(numpr)
        else:
            ppr.insert(0, numpr)


def placeholder(body, rng):
    """Empty cells as content controls still showing their placeholder (w:showingPlcHdr, the grey
    "单击或点击此处输入文字。" of a template whose cells the clerk left empty)."""
    for tbl in body.iter(w("tbl")):
        for tc in tbl.iter(w("tc")):
            if cell_text(tc).strip() or tc.find(w("tbl")) is not None or rng.random() < 0.5:
                continue
            ps = [p for p in tc if p.tag == w("p")]
            if not ps or is_vcont(tc) or tc.find(f"{w('tcPr')}/{w('hMerge')}") is not None:
                continue
            r = run(rng.choice(["单击或点击此处输入文字。", "Click or tap here to enter text.", "请输入", "0"]))
            r.insert(0, el("w:rPr", {}, el("w:rStyle", {"w:val": "PlaceholderText"})))
            ctl = el("w:sdt", {}, el("w:sdtPr", {}, el("w:id", {"w:val": rng.randint(1, 10**6)}),
                                      el("w:showingPlcHdr")), el("w:sdtContent", {}, r))
            ps[0].append(ctl)


W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
WX = "http://schemas.microsoft.com/office/word/2003/auxHint"


def word2003(data: bytes) -> bytes:
    """The document as a Word 2003 XML document (what web systems' "导出Word" write, named .doc):
    one XML file, root w:wordDocument in the 2003 namespace, the body wrapped in wx:sect, merges
    spelt w:vmerge/w:hmerge."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    body = root.find(w("body"))
    out = etree.Element(f"{{{W2003}}}wordDocument", nsmap={"w": W2003, "wx": WX})
    sect = etree.SubElement(etree.SubElement(out, f"{{{W2003}}}body"), f"{{{WX}}}sect")

    def conv(e):
        if not isinstance(e.tag, str) or not e.tag.startswith(f"{{{W}}}"):
            return None
        local = e.tag.split("}")[1]
        n = etree.Element(f"{{{W2003}}}{ {'vMerge': 'vmerge', 'hMerge': 'hmerge'}.get(local, local) }")
        for k, v in e.attrib.items():
            if k.startswith(f"{{{W}}}"):
                n.set(f"{{{W2003}}}{k.split('}')[1]}", v)
        n.text = e.text
        for c in e:
            cc = conv(c)
            if cc is not None:
                n.append(cc)
        return n
    for c in body:
        if c.tag != w("sectPr"):
            cc = conv(c)
            if cc is not None:
                sect.append(cc)
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            + etree.tostring(out, encoding="UTF-8"))


def flat_opc(data: bytes) -> bytes:
    """The package as Word's "Word XML 文档" (Flat OPC): every XML part inline in pkg:package."""
    from lxml import etree

    pkg = "http://schemas.microsoft.com/office/2006/xmlPackage"
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.Element(f"{{{pkg}}}package", nsmap={"pkg": pkg})
    for name in z.namelist():
        if not name.endswith((".xml", ".rels")) or name == "[Content_Types].xml":
            continue
        part = etree.SubElement(root, f"{{{pkg}}}part", {f"{{{pkg}}}name": "/" + name,
                                                        f"{{{pkg}}}contentType": "application/xml"})
        etree.SubElement(part, f"{{{pkg}}}xmlData").append(etree.fromstring(z.read(name)))
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            + etree.tostring(root, encoding="UTF-8"))
