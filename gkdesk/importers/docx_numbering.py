"""The text of Word's automatic list numbering ("一、", "（二）", "3."), which a .docx keeps in
word/numbering.xml instead of in the paragraph: a numbered paragraph (w:numPr, directly or from
its paragraph style) shows its level's w:lvlText with each "%n" replaced by the counter of level
n in that level's w:numFmt. Counters belong to the abstract list and restart from w:start (or a
w:num's w:startOverride when that w:num is first used); a level restarts when a higher level
advances. A format the reader does not know, and bullets, give no text (nothing is invented)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_VAL = f"{{{W}}}val"


@cache
def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _int(el, default: int | None = None) -> int | None:
    try:
        return int(el.get(_VAL)) if el is not None else default
    except (TypeError, ValueError):
        return default


_CN = "一二三四五六七八九"
_LEGAL = "壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _chinese(n: int, digits: str = _CN, ten: str = "十") -> str | None:
    if not 0 < n < 100:
        return None
    tens, ones = divmod(n, 10)
    return ((digits[tens - 1] if tens > 1 else "") + ten if tens else "") + (digits[ones - 1] if ones else "")


def _roman(n: int) -> str | None:
    if not 0 < n < 4000:
        return None
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _letter(n: int) -> str | None:
    # Word repeats the letter: 27 is "AA", 28 "BB"
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else None


def _circled(n: int, first: int, last: int = 20) -> str | None:
    return chr(first + n - 1) if 0 < n <= last else None


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "decimalHalfWidth": str,
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "japaneseCounting": _chinese,
    "taiwaneseCounting": _chinese,
    "taiwaneseCountingThousand": _chinese,
    "ideographDigital": lambda n: _chinese(n) if n < 10 else None,
    "chineseLegalSimplified": lambda n: _chinese(n, _LEGAL, "拾"),
    "ideographLegalTraditional": lambda n: _chinese(n, _LEGAL, "拾"),
    "ideographTraditional": lambda n: _TIANGAN[n - 1] if 0 < n <= 10 else None,
    "ideographZodiac": lambda n: _DIZHI[n - 1] if 0 < n <= 12 else None,
    "decimalEnclosedCircle": lambda n: _circled(n, 0x2460),
    "decimalEnclosedCircleChinese": lambda n: _circled(n, 0x2460),
    "decimalEnclosedParen": lambda n: _circled(n, 0x2474),
    "decimalEnclosedFullstop": lambda n: _circled(n, 0x2488),
    "ideographEnclosedCircle": lambda n: _circled(n, 0x3280, 10),
    "upperLetter": _letter,
    "lowerLetter": lambda n: (_letter(n) or "").lower() or None,
    "upperRoman": _roman,
    "lowerRoman": lambda n: (_roman(n) or "").lower() or None,
}

_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class Level:
    """One level of a list, whatever file it came from: the counter's start, its number format
    (a w:numFmt name), the text pattern with "%n" for level n's number, whether every number is
    shown in decimal (w:isLgl) and whether the level restarts when a higher level advances."""
    start: int = 1
    fmt: str | None = "decimal"
    pattern: str = ""
    legal: bool = False
    restarts: bool = True


class Counters:
    """The counters of a document's lists, advanced paragraph by paragraph in document order.
    A list (w:abstractNum, a .doc LSTF) owns its counters; an instance of it (w:num, a .doc LFO)
    may restart a level the first time it is used."""

    def __init__(self):
        self.counters: dict[object, dict[int, int]] = {}
        self.started: set[tuple[object, int]] = set()

    def label(self, list_key, num_key, ilvl: int, levels: dict[int, Level], starts: dict[int, int]) -> str:
        """The text of the next number of level `ilvl` ("" for bullets and formats not known)."""
        lvl = levels.get(ilvl)
        if lvl is None or not 0 <= ilvl <= 8:
            return ""
        counters = self.counters.setdefault(list_key, {})
        if (num_key, ilvl) not in self.started and ilvl in starts:
            counters[ilvl] = starts[ilvl] - 1  # this instance restarts the level
        self.started.add((num_key, ilvl))
        counters[ilvl] = counters.get(ilvl, lvl.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            if levels.get(deeper) is None or levels[deeper].restarts:
                del counters[deeper]
        if lvl.fmt in ("bullet", "none", None):
            return ""

        def one(m) -> str:
            k = int(m.group(1)) - 1
            at = levels.get(k)
            n = counters.get(k, at.start if at is not None else 1)
            f = "decimal" if lvl.legal else at.fmt if at is not None else None
            out = FORMATS[f](n) if f in FORMATS else None
            if out is None:
                raise LookupError
            return out

        try:
            return _PLACEHOLDER.sub(one, lvl.pattern)
        except LookupError:
            return ""


def _level(lvl) -> Level:
    text_el = lvl.find(_w("lvlText"))
    restart = _int(lvl.find(_w("lvlRestart")))
    return Level(start=_int(lvl.find(_w("start")), 1), fmt=_fmt(lvl),
                 pattern=text_el.get(_VAL, "") if text_el is not None else "",
                 legal=lvl.find(_w("isLgl")) is not None, restarts=restart != 0)


class Numbering:
    """Rendering of numbered paragraphs of a .docx, in document order (``label`` advances the
    counters)."""

    def __init__(self, numbering_root, styles_root=None):
        self.abstract: dict[str, dict[int, Level]] = {}  # abstractNumId -> ilvl -> level
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self.lists = Counters()
        self.style_num: dict[str, tuple[str | None, int | None]] = {}  # styleId -> its numbering, when asked
        self.styles = styles_root
        if numbering_root is not None:
            for a in numbering_root.iter(_w("abstractNum")):
                self.abstract[a.get(_w("abstractNumId"), "")] = {_int_attr(lvl): _level(lvl)
                                                                  for lvl in a.iter(_w("lvl"))}
            for n in numbering_root.iter(_w("num")):
                aid = n.find(_w("abstractNumId"))
                starts, lvls = {}, {}
                for o in n.iter(_w("lvlOverride")):
                    ilvl = _int_attr(o)
                    so = o.find(_w("startOverride"))
                    if so is not None and _int(so) is not None:
                        starts[ilvl] = _int(so)
                    lvl = o.find(_w("lvl"))
                    if lvl is not None:
                        lvls[ilvl] = _level(lvl)
                self.nums[n.get(_w("numId"), "")] = (aid.get(_VAL, "") if aid is not None else "", starts, lvls)

    def label(self, p) -> str:
        """The numbering text paragraph `p` shows ("" for none), advancing the list's counters."""
        ppr = p.find(_w("pPr"))
        num_id, ilvl = None, None
        if ppr is not None:
            st = ppr.find(_w("pStyle"))
            if st is not None:
                num_id, ilvl = self._style(st.get(_VAL, ""))
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                nid = numpr.find(_w("numId"))
                lv = numpr.find(_w("ilvl"))
                num_id = nid.get(_VAL) if nid is not None else num_id
                ilvl = _int(lv, ilvl)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, starts, over = self.nums[num_id]
        return self.lists.label(aid, num_id, ilvl or 0, self.abstract.get(aid, {}) | over, starts)

    def _style(self, sid: str) -> tuple[str | None, int | None]:
        """The numbering a paragraph style (or a style it is based on) gives, looked up once."""
        if sid not in self.style_num:
            by_id = self.__dict__.get("_by_id")
            if by_id is None:
                by_id = self._by_id = {} if self.styles is None else \
                    {s.get(_w("styleId")): s for s in self.styles.iter(_w("style"))}
            self.style_num[sid] = _style_numpr(by_id, sid)
        return self.style_num[sid]


def _int_attr(el) -> int:
    try:
        return int(el.get(_w("ilvl"), "0"))
    except ValueError:
        return -1


def _fmt(lvl) -> str | None:
    f = lvl.find(_w("numFmt"))
    return f.get(_VAL) if f is not None else "decimal"


def _style_numpr(by_id: dict, sid: str, depth: int = 0) -> tuple[str | None, int | None]:
    s = by_id.get(sid)
    if s is None or depth > 20:
        return None, None
    numpr = s.find(f"{_w('pPr')}/{_w('numPr')}")
    if numpr is not None:
        nid, lv = numpr.find(_w("numId")), numpr.find(_w("ilvl"))
        return (nid.get(_VAL) if nid is not None else None), _int(lv, 0)
    based = s.find(_w("basedOn"))
    return _style_numpr(by_id, based.get(_VAL), depth + 1) if based is not None else (None, None)
