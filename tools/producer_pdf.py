"""The "word_pdf", "wps_pdf" and "print_pdf" presentations of tools/import_holdout.py: the report laid
out as in tools/holdout_pdf.py, but written by a small PDF writer of our own that draws text, rules
and fonts the way the producers of real published reports do (reportlab cannot: it writes one
string per call in its own fonts):

    word    Word "另存为 PDF": every text run its own text object (BT … ET with an absolute Tm)
            holding a few glyphs with kerning in a TJ array, runs wrapped in marked content
            (tagged PDF, /Span <</MCID n>> BDC … EMC); Chinese in an embedded-subset style Type0
            font (Identity-H, glyph ids in order of first use, /W widths, a ToUnicode CMap),
            digits and Latin in a second (TrueType, WinAnsi) font; table borders as thin filled
            rectangles per cell edge, sometimes double; cell shading as filled rectangles
    wps     WPS "输出为PDF": every glyph placed on its own (one Tm and one Tj per glyph), subset
            fonts, bold header and total rows drawn twice a fraction of a point apart (the pseudo
            bold pdfplumber's ``dedupe_chars`` exists for), borders as stroked paths, stroked cell
            boxes (re S) or filled rectangles, header rows repeated on each page
    print   Microsoft Print to PDF / a printer driver: one text object per printed line, the
            cells of a row in one TJ with large negative offsets between them, no structure,
            rules as lines, often double lines around the table

Drawn per case: the PdfStyle of holdout_pdf narrowed to the producer (``pdf_style``; with
``double``, the gap of double rules, and ``justify``, short header and total labels spread over
their cell, 分散对齐 "总    计", and ``extra_para``, the share of value cells with an empty
paragraph after their number, which a centred cell draws half a line above its row), and
``Producer.draw``:
    radicals   the ToUnicode CMap maps some common ideographs to their Kangxi radical look-alikes
               (⼀ for 一, ⼈ for 人 …), as fonts whose cmap lists both give

Fonts whose text cannot be read, for tests/importers to check that such a PDF is refused or its
unreadable text left out, never read as other characters: ``tounicode=False`` (no ToUnicode CMap),
``type3`` "all" or "latin" (the text, or only its digits and Latin letters, in Type3 fonts of at
most 200 glyphs each, one-byte codes in order of first use and no ToUnicode, as printer drivers
make of fonts they may not embed); ``type3_names`` "g" names the glyphs g1, g2 … (pdfminer then
gives "(cid:N)"), "std" by the standard names of their code positions (exclam, quotedbl … one,
two …, from "zero" when only digits and Latin are Type3: the text then reads as other ASCII
characters, digits as other digits).
Files are deterministic (no dates, no ids), fonts are not embedded (only their metrics), so test
files stay small.
"""

from __future__ import annotations

import dataclasses
import math
import random
import zlib

import holdout_pdf as hp

PRODUCERS = ("word", "wps", "print")
#: common ideographs and the Kangxi radicals a font's cmap also maps their glyph to
RADICALS = {"一": "\u2f00", "人": "\u2f08", "大": "\u2f24", "生": "\u2f63", "行": "\u2f8f", "文": "\u2f42",
            "方": "\u2f45", "日": "\u2f47", "月": "\u2f49", "工": "\u2f2f", "子": "\u2f26",
            "入": "\u2f0a", "八": "\u2f0b", "力": "\u2f12", "十": "\u2f17", "小": "\u2f29", "山": "\u2f2d",
            "长": "\u2ed3", "门": "\u2ed4", "见": "\u2ec5", "页": "\u2eda"}


@dataclasses.dataclass
class Producer:
    kind: str = "word"
    radicals: bool = False
    tounicode: bool = True
    type3: str = ""  # "" | "all" | "latin"
    type3_names: str = "g"  # "g" | "std"

    @classmethod
    def draw(cls, rng: random.Random, kind: str) -> Producer:
        p = cls(kind)
        p.radicals = rng.random() < 0.4
        return p


def pdf_style(rng: random.Random, kind: str) -> hp.PdfStyle:
    """The geometry of a producer's file: holdout_pdf's draw, narrowed to what that producer does."""
    s = hp.PdfStyle.draw(rng)
    s.chars = "runs"  # the producer decides how glyphs are placed
    if kind == "word":
        s.rules = rng.choice(["rects", "rects", "rects", "none", "hrules"])
        s.page = rng.choice(["portrait", "portrait", "landscape"])
        s.valign = rng.choice(["top", "top", "middle"])
        s.clip = False
    elif kind == "wps":
        s.rules = rng.choice(["grid", "boxes", "rects", "none"])
        s.page = rng.choice(["portrait", "landscape", "portrait"])
        s.repeat_head = rng.random() < 0.8
        s.clip = rng.random() < 0.5
    else:
        s.rules = rng.choice(["grid", "grid", "three_line", "none"])
        s.page = rng.choice(["portrait", "landscape", "rotate90", "rotate270"])
        s.shade = "none"
    if s.rules in ("grid", "rects") and kind in ("word", "print"):
        s.double = rng.choice([0.0, 0.0, 1.5, 2.25, 3.5])
    s.justify = rng.random() < 0.4
    s.extra_para = rng.choice([0.0, 0.0, 0.03, 0.1])
    return s


def _obj(v) -> bytes:
    return v if isinstance(v, bytes) else str(v).encode("latin-1")


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


class _Font:
    """A font of the document: codes handed out in order of first use (a subset)."""

    def __init__(self, tag: str, name: str, cid: bool, first: int = 0):
        self.tag, self.name, self.cid = tag, name, cid
        self.first = first  # Type3: the first code handed out (0: not a Type3 font)
        self.codes: dict[str, int] = {}

    def code(self, ch: str) -> int:
        if ch not in self.codes:
            if self.cid:
                self.codes[ch] = len(self.codes) + 1
            elif self.first:
                self.codes[ch] = self.first + len(self.codes)
            else:
                self.codes[ch] = ord(ch)
        return self.codes[ch]

    def hex(self, text: str) -> str:
        w = 4 if self.cid else 2
        return "<" + "".join(f"{self.code(ch):0{w}X}" for ch in text) + ">"


class RawCanvas:
    """The part of reportlab's canvas API tools/holdout_pdf.py uses, writing a producer's content
    stream (see the module docstring)."""

    def __init__(self, producer: Producer, rng: random.Random, pagesize=(595.0, 842.0)):
        self.p, self.rng = producer, rng
        self.size = pagesize
        self.rotation = 0
        self.pages: list[tuple[tuple[float, float], int, bytes]] = []
        self.ops: list[str] = []
        self.font_size = 10.0
        self.line_w = 0.5
        self.fill = 0.0
        self.mcid = 0
        self.pending: list[tuple[float, float, str, float]] = []  # print: strings of the page, drawn per line
        self.cjk = _Font("F1", "BCDEEE+SimSun" if producer.kind != "print" else "SimSun", True)
        self.latin = _Font("F2", "BCDEEE+TimesNewRomanPSMT" if producer.kind != "print" else "TimesNewRoman", False)
        self.bold = False
        self.type3: list[_Font] = []

    # -- reportlab canvas API -------------------------------------------------------------
    def setPageSize(self, size) -> None:
        self.size = (float(size[0]), float(size[1]))

    def setPageRotation(self, deg: int) -> None:
        self.rotation = int(deg) % 360

    def saveState(self) -> None:
        self.ops.append("q")

    def restoreState(self) -> None:
        self._flush_lines()
        self.ops.append("Q")

    def translate(self, x: float, y: float) -> None:
        self.ops.append(f"1 0 0 1 {_num(x)} {_num(y)} cm")

    def rotate(self, deg: float) -> None:
        c, s = round(math.cos(math.radians(deg)), 6), round(math.sin(math.radians(deg)), 6)
        self.ops.append(f"{_num(c)} {_num(s)} {_num(-s)} {_num(c)} 0 0 cm")

    def setFont(self, _name: str, size: float) -> None:
        self.font_size = float(size)

    def setLineWidth(self, w: float) -> None:
        self.line_w = float(w)

    def setFillGray(self, g: float) -> None:
        self.fill = float(g)
        self.ops.append(f"{_num(g)} g")

    def rect(self, x, y, w, h, stroke=1, fill=0) -> None:
        op = "B" if stroke and fill else ("f" if fill else "S")
        if stroke:
            self.ops.append(f"{_num(self.line_w)} w")
        self.ops.append(f"{_num(x)} {_num(y)} {_num(w)} {_num(h)} re {op}")

    def line(self, x0, y0, x1, y1) -> None:
        self.ops.append(f"{_num(self.line_w)} w {_num(x0)} {_num(y0)} m {_num(x1)} {_num(y1)} l S")

    def beginPath(self):
        return _Path()

    def clipPath(self, path, stroke=0, fill=0) -> None:
        self.ops.append(" ".join(path.ops) + " W n")

    def drawCentredString(self, x, y, text) -> None:
        self.drawString(x - hp._width(text, self.font_size) / 2, y, text)

    def drawRightString(self, x, y, text) -> None:
        self.drawString(x - hp._width(text, self.font_size), y, text)

    def drawString(self, x, y, text, charSpace=0.0) -> None:
        if not text.strip():
            return
        kind = self.p.kind
        if kind == "print":
            self.pending.append((x, y, text, self.font_size))
        elif kind == "wps":
            self._glyphs(x, y, text)
        else:
            self._runs(x, y, text)

    def showPage(self) -> None:
        self._flush_lines()
        self.pages.append((self.size, self.rotation, "\n".join(self.ops).encode("latin-1")))
        self.ops = []

    # -- text drawing per producer ----------------------------------------------------------
    def _font_of(self, ch: str) -> _Font:
        latin = " " < ch < "\x7f"
        if self.p.type3 == "all" or (self.p.type3 == "latin" and latin):
            for f in self.type3:
                if ch in f.codes:
                    return f
            if not self.type3 or len(self.type3[-1].codes) >= 200:
                # standard names from "exclam" (33), or for digits and Latin alone from "zero" (48):
                # the digits then read as other digits
                first = (48 if self.p.type3 == "latin" else 33) if self.p.type3_names == "std" else 1
                self.type3.append(_Font(f"T{len(self.type3) + 1}", f"Type3Font{len(self.type3) + 1}", False, first))
            return self.type3[-1]
        return self.latin if latin else self.cjk

    def _chunks(self, text: str) -> list[tuple[_Font, str]]:
        out: list[tuple[_Font, str]] = []
        for ch in text:
            f = self._font_of(ch)
            if out and out[-1][0] is f:
                out[-1] = (f, out[-1][1] + ch)
            else:
                out.append((f, ch))
        return out

    def _adv(self, ch: str, size: float) -> float:
        return hp._width(ch, size)

    def _runs(self, x: float, y: float, text: str) -> None:
        """Word: runs of one to four glyphs, each its own BT/ET with an absolute position, kerning
        in the TJ array, inside marked content."""
        size, rng = self.font_size, self.rng
        for f, part in self._chunks(text):
            i = 0
            while i < len(part):
                n = rng.choice([1, 2, 2, 3, 4])
                run = part[i:i + n]
                i += n
                items, adv = [], 0.0
                for j, ch in enumerate(run):
                    items.append(f.hex(ch))
                    adv += self._adv(ch, size)
                    if j < len(run) - 1 and rng.random() < 0.3:
                        k = rng.choice([-12, -6, 4, 8])
                        items.append(str(k))
                        adv -= k * size / 1000
                self.mcid += 1
                if not run.strip():
                    x += adv
                    continue
                self.ops.append(f"/Span <</MCID {self.mcid}>> BDC BT /{f.tag} {_num(size)} Tf "
                                f"1 0 0 1 {_num(x)} {_num(y)} Tm [{' '.join(items)}] TJ ET EMC")
                x += adv

    def _glyphs(self, x: float, y: float, text: str) -> None:
        """WPS: every glyph with its own Tm and Tj; bold text drawn twice (pseudo bold)."""
        size = self.font_size
        passes = (0.0, 0.3) if self.bold else (0.0,)
        for dx in passes:
            out = ["BT"]
            gx = x + dx
            cur = None
            for ch in text:
                f = self._font_of(ch)
                if ch != " ":
                    if f is not cur:
                        out.append(f"/{f.tag} {_num(size)} Tf")
                        cur = f
                    out.append(f"1 0 0 1 {_num(gx)} {_num(y)} Tm {f.hex(ch)} Tj")
                gx += self._adv(ch, size)
            out.append("ET")
            self.ops.append(" ".join(out))

    def _flush_lines(self) -> None:
        """Print to PDF: the strings of one baseline in one text object, one TJ; the gaps between
        cells as negative offsets."""
        if not self.pending:
            return
        lines: dict[tuple[float, float], list[tuple[float, str]]] = {}
        for x, y, text, size in self.pending:
            lines.setdefault((round(y, 2), size), []).append((x, text))
        self.pending = []
        for (y, size), parts in sorted(lines.items(), key=lambda t: -t[0][0]):
            parts.sort()
            x0 = parts[0][0]
            out = [f"BT 1 0 0 1 {_num(x0)} {_num(y)} Tm"]
            pen = x0
            cur = None
            for x, text in parts:
                gap = x - pen
                items = []
                if abs(gap) > 0.01:
                    items.append(_num(-gap * 1000 / size))
                for f, chunk in self._chunks(text):
                    if f is not cur:
                        if items:
                            if cur is None:  # the gap before the first font: move the start instead
                                out[0] = f"BT 1 0 0 1 {_num(x)} {_num(y)} Tm"
                                items = []
                            else:
                                out.append(f"[{' '.join(items)}] TJ")
                                items = []
                        out.append(f"/{f.tag} {_num(size)} Tf")
                        cur = f
                    items.append(f.hex(chunk))
                out.append(f"[{' '.join(items)}] TJ")
                pen = x + hp._width(text, size)
            out.append("ET")
            self.ops.append(" ".join(out))

    # -- the file ---------------------------------------------------------------------------
    def save(self) -> bytes:
        objs: list[bytes] = []

        def add(body) -> int:
            objs.append(_obj(body))
            return len(objs)

        def stream(data: bytes, extra: str = "") -> int:
            z = zlib.compress(data, 9)
            return add(f"<< /Length {len(z)} /Filter /FlateDecode {extra}>>\nstream\n".encode() + z + b"\nendstream")

        fonts = {}
        for f in (self.cjk, self.latin, *self.type3):
            if not f.codes:
                continue
            fonts[f.tag] = self._font_obj(f, add, stream)
        font_dict = " ".join(f"/{k} {v} 0 R" for k, v in fonts.items())
        pages_id = len(objs) + 1 + 2 * len(self.pages) + 0
        kids = []
        page_objs = []
        for (w, h), rot, content in self.pages:
            cid = stream(content)
            page_objs.append((cid, w, h, rot))
        pages_id = len(objs) + len(page_objs) + 1
        for cid, w, h, rot in page_objs:
            rot_s = f" /Rotate {rot}" if rot else ""
            kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {_num(w)} {_num(h)}]{rot_s} "
                            f"/Resources << /Font << {font_dict} >> >> /Contents {cid} 0 R >>"))
        assert add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>") == pages_id
        mark = " /MarkInfo << /Marked true >>" if self.p.kind == "word" else ""
        root = add(f"<< /Type /Catalog /Pages {pages_id} 0 R{mark} >>")
        producer = {"word": "Microsoft® Word 2016", "wps": "WPS 文字", "print": "Microsoft: Print To PDF"}[self.p.kind]
        info = add(b"<< /Producer <FEFF" + producer.encode("utf-16-be").hex().upper().encode() + b"> >>")
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {len(objs) + 1} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)

    def _unicode(self, ch: str) -> str:
        return RADICALS.get(ch, ch) if self.p.radicals else ch

    def _tounicode(self, f: _Font, stream) -> int:
        w = 4 if f.cid else 2
        pairs = sorted((code, self._unicode(ch)) for ch, code in f.codes.items())
        body = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
                f"<{'0' * w}> <{'F' * w}>", "endcodespacerange"]
        for i in range(0, len(pairs), 100):
            chunk = pairs[i:i + 100]
            body.append(f"{len(chunk)} beginbfchar")
            body += [f"<{code:0{w}X}> <{u.encode('utf-16-be').hex().upper()}>" for code, u in chunk]
            body.append("endbfchar")
        body += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return stream("\n".join(body).encode())

    def _font_obj(self, f: _Font, add, stream) -> int:
        if f.first:
            return self._type3(f, add, stream)
        to_u = f" /ToUnicode {self._tounicode(f, stream)} 0 R" if self.p.tounicode else ""
        if f.cid:
            ws = " ".join(f"{code} [{_num(hp._width(ch, 1000))}]" for ch, code in sorted(f.codes.items(), key=lambda t: t[1]))
            desc = add(f"<< /Type /FontDescriptor /FontName /{f.name} /Flags 6 /FontBBox [-8 -145 1000 859] "
                       f"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>")
            cidf = add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{f.name} "
                       f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                       f"/FontDescriptor {desc} 0 R /DW 1000 /W [{ws}] /CIDToGIDMap /Identity >>")
            return add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{f.name} /Encoding /Identity-H "
                       f"/DescendantFonts [{cidf} 0 R]{to_u} >>")
        widths = " ".join(_num(hp._width(chr(c), 1000)) for c in range(32, 127))
        desc = add(f"<< /Type /FontDescriptor /FontName /{f.name} /Flags 34 /FontBBox [-568 -216 2046 693] "
                   f"/ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 87 >>")
        return add(f"<< /Type /Font /Subtype /TrueType /BaseFont /{f.name} /Encoding /WinAnsiEncoding "
                   f"/FirstChar 32 /LastChar 126 /Widths [{widths}] /FontDescriptor {desc} 0 R{to_u} >>")

    def _type3(self, f: _Font, add, stream) -> int:
        """A Type3 font without ToUnicode (glyphs as drawings, as a printer driver makes of a font it
        may not embed): one-byte codes in order of first use."""
        procs = {}
        for ch, code in f.codes.items():
            w = _num(hp._width(ch, 1000))
            procs[code] = stream(f"{w} 0 0 0 {w} 800 d1 50 0 {_num(float(w) - 100)} 750 re f".encode())
        if self.p.type3_names == "std":  # the standard names of the code positions
            from pdfminer.latin_enc import ENCODING

            std = {win: name for name, _std, _mac, win, _pdf in ENCODING if win}  # WinAnsiEncoding
            names = " ".join(f"/{std.get(c) or f'g{c}'}" for c in sorted(procs))
        else:
            names = " ".join(f"/g{c}" for c in sorted(procs))
        cps = " ".join(f"/g{c} {procs[c]} 0 R" for c in sorted(procs))
        widths = " ".join(_num(hp._width(ch, 1000)) for ch, _c in sorted(f.codes.items(), key=lambda t: t[1]))
        return add(f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
                   f"/CharProcs << {cps} >> /Encoding << /Type /Encoding /Differences [{f.first} {names}] >> "
                   f"/FirstChar {f.first} /LastChar {f.first + len(procs) - 1} /Widths [{widths}] /Resources << >> >>")


class _Path:
    def __init__(self):
        self.ops: list[str] = []

    def rect(self, x, y, w, h) -> None:
        self.ops.append(f"{_num(x)} {_num(y)} {_num(w)} {_num(h)} re")


class ProducerPages(hp._Pages):
    """holdout_pdf's page stack on a RawCanvas."""

    def __init__(self, style: hp.PdfStyle, producer: Producer, rng: random.Random):
        self.s = style
        self.c = RawCanvas(producer, rng, (595.0, style.page_h))
        self.n = 0
        self.turned = False
        self.w, self.h = 595.0, style.page_h
        self.y = 0.0
        self.fresh = True

    def text(self, x: float, y: float, text: str, size: float) -> None:
        self.c.setFont(hp.FONT, size)
        self.c.drawString(x, y, text)

    def save(self) -> bytes:
        if self.n:
            self.c.restoreState()
        self.c.showPage()
        return self.c.save()


def write_producer_pdf(doc, style, pstyle: hp.PdfStyle, producer: Producer, rng: random.Random, printed: dict) -> bytes:
    """The report as ``producer`` writes it (see the module docstring)."""
    pg = ProducerPages(pstyle, producer, random.Random(rng.random()))
    return hp.write_plain_pdf(doc, style, pstyle, rng, printed, pages=pg)
