"""Import a report from a binary Word 97-2003 document (.doc; WPS's .wps is the same format).

The file is an OLE compound file (opened with ``olefile``). Its ``WordDocument`` stream starts
with the FIB, which names the table stream (``0Table``/``1Table``) and where the piece table
(CLX) and the paragraph/character property tables (PlcBtePapx/PlcBteChpx) are. The main
document's text is the first ``ccpText`` characters of the piece table; each piece is either
cp1252 bytes ("compressed") or UTF-16LE.

What is kept, as the DOCX reader keeps it:
- characters formatted hidden (sprmCFVanish) or deleted with tracked changes (sprmCFRMarkDel)
  are left out, superscript/subscript text in a table cell is a note marker (3 with a raised 1
  is 3, never 31); of a field (0x13 instruction 0x14 result 0x15) only the result;
- tables: a paragraph of a table (sprmPFInTable / sprmPItap) ending in 0x07 ends a cell, the one
  with the TTP mark (sprmPFTtp; sprmPFInnerTtp in a nested table) ends a row. The row's cell
  boundaries (sprmTDefTable) are snapped together into a grid like a .docx w:tblGrid, so cells
  wider than one grid column span it and vertically merged cells (TC80 vertMerge, sprmTVertMerge)
  are "" under their first cell. A row whose cells do not match its definition is read cell by
  cell, without widths (never a guessed cell). A table nested in a cell makes the outer one a
  layout table, as in the DOCX reader.

Refused with a Chinese message (``Unreadable``; the CLI then tries LibreOffice when installed):
encrypted or obfuscated files, fast-saved (complex) files, Word 6.0/95 and older, and files
whose structures do not add up.
"""

from __future__ import annotations

import io
import struct
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..core.errors import ImportError_
from . import safety
from .base import ImportResult, picture_note
from .doc_lists import SPRM_ILFO, SPRM_ILVL, DocNumbering, style_numbering
from .structured import Grid, Layout, build, note_markers

_RESAVE = "请在 Word 或 WPS 中打开该文件，“另存为” .docx 后再导入。"


class Unreadable(ImportError_):
    """A Word 97-2003 file this reader cannot read safely (another converter may)."""


def is_word97(data: bytes) -> bool:
    """An OLE compound file holding a WordDocument stream (a .doc or .wps, whatever its name)."""
    if not data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return False
    try:
        import olefile

        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return ole.exists("WordDocument")
    except Exception:  # noqa: BLE001 - a damaged compound file is not one we can read
        return False


def import_doc(data: bytes, source: str = "") -> ImportResult:
    safety.check_size(data, source)
    doc = _open(data, source)
    layout = _layout(doc, source)
    layout.title_hint = doc.title
    res = build(layout, source, "doc")
    picture_note(res, doc.pictures, what="个图片或图形对象")  # (a floating picture and a text box are both drawn objects)
    return res


# ------------------------------------------------------------------------------------------- the file

@dataclass
class _Doc:
    word: bytes  # the WordDocument stream
    table: bytes  # 0Table or 1Table
    data: bytes  # the Data stream (huge paragraph properties), may be empty
    fib: dict
    title: str = ""
    notes: list[str] = field(default_factory=list)
    numbering: DocNumbering | None = None
    style_lists: dict[int, tuple[int, int]] = field(default_factory=dict)  # istd -> (ilfo, ilvl)
    pictures: int = 0  # picture and drawn-object characters in the shown text (base.picture_note)


def _u16(b: bytes, o: int) -> int:
    return struct.unpack_from("<H", b, o)[0]


def _u32(b: bytes, o: int) -> int:
    return struct.unpack_from("<I", b, o)[0]


def _open(data: bytes, source: str) -> _Doc:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - olefile raises many kinds on a broken container
        raise Unreadable(f"“{source}”已损坏，不是有效的 Word 97-2003 文档（复合文件结构无法解析）。{_RESAVE}") from None
    try:
        if not ole.exists("WordDocument"):
            raise Unreadable(f"“{source}”不是 Word 文档（可能是 Excel 或 WPS 表格等其他旧版 Office 文件）。"
                             "请在 WPS 或 Word 中另存为 .docx（或 .xlsx）后再导入。")
        word = _stream(ole, "WordDocument", source)
        fib = _fib(word, source)
        tname = "1Table" if fib["which_table"] else "0Table"
        if not ole.exists(tname):
            raise Unreadable(f"“{source}”已损坏（缺少 {tname} 数据流）。{_RESAVE}")
        table = _stream(ole, tname, source)
        extra = _stream(ole, "Data", source) if ole.exists("Data") else b""
        title = ""
        try:
            meta = ole.get_metadata()
            raw = meta.title or b""
            cp = meta.codepage or 936
            title = raw.decode(f"cp{cp}" if cp != 65001 else "utf-8", errors="replace") if isinstance(raw, bytes) \
                else str(raw)
        except Exception:  # noqa: BLE001 - the title is only a hint
            title = ""
    except ImportError_:
        raise
    except Exception as e:  # noqa: BLE001
        raise Unreadable(f"“{source}”已损坏，Word 文档无法读取（{type(e).__name__}）。{_RESAVE}") from None
    finally:
        ole.close()
    doc = _Doc(word, table, extra, fib, title.replace("\x00", "").strip())
    if fib.get("lcbPlfLst") and fib.get("lcbPlfLfo"):
        doc.numbering = DocNumbering(table, (fib["fcPlfLst"], fib["lcbPlfLst"]), (fib["fcPlfLfo"], fib["lcbPlfLfo"]))
        if doc.numbering.lfos and fib.get("lcbStshf"):
            doc.style_lists = style_numbering(table, (fib["fcStshf"], fib["lcbStshf"]), _sprms)
    return doc


def _stream(ole, name: str, source: str) -> bytes:
    size = ole.get_size(name)
    if size > safety.MAX_FILE_BYTES * 2:
        raise ImportError_(f"“{source}”的内容过大，超过导入上限。")
    return ole.openstream(name).read()


_FIB_FIELDS = {"PlcfBteChpx": 12, "PlcfBtePapx": 13, "Clx": 33}
#: where the text boxes are anchored: the main text's shapes (PlcSpaMom: CP and shape id) and the
#: text-box story's boxes (PlcftxbxTxt: CP range and the id of the shape holding the box)
_FIB_ANCHORS = {"PlcSpaMom": 40, "PlcftxbxTxt": 56}
#: the styles and the list tables (automatic numbering)
_FIB_LISTS = {"Stshf": 1, "PlfLst": 73, "PlfLfo": 74}


def _fib(word: bytes, source: str) -> dict:
    if len(word) < 0x9A or _u16(word, 0) != 0xA5EC:
        raise Unreadable(f"“{source}”已损坏，不是有效的 Word 文档（文件信息块标识不符）。{_RESAVE}")
    nfib = _u16(word, 2)
    flags = _u16(word, 0x0A)
    if nfib < 0xC1:
        raise Unreadable(f"“{source}”是 Word 6.0/95 或更早版本的文档，gkdesk 不能直接读取。{_RESAVE}")
    if flags & 0x0100 or flags & 0x8000:
        raise Unreadable(f"“{source}”已加密（设有打开密码），无法读取。请在 Word 或 WPS 中输入密码打开，"
                         "取消加密后“另存为” .docx 再导入。")
    if flags & 0x0004:
        raise Unreadable(f"“{source}”是以“快速保存”方式保存的 Word 文档，其中的修改记录无法可靠读取。{_RESAVE}")
    o = 32
    csw = _u16(word, o)
    o += 2 + csw * 2
    cslw = _u16(word, o)
    rglw = o + 2
    o = rglw + cslw * 4
    cb = _u16(word, o)
    blob = o + 2
    if cslw < 4 or cb <= max(_FIB_FIELDS.values()) or blob + cb * 8 > len(word):
        raise Unreadable(f"“{source}”已损坏（文件信息块不完整）。{_RESAVE}")
    fib = {"which_table": bool(flags & 0x0200), "ccpText": _u32(word, rglw + 12),
           "ccpTxbx": _u32(word, rglw + 36) if cslw > 9 else 0,
           # where the text-box story starts: after the main text, footnotes, headers, macros,
           # comments and endnotes (rgLw[3..8])
           "cpTxbx": sum(_u32(word, rglw + 4 * i) for i in range(3, 9)) if cslw > 9 else 0}
    for name, i in (_FIB_FIELDS | {k: i for k, i in (_FIB_ANCHORS | _FIB_LISTS).items() if i < cb}).items():
        fib["fc" + name], fib["lcb" + name] = struct.unpack_from("<II", word, blob + i * 8)
    return fib


def _span(doc: _Doc, name: str, source: str) -> bytes:
    fc, lcb = doc.fib["fc" + name], doc.fib["lcb" + name]
    if fc + lcb > len(doc.table):
        raise Unreadable(f"“{source}”已损坏（表格数据流中的结构越界）。{_RESAVE}")
    return doc.table[fc:fc + lcb]


# ---------------------------------------------------------------------------------- property lists

def _sprms(grpprl: bytes):
    """(sprm, operand) of each property modifier in a grpprl."""
    i, n = 0, len(grpprl)
    while i + 2 <= n:
        sprm = _u16(grpprl, i)
        i += 2
        spra = sprm >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        elif sprm in (0xD608, 0xD606):  # sprmTDefTable(10): a 2-byte count, 1 more than what follows
            if i + 2 > n:
                return
            size = _u16(grpprl, i) + 1
        elif sprm == 0xC615 and i < n and grpprl[i] == 255:  # sprmPChgTabs, long form
            j = i + 1
            dels = grpprl[j] if j < n else 0
            j += 1 + dels * 4
            adds = grpprl[j] if j < n else 0
            size = j + 1 + adds * 3 - i
        else:
            if i >= n:
                return
            size = grpprl[i] + 1
        yield sprm, grpprl[i:i + size]
        i += size


_DEL, _HIDDEN, _RAISED = 1, 2, 4


def _toggle(op: bytes) -> bool:
    """A CHP toggle operand: 0 off, 1 on, 0x80 as the style (taken as off), 0x81 unlike the style."""
    return bool(op) and op[0] in (1, 0x81)


def _char_flags(grpprl: bytes) -> int:
    f = 0
    for sprm, op in _sprms(grpprl):
        if sprm == 0x0800 and _toggle(op):  # sprmCFRMarkDel
            f |= _DEL
        elif sprm == 0x083C and _toggle(op):  # sprmCFVanish
            f |= _HIDDEN
        elif sprm == 0x2A48 and op and op[0] in (1, 2):  # sprmCIss: superscript / subscript
            f |= _RAISED
    return f


@dataclass
class _Pap:
    in_table: bool = False
    ttp: bool = False
    itap: int = 0
    inner_cell: bool = False
    inner_ttp: bool = False
    tap: list = field(default_factory=list)  # (sprm, operand) of the table properties
    ilfo: int | None = None  # the list (1-based LFO index; 0: none) and its level, when set
    ilvl: int | None = None


def _pap(grpprl: bytes, doc: _Doc, depth: int = 0) -> _Pap:
    p = _Pap()
    for sprm, op in _sprms(grpprl):
        if sprm == 0x2416:
            p.in_table = bool(op and op[0])
        elif sprm == 0x2417:
            p.ttp = bool(op and op[0])
        elif sprm == 0x6649 and len(op) == 4:
            p.itap = _u32(op, 0)
        elif sprm == 0x244B:
            p.inner_cell = bool(op and op[0])
        elif sprm == 0x244C:
            p.inner_ttp = bool(op and op[0])
        elif sprm == SPRM_ILFO and len(op) == 2:
            p.ilfo = struct.unpack("<h", op)[0]
        elif sprm == SPRM_ILVL and op:
            p.ilvl = op[0]
        elif sprm == 0x6646 and len(op) == 4 and depth == 0:  # sprmPHugePapx: the rest in the Data stream
            off = _u32(op, 0)
            if off + 2 <= len(doc.data):
                cb = _u16(doc.data, off)
                huge = _pap(doc.data[off + 2:off + 2 + cb], doc, 1)
                p.in_table |= huge.in_table
                p.ttp |= huge.ttp
                p.itap = huge.itap or p.itap
                p.inner_cell |= huge.inner_cell
                p.inner_ttp |= huge.inner_ttp
                p.tap.extend(huge.tap)
                p.ilfo = huge.ilfo if huge.ilfo is not None else p.ilfo
                p.ilvl = huge.ilvl if huge.ilvl is not None else p.ilvl
        elif sprm >> 10 & 7 == 5:  # sgc 5: a table property
            p.tap.append((sprm, op))
    return p


class _Runs:
    """Property runs of the FKP pages of one PlcBte*: (fc start, fc end, grpprl)."""

    def __init__(self, doc: _Doc, name: str, papx: bool, source: str):
        plc = _span(doc, name, source)
        n = (len(plc) - 4) // 8 if len(plc) >= 12 else 0
        starts, ends, props, styles = [], [], [], []
        word = doc.word
        for k in range(n):
            safety.check_deadline()
            pn = _u32(plc, (n + 1) * 4 + k * 4) & 0x3FFFFF
            page = word[pn * 512:pn * 512 + 512]
            if len(page) < 512:
                raise Unreadable(f"“{source}”已损坏（格式信息页越界）。{_RESAVE}")
            crun = page[511]
            if (crun + 1) * 4 + crun * (13 if papx else 1) > 511:
                raise Unreadable(f"“{source}”已损坏（格式信息页不完整）。{_RESAVE}")
            for i in range(crun):
                a, b = _u32(page, i * 4), _u32(page, i * 4 + 4)
                off = page[(crun + 1) * 4 + i * (13 if papx else 1)] * 2
                g = b""
                istd = 0
                if off:
                    cb = page[off]
                    if papx:
                        if cb == 0:
                            cb, start = page[off + 1] * 2, off + 2
                        else:
                            cb, start = cb * 2 - 1, off + 1
                        g = page[start + 2:start + cb]  # after the style index (istd)
                        istd = _u16(page, start) if start + 2 <= 512 else 0
                    else:
                        g = page[off + 1:off + 1 + cb]
                starts.append(a)
                ends.append(b)
                props.append(g)
                styles.append(istd)
        order = sorted(range(len(starts)), key=starts.__getitem__)
        self.starts = [starts[i] for i in order]
        self.ends = [ends[i] for i in order]
        self.props = [props[i] for i in order]
        self.styles = [styles[i] for i in order]

    def at(self, fc: int) -> bytes:
        i = bisect_right(self.starts, fc) - 1
        if i >= 0 and fc < self.ends[i]:
            return self.props[i]
        return b""

    def style_at(self, fc: int) -> int:
        """The paragraph style index (istd) of the run holding `fc` (0, Normal, when none)."""
        i = bisect_right(self.starts, fc) - 1
        return self.styles[i] if i >= 0 and fc < self.ends[i] else 0

    def over(self, a: int, b: int):
        """(start, end, grpprl) of the runs overlapping [a, b)."""
        i = max(0, bisect_right(self.starts, a) - 1)
        while i < len(self.starts) and self.starts[i] < b:
            if self.ends[i] > a:
                yield max(a, self.starts[i]), min(b, self.ends[i]), self.props[i]
            i += 1


# ------------------------------------------------------------------------------------------- the text

def _pieces(doc: _Doc, source: str, lo: int = 0, hi: int | None = None):
    """(cp start, cp end, fc of the first character, bytes per character, piece grpprl) of the
    pieces of the characters lo..hi (default: the main document), in order."""
    clx = _span(doc, "Clx", source)
    i = 0
    prcs: list[bytes] = []
    while i < len(clx) and clx[i] == 0x01:  # Prc: property modifiers pieces refer to
        cb = _u16(clx, i + 1)
        prcs.append(clx[i + 3:i + 3 + cb])
        i += 3 + cb
    if i >= len(clx) or clx[i] != 0x02:
        raise Unreadable(f"“{source}”已损坏（找不到文字的分段表）。{_RESAVE}")
    lcb = _u32(clx, i + 1)
    plc = clx[i + 5:i + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0 or len(plc) != n * 12 + 4:
        raise Unreadable(f"“{source}”已损坏（文字分段表不完整）。{_RESAVE}")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    ccp = doc.fib["ccpText"] if hi is None else hi
    out = []
    expect = 0
    for k in range(n):
        a, b = cps[k], cps[k + 1]
        if a != expect or b < a:
            raise Unreadable(f"“{source}”已损坏（文字分段不连续）。{_RESAVE}")
        expect = b
        if a >= ccp:
            break
        if b <= lo:
            continue
        raw = _u32(plc, (n + 1) * 4 + k * 8 + 2)
        prm = _u16(plc, (n + 1) * 4 + k * 8 + 6)
        compressed = bool(raw & 0x40000000)
        fc = raw & 0x3FFFFFFF
        if compressed:
            fc //= 2
        width = 1 if compressed else 2
        if a < lo:
            fc += (lo - a) * width
            a = lo
        b = min(b, ccp)
        if fc + (b - a) * width > len(doc.word):
            raise Unreadable(f"“{source}”已损坏（文字超出文档数据流）。{_RESAVE}")
        grp = prcs[prm >> 1] if prm & 1 and (prm >> 1) < len(prcs) else b""
        out.append((a, b, fc, width, grp))
    if expect < ccp:
        raise Unreadable(f"“{source}”已损坏（文字分段表短于正文）。{_RESAVE}")
    return out


@dataclass
class _Para:
    text: str
    raised: list[str]
    end: str  # "\r" or "\x07" (or "" for the text after the last mark)
    pap: _Pap
    cp: int = 0  # the character position of its mark
    label: str = ""  # the text of its automatic numbering ("（一）"), shown before its text
    style: int = 0  # its paragraph style (istd)


#: characters that stand for something else in the text (objects, note references, hyphens)
_MAP = {"\x0b": "\n", "\x0c": "\n", "\x1e": "-", "\x1f": "", "\t": "\t"}


def _paragraphs(doc: _Doc, source: str, lo: int = 0, hi: int | None = None) -> tuple[list[_Para], list[str]]:
    pieces = _pieces(doc, source, lo, hi)
    papx = _Runs(doc, "PlcfBtePapx", True, source)
    chpx = _Runs(doc, "PlcfBteChpx", False, source)
    chars: list[str] = []
    flags: list[int] = []
    fcs: list[int] = []
    piece_of: list[int] = []
    for k, (a, b, fc, width, grp) in enumerate(pieces):
        safety.check_deadline()
        raw = doc.word[fc:fc + (b - a) * width]
        text = raw.decode("cp1252", errors="replace") if width == 1 else raw.decode("utf-16-le", errors="replace")
        if width == 1:  # the five bytes cp1252 leaves undefined stand for the same code points
            text = "".join(chr(raw[i]) if ch == "\ufffd" else ch for i, ch in enumerate(text))
        base = _char_flags(grp) if grp else 0
        f = [base] * len(text)
        for s, e, g in chpx.over(fc, fc + len(text) * width):
            cf = _char_flags(g)
            if cf:
                for i in range((s - fc) // width, (e - fc + width - 1) // width):
                    f[i] |= cf
        chars.extend(text)
        flags.extend(f)
        fcs.extend(range(fc, fc + len(text) * width, width))
        piece_of.extend([k] * len(text))
    paras: list[_Para] = []
    notes: list[str] = []
    cur: list[str] = []
    raised: list[str] = []
    fields: list[list] = []  # open fields: [in result part, instruction characters]
    for i, ch in enumerate(chars):
        if ch in ("\r", "\x07"):  # a paragraph, cell or row ends (even when marked deleted or hidden)
            g = papx.at(fcs[i])
            grp = pieces[piece_of[i]][4]
            pap = _pap(g + grp, doc) if grp else _pap(g, doc)
            istd = papx.style_at(fcs[i])
            paras.append(_Para("".join(cur), raised, ch, pap, lo + i, _label(doc, pap, istd), istd))
            cur, raised = [], []
            continue
        if ch == "\x13":
            fields.append([False, []])
            continue
        if ch == "\x14" and fields:
            fields[-1][0] = True
            _object_note(fields[-1][1], notes)
            continue
        if ch == "\x15" and fields:
            f = fields.pop()
            if not f[0]:
                _object_note(f[1], notes)
            continue
        if fields and not fields[-1][0]:
            fields[-1][1].append(ch)
            continue
        if any(not f[0] for f in fields) or flags[i] & (_DEL | _HIDDEN):
            continue
        if ch in ("\x01", "\x08"):  # an inline picture, a drawn object (a floating picture or shape)
            doc.pictures += 1
        ch = _MAP.get(ch, ch)
        if ch and ord(ch[0]) < 32 and ch not in "\t\n":
            continue  # pictures, drawn objects, note references, separators
        if flags[i] & _RAISED:
            raised.append(ch)
            ch = " "
        cur.append(ch)
    if cur:
        paras.append(_Para("".join(cur), raised, "", _Pap(), lo + len(chars)))
    return paras, notes


def _label(doc: _Doc, pap: _Pap, istd: int) -> str:
    """The number a numbered paragraph shows (its own list, or its style's), advancing the list."""
    if doc.numbering is None:
        return ""
    ilfo, ilvl = pap.ilfo, pap.ilvl
    if ilfo is None or ilvl is None:
        s_ilfo, s_ilvl = doc.style_lists.get(istd, (0, 0))
        ilfo = s_ilfo if ilfo is None else ilfo
        ilvl = s_ilvl if ilvl is None else ilvl
    return doc.numbering.label(ilfo, ilvl) if ilfo and ilfo > 0 else ""


def _object_note(instr: list[str], notes: list[str]) -> None:
    words = "".join(instr).split()
    if words and words[0].upper() in ("EMBED", "LINK") and len(notes) < 5:
        notes.append(object_note(words[1] if len(words) > 1 else ""))


def object_note(what: str, why: str = "") -> str:
    """The import report's line for an embedded object (an Excel sheet pasted as an object) that
    is not read (`what`: its ProgID; `why`: the reason, if known)."""
    kind = "Excel 表格" if "excel" in what.lower() or "et." in what.lower() else "对象"
    return (f"文档中有嵌入的{kind}（{what}{'：' + why if why else ''}），gkdesk 不能读取其中的内容；如其中有年度报告的表格，"
            "请在 Word 或 WPS 中把它转换为普通表格，或另存为 .docx 后再导入。")


# ------------------------------------------------------------------------------------------- tables

@dataclass
class _Cell:
    items: list = field(default_factory=list)  # paragraphs (_Para) and nested tables (_Table)


@dataclass
class _Table:
    rows: list[tuple[list[_Cell], list]] = field(default_factory=list)  # (cells, TAP sprms)
    cells: list[_Cell] = field(default_factory=list)  # of the row being read
    cell: _Cell = field(default_factory=_Cell)


#: tables in tables: Word allows 63 levels, a report has one or two
MAX_NESTING = 63


def _depth(p: _Pap) -> int:
    return max(p.itap, 1) if p.in_table or p.itap else 0


def _layout(doc: _Doc, source: str) -> Layout:
    paras, notes = _paragraphs(doc, source)
    layout = Layout()
    layout.notes.extend(notes)
    budget = [safety.MAX_TOTAL_CELLS]
    after, rest = _anchored_boxes(doc, paras, source, layout.notes)
    _read_blocks(paras, layout, budget, source, after)
    if rest:
        # text boxes whose anchor is not known (or is in a table): their tables are read (after
        # the body; tables are found by their labels), their paragraphs are not placed in the sections
        box_notes: list[str] = []
        boxes = [p for lo, hi in rest for p in _box(doc, source, lo, hi, box_notes)]
        inner = Layout()
        _read_blocks(boxes, inner, budget, source)
        grids = [b for b in inner.blocks if isinstance(b, Grid)]
        layout.blocks.extend(grids)
        layout.markers.extend(inner.markers)
        layout.notes.extend(box_notes)
        if any(isinstance(b, str) and b.strip() for b in inner.blocks):
            layout.notes.append("文档中有文本框，其中的表格已读取，文字未放入各节；如年度报告的正文在文本框中，"
                                "请在 Word 或 WPS 中把它移到正文，或另存为 .docx 后再导入。")
    return layout


def _box(doc: _Doc, source: str, lo: int, hi: int, notes: list[str]) -> list[_Para]:
    paras, box_notes = _paragraphs(doc, source, lo, hi)
    notes.extend(box_notes)
    return paras


def _anchored_boxes(doc: _Doc, paras: list[_Para], source: str,
                    notes: list[str]) -> tuple[dict[int, list[_Para]], list[tuple[int, int]]]:
    """The text boxes' paragraphs by the main-text paragraph they are anchored in (index into
    `paras`, a paragraph outside tables: a box is read right after it, as Word shows it near its
    anchor), and the CP ranges of the boxes whose anchor is not known."""
    ccp = doc.fib.get("ccpTxbx", 0)
    if not ccp:
        return {}, []
    lo = doc.fib["cpTxbx"]
    boxes = _plc(doc, "PlcftxbxTxt", 22, source)
    shapes = _plc(doc, "PlcSpaMom", 26, source)
    if not boxes:
        return {}, [(lo, lo + ccp)]
    anchor = {}
    for cp, data in shapes:
        anchor.setdefault(_u32(data, 0), cp)  # shape id -> CP in the main text
    after: dict[int, list[_Para]] = {}
    rest: list[tuple[int, int]] = []
    ends = [p.cp for p in paras]
    for (a, data), (b, _d) in zip(boxes, boxes[1:] + [(ccp, b"")]):
        a, b = min(a, ccp), min(b, ccp)
        if b <= a:
            continue
        cp = anchor.get(_u32(data, 14))  # FTXBXS.lid: the shape holding the box
        k = bisect_left(ends, cp) if cp is not None else len(paras)
        if k >= len(paras) or _depth(paras[k].pap) != 0:
            rest.append((lo + a, lo + b))
            continue
        after.setdefault(k, []).extend(_box(doc, source, lo + a, lo + b, notes))
    return after, rest


def _plc(doc: _Doc, name: str, size: int, source: str) -> list[tuple[int, bytes]]:
    """A PLC of the table stream: (CP, data) per entry ([] when the file has none)."""
    if not doc.fib.get("lcb" + name):
        return []
    raw = _span(doc, name, source)
    n = (len(raw) - 4) // (4 + size)
    if n <= 0 or len(raw) != (n + 1) * 4 + n * size:
        return []
    cps = struct.unpack_from(f"<{n + 1}I", raw, 0)
    return [(cps[k], raw[(n + 1) * 4 + k * size:(n + 1) * 4 + (k + 1) * size]) for k in range(n)]


def _read_blocks(paras: list[_Para], layout: Layout, budget: list[int], source: str,
                 after: dict[int, list[_Para]] | None = None) -> None:
    """Paragraphs as prose and tables (the cell and row marks), appended to `layout`; `after`:
    the text boxes' paragraphs read right after a paragraph (see _anchored_boxes)."""
    stack: list[_Table] = []

    def close_to(depth: int) -> None:
        while len(stack) > depth:
            t = stack.pop()
            if t.cell.items or t.cells:  # a row not ended by its mark: keep what it holds as a row
                t.cells.append(t.cell)
                t.rows.append((t.cells, []))
                t.cells, t.cell = [], _Cell()
            if stack:
                stack[-1].cell.items.append(t)
            else:
                _emit(t, layout, budget, source)

    for k, p in enumerate(paras):
        safety.check_deadline()
        d = _depth(p.pap)
        if d > MAX_NESTING:
            raise Unreadable(f"“{source}”中的表格嵌套层数异常（{d} 层），文件可能已损坏。{_RESAVE}")
        close_to(d)
        while len(stack) < d:
            stack.append(_Table())
        if d == 0:
            layout.add_text(p.label + p.text if p.label and p.text.strip() else p.text)
            if after and k in after:
                _read_blocks(after[k], layout, budget, source)
            continue
        t = stack[-1]
        row_end = p.pap.ttp if d == 1 else p.pap.inner_ttp
        cell_end = (p.end == "\x07") if d == 1 else p.pap.inner_cell
        if row_end:
            if t.cell.items:  # text before a row mark (not written by Word): part of the last cell
                t.cells.append(t.cell)
            t.rows.append((t.cells, p.pap.tap))
            t.cells, t.cell = [], _Cell()
            continue
        t.cell.items.append(p)
        if cell_end:
            t.cells.append(t.cell)
            t.cell = _Cell()
    close_to(0)


def _emit(t: _Table, layout: Layout, budget: list[int], source: str) -> None:
    """A finished top-level table: runs of rows without a nested table are grids; a row with a
    table nested in a cell is a layout row, its content read in order (a .doc cannot hold two
    tables one right after the other: a table put directly after another one, as a layout table
    holding the second part of a split 表三, is rows of the same table)."""
    run: list = []
    for row in t.rows + [None]:
        nested = row is not None and any(isinstance(x, _Table) for c in row[0] for x in c.items)
        if row is not None and not nested:
            run.append(row)
            continue
        if run:
            layout.blocks.append(_grid(run, budget, source, layout.markers))
            run = []
        if nested:
            for x in (x for c in row[0] for x in c.items):
                if isinstance(x, _Table):
                    _emit(x, layout, budget, source)
                else:
                    layout.add_text(x.text)


def _cell_text(c: _Cell, markers) -> str:
    raised = [m for p in c.items for m in p.raised]
    text = "\n".join(p.text for p in c.items).strip()
    return note_markers(text, raised, markers)


_SNAP = 20  # twips (1/1440 inch, 0.35 mm): boundaries closer than this are one column edge


@dataclass
class _RowDef:
    edges: list[int]  # itcMac + 1 cell boundaries
    hmerge: list[int]  # per cell: 0, 1 first of a horizontal merge, 2 merged into the previous
    vmerge: list[int]  # per cell: 0, 1 continues the merge above, 3 starts one


def _row_def(tap: list) -> _RowDef | None:
    d: _RowDef | None = None
    for sprm, op in tap:
        if sprm in (0xD608, 0xD606) and len(op) >= 3:
            itc = op[2]
            if len(op) < 3 + (itc + 1) * 2:
                return None
            edges = list(struct.unpack_from(f"<{itc + 1}h", op, 3))
            o = 3 + (itc + 1) * 2
            tcs = min(itc, (len(op) - o) // 20) if sprm == 0xD608 else 0
            hm, vm = [0] * itc, [0] * itc
            for i in range(tcs):
                grf = _u16(op, o + i * 20)
                hm[i] = 2 if grf & 3 in (2, 3) else grf & 3
                vm[i] = grf >> 5 & 3
            d = _RowDef(edges, hm, vm)
        elif d is None:
            continue
        elif sprm == 0xD62B and len(op) >= 3 and op[1] < len(d.vmerge):  # sprmTVertMerge
            d.vmerge[op[1]] = op[2]
        elif sprm == 0x5624 and len(op) == 2:  # sprmTMerge
            first, lim = op[0], min(op[1], len(d.hmerge))
            for i in range(first, lim):
                d.hmerge[i] = 1 if i == first else 2
        elif sprm == 0x5625 and len(op) == 2:  # sprmTSplit
            for i in range(op[0], min(op[1], len(d.hmerge))):
                d.hmerge[i] = 0
        elif sprm in (0x5622, 0x7621, 0xD620, 0x7623):  # cells deleted/inserted/widths changed
            return None
    if d is not None and any(b < a for a, b in zip(d.edges, d.edges[1:])):
        return None
    return d


def _unsized(defs: list[_RowDef]) -> bool:
    """The cell widths are no drawn widths: every cell but each row's last has one width, in every
    row of three cells or more (a table LibreOffice saved without its widths: each cell 179 twips,
    the last one the rest, at least as wide as the others). Label cells of a real table are wider than its value cells, so such
    boundaries say nothing about which column a cell stands in; its cells are then read in order.

    LibreOffice also writes tables where only some rows lost their widths: rows whose cells it
    could place on the table's grid keep their drawn widths, the others (a table holding rows of
    several tables, each with more cells than the grid it was given) get "one width, the last the
    rest". Such a table is read in order as well when at least half of its rows of three cells or
    more have the one width (one width over all of them: a drawn row of four cells or more never
    has its label cell as narrow as its value cells and its last cell wider than two of them),
    every row ending at one right edge as before."""
    many = [d.edges for d in defs if len(d.edges) > 3]

    def inner(e: list[int]) -> set[int]:
        return {b - a for a, b in zip(e, e[1:-1])}

    same = [e for e in many if max(inner(e)) - min(inner(e)) <= 1]
    if not same or 2 * len(same) < len(many):
        return False
    widths = set().union(*(inner(e) for e in same))
    # one width, to the twip LibreOffice rounds each boundary to (906 and 907 of a 9068-twip table)
    if max(widths) - min(widths) > 1 or not any(len(e) > 4 for e in same):
        return False
    w = max(widths)
    if max(e[-1] for e in many) - min(e[-1] for e in many) > _SNAP:
        return False  # rows ending at other places: a drawn layout (structured._right_aligned counts on one end)
    # the last cell is the rest of the table's width: as wide as the others in the row that has
    # as many cells as the table is wide in cells (LibreOffice's width is the table's width over
    # that count: a 16-cell 表四 row of 179-twip cells under 表三's rows of 5–11 cells, one table),
    # never narrower; a table of equal columns everywhere is a real layout
    return (all(e[-1] - e[-2] >= w - _SNAP for e in same)
            and any(e[-1] - e[-2] > 2 * w for e in same))


def _sliver(defs: list[_RowDef | None], texts: list[list[str]]) -> bool:
    """A cell holding text is narrower than the snap (LibreOffice wrote a row of 表二's 第二十条（八）
    block with its last cell 1 twip wide, "本年增/减" over "0"): its widths are no drawn widths. Put
    by them, its text would join the cell before ("7" and "0" one cell, read as 本年增/减 = 7); the
    table's cells are read in order instead."""
    return any(text.strip() and b - a < _SNAP
               for d, r in zip(defs, texts) if d is not None and len(d.edges) - 1 == len(r)
               for text, a, b in zip(r, d.edges, d.edges[1:]))


def _grid(table_rows: list, budget: list[int], source: str, markers) -> Grid:
    texts = [[_cell_text(c, markers) for c in cells] for cells, _ in table_rows]
    defs = [_row_def(tap) for _, tap in table_rows]
    sized = all(d is not None and len(d.edges) - 1 == len(r) for d, r in zip(defs, texts)) and not _unsized(defs) \
        and not _sliver(defs, texts)
    rows: list[list[str]] = []
    hcont: dict[int, set[int]] = {}
    edges: list[int] = []
    right_edge = None
    if not sized:  # cells in order, one grid column each
        rows = [list(r) for r in texts]
        if all(d is not None and len(d.edges) - 1 == len(r) for d, r in zip(defs, texts)) and _unsized(defs):
            # no widths, but every row ends at the table's right edge: its last cells are the table's
            # last columns (structured._right_aligned)
            right_edge = {i: len(r) for i, r in enumerate(texts)}
    else:
        for e in sorted({x for d in defs for x in d.edges}):
            if not edges or e - edges[-1] >= _SNAP:
                edges.append(e)

        def col(x: int) -> int:
            return min(range(len(edges)), key=lambda k: abs(edges[k] - x))

        vopen: dict[int, bool] = {}
        for ri, (d, r) in enumerate(zip(defs, texts)):
            safety.check_deadline()
            row = [""] * (len(edges) - 1)
            covered = set(range(len(edges) - 1))
            hstart = None
            for ci, text in enumerate(r):
                a, b = col(d.edges[ci]), col(d.edges[ci + 1])
                if b <= a:  # a cell narrower than the snap: its text joins the cell before
                    at = hstart if hstart is not None else min(a, len(row) - 1)
                    if text and at >= 0:
                        row[at] = f"{row[at]}\n{text}" if row[at] else text
                    continue
                cont = d.vmerge[ci] == 1
                if cont and all(vopen.get(c) for c in range(a, b)):
                    text = ""  # covered by the merge above
                if d.hmerge[ci] == 2 and hstart is not None:
                    if text:
                        row[hstart] = f"{row[hstart]}\n{text}" if row[hstart] else text
                    hcont.setdefault(ri, set()).update(range(a, b))
                else:
                    hstart = a
                    row[a] = text
                    if b - a > 1:
                        hcont.setdefault(ri, set()).update(range(a + 1, b))
                for c in range(a, b):
                    vopen[c] = d.vmerge[ci] in (1, 3)
                    covered.discard(c)
            for c in covered:  # grid columns the row does not reach end a vertical merge there
                vopen[c] = False
            rows.append(row)
    width = max((len(r) for r in rows), default=0)
    # cells in order, no widths: a row padded here is not read by grid position (its cells are a
    # count, its merged label one cell where the official table has three: "上年结转… | | | 0 | | | 2 | 2"
    # read by position put 0 under 自然人); it goes to the label reader (Grid.short)
    short = {i: len(r) for i, r in enumerate(rows) if len(r) < width} if not sized else {}
    for r in rows:
        r.extend([""] * (width - len(r)))
        budget[0] -= len(r)
    if budget[0] < 0 or len(rows) * max(1, width) > safety.MAX_TABLE_CELLS:
        raise ImportError_(f"“{source}”中的表格过大（单元格数量异常），疑似异常文件，已拒绝导入。")
    # the column lines in points: a body whose cells stand on other lines than its header (two
    # tables of their own widths saved as one, as LibreOffice writes a clerk's split 表三) is then
    # placed under the header it overlaps (grid.place_by_overlap), not by union-grid position
    return Grid(rows, short=short, spans={r: frozenset(v) for r, v in hcont.items()},
                edges=tuple(e / 20 for e in edges) if edges and len(edges) == width + 1 else None,
                right_edge=right_edge)
