"""Automatic list numbering of a Word 97-2003 .doc ("一、", "（二）", "3."), which Word keeps
outside the paragraph text, as in a .docx: a paragraph whose properties (or whose style's)
carry sprmPIlfo/sprmPIlvl shows the number text of its list level ([MS-DOC] PlfLst, LVL, PlfLfo,
LFOData). The counters are those of docx_numbering (one rule for both formats); a list or a
format this reader cannot make sense of gives no text, never a guessed number."""

from __future__ import annotations

import struct

from .docx_numbering import Counters, Level

#: [MS-OSHARED] MSONFC values in order, by their ST_NumberFormat names (0x00..0x27); 0xFF is none
_NFC = ("decimal upperRoman lowerRoman upperLetter lowerLetter ordinal cardinalText ordinalText hex chicago "
        "ideographDigital japaneseCounting aiueo iroha decimalFullWidth decimalHalfWidth japaneseLegal "
        "japaneseDigitalTenThousand decimalEnclosedCircle decimalFullWidth2 aiueoFullWidth irohaFullWidth "
        "decimalZero bullet ganada chosung decimalEnclosedFullstop decimalEnclosedParen "
        "decimalEnclosedCircleChinese ideographEnclosedCircle ideographTraditional ideographZodiac "
        "ideographZodiacTraditional taiwaneseCounting ideographLegalTraditional taiwaneseCountingThousand "
        "taiwaneseDigital chineseCounting chineseLegalSimplified chineseCountingThousand").split()

SPRM_ILVL, SPRM_ILFO = 0x260A, 0x460B


def _nfc(v: int) -> str | None:
    if v == 0xFF:
        return "none"
    return _NFC[v] if v < len(_NFC) else None


def _lvl(b: bytes, o: int) -> tuple[Level, int]:
    """The LVL at `o`: its Level and the offset after it (raises on a structure out of bounds)."""
    start, nfc, flags = struct.unpack_from("<iBB", b, o)
    places = b[o + 6:o + 15]  # rgbxchNums: 1-based positions of the level numbers in the text
    cb_chpx, cb_papx, restart_lim = b[o + 24], b[o + 25], b[o + 26]
    p = o + 28 + cb_papx + cb_chpx
    (cch,) = struct.unpack_from("<H", b, p)
    if p + 2 + cch * 2 > len(b):
        raise struct.error("xst out of bounds")
    xst = b[p + 2:p + 2 + cch * 2].decode("utf-16-le", errors="replace")
    # the level numbers stand in the text as the characters U+0000..U+0008 at the given places
    chars = list(xst)
    for pos in places:
        if pos == 0:
            break
        if pos <= len(chars) and ord(chars[pos - 1]) <= 8:
            chars[pos - 1] = f"%{ord(chars[pos - 1]) + 1}"
    pattern = "".join(c if len(c) > 1 or ord(c) > 8 else "" for c in chars)
    no_restart = bool(flags & 0x08)
    return Level(start=start, fmt=_nfc(nfc), pattern=pattern, legal=bool(flags & 0x04),
                 restarts=not (no_restart and restart_lim == 0)), p + 2 + cch * 2


class DocNumbering:
    """Number texts of a .doc's numbered paragraphs, in document order."""

    def __init__(self, table: bytes, plf_lst: tuple[int, int], plf_lfo: tuple[int, int]):
        self.lists: dict[int, dict[int, Level]] = {}  # lsid -> ilvl -> level
        self.lfos: list[tuple[int, dict[int, int], dict[int, Level]]] = []  # (lsid, starts, levels)
        self.counters = Counters()
        try:
            self._read(table, plf_lst, plf_lfo)
        except (struct.error, IndexError):
            self.lists, self.lfos = {}, []  # a damaged list table: no numbers rather than wrong ones

    def _read(self, t: bytes, plf_lst, plf_lfo) -> None:
        fc, lcb = plf_lst
        if not lcb or fc + lcb > len(t):
            return
        (count,) = struct.unpack_from("<h", t, fc)
        lstfs = []
        for k in range(max(count, 0)):
            o = fc + 2 + k * 28
            lsid = struct.unpack_from("<i", t, o)[0]
            simple = bool(t[o + 26] & 0x01)
            lstfs.append((lsid, 1 if simple else 9))
        o = fc + lcb  # the LVLs follow the PlfLst, list by list, level by level
        for lsid, n in lstfs:
            levels = {}
            for ilvl in range(n):
                levels[ilvl], o = _lvl(t, o)
            self.lists[lsid] = levels
        fc, lcb = plf_lfo
        if not lcb or fc + lcb > len(t):
            return
        (count,) = struct.unpack_from("<I", t, fc)
        heads = []
        for k in range(min(count, 10000)):
            o = fc + 4 + k * 16
            lsid = struct.unpack_from("<i", t, o)[0]
            heads.append((lsid, t[o + 12]))
        o = fc + 4 + len(heads) * 16  # the LFOData: a CP and the LFOLVL overrides of each LFO
        for lsid, clfolvl in heads:
            starts: dict[int, int] = {}
            over: dict[int, Level] = {}
            o += 4
            for _ in range(clfolvl):
                start, bits = struct.unpack_from("<iI", t, o)
                o += 8
                ilvl = bits & 0x0F
                if bits & 0x20:  # fFormatting: a whole LVL follows
                    over[ilvl], o = _lvl(t, o)
                if bits & 0x10:  # fStartAt
                    starts[ilvl] = start
            self.lfos.append((lsid, starts, over))

    def label(self, ilfo: int, ilvl: int) -> str:
        """The number text of a paragraph with sprmPIlfo `ilfo` (1-based) and level `ilvl`."""
        if not 0 < ilfo <= len(self.lfos):
            return ""
        lsid, starts, over = self.lfos[ilfo - 1]
        levels = self.lists.get(lsid)
        if levels is None:
            return ""
        return self.counters.label(lsid, ilfo, ilvl, levels | over, starts)


def style_numbering(table: bytes, stshf: tuple[int, int], sprms) -> dict[int, tuple[int, int]]:
    """(ilfo, ilvl) of each paragraph style that numbers its paragraphs (a heading style with
    "一、"), by style index, through the styles they are based on ([MS-DOC] STSH, STD, UpxPapx);
    `sprms` walks a grpprl (doc_reader._sprms)."""
    fc, lcb = stshf
    own: dict[int, tuple[int | None, int | None, int]] = {}  # istd -> (ilfo, ilvl, istdBase)
    try:
        if not lcb or fc + lcb > len(table):
            return {}
        (cb_stshi,) = struct.unpack_from("<H", table, fc)
        cstd, cb_base = struct.unpack_from("<HH", table, fc + 2)
        o, end = fc + 2 + cb_stshi, fc + lcb
        for istd in range(min(cstd, 4096)):
            if o + 2 > end:
                break
            (cb_std,) = struct.unpack_from("<H", table, o)
            std, o = o + 2, o + 2 + cb_std
            if cb_std < 10 or o > end:
                continue
            stk_base, cupx_next = struct.unpack_from("<HH", table, std + 2)
            if stk_base & 0x0F != 1 or cupx_next & 0x0F < 1:  # not a paragraph style
                continue
            p = std + cb_base
            (cch,) = struct.unpack_from("<H", table, p)
            p += 2 + cch * 2 + 2  # the name and its terminating zero
            (cb_upx,) = struct.unpack_from("<H", table, p)
            grpprl = table[p + 4:p + 2 + cb_upx]  # after the UpxPapx's istd
            ilfo = ilvl = None
            for sprm, op in sprms(grpprl):
                if sprm == SPRM_ILFO and len(op) == 2:
                    ilfo = struct.unpack("<h", op)[0]
                elif sprm == SPRM_ILVL and op:
                    ilvl = op[0]
            own[istd] = (ilfo, ilvl, stk_base >> 4)
    except struct.error:
        return {}
    out = {}
    for istd in own:
        ilfo = ilvl = None
        at, seen = istd, set()
        while at in own and at not in seen and (ilfo is None or ilvl is None):
            seen.add(at)
            f, v, base = own[at]
            ilfo = f if ilfo is None else ilfo
            ilvl = v if ilvl is None else ilvl
            at = base
        if ilfo and ilfo > 0:
            out[istd] = (ilfo, ilvl or 0)
    return out

