"""Import stage "locate": normalise flattened text and find the official labels in it.

``Finder(text)`` cleans page furniture (page numbers, form feeds, markdown markers) and builds a
compact, normalised copy of the text (NFKC, no white space, unified punctuation) in which labels are
searched exactly and then fuzzily (typos such as "其他法律行政止公开"). ``locate_labels`` finds each
row label of a table (with its ordinal, short forms and the other format's wording), and
``table_regions`` the spans of 表二/表三/表四. The labels come from the format spec, never a copy.

Stage order (each imports only the stages before it): locate → rows → resolve → tables → grid.
"""


from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..core.spec import CellSpec, TableSpec
from .safety import check_deadline

# ---------------------------------------------------------------------------------- normalising

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "「": '"', "」": '"', "'": '"',
                         "‘": '"', "’": '"', "．": ".", "。": "。", "﹒": ".", "·": "."})
_SPACE = set(" \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff|")


_NORM: dict[str, str] = {}


def norm(s: str) -> str:
    """Normalised, white-space-free form of a label for comparison (cached: labels recur)."""
    out = _NORM.get(s)
    if out is None:
        fold = _FOLD.get
        out = "".join([fold(ch) if ch in _FOLD else _fold(ch) for ch in s])
        if "、" in out:  # "1、" reads as "1." (rare: the character-wise pass)
            out = "".join(c for _i, c in _normalised_chars(s))
        if len(_NORM) < 50_000 and len(s) < 400:
            _NORM[s] = out
    return out


#: a row's number in a 序号 column (1–3 digits, half- or full-width)
SERIAL = re.compile(r"^[0-9０-９]{1,3}$")
#: headers of a column numbering the rows (序号), printed left of the row labels; also cut by a
#: wrap in a narrow cell ("序" over "号")
SERIAL_HEADS = frozenset({"序号", "序", "号", "编号", "行次", "行号", "栏次", "项目序号"})

_FOLD: dict[str, str] = {}


def _fold(ch: str) -> str:
    """NFKC form of one character with unified quotes and no white space (cached per character)."""
    out = _FOLD.get(ch)
    if out is None:
        out = "" if ch in _SPACE else "".join(
            c for c in unicodedata.normalize("NFKC", ch).translate(_QUOTES) if c not in _SPACE)
        if len(_FOLD) < 100_000:
            _FOLD[ch] = out
    return out


def _normalised_chars(text: str):
    """(index in text, character) of the NFKC, white-space-free form; "1、" reads as "1."."""
    prev = ""
    fold = _FOLD.get
    for i, ch in enumerate(text):
        cs = fold(ch)
        if cs is None:
            cs = _fold(ch)
        for c in cs:
            if c == "、" and prev.isdigit():
                c = "."
            prev = c
            yield i, c


#: (GB/T 9704 page numbers are "— 1 —" with the spaces typed as full-width or no-break spaces)
_PAGE_LINE = re.compile(
    r"^[ \t\u3000]*(?:[-－—–]{1,2}[ \t\u3000\u00a0]*\d{1,3}[ \t\u3000\u00a0]*[-－—–]{1,2}"
    r"|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?"
    r"|\d{1,3}[ \t]*/[ \t]*\d{1,3}"
    r"|P\.[ \t]*\d{1,3})[ \t\u3000]*$", re.M)
#: words set apart by a run of spaces inside a line
_SPACED_WORDS = re.compile(r"\S[ \u3000]{3,}\S")
#: a form feed right after an empty line (not one of full-width spaces: that is a cell printed blank)
#: (``text.page_breaks`` marks a form feed with U+E000 before it: the mark keeps the line that stands
#: for the break)
_FF_AFTER_GAP = re.compile("\n[ \t]*\n(\ue000?)\f")
#: a page-number line (``_PAGE_LINE``) with an empty line on both sides
_GAP_PAGE_LINE = re.compile(r"\n[ \t\u3000]*\n(?:" + _PAGE_LINE.pattern.removeprefix("^").removesuffix("$")
                            + ")\n[ \t\u3000]*(\ue000?)\n")
#: the caption a flip-book viewer prints over each page of a PDF ("Page 8 - 某局2022年…年度报告", the
#: page's number in "P. 8" below it): the viewer's words go, the document's title after them stays
_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONED = re.compile(f"[{_TONE_VOWELS}]")
#: the pronunciation a mirror site glosses after a character ("拖市鎮(zhèn)", "數(shù)量"): one syllable
#: of pinyin with its tone mark in half-width brackets, right after a Chinese character — never report text
_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONE_VOWELS}])[a-zü{_TONE_VOWELS}]{{1,7}}\)")
_FLIPBOOK_CAPTION = re.compile(r"^[ \t\u3000]*Page[ \t]*\d{1,4}[ \t]*[-–—][ \t]*(?=\S)", re.M)


#: the caption a table's continuation carries on its next page: "续表", "续上表", "（续表）", "续表3",
#: "表三（续）", "续表：" — only the caption on its line, never a line that says more
_CONTINUATION_CAPTION = re.compile(
    r"[（(]?\s*续\s*(?:上\s*)?表\s*[0-9０-９一二三四五六]?\s*[)）]?\s*[:：]?"
    r"|表\s*[0-9０-９一二三四五六]\s*[（(]\s*续(?:\s*表)?\s*[)）]\s*[:：]?"
    r"|[（(]\s*续\s*[)）]")


def is_continuation_caption(line: str) -> bool:
    """A line that is only a table's continuation caption ("续表", "（续表）", "续上表", "表3（续）")."""
    return bool(_CONTINUATION_CAPTION.fullmatch(line.strip(" \t\u3000\n")))


def is_page_number(line: str) -> bool:
    """A line that is only a page number ("- 3 -", "— 3 —", "第3页 共6页", "3/6")."""
    return bool(_PAGE_LINE.fullmatch(line.strip("\n")))


#: whole lines of web-page furniture (font size switch, share/print/close buttons, breadcrumbs)
_FURNITURE_LINE = re.compile(
    r"^[ \t\u3000]*(?:[【\[]?\s*字[体号]\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?.{0,30}"
    r"|(?:[【\[]?\s*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|返回顶部|收藏|保存|分享到?[:：]?.{0,30})\s*[】\]]?[ \t\u3000|]*){1,6}"
    r"|(?:当前位置|您现在的位置|您的位置|所在位置)\s*[:：].{0,80}"
    r"|首页\s*(?:[>＞»/]|&gt;)\s*.{0,80})[ \t\u3000]*$", re.M)
#: markdown: heading markers, bold markers, table separator rows
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]*", re.M)
_MD_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$", re.M)


def clean_text(text: str) -> str:
    """Remove what is not report text: page numbers (-3-, — 3 —, 第3页), form feeds, web-page
    furniture lines (字体：【大 中 小】, 打印, 关闭, 分享到, breadcrumbs) and markdown markup
    (#, **, table separator rows; the cell pipes stay, the table reader uses them)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # text run block by block (plain pdftotext: blocks one empty line apart, no line laid out in
    # columns of spaces) loses the empty lines its page furniture leaves: they would read as empty
    # cells where the table prints one cell per line. (Text laid out in columns keeps them: its
    # pages are found by them.)
    stream = "\n\n" in text and not _laid_out(text)
    if "\f" in text:
        # a page break after an empty line adds no line of its own (plain pdftotext ends a page's
        # last block with an empty line, then the form feed)
        text = (_FF_AFTER_GAP.sub("\n\\1\n", text) if stream else text).replace("\f", "\n")
    if "#" in text or "**" in text or "---" in text:
        text = _MD_HEADING.sub("", text)
        text = text.replace("**", "")
        text = _MD_RULE.sub("", text)
    text = _FURNITURE_LINE.sub("", text)
    if "Page" in text:
        text = _FLIPBOOK_CAPTION.sub("", text)
    if "(" in text and _TONED.search(text):
        text = _PINYIN_GLOSS.sub("", text)
    if "\n" in text:
        text = _split_page_numbers(text)
    # a page number standing between empty lines goes with one of them (plain pdftotext's
    # "… / (empty) / -2- / (empty) / …": the page's furniture leaves one block gap, not three lines)
    if stream:
        text = _GAP_PAGE_LINE.sub("\n\\1\n", text)
    return _PAGE_LINE.sub("", text)


def _laid_out(text: str) -> bool:
    """Some lines hold words set apart by runs of spaces (`pdftotext -layout`, a fixed-width page)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return sum(1 for ln in lines if _SPACED_WORDS.search(ln)) >= max(3, 0.02 * len(lines))


#: a page number "— 2 —" as three lines (a PDF's text that breaks a line at every gap: PDFium)
_PAGE_TRIPLE = re.compile(r"^[ \t\u3000]*([-－—–]{1,2})[ \t\u3000\u00a0]*\n[ \t\u3000\u00a0]*(\d{1,3})[ \t\u3000\u00a0]*\n"
                          r"[ \t\u3000\u00a0]*\1[ \t\u3000\u00a0]*$", re.M)
#: a page number "— 2 —" broken into two lines ("— 2" / "—" or "—" / "2 —": PDFium)
_PAGE_PAIR = re.compile(r"^[ \t\u3000]*([-－—–]{1,2})[ \t\u3000\u00a0]*(\d{1,3})[ \t\u3000\u00a0]*\n[ \t\u3000\u00a0]*\1[ \t\u3000]*$"
                        r"|^[ \t\u3000]*([-－—–]{1,2})[ \t\u3000\u00a0]*\n[ \t\u3000\u00a0]*(\d{1,3})[ \t\u3000\u00a0]*\3[ \t\u3000]*$",
                        re.M)
#: a page number "— 2 —" broken into two lines, its first piece run onto the end of a line of text
#: ("信息— 6" / "—": PDFium puts a table's last line and the page's footer on one line where they
#: stand level); group 1 is the text, kept
_PAGE_GLUED = re.compile(r"^([^\n]*[^\s\d\-－—–])([-－—–]{1,2})[ \t\u3000\u00a0]*(\d{1,3})[ \t\u3000\u00a0]*\n"
                         r"[ \t\u3000\u00a0]*\2[ \t\u3000]*$", re.M)
#: a page number "— 2 —" whole at the end of a line of text ("本年 予公开 — 42 —", PDFium likewise),
#: also after digits set apart from it ("本年 不予公 32 32 — 34 —": the rests of a row's numbers broken
#: by the page, level with its footer); digits glued to the dash are not cut from it
_PAGE_END = re.compile(r"^([^\n]*(?:[^\s\d\-－—–]|\d(?=[ \t\u3000\u00a0])))[ \t\u3000\u00a0]*([-－—–]{1,2})[ \t\u3000\u00a0]*(\d{1,3})"
                       r"[ \t\u3000\u00a0]*[-－—–]{1,2}[ \t\u3000]*$", re.M)
#: a page number "— 2 —" on a line of its own
_PAGE_DASHED = re.compile(r"^[ \t\u3000]*[-－—–]{1,2}[ \t\u3000\u00a0]*(\d{1,3})[ \t\u3000\u00a0]*[-－—–]{1,2}[ \t\u3000]*$", re.M)


#: characters at least between two page numbers: a page of a report holds more text than this
#: (a 表四 page alone prints its 15 column names and 15 numbers)
_PAGE_APART = 60


def _split_page_numbers(text: str) -> str:
    """Page numbers "— 2 —" broken into three lines ("—" / "2" / "—") or two ("— 2" / "—") are
    removed — but only where they count the pages: the page number before or after it (on one line
    or in lines of its own), a page away, is one less or one more, or it lies between the two around
    it. Such lines elsewhere may be cells of a table printed one cell per line (a mark, a number, a
    mark): "— / １ / — / 2 / —" is a row's "１" and "—" cells, then page 2 — each way of reading
    three or two lines as a page number is tried (they overlap), and a reading's neighbours are the
    page numbers that do not share a line with it (and those found). No page is numbered 0."""
    if not (_PAGE_TRIPLE.search(text) or _PAGE_PAIR.search(text) or _PAGE_GLUED.search(text)
            or _PAGE_END.search(text)):
        return text

    def number(rx, m) -> int:
        return int((m.group(2) or m.group(4)) if rx is _PAGE_PAIR else m.group(3) if rx in (_PAGE_GLUED, _PAGE_END) else m.group(2))

    cands = []
    glued: set[int] = set()  # the starts of page numbers run onto a line of text (cut from their dash)
    for p in [0] + [m.end() for m in re.finditer("\n", text)]:
        for rx in (_PAGE_TRIPLE, _PAGE_PAIR, _PAGE_GLUED, _PAGE_END):
            m = rx.match(text, p)
            if m and number(rx, m) > 0:  # "—" / "0" / "—" are three cells of a sparse row
                if rx in (_PAGE_GLUED, _PAGE_END):
                    glued.add(m.end(1))
                    cands.append((m.end(1), m.end(), number(rx, m), m))
                else:
                    cands.append((m.start(), m.end(), number(rx, m), m))
    marks = sorted(cands + [(m.start(), m.end(), int(m.group(1)), None) for m in _PAGE_DASHED.finditer(text)],
                   key=lambda x: x[0])
    # the neighbours: page numbers no other reading shares a line with
    clean = [x for x in marks if not any(y is not x and x[0] <= y[1] and y[0] <= x[1] for y in cands)]
    cut: list[tuple[int, int]] = []
    for s, e, num, m in marks:
        if m is None or any(s <= ce and cs <= e for cs, ce in cut):
            continue
        # a page away: two triples a few lines apart are cells of one row ("—" / "1" / "—" / "—" /
        # "2" / "—")
        before = max((x for x in clean if x[1] < s), key=lambda x: x[1], default=None)
        after = min((x for x in clean if x[0] > e), key=lambda x: x[0], default=None)
        b = before[2] if before is not None and s - before[0] >= _PAGE_APART else None
        a = after[2] if after is not None and after[0] - s >= _PAGE_APART else None
        # (or it stands between two page numbers a few pages apart: PDFium prints some page
        # numbers in shapes of their own, "— 16" / "—" then "—" / "…" / "17 —" elsewhere)
        if b == num - 1 or a == num + 1 or (b is not None and a is not None and b < num < a <= b + 8):
            cut.append((s, e))
            clean.append((s, e, num, m))  # a page number found is a neighbour of the next
    cut = _counted_pages(text, cut, cands, marks)
    for s, e in sorted(cut, reverse=True):
        # the lines go (not empty lines: one cell a line, an empty line is an empty cell); a page
        # number run onto a line of text goes, the text and its line stay
        text = text[:s] + text[e:] if s in glued else text[:s] + text[e + 1:]
    return text


#: a line holding only a dash: a page number's piece, or a cell's not-applicable mark
_DASH_LINE = re.compile(r"^[ \t\u3000\u00a0]*[-－—–]{1,2}[ \t\u3000\u00a0]*$", re.M)


def _counted_pages(text: str, cut: list[tuple[int, int]], cands: list, marks: list) -> list[tuple[int, int]]:
    """The page numbers of ``cut`` that stay page numbers where the text also prints "—" as a cell of
    its own (a dash line no page-number reading takes: a table's not-applicable marks one cell a
    line, LibreOffice's or a browser's text): there a mark, a number and a mark ("—" / "3" / "—") are
    as likely a sparse row's cells, and two such rows a few hundred characters apart count on like
    pages. A reading stays only when it is linked, number by number, to a page number on one line
    ("— 2 —") or to two more readings (three pages counted); the others are cells and stay."""
    if not cut:
        return cut
    taken = [(c[0], c[1]) for c in cands]
    if not any(not any(a <= m.start() < b for a, b in taken) for m in _DASH_LINE.finditer(text)):
        return cut
    nums = {(s, e): n for s, e, n, _m in marks}
    cut_nums = {nums[sp] for sp in cut}
    dashed = {n for s, e, n, m in marks if m is None}

    def chain(n: int) -> set[int]:
        got, lo, hi = {n}, n - 1, n + 1
        while lo in cut_nums or lo in dashed:
            got.add(lo)
            lo -= 1
        while hi in cut_nums or hi in dashed:
            got.add(hi)
            hi += 1
        return got

    return [sp for sp in cut if (ch := chain(nums[sp])) & dashed or len(ch) >= 3]


class Finder:
    """Searches normalised labels in a text, returning spans in the original text."""

    def __init__(self, text: str):
        self.text = text
        pairs = list(_normalised_chars(text))
        idx = [i for i, _c in pairs]
        chars = [c for _i, c in pairs]
        self.compact = "".join(chars)
        self.idx = idx

    # positions: compact <-> original
    def to_orig(self, cpos: int) -> int:
        if cpos >= len(self.idx):
            return len(self.text)
        return self.idx[cpos]

    def to_compact(self, opos: int) -> int:
        import bisect
        return bisect.bisect_left(self.idx, opos)

    def orig_span(self, cs: int, ce: int) -> tuple[int, int]:
        return self.to_orig(cs), (self.idx[ce - 1] + 1 if ce > 0 else 0)

    def find_all(self, label: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Exact occurrences of a label, as original-text spans within [start, end)."""
        key = norm(label)
        if not key:
            return []
        cs, ce = self.to_compact(start), self.to_compact(len(self.text) if end is None else end)
        out = []
        i = self.compact.find(key, cs, ce)
        while i >= 0:
            out.append(self.orig_span(i, i + len(key)))
            i = self.compact.find(key, i + 1, ce)
        return out

    def find_fuzzy(self, label: str, start: int = 0, end: int | None = None,
                   max_edits: int | None = None) -> tuple[int, int, int] | None:
        """Best approximate occurrence: (orig_start, orig_end, edits) or None.

        Bounded work: Myers' bit-parallel algorithm finds, in one pass of a few integer operations
        per character, the end of the first occurrence with the fewest edits (≤ ``max_edits``);
        its start is then found by a small banded DP over at most len(label) + max_edits
        characters before that end."""
        key = norm(label)
        m = len(key)
        if max_edits is None:
            max_edits = fuzzy_budget(key)
        if m == 0 or max_edits <= 0:
            return None
        cs, ce = self.to_compact(start), self.to_compact(len(self.text) if end is None else end)
        if ce - cs > MAX_FUZZY_CHARS:
            return None  # too long to search approximately; exact matches still work
        hit = best_fuzzy_end(key, self.compact, cs, ce, max_edits)
        if hit is None:
            return None
        e, cost = hit
        if self.compact[e - 1].isdigit() and not key[-1].isdigit():
            return None  # a label never ends in a digit it does not have: that digit is a number
        st = _fuzzy_start(key, self.compact, max(cs, e - m - max_edits), e, cost)
        if st is None:
            return None
        if st > 0 and self.compact[st].isdigit() and self.compact[st - 1].isdigit() and \
                self.idx[st - 1] + 1 == self.idx[st]:
            return None  # a label's ordinal digit never starts inside a number ("62" is not 6 + "2.没有…")
        if sum(ch.isdigit() for ch in self.compact[st:e]) > sum(ch.isdigit() for ch in key):
            return None  # numbers printed between the lines of a wrapped label: not this label's text
        os_, oe = self.orig_span(st, e)
        return os_, oe, cost


def best_fuzzy_end(key: str, hay: str, lo: int, hi: int, k: int) -> tuple[int, int] | None:
    """(end, edits) of the first substring of hay[lo:hi] at the smallest edit distance (≤ k) from
    ``key`` (Myers 1999, bit-vector; the search stops early at an exact match)."""
    m = len(key)
    peq: dict[str, int] = {}
    for j, ch in enumerate(key):
        peq[ch] = peq.get(ch, 0) | (1 << j)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = full, 0, m
    best: tuple[int, int] | None = None
    for i in range(lo, hi):
        if not i & 0xFFF:
            check_deadline()
        eq = peq.get(hay[i], 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
        if score <= k and (best is None or score < best[1]):
            best = (i + 1, score)
            if score == 0:
                break
    return best


def _fuzzy_start(key: str, hay: str, lo: int, end: int, cost: int) -> int | None:
    """Start of the occurrence of ``key`` ending at ``end`` with ``cost`` edits: the start in
    [lo, end) whose substring is at that distance, preferring the length nearest len(key). A
    start on a digit the label does not begin with is never chosen (the digit is a number of
    the row before: "…713上年结转…" must not read as the label "二、上年结转…" with 13 for "二、")."""
    m = len(key)
    window = hay[lo:end][::-1]
    rkey = key[::-1]
    # row[j] = distance between rkey[:i] and window[:j] (window prefix = substring ending at end)
    row = list(range(len(window) + 1))
    for i in range(1, m + 1):
        check_deadline()
        new = [i] + [0] * len(window)
        c = rkey[i - 1]
        for j in range(1, len(window) + 1):
            new[j] = min(row[j - 1] + (c != window[j - 1]), row[j] + 1, new[j - 1] + 1)
        row = new
    options = [j for j in range(1, len(window) + 1) if row[j] == cost and
               (key[0].isdigit() or not window[j - 1].isdigit())]
    if not options:
        return None
    j = min(options, key=lambda j: (abs(j - m), -j))
    return end - j


#: longest stretch of text searched approximately for one label (keeps huge inputs fast)
MAX_FUZZY_CHARS = 200_000


def fuzzy_budget(key: str) -> int:
    """How many edits a label of this length tolerates (short labels must match exactly)."""
    if len(key) <= 5:
        return 0
    return max(1, len(key) // 4)

# -------------------------------------------------------------------------------- table model

@dataclass
class RowSpec:
    code: str
    label: str
    cells: list[CellSpec]


def table_rows(t: TableSpec) -> list[RowSpec]:
    rows: dict[str, RowSpec] = {}
    for c in t.cells:
        if c.row not in rows:
            rows[c.row] = RowSpec(c.row, c.row_labels[-1] if c.row_labels else "", [])
        rows[c.row].cells.append(c)
    return list(rows.values())


def label_terms(t: TableSpec) -> list[str]:
    """Every non-value text of a table (titles, headers, group labels, corner)."""
    out = []
    for it in t.items:
        if it.role != "value" and it.text:
            out.append(it.text)
    return out


#: a row label's ordinal after NFKC ("一、", "(三)", "2."), one pattern for every reader
ORDINAL_TOKEN = r"(?:[一二三四五六七八九十]{1,3}[、.,]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])"
_ORDINAL = re.compile("^" + ORDINAL_TOKEN)
_REMARK = re.compile(r"\([^()]*\)$")
_ORDINAL_BEFORE = re.compile(r"(?:^|(?<=[\s|]))(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|[一二三四五六七八九十]{1,3})[ \t\u3000]*\Z")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _whole(text: str, s: int, e: int) -> bool:
    """The span is a whole label, not part of a longer text ("其他" inside "（六）其他处理")."""
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    return not _is_cjk(before) and not _is_cjk(after)


def _glued(fd: Finder, s: int, e: int, joined: frozenset[str]) -> bool:
    """The span follows one of the ``joined`` texts directly and no Chinese character follows it."""
    if not joined or (e < len(fd.text) and _is_cjk(fd.text[e])):
        return False
    cs = fd.to_compact(s)
    head = fd.compact[max(0, cs - 40):cs]
    return any(head.endswith(x) for x in joined)


def joined_terms(texts) -> frozenset[str]:
    """Normalised texts (and their short forms) a glued row label may follow (``locate_labels``)."""
    out = set()
    for x in texts:
        out.add(norm(x))
        out.update(short_forms(x))
    return frozenset(x for x in out if len(x) >= 2)


def short_forms(label: str) -> list[str]:
    """Normalised forms a report prints a row label in besides the official one: without its
    ordinal ("予以公开" for "（一）予以公开"), without a trailing remark in parentheses
    ("（二）部分公开" for "（二）部分公开（区分处理的，…）"), and both."""
    key = norm(label)
    out = []
    bare = _ORDINAL.sub("", key)
    head = _REMARK.sub("", key)
    for f in (head, bare, _REMARK.sub("", bare)):
        if f and f != key and f not in out:
            out.append(f)
    return out


@cache
def row_label_forms() -> frozenset[str]:
    """The row labels of the official tables (both formats), normalised, also in their short forms."""
    from ..core.spec import all_formats

    out: set[str] = set()
    for f in all_formats():
        for t in f.tables:
            for it in t.items:
                if it.role == "rowlabel" and it.text:
                    out.add(norm(it.text))
                    out.update(short_forms(it.text))
    return frozenset(x for x in out if x)


@cache
def other_format_forms(table_key: str, label: str) -> tuple[str, ...]:
    """Labels of the same table in the other format version that are a shorter form of ``label``
    (the 2019 "规范性文件" printed in a 2021 table for "行政规范性文件")."""
    from ..core.spec import all_formats

    key = norm(label)
    out = []
    for f in all_formats():
        for t in f.tables:
            if t.key != table_key:
                continue
            for r in table_rows(t):
                k = norm(r.label)
                if len(k) >= 4 and k != key and key.endswith(k) and k not in out:
                    out.append(k)
    return tuple(out)


def locate_labels(fd: Finder, labels: list[str], start: int, end: int, table_key: str = "",
                  how: dict[int, str] | None = None, joined: frozenset[str] = frozenset()) -> dict[int, tuple[int, int]]:
    """Find each label (given in table order) in [start, end).

    1. exact occurrences of the official labels, longest first (so that "规范性文件" cannot steal
       "行政规范性文件");
    2. short forms (no ordinal, no trailing remark) searched exactly in the gap between the
       neighbouring rows already found — in table order, so a short form such as "其他" cannot be
       taken from a header; a form occurring more than once in its gap is not used;
    3. approximate matches (typos) of what is still missing.

    A short form is a whole word of the text (no Chinese character right before or after it), or
    it directly follows one of ``joined`` (normalised texts of the table: a crawler's text glues
    the cells, "本年度办理结果予以公开4000004") with no Chinese character after it.
    """
    found: dict[int, tuple[int, int]] = {}
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    order = sorted(range(len(labels)), key=lambda i: -len(norm(labels[i])))
    occ = {i: [o for o in fd.find_all(labels[i], start, end) if not _in_remark(fd.text, o[0])] for i in order}
    for i in order:
        for s, e in occ[i]:
            if free(s, e):
                found[i] = (s, e)
                taken.append((s, e))
                break
    for i in range(len(labels)):
        if i in found:
            continue
        lo = max((found[j][1] for j in found if j < i), default=start)
        hi = min((found[j][0] for j in found if j > i), default=end)
        if lo >= hi:
            continue
        alias = other_format_forms(table_key, labels[i]) if table_key else ()
        for form in short_forms(labels[i]) + list(alias):
            if len(norm(form)) <= 2 and not any(j < i for j in found):
                # a two-character form ("其他" of 3.其他) with no row above it found: its gap
                # runs up into the table's header, whose column "其他" it would be
                continue
            hits = [h for h in fd.find_all(form, lo, hi) if free(*h) and (_whole(fd.text, *h) or _glued(fd, *h, joined))
                    and not _in_remark(fd.text, h[0])]
            if len(hits) == 1:
                if how is not None and form in alias:
                    how[i] = form
                s, e = hits[0]
                m = _ORDINAL_BEFORE.search(fd.text, max(lo, s - 8), s)
                if m and m.start() >= lo:
                    s = m.start()  # a variant ordinal ("(1)", "1 ") belongs to the label, not to the numbers
                found[i] = (s, e)
                taken.append((s, e))
                break
    for i in order:
        if i in found:
            continue
        hit = fd.find_fuzzy(labels[i], start, end)
        if hit and free(hit[0], hit[1]) and not _in_remark(fd.text, hit[0]):
            found[i] = (hit[0], hit[1])
            taken.append((hit[0], hit[1]))
    return found


def _in_remark(text: str, s: int) -> bool:
    """The position stands inside a parenthesised remark on its line: a template's filling guidance
    after a row label names other rows ("其他对外管理服务事项(指行政许可以外的政务服务事项，含行政确认、
    行政处罚、行政强制…)"), closed on the same line. A label is never taken from there, nor does a
    table term there end the row: the row it names is printed elsewhere, or (a cut excerpt) not at
    all. (A parenthesis left open at the line's end is a wrapped header, not a remark.)"""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    depth = 0
    for ch in text[a:s]:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    if not depth:
        return False
    for ch in text[s:b if b >= 0 else len(text)]:  # closed on its line: a remark, not a wrapped header
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if not depth:
                return True
    return False


def _terminators(fd: Finder, terms: list[str], start: int, end: int, label_spans) -> list[int]:
    out = []
    normed = {norm(u) for u in terms}
    for t in terms:
        if len(norm(t)) < 2:
            continue
        for s, e in fd.find_all(t, start, end):
            if all(e <= a or s >= b for a, b in label_spans) and not _in_remark(fd.text, s) \
                    and not _inside_longer_term(fd.text, s, e, norm(t), normed):
                out.append(s)
    return out


def _inside_longer_term(text: str, s: int, e: int, term: str, terms: set[str]) -> bool:
    """The word the span stands in is a longer piece of another of the table's texts: "其他" of
    "的，只计这一情形，不计其他" (a line of 部分公开's remark wrapped in its narrow label cell), no header
    printed again."""
    a, b = s, e
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    word = norm(text[a:b])
    return len(word) > len(term) and any(word in u for u in terms if u != term)

# ------------------------------------------------------------------------------- whole text

_T2_START = ["第二十条第（一）项", "第二十条第(一)项", "第二十条"]
_T3_START = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况",
             "一、本年新收政府信息公开申请数量"]
_T4_HEAD = ["行政复议"]
_S5 = ["五、存在的主要问题及改进情况", "五、存在问题及改进情况", "存在的主要问题及改进情况", "存在的主要问题"]
_S6 = ["六、其他需要报告的事项", "其他需要报告的事项", "其它需要报告的事项"]


def _first(fd: Finder, labels, start=0, end=None) -> int | None:
    best = None
    for lab in labels:
        occ = fd.find_all(lab, start, end)
        if occ and (best is None or occ[0][0] < best):
            best = occ[0][0]
    return best


#: a number standing in a column of its line: after a gap of two spaces or more (or at its start)
_COLUMN_NUMBER = re.compile(r"(?:^|[ \u3000]{2,})\d+(?=\s|$)")


def rows_in_columns(text: str) -> int:
    """How many lines of ``text`` hold three numbers or more standing in columns (`pdftotext
    -layout`'s table rows: "3    0    ０    0 …")."""
    return sum(1 for ln in text.split("\n") if len(_COLUMN_NUMBER.findall(ln)) >= 3)


#: a line ending in five numbers or marks or more, one space apart ("…政府信息公 ３４ ３１ １３ ０ ４ ０ ３２":
#: a table row as pdfplumber's extract_text prints it, words one space apart)
_NUMBER_RUN_END = re.compile(r"(?:[ \u3000]+(?:\d+|[—/－-]))(?:[ \u3000](?:\d+|[—/－-])){4,}[ \u3000]*$")


def rows_of_numbers(text: str) -> int:
    """How many lines of ``text`` end in a run of five numbers or marks or more, one space apart."""
    return sum(1 for ln in text.split("\n") if _NUMBER_RUN_END.search(ln))


#: the section heading over 表三, a line of its own
T3_HEADING_LINE = re.compile(r"^[ \t]*(?:三[、.．][ \t]*)?收到和处理政府信息公开申请情况[ \t]*$", re.M)


def _t2_items(role: str, first_col: bool = False) -> tuple[str, ...]:
    from ..core.spec import all_formats

    out: list[str] = []
    for f in all_formats():
        for t in f.tables:
            if t.key == "t2":
                out.extend(it.text for it in t.items if it.role == role and it.text and it.text not in out
                           and (not first_col or it.c == 0))
    return tuple(out)


@cache
def t2_block_titles() -> tuple[str, ...]:
    """The titles of 表二's blocks in both formats ("第二十条第（一）项", …), from the format spec."""
    return _t2_items("title")


@cache
def _t2_first_headers() -> tuple[str, ...]:
    """The header each 表二 block opens its header row with ("信息内容"), normalised."""
    return tuple(norm(x) for x in _t2_items("header", first_col=True))


#: a line holding a 表二 block title (maybe with a header cell or two): short; a line of prose is not
_TITLE_LINE_MAX = 24


def _t2_start(fd: Finder, end: int | None) -> int | None:
    """Where 表二 starts: at the first "第二十条" that opens a block title, or stands on a short line
    followed by its block's header ("信息内容"). The prose of 一、总体情况 may quote the article ("围绕《条例》第二十条法定公开范围",
    in a PDF "制发行政规范性文件 3 件"): a table started there reads the prose's numbers."""
    keys = [norm(t) for t in t2_block_titles()]
    start = None
    for s, _e in fd.find_all("第二十条", 0, end):
        c = fd.to_compact(s)
        if any(fd.compact.startswith(k, c) for k in keys):
            start = s
            break
        a = fd.text.rfind("\n", 0, s) + 1
        b = fd.text.find("\n", s)
        if len(norm(fd.text[a:b if b >= 0 else len(fd.text)])) <= _TITLE_LINE_MAX and \
                any(h in fd.compact[c: c + _TITLE_LINE_MAX + 12] for h in _t2_first_headers()):
            start = s  # a title printed otherwise, its block's header row after it
            break
    if start is None:
        start = _first(fd, _T2_START, 0, end)
    head = _t2_first_block_header(fd, start if start is not None else end)
    start = head if head is not None else start
    frag = _t2_fragment_start(fd, start if start is not None else end)
    return frag if frag is not None else start


@cache
def _t2_row_labels() -> tuple[str, ...]:
    """The row labels of 表二 in both formats ("行政处罚", "规范性文件", …), from the format spec."""
    from ..core.spec import all_formats

    out: list[str] = []
    for f in all_formats():
        for t in f.tables:
            if t.key == "t2":
                out.extend(r.label for r in table_rows(t) if r.label and r.label not in out)
    return tuple(out)


#: a 表二 row's cells after its label: one to three numbers apart by spaces, cell pipes or line breaks
_T2_ROW_NUMBERS = re.compile(r"[ \t\u3000|]*\n?[ \t\u3000|]*(?:[+-]?[0-9０-９]+(?:[.．][0-9]+)?[ \t\u3000|\n]+){0,2}"
                             r"[+-]?[0-9０-９]+(?:[.．][0-9]+)?[ \t\u3000|]*(?:\n|$)")
#: the headings of the sections before 表二 (一、总体情况; 二、主动公开政府信息情况)
_BEFORE_T2 = re.compile(r"^[ \t\u3000]*(?:[一二][、.．][ \t\u3000]*)?(?:总体情况|主动公开政府信息情况)", re.M)


def _t2_fragment_start(fd: Finder, before: int | None) -> int | None:
    """A text that begins inside 表二 (a PDF's page whose block title is on the page before: "行政处罚 12" /
    "行政强制 0" / "第二十条第（八）项" …): 表二 starts at the first of its row labels that opens a line with the
    row's numbers after it and nothing else, before the first block title — where no heading of the sections
    before 表二 is printed (a page of the report's prose is no such text)."""
    head = fd.text[:before] if before is not None else fd.text
    if _BEFORE_T2.search(head):
        return None
    return _first_row_line(fd, _t2_row_labels(), _T2_ROW_NUMBERS, 0, before)


def _first_row_line(fd: Finder, labels, numbers, lo: int = 0, hi: int | None = None) -> int | None:
    """Where the first of ``labels`` opens a line (a "|" of a pipe row aside) and ``numbers`` follows
    it — a table row's shape, which prose quoting a label never has; None when none does."""
    best = None
    for label in labels:
        for s, e in fd.find_all(label, lo, hi):
            line_start = fd.text.rfind("\n", 0, s) + 1
            if fd.text[line_start:s].strip(" \t\u3000|"):
                continue
            if numbers.match(fd.text, e) and (best is None or s < best):
                best = s
    return best


@cache
def _t2_first_block_heads() -> tuple[tuple[str, ...], ...]:
    """The header row of 表二's first block in each format ("信息内容", "本年新制作数量", …), normalised."""
    from ..core.spec import all_formats

    out = []
    for f in all_formats():
        t = next(t for t in f.tables if t.key == "t2")
        first = min(it.r for it in t.items if it.role == "header")
        out.append(tuple(norm(it.text) for it in t.items if it.role == "header" and it.r == first))
    return tuple(out)


def _t2_first_block_header(fd: Finder, before: int | None) -> int | None:
    """The first block's header row printed without its title above it (a web table copied
    without its first row: "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | 规章 | …" with
    the first "第二十条第(一)项" missing, the later block titles there): 表二 starts at that header —
    "信息内容" followed at once by the first block's own column headers, which prose never prints."""
    for s, e in fd.find_all("信息内容", 0, before):
        c = fd.to_compact(e)
        window = fd.compact[c: c + 40]
        for heads in _t2_first_block_heads():
            rest, at = heads[1:], 0
            for h in rest:
                at = window.find(h, at)
                if at < 0 or at > 16 * len(rest):
                    break
                at += len(h)
            else:
                return s
    return None


def _t3_start(fd: Finder, lo: int = 0) -> int | None:
    t3 = _first(fd, _T3_START, lo)
    if t3 is None:
        hit = fd.find_fuzzy("一、本年新收政府信息公开申请数量", lo)
        t3 = hit[0] if hit else None
    if t3 is None:
        # header and first label broken beyond recognition (a narrow PDF column, one or two
        # characters a line): 表三 starts after its section heading, a line of its own
        # — where rows of numbers standing in columns follow it (not a heading over prose)
        m = T3_HEADING_LINE.search(fd.text, lo)
        nxt = fd.text.find("行政复议", m.end()) if m else -1
        body = fd.text[m.end():nxt if nxt > 0 else None] if m else ""
        if rows_in_columns(body) >= 2 or rows_of_numbers(body) >= 2:
            t3 = m.end()
    if t3 is None:
        t3 = _t3_fragment_start(fd, lo)
    return t3


@cache
def _t3_row_labels() -> tuple[str, ...]:
    """The row labels of 表三 in both formats, with their ordinals ("四、结转下年度继续办理",
    "（一）予以公开", "1.属于国家秘密"), from the format spec."""
    from ..core.spec import all_formats

    out: list[str] = []
    for f in all_formats():
        for t in f.tables:
            if t.key == "t3":
                for r in table_rows(t):
                    if r.label and _ORDINAL.match(norm(r.label)) and r.label not in out:
                        out.append(r.label)
    return tuple(out)


#: what follows a row label printed with its row: three numbers or more, apart by spaces, cell pipes or
#: line breaks (one cell a line)
_ROW_NUMBERS = re.compile(r"[ \t\u3000|\n]*(?:[0-9０-９]+(?:[.．][0-9]+)?[ \t\u3000|\n]+){2,}[0-9０-９]+(?:[.．][0-9]+)?[ \t\u3000|]*(?:\n|$)")


def _t3_fragment_start(fd: Finder, lo: int = 0) -> int | None:
    """A text that begins inside 表三 (a PDF's page cut after 表三's header, an excerpt): 表三 starts at the
    first of its row labels that opens a line and is followed by the row's numbers ("四、结转下年度继续办理
    0 0 0 0 0 0 0" above 表四) — the shape of a table row, which prose quoting a label never has."""
    return _first_row_line(fd, _t3_row_labels(), _ROW_NUMBERS, lo)


def table_regions(fd: Finder) -> dict[str, tuple[int, int]]:
    """Where 表二, 表三 and 表四 lie in the text (original offsets); absent tables are left out."""
    n = len(fd.text)
    t3 = _t3_start(fd)
    t2_title = _first(fd, t2_block_titles())
    if t3 is not None and t2_title is not None and t3 < t2_title:
        # both formats print 表三 after 表二: a 表三 label before 表二's first block title is
        # the prose of 一、总体情况 quoting it ("全年新收政府信息公开申请数量0件，上年结转…"),
        # in a text that lacks 表三's own header (cut before it, or broken in a PDF)
        t3 = _t3_start(fd, t2_title)
    t2 = _t2_start(fd, t3)
    t4 = None
    after = t3 if t3 is not None else (t2 if t2 is not None else 0)
    # 表四 starts at the header "行政复议" that is followed by "结果维持" / "行政诉讼"
    for s, e in fd.find_all("行政复议", after):
        window = fd.compact[fd.to_compact(e): fd.to_compact(e) + 120]
        if "结果维持" in window or "行政诉讼" in window[:20] or "诉讼" in window[:30]:
            t4 = s
            break
    if t4 is None:
        hit = fd.find_fuzzy("行政复议行政诉讼结果维持", after, None, 3)
        if hit:
            t4 = hit[0]
    end4 = _first(fd, _S5, t4 or after) if (t4 is not None) else None
    if end4 is None and t4 is not None:
        end4 = _first(fd, _S6, t4)
    out = {}
    if t2 is not None:
        e = t3 if t3 is not None else (t4 if t4 is not None else n)
        # 表二 ends where the section 三 heading starts, if it is before 表三's first label
        h = _first(fd, ["三、收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请情况"], t2, e)
        out["t2"] = (t2, h if h is not None else e)
    if t3 is not None:
        e = t4 if t4 is not None else n
        h = _first(fd, ["四、政府信息公开行政复议", "政府信息公开行政复议、行政诉讼情况"], t3, e)
        out["t3"] = (t3, h if h is not None else e)
    if t4 is not None:
        out["t4"] = (t4, end4 if end4 is not None else n)
    return out
