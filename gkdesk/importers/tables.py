"""The label/number matching engine shared by the importers.

Published reports reach us as text in which the official tables have been flattened in many
ways: one cell per line, tab- or pipe-separated rows, PDF text laid out with spaces, rows whose
labels are detached from their numbers, numbers glued together without separators. This
module finds the official labels (from the format spec, never a second copy) in such text and
reads the numbers that belong to each row. It never invents a number: a cell it cannot place
stays blank and a note says why.

Public entry points
-------------------
``Finder(text)``
    Cleans page furniture (page numbers, form feeds) and builds a compact, normalised copy of
    the text (NFKC, no white space, unified punctuation) in which labels are searched exactly
    and then fuzzily (typos such as "其他法律行政止公开" or "无正当理由由大量反复申请").

``fill_tables_from_text(doc, text, prose_numbers=()) -> list[ImportNote]``
    Locate 表二, 表三 and 表四 in ``text`` and fill ``doc`` (via ``doc._put``). Used by the
    plain-text importer.

``fill_from_rows(doc, rows, table_key) -> list[ImportNote]``
    For importers that read real tables (DOCX, HTML): ``rows`` is the table as a list of rows,
    each a list of cell texts (merged cells may be repeated or empty). Every row is matched by
    its label (fuzzy) and its numeric cells are read; 表四 is read from the row holding 15
    values. Returns notes; the caller adds them to its ImportResult.

``split_candidates(tokens, k)``
    All ways to split glued digit strings into ``k`` non-negative integers (no leading zeros).

Notes are ``ImportNote(level, message, cells)`` with levels "info", "missing", "ambiguous",
"warning"; messages are Chinese (shown to the clerk).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from decimal import Decimal
from itertools import product

from ..core.document import Document
from ..core.spec import CellSpec, TableSpec
from ..core.values import CellValue, State, number, parse_value
from .base import ImportNote
from .safety import check_deadline

# ---------------------------------------------------------------------------------- normalising

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "「": '"', "」": '"', "'": '"',
                         "‘": '"', "’": '"', "．": ".", "。": "。", "﹒": ".", "·": "."})
_SPACE = set(" \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff|")


def norm(s: str) -> str:
    """Normalised, white-space-free form of a label for comparison."""
    return "".join(c for _i, c in _normalised_chars(s))


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


_PAGE_LINE = re.compile(
    r"^[ \t\u3000]*(?:[-－—–]{1,2}[ \t]*\d{1,3}[ \t]*[-－—–]{1,2}|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?"
    r"|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t\u3000]*$", re.M)


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
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if "#" in text or "**" in text or "---" in text:
        text = _MD_HEADING.sub("", text)
        text = text.replace("**", "")
        text = _MD_RULE.sub("", text)
    text = _FURNITURE_LINE.sub("", text)
    return _PAGE_LINE.sub("", text)


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


# ----------------------------------------------------------------------------------- fields

NUM, EMPTY, NA, OTHER = "num", "empty", "na", "other"
_NUM_RE = re.compile(r"^([+-]?\d+(?:\.\d+)?)(?:元|万元|件|个|条|项|次|宗)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_NA_TEXT = {"-", "--", "—", "——", "–", "/", "－", "―", "无", "\\"}
_PAREN = re.compile(r"[（(][^（）()\d]*[^（）()\d\s][^（）()]*[）)]")
_MINUS = str.maketrans({"−": "-", "﹣": "-", "‐": "-", "‑": "-", "－": "-"})


@dataclass
class Field:
    kind: str
    text: str = ""
    line: int = 0

    @property
    def is_cell(self) -> bool:
        return self.kind != OTHER

    @property
    def plain_int(self) -> bool:
        return self.kind == NUM and self.text.isdigit()


def classify(raw: str, line: int = 0) -> Field:
    s = unicodedata.normalize("NFKC", raw).translate(_MINUS)
    s = "".join(s.split())
    if not s:
        return Field(EMPTY, "", line)
    if s in _NA_TEXT:
        return Field(NA, raw.strip(), line)
    if _GROUPED.match(s):
        s = s.replace(",", "")
    m = _NUM_RE.match(s)
    if m:
        t = m.group(1)
        if t.startswith("+"):
            t = t[1:]
        return Field(NUM, t, line)
    return Field(OTHER, s, line)


def cell_per_line(region: str) -> bool:
    """The table is printed one cell per line and an empty line is an empty cell (a web table
    copied from a browser): no tabs or pipes, nearly every line holds one cell, and empty lines
    are few (where every cell is followed by an empty line, the empty lines only separate)."""
    if "\t" in region or "|" in region:
        return False
    lines = region.strip("\n").split("\n")
    full = [ln for ln in lines if ln.strip(" \u00a0\u3000")]
    empty = len(lines) - len(full)
    if len(full) < 20 or empty == 0:
        return False
    single = sum(1 for ln in full if len(ln.split()) == 1)
    return single >= 0.9 * len(full) and empty < 0.4 * len(full)


#: a note printed under or inside a table ("注：1.本表由办公室填报；2.统计截至2025年1月10日。"): its
#: digits are never cell values
_NOTE_LINE = re.compile(r"^[ \t\u3000]*(?:注|备注|说明|附注)[ \t\u3000]*[:：].*$", re.M)
#: a calendar date ("2025 年 1 月 10 日", "2025年1月"): never a cell value
_DATE = re.compile(r"(?<![\d.])\d{4}[ \t\u3000]*年(?:[ \t\u3000]*\d{1,2}[ \t\u3000]*月(?:[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号])?)?")


def read_fields(segment: str, blank_cells: bool = False) -> list[Field]:
    """Split a stretch of text between two labels into cells. With ``blank_cells`` (see
    ``cell_per_line``) an empty line inside the stretch is an empty cell."""
    segment = _PAREN.sub(" ", segment)
    segment = _NOTE_LINE.sub(" ", segment)
    segment = _DATE.sub(" ", segment)
    out: list[Field] = []
    lines = segment.split("\n")
    for ln, line in enumerate(lines):
        if blank_cells and 0 < ln < len(lines) - 1 and not line.strip(" \u00a0\u3000"):
            out.append(Field(EMPTY, "", ln))
            continue
        if "\t" in line or "|" in line:
            body = line.rstrip(" \u00a0\u3000")
            if "|" in body and body.endswith("|"):
                body = body[:-1]
            parts = re.split(r"[\t|]", body)
            nonempty = [p for p in parts if p.strip(" \u00a0\u3000")]
            if not nonempty:
                if ln > 0:  # on the label's own line it is only the separator after the label
                    out.append(Field(EMPTY, "", ln))
                continue
            if len(nonempty) == 1 and not re.search(r"[\t|]", body.lstrip("\t| \u00a0\u3000")):
                parts = [nonempty[0]]  # one cell per line, indented by a separator
            elif ln == 0 and parts and not parts[0].strip(" \u00a0\u3000"):
                parts = parts[1:]  # separator between the label and its first value
            for p in parts:
                f = classify(p, ln)
                if f.kind == OTHER:
                    out.extend(_split_words(p, ln))
                else:
                    out.append(f)
        else:
            out.extend(_split_words(line, ln))
    return out


def _split_words(text: str, ln: int) -> list[Field]:
    # digits run into other text (e.g. "第3页") stay text: a number is never guessed out of words
    return [classify(w, ln) for w in text.split()]


# ------------------------------------------------------------------------------ glue splitting

def split_candidates(tokens: list[str], k: int, limit: int = 50000) -> list[tuple[str, ...]]:
    """Ways to read the digit strings ``tokens`` as exactly ``k`` numbers (no leading zeros)."""
    out: list[tuple[str, ...]] = []
    steps = [0]

    def parts_of(s: str, n: int):
        steps[0] += 1
        if steps[0] > 20 * limit:
            return
        if not steps[0] & 0x3FF:
            check_deadline()
        if n == 1:
            if s == "0" or not s.startswith("0"):
                yield (s,)
            return
        for cut in range(1, len(s) - n + 2):
            head = s[:cut]
            if head != "0" and head.startswith("0"):
                return
            for rest in parts_of(s[cut:], n - 1):
                yield (head,) + rest

    def rec(i: int, left: int, acc: tuple[str, ...]):
        if len(out) >= limit:
            return
        if i == len(tokens):
            if left == 0:
                out.append(acc)
            return
        tok = tokens[i]
        remaining = len(tokens) - i - 1
        can_split = tok.isdigit()
        max_n = min(len(tok), left - remaining) if can_split else 1
        for n in range(1, max_n + 1):
            for p in parts_of(tok, n) if can_split else [(tok,)]:
                rec(i + 1, left - n, acc + p)

    if k >= len(tokens) and sum(len(t) for t in tokens) <= 8 * k:
        rec(0, k, ())
    return out


# --------------------------------------------------------------------------------- row reading

@dataclass
class RowRead:
    values: list[CellValue] | None = None  # len k when read
    status: str = "none"  # ok | positional | groups | glued | partial | none | ambiguous | detached
    extra_groups: list[list[CellValue]] = field(default_factory=list)
    candidates: list[tuple[str, ...]] = field(default_factory=list)
    nums: list[Field] = field(default_factory=list)
    message: str = ""


def _val(f: Field) -> CellValue:
    if f.kind == NUM:
        return number(Decimal(f.text))
    if f.kind == NA:
        return parse_value(f.text)
    return CellValue(State.BLANK)


def read_row(fields: list[Field], k: int, at_end: bool = False) -> RowRead:
    cells = [f for f in fields if f.is_cell]
    nums = [f for f in cells if f.kind in (NUM, NA)]
    r = RowRead(nums=nums)
    if not nums:
        if len(cells) >= k and k > 1 and any(f.kind == EMPTY for f in cells[:k]) and \
                all(f.line == cells[0].line for f in cells[:k]):
            r.values, r.status = [_val(f) for f in cells[:k]], "positional"
        else:
            r.status = "detached"
        return r
    if len(nums) == k:
        r.values, r.status = [_val(f) for f in nums], "ok"
        return r
    # positional: the numbers all lie within the first k cells (explicit empty cells between them)
    head = {id(f) for f in cells[:k]}
    if len(cells) >= k and all(id(f) in head for f in nums) and any(f.kind == EMPTY for f in cells[:k]):
        r.values, r.status = [_val(f) for f in cells[:k]], "positional"
        return r
    if len(nums) > k:
        if len(nums) % k == 0:
            groups = [nums[i:i + k] for i in range(0, len(nums), k)]
            r.values = [_val(f) for f in groups[0]]
            r.extra_groups = [[_val(f) for f in g] for g in groups[1:]]
            r.status = "groups"
            return r
        by_line: dict[int, list[Field]] = {}
        for f in nums:
            by_line.setdefault(f.line, []).append(f)
        exact = [v for v in by_line.values() if len(v) == k]
        if len(exact) == 1:
            r.values, r.status = [_val(f) for f in exact[0]], "ok"
            r.message = f"另有 {len(nums) - k} 个多余数字未使用"
            return r
        r.status = "ambiguous"
        r.message = f"找到 {len(nums)} 个数字，应为 {k} 个，无法确定对应关系"
        return r
    # fewer numbers than cells
    if any(f.plain_int and len(f.text) > 1 for f in nums) and all(f.kind == NUM for f in nums):
        toks = [f.text for f in nums]
        cands = split_candidates(toks, k)
        if cands:
            r.status, r.candidates = "glued", cands
            return r
    if at_end:
        r.values = [_val(f) for f in nums] + [CellValue(State.BLANK)] * (k - len(nums))
        r.status = "partial"
        return r
    r.status = "ambiguous"
    r.message = f"只找到 {len(nums)} 个数字，应为 {k} 个，无法确定各属哪一列"
    return r


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


@dataclass
class Ctx:
    doc: Document
    notes: list[ImportNote]
    prose_numbers: frozenset[str] = frozenset()
    truncated_at: int | None = None  # original offset where the text stops mid-table
    placed: dict[str, str] = field(default_factory=dict)  # cell id -> how (ok/inferred/...)
    t4_cut: bool = False
    inferred_rows: set[int] = field(default_factory=set)  # 表三 rows placed by order, not by label

    def put(self, cid: str, v: CellValue, how: str = "ok") -> None:
        if v.is_blank:
            return
        self.doc._put(cid, v)
        self.placed[cid] = how
        if self.doc.spec.cells[cid].derived:
            self.doc.manual.add(cid)

    def note(self, level: str, msg: str, cells=()) -> None:
        self.notes.append(ImportNote(level, msg, tuple(cells)))


def _names(cells) -> str:
    return "、".join(c.name for c in cells[:4]) + ("等" if len(cells) > 4 else "")


_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.,]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])")
_REMARK = re.compile(r"\([^()]*\)$")
_ORDINAL_BEFORE = re.compile(r"(?:^|(?<=[\s|]))(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|[一二三四五六七八九十]{1,3})[ \t\u3000]*\Z")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _whole(text: str, s: int, e: int) -> bool:
    """The span is a whole label, not part of a longer text ("其他" inside "（六）其他处理")."""
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    return not _is_cjk(before) and not _is_cjk(after)


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
                  how: dict[int, str] | None = None) -> dict[int, tuple[int, int]]:
    """Find each label (given in table order) in [start, end).

    1. exact occurrences of the official labels, longest first (so that "规范性文件" cannot steal
       "行政规范性文件");
    2. short forms (no ordinal, no trailing remark) searched exactly in the gap between the
       neighbouring rows already found — in table order, so a short form such as "其他" cannot be
       taken from a header; a form occurring more than once in its gap is not used;
    3. approximate matches (typos) of what is still missing.
    """
    found: dict[int, tuple[int, int]] = {}
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    order = sorted(range(len(labels)), key=lambda i: -len(norm(labels[i])))
    occ = {i: [o for o in fd.find_all(labels[i], start, end)] for i in order}
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
            hits = [h for h in fd.find_all(form, lo, hi) if free(*h) and _whole(fd.text, *h)]
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
        if hit and free(hit[0], hit[1]):
            found[i] = (hit[0], hit[1])
            taken.append((hit[0], hit[1]))
    return found


def _terminators(fd: Finder, terms: list[str], start: int, end: int, label_spans) -> list[int]:
    out = []
    for t in terms:
        if len(norm(t)) < 2:
            continue
        for s, e in fd.find_all(t, start, end):
            if all(e <= a or s >= b for a, b in label_spans):
                out.append(s)
    return out


# -------------------------------------------------------------------------------------- 表二

def fill_t2(ctx: Ctx, fd: Finder, start: int, end: int) -> None:
    t = ctx.doc.spec.table("t2")
    rows = table_rows(t)
    per_line = cell_per_line(fd.text[start:end])
    how: dict[int, str] = {}
    found = locate_labels(fd, [r.label for r in rows], start, end, "t2", how)
    for i, form in how.items():
        ctx.note("warning", f"表二：原文行名为“{form}”（另一版格式的行名），按本格式的“{rows[i].label}”一行读取，请核对。",
                 [c.id for c in rows[i].cells])
    spans = sorted(found.values())
    stops = sorted(set([s for s, _ in spans] + _terminators(fd, label_terms(t), start, end, spans) + [end]))
    for i, row in enumerate(rows):
        k = len(row.cells)
        if i not in found:
            continue
        s, e = found[i]
        stop = next((p for p in stops if p >= e), end)
        at_end = ctx.truncated_at is not None and stop >= ctx.truncated_at
        r = read_row(read_fields(fd.text[e:stop], per_line), k, at_end)
        if r.status == "glued" and len(r.nums) > 1:
            # numbers separated in the source are separate cells: with fewer than the columns, one is
            # missing (not glued) — 表二 has no arithmetic to tell which
            r.status, r.candidates = "ambiguous", []
            r.message = f"只找到 {len(r.nums)} 个数字（{' '.join(f.text for f in r.nums)}），应为 {k} 个，无法确定各属哪一列"
        if r.status == "glued":
            _resolve_glued_by_prose(ctx, row, r)
            continue
        if r.values is None and r.status == "ambiguous" and 0 < len(r.nums) < k:
            cols = _printed_columns(fd, row, start, s)
            if cols is not None and len(cols) == len(r.nums):
                for c, f in zip(cols, r.nums):
                    ctx.put(c.id, _val(f))
                left = [c for c in row.cells if c not in cols]
                ctx.note("info", f"表二“{row.label}”只印了 {len(cols)} 列数字，按表头（" + "、".join(c.col_name for c in cols)
                         + "）对应；" + "、".join(c.col_name for c in left) + "在原文中没有，已留空。", [c.id for c in left])
                continue
        if r.values is None:
            if r.status == "ambiguous":
                ctx.note("ambiguous", f"表二“{row.label}”：{r.message}，已留空。", [c.id for c in row.cells])
            continue
        for c, v in zip(row.cells, r.values):
            ctx.put(c.id, v)
        if r.message:
            ctx.note("warning", f"表二“{row.label}”：{r.message}。", [c.id for c in row.cells])
        notes = paren_remarks(fd.text[e:stop])
        if notes:
            ctx.note("info", f"表二“{row.label}”的数字带有说明（" + "；".join(notes[:3]) + "），说明中的数字未计入表格。",
                     [c.id for c in row.cells])


def _printed_columns(fd: Finder, row: RowSpec, start: int, label_start: int) -> list[CellSpec] | None:
    """The row's columns whose headers are printed between its block title and the row label, in
    the order printed; None when the block's header cannot be found."""
    title = row.cells[0].col_labels[0] if len(row.cells[0].col_labels) > 1 else ""
    occ = fd.find_all(title, start, label_start) if title else []
    lo = occ[-1][1] if occ else None
    if lo is None:
        return None
    hits = []
    for c in row.cells:
        h = fd.find_all(c.col_name, lo, label_start)
        if len(h) == 1:
            hits.append((h[0][0], c))
        elif len(h) > 1:
            return None
    hits.sort(key=lambda t: t[0])
    cols = [c for _p, c in hits]
    if [row.cells.index(c) for c in cols] != sorted(row.cells.index(c) for c in cols):
        return None
    return cols


_REMARK_NUM = re.compile(r"[（(][^（）()]*\d[^（）()]*[）)]")


def paren_remarks(segment: str) -> list[str]:
    """Remarks in parentheses that carry digits ("（其中修订16件）"): dropped from the cells, reported."""
    return [m.group(0) for m in _REMARK_NUM.finditer(segment) if _PAREN.fullmatch(m.group(0))]


def _resolve_glued_by_prose(ctx: Ctx, row: RowSpec, r: RowRead) -> None:
    cells = row.cells
    cands = r.candidates
    if len(cands) == 1:
        for c, v in zip(cells, cands[0]):
            ctx.put(c.id, number(Decimal(v)), "split")
        ctx.note("info", f"表二“{row.label}”的数字连在一起（{''.join(cands[0])}），只有一种拆分：{'／'.join(cands[0])}（把握较高）。",
                 [c.id for c in cells])
        return
    def support(c):
        return sum(1 for p in c if len(p) >= 2 and p in ctx.prose_numbers)
    scores = [support(c) for c in cands]
    best = max(scores) if scores else 0
    winners = [c for c, s in zip(cands, scores) if s == best]
    glued = "".join(n.text for n in r.nums)
    if best >= max(1, len(cells) - 1) and len(winners) == 1:
        for c, v in zip(cells, winners[0]):
            ctx.put(c.id, number(Decimal(v)), "split")
        ctx.note("ambiguous", f"表二“{row.label}”的数字连在一起（{glued}），有 {len(cands)} 种拆分；"
                              f"按正文中出现的数字取 {'／'.join(winners[0])}（把握中等，请核对）。", [c.id for c in cells])
    else:
        ctx.note("ambiguous", f"表二“{row.label}”的数字连在一起（{glued}），有 {len(cands)} 种拆分，"
                              f"表格本身没有合计关系可用来判断，已留空，请按原文填写。", [c.id for c in cells])


# -------------------------------------------------------------------------------------- 表三

def fill_t3(ctx: Ctx, fd: Finder, start: int, end: int) -> None:
    t = ctx.doc.spec.table("t3")
    rows = table_rows(t)
    per_line = cell_per_line(fd.text[start:end])
    k = len(t.col_codes)
    labels = [r.label for r in rows]
    found = locate_labels(fd, labels, start, end)
    spans = sorted(found.values())
    stops = sorted(set([s for s, _ in spans] + _terminators(fd, label_terms(t), start, end, spans) + [end]))
    reads: dict[int, RowRead] = {}
    for i in found:
        s, e = found[i]
        stop = next((p for p in stops if p >= e), end)
        at_end = ctx.truncated_at is not None and stop >= ctx.truncated_at
        reads[i] = read_row(read_fields(fd.text[e:stop], per_line), k, at_end)

    # one number per row: only the 总计 column was published (or survived the extraction)
    singles = [i for i, r in reads.items() if len(r.nums) == 1 and len(r.nums[0].text) < k]
    fulls = [i for i, r in reads.items() if r.status in ("ok", "positional", "groups", "glued")
             and len(r.nums) >= 2]
    if len(singles) >= 3 and len(singles) > 2 * len(fulls):
        # which of the seven columns the one number belongs to cannot be told: never guessed
        eg = "、".join(f"“{rows[i].label}”{reads[i].nums[0].text}" for i in sorted(singles)[:3])
        ctx.note("ambiguous", f"表三每一行只有一个数字（如 {eg}），原文没有表明它属于哪一列（总计还是某类申请人），"
                              f"已全部留空，请按原表填写。", [c.id for r in rows for c in r.cells])
        return

    assigned: dict[int, list[CellValue]] = {}
    glued: dict[int, list[tuple[str, ...]]] = {}
    blocked = _label_block_then_numbers(ctx, rows, found, reads, k, assigned)
    # stream of groups in text order: (position, spec index or None, values)
    stream: list[tuple[int, int | None, list[CellValue]]] = []
    for i, r in reads.items():
        pos = found[i][0]
        if i in blocked:
            stream.append((pos, i, []))
            continue
        if r.values is not None:
            assigned[i] = r.values
            stream.append((pos, i, r.values))
            for n, g in enumerate(r.extra_groups, 1):
                stream.append((pos + n, None, g))
            if r.status == "partial":
                ctx.note("missing", f"表三“{rows[i].label}”：原文在此中断，只读到 {len(r.nums)} 个数字。",
                         [c.id for c in rows[i].cells[len(r.nums):]])
            if r.message:
                ctx.note("warning", f"表三“{rows[i].label}”：{r.message}。", [c.id for c in rows[i].cells])
        elif r.status == "glued":
            row_ok = [c for c in r.candidates if _row_total_ok(c)]
            glued[i] = row_ok
            stream.append((pos, i, []))
            if not row_ok:
                ctx.note("ambiguous", f"表三“{rows[i].label}”的数字连在一起（{''.join(n.text for n in r.nums)}），"
                                      f"没有一种拆分能满足“总计＝各列之和”，已留空。", [c.id for c in rows[i].cells])
        elif r.status == "ambiguous":
            ctx.note("ambiguous", f"表三“{rows[i].label}”：{r.message}，已留空。", [c.id for c in rows[i].cells])
    _group_only_rows(ctx, fd, rows, found, stops, assigned, start, end, k)
    _assign_orphans(ctx, rows, stream, assigned, glued)
    _resolve_glued_t3(ctx, t, rows, assigned, glued)
    for i, vals in assigned.items():
        how = "inferred" if i in ctx.inferred_rows else ("split" if i in glued else "ok")
        for c, v in zip(rows[i].cells, vals):
            ctx.put(c.id, v, how)


def _sums_hold(vals: list[CellValue]) -> bool:
    """A 表三 row's 总计 (last) equals the sum of its parts, where all are numbers."""
    if not all(v.is_number for v in vals):
        return True
    return sum(v.number for v in vals[:-1]) == vals[-1].number


def _label_block_then_numbers(ctx, rows, found, reads, k, assigned) -> set[int]:
    """Labels printed one after another without numbers, then one block of numbers for all of them
    (a table extracted column by column, or labels and numbers in two text runs): the block can be
    read row by row or column by column. A reading is taken only when it is the one that makes
    every row's 总计 equal the sum of its parts; otherwise the rows stay blank and are reported.
    Returns the rows handled here."""
    order = sorted(found, key=lambda i: found[i][0])
    handled: set[int] = set()
    for idx, i in enumerate(order):
        r = reads[i]
        n = len(r.nums) // k if r.nums and len(r.nums) % k == 0 else 0
        if n < 2 or r.status != "groups" or idx + 1 < n:
            continue
        run = order[idx - n + 1: idx + 1]
        if any(reads[j].status != "detached" for j in run[:-1]) or run != sorted(run):
            continue
        vals = [_val(f) for f in r.nums]
        by_row = [vals[m * k:(m + 1) * k] for m in range(n)]
        by_col = [[vals[c * n + m] for c in range(k)] for m in range(n)]
        ok_row = all(_sums_hold(v) for v in by_row)
        ok_col = all(_sums_hold(v) for v in by_col)
        names = "、".join(rows[j].label for j in run[:4]) + ("等" if len(run) > 4 else "")
        cells = [c.id for j in run for c in rows[j].cells]
        handled.update(run)
        if by_row == by_col or (ok_row and not ok_col):
            chosen, how = by_row, "逐行"
        elif ok_col and not ok_row:
            chosen, how = by_col, "逐列"
        else:
            why = "按行读和按列读都能满足各行合计" if ok_row else "按行读和按列读都不能满足各行合计"
            ctx.note("ambiguous", f"表三 {n} 行（{names}）的行名连续排列，其后是一整块 {len(vals)} 个数字；{why}，"
                                  f"无法确定对应关系，已留空，请按原表填写。", cells)
            continue
        for j, v in zip(run, chosen):
            assigned[j] = v
            ctx.inferred_rows.add(j)
        ctx.note("ambiguous", f"表三 {n} 行（{names}）的行名连续排列，数字在其后成一整块；只有{how}读取时各行的"
                              f"“总计＝各列之和”都成立，已按{how}对应（请核对）。", cells)
    return handled


def _group_only_rows(ctx, fd, rows, found, stops, assigned, start, end, k) -> None:
    """A group (e.g. 2021 （六）其他处理) published as one row of its own, without its items.

    The items are non-negative counts, so a group row of zeros means every item is zero; any
    other numbers cannot be split among the items and are only reported.
    """
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        path = r.cells[0].row_labels
        if len(path) >= 2 and len(path) == 3:
            groups.setdefault(path[-2], []).append(i)
    for g, items in groups.items():
        if any(i in found for i in items):
            continue
        occ = fd.find_all(g, start, end)
        if not occ:
            continue
        s, e = occ[0]
        stop = next((p for p in stops if p > s and p >= e), end)
        r = read_row(read_fields(fd.text[e:stop]), k)
        if r.values is None or r.status not in ("ok", "positional"):
            continue
        cells = [c.id for i in items for c in rows[i].cells]
        if all(v.is_number and v.number == 0 for v in r.values):
            for i in items:
                assigned[i] = list(r.values)
            ctx.note("ambiguous", f"原文“{g}”只有一行合计数字且全部为 0，因此其下各项（"
                                  + "、".join(rows[i].label for i in items) + "）均填 0。", cells)
        else:
            ctx.note("ambiguous", f"原文“{g}”只有一行合计数字（{'／'.join(str(v) for v in r.values)}），"
                                  f"无法分到其下各项，已留空，请按实际情况填写。", cells)


def _row_total_ok(parts: tuple[str, ...]) -> bool:
    vals = [int(p) for p in parts]
    return sum(vals[:-1]) == vals[-1]


def _assign_orphans(ctx, rows, stream, assigned, glued) -> None:
    stream.sort(key=lambda t: t[0])
    inferred: set[int] = set()
    run: list[list[CellValue]] = []
    prev_idx = -1
    todo = []
    for _pos, idx, vals in stream + [(10 ** 12, len(rows), [])]:
        if idx is None:
            run.append(vals)
            continue
        if run:
            todo.append((prev_idx, idx, run))
            run = []
        prev_idx = idx
    for a, b, groups in todo:
        lo, hi = min(a, b), max(a, b)
        free = [i for i in range(lo + 1, hi) if i not in assigned and i not in glued]
        cells = [c.id for i in free for c in rows[i].cells]
        if len(free) == len(groups) and b > a and not all(_sums_hold(g) for g in groups):
            ctx.note("ambiguous", f"表三有 {len(groups)} 组数字与行名分开排列，按表格顺序对应时有的行“总计＝各列之和”不成立，"
                                  f"对应关系不可靠，已留空：" + "、".join(rows[i].label for i in free) + "。", cells)
        elif len(free) == len(groups) and b > a:
            for i, g in zip(free, groups):
                assigned[i] = g
                inferred.add(i)
            ctx.note("ambiguous", "表三以下各行的数字与行名在原文中分开排列，按表格顺序对应："
                                  + "、".join(rows[i].label for i in free) + "（请核对）。", cells)
        else:
            ctx.note("ambiguous", f"表三有 {len(groups)} 组数字找不到对应的行名，无法确定位置，已忽略。", cells)
    ctx.inferred_rows |= inferred


def _resolve_glued_t3(ctx: Ctx, t: TableSpec, rows: list[RowSpec], assigned, glued) -> None:
    if not glued:
        return
    codes = [r.code for r in rows]
    cols = list(t.col_codes)

    def relations_ok(vals: dict[str, list[int]]) -> bool:
        for ci in range(len(cols)):
            def v(code):
                row = vals.get(code)
                return None if row is None else row[ci]  # noqa: B023 - called in this iteration only
            new, car, tot, nxt = v("new"), v("carried"), v("results_total"), v("carry_next")
            if None not in (new, car, tot, nxt) and new + car != tot + nxt:
                return False
            parts = [v(c) for c in codes if c not in ("new", "carried", "results_total", "carry_next")]
            if tot is not None and None not in parts and sum(parts) != tot:
                return False
        return True

    known: dict[str, list[int]] = {}
    for i, vals in assigned.items():
        if all(v.is_number and v.number == v.number.to_integral_value() for v in vals):
            known[rows[i].code] = [int(v.number) for v in vals]
    amb = {i: c for i, c in glued.items() if c}
    keys = list(amb)
    total = 1
    for i in keys:
        total *= len(amb[i])
    survivors = []
    if total <= 20000:
        for combo in product(*(amb[i] for i in keys)):
            vals = dict(known)
            for i, parts in zip(keys, combo):
                vals[rows[i].code] = [int(p) for p in parts]
            if relations_ok(vals):
                survivors.append(combo)
                if len(survivors) > 50:
                    break
    unique: list[tuple[int, str, tuple[str, ...]]] = []
    for n, i in enumerate(sorted(keys)):
        n = keys.index(i)
        options = {s[n] for s in survivors}
        row = rows[i]
        glue = "".join(amb[i][0])
        if len(options) == 1:
            parts = options.pop()
            assigned[i] = [number(Decimal(p)) for p in parts]
            if len(amb[i]) == 1:
                unique.append((i, glue, parts))
            else:
                ctx.note("ambiguous", f"表三“{row.label}”的数字连在一起（{glue}），有 {len(amb[i])} 种拆分满足本行合计；"
                                      f"按各列勾稽关系取 {'／'.join(parts)}（把握中等，请核对）。", [c.id for c in row.cells])
        elif not survivors and len(amb[i]) == 1:
            parts = amb[i][0]
            assigned[i] = [number(Decimal(p)) for p in parts]
            ctx.note("ambiguous", f"表三“{row.label}”的数字连在一起（{glue}），按“总计＝各列之和”拆分为 {'／'.join(parts)}；"
                                  f"但全表的勾稽关系不成立，请核对原文。", [c.id for c in row.cells])
        else:
            why = ("没有一种拆分能同时满足各列的勾稽关系" if not survivors
                   else f"仍有 {len(options)} 种拆分都满足表格的合计关系")
            ctx.note("ambiguous", f"表三“{row.label}”的数字连在一起（{glue}），{why}，已留空，请按原文填写。",
                     [c.id for c in row.cells])
    if unique:
        eg = "；".join(f"{g} → {'／'.join(p)}" for _, g, p in unique[:2])
        ctx.note("info", f"表三有 {len(unique)} 行的数字连在一起（如 {eg}），每行只有一种拆分满足“总计＝各列之和”且全表勾稽关系成立，"
                         f"已按此拆分（把握较高）。", [c.id for i, _, _ in unique for c in rows[i].cells])


# -------------------------------------------------------------------------------------- 表四

def fill_t4(ctx: Ctx, fd: Finder, start: int, end: int) -> None:
    t = ctx.doc.spec.table("t4")
    cells = list(t.cells)
    k = len(cells)
    seg = fd.text[start:end]
    fields = read_fields(seg)
    nums = [f for f in fields if f.kind in (NUM, NA)]
    ids = [c.id for c in cells]
    groups = [(s.target, list(s.parts)) for s in t.sums]
    at_end = end >= len(fd.text) and not _first(fd, _S5 + _S6, start)

    def put_all(vals, how="ok"):
        for c, v in zip(cells, vals):
            ctx.put(c.id, v, how)

    def sums_ok(vals: list[CellValue]) -> bool:
        m = dict(zip(ids, vals))
        for target, parts in groups:
            if any(not m[p].is_number for p in parts + [target]):
                continue
            if sum(m[p].number for p in parts) != m[target].number:
                return False
        return True

    if not nums:
        ctx.note("missing", "表四：未找到数字。", ids)
        return
    # positional line (tab/pipe separated with empty cells)
    by_line: dict[int, list[Field]] = {}
    for f in fields:
        if f.is_cell:
            by_line.setdefault(f.line, []).append(f)
    if len(nums) < k:
        for _line, fs in by_line.items():
            if len(fs) == k and {id(f) for f in nums} <= {id(f) for f in fs}:
                put_all([_val(f) for f in fs], "positional")
                return
    if len(nums) == k:
        vals = [_val(f) for f in nums]
        ids_ = [id(f) for f in fields]
        first, last = ids_.index(id(nums[0])), ids_.index(id(nums[-1]))
        contiguous = all(f.kind != OTHER for f in fields[first:last + 1])
        if sums_ok(vals) or contiguous:
            put_all(vals)
            return
        reordered = _t4_reorder(nums, groups, ids)
        if len(reordered) == 1:
            put_all(reordered[0], "inferred")
            ctx.note("ambiguous", "表四的数字在原文中与表头交错排列；按“总计＝结果维持＋结果纠正＋其他结果＋尚未审结”"
                                  "确定了唯一的对应关系（请核对）。", ids)
            return
        put_all(vals)
        ctx.note("ambiguous", "表四的数字在原文中与表头交错排列，按出现顺序读取；合计关系不成立，请核对原文。", ids)
        return
    if len(nums) > k:
        lines = [fs for fs in by_line.values() if len([f for f in fs if f.kind in (NUM, NA)]) == k]
        if len(lines) == 1:
            put_all([_val(f) for f in lines[0] if f.kind in (NUM, NA)])
            return
        ctx.note("ambiguous", f"表四：找到 {len(nums)} 个数字，应为 {k} 个，无法确定对应关系，已留空。", ids)
        return
    if all(f.kind == NUM for f in nums) and any(f.plain_int and len(f.text) > 1 for f in nums):
        cands = [c for c in split_candidates([f.text for f in nums], k)
                 if sums_ok([number(Decimal(p)) for p in c])]
        if len(cands) == 1:
            put_all([number(Decimal(p)) for p in cands[0]], "split")
            ctx.note("ambiguous", "表四的数字连在一起，按合计关系拆分为 " + "／".join(cands[0]) + "（请核对）。", ids)
            return
        if cands:
            ctx.note("ambiguous", f"表四的数字连在一起，有 {len(cands)} 种拆分都满足合计关系，已留空。", ids)
            return
    if at_end:
        put_all([_val(f) for f in nums])
        ctx.t4_cut = True
        ctx.note("missing", f"表四：原文在此中断，只读到 {len(nums)} 个数字。", ids[len(nums):])
        return
    ctx.note("ambiguous", f"表四：只找到 {len(nums)} 个数字，应为 {k} 个，无法确定各属哪一列，已留空。", ids)


def _t4_reorder(nums: list[Field], groups, ids) -> list[list[CellValue]]:
    """Interleaved 表四 (PDF text): find the unique way to read the 15 numbers as three groups of
    four parts (kept in their order) each followed somewhere by its total."""
    vals = [Decimal(f.text) for f in nums if f.kind == NUM]
    if len(vals) != len(nums):
        return []
    n = len(vals)
    g = len(groups)
    per = len(groups[0][1]) if groups else 0
    if n != g * (per + 1):
        return []
    from itertools import combinations, permutations
    results = set()
    for chosen in combinations(range(n), g):
        rest = [i for i in range(n) if i not in chosen]
        parts = [rest[j * per:(j + 1) * per] for j in range(g)]
        for tot_pos in permutations(chosen):
            # each group's total comes after its first part
            if all(sum(vals[i] for i in parts[j]) == vals[tot_pos[j]] and tot_pos[j] > parts[j][0]
                   for j in range(g)):
                seq = []
                for j in range(g):
                    seq.extend(vals[i] for i in parts[j])
                    seq.append(vals[tot_pos[j]])
                results.add(tuple(seq))
    return [[number(v) for v in r] for r in results]


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


def table_regions(fd: Finder) -> dict[str, tuple[int, int]]:
    """Where 表二, 表三 and 表四 lie in the text (original offsets); absent tables are left out."""
    n = len(fd.text)
    t3 = _first(fd, _T3_START)
    if t3 is None:
        hit = fd.find_fuzzy("一、本年新收政府信息公开申请数量")
        t3 = hit[0] if hit else None
    t2 = _first(fd, _T2_START, 0, t3)
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


def fill_tables_from_text(doc: Document, text: str, prose_numbers=(), fd: Finder | None = None) -> tuple[list[ImportNote], dict]:
    """Fill the document's tables from flattened text. Returns (notes, info)."""
    fd = fd or Finder(clean_text(text))
    notes: list[ImportNote] = []
    ctx = Ctx(doc, notes, frozenset(prose_numbers))
    regions = table_regions(fd)
    n = len(fd.text)
    # the text is cut inside a table when the last table found runs to the end of the text
    last = max(regions.values(), key=lambda r: r[0]) if regions else None
    if last and last[1] >= n and last is not regions.get("t4") and not _first(fd, _S5 + _S6, last[0]):
        ctx.truncated_at = n
    if "t2" in regions:
        fill_t2(ctx, fd, *regions["t2"])
    if "t3" in regions:
        fill_t3(ctx, fd, *regions["t3"])
    if "t4" in regions:
        fill_t4(ctx, fd, *regions["t4"])
    info = {"regions": regions, "truncated": ctx.truncated_at is not None or ctx.t4_cut, "placed": ctx.placed}
    return notes, info


# ------------------------------------------------------------------------ rows from real tables

def fill_from_rows(doc: Document, rows: list[list[str]], table_key: str) -> list[ImportNote]:
    """Fill one table of ``doc`` from the rows of a real table (DOCX/HTML), each a list of cell texts.

    Rows that have exactly one entry per grid column of the official table (merged cells repeated
    or left empty, as python-docx gives them) are read by grid position: the row is identified by
    its label (fuzzy), each value is taken from the grid column of its cell. Other rows are joined
    into tab-separated text and read with the plain-text engine, so labels are matched fuzzily and
    empty cells keep their position. Returns the notes for the import report.
    """
    t = doc.spec.table(table_key)
    notes: list[ImportNote] = []
    ctx = Ctx(doc, notes)
    rows = [[(c or "") for c in row] for row in rows]
    if _fill_grid(ctx, t, rows):
        return notes
    lines = ["\t".join(c.replace("\t", " ").replace("\n", "") if c.strip() else " " for c in row) for row in rows]
    fd = Finder("\n".join(lines))
    n = len(fd.text)
    {"t2": fill_t2, "t3": fill_t3, "t4": fill_t4}[table_key](ctx, fd, 0, n)
    return notes


def _fill_grid(ctx: Ctx, t: TableSpec, rows: list[list[str]]) -> bool:
    """Read rows laid out on the official grid; False if the rows are not on that grid."""
    import difflib

    grid_rows = [r for r in rows if len(r) == t.n_cols]
    if not grid_rows or len(grid_rows) < len(rows) / 2:
        return False
    specs = table_rows(t)
    if t.label_cols == 0:  # 表四: the value row is the last row holding numbers
        data = [r for r in grid_rows if any(classify(c).kind == NUM for c in r)]
        if not data:
            ctx.note("missing", f"{t.name}：未找到数字。", [c.id for c in t.cells])
            return True
        _put_grid_row(ctx, specs[0], data[-1])
        return True
    keys = [norm(r.label) for r in specs]
    shorts: dict[str, list[int]] = {}
    for j, r in enumerate(specs):
        for f in short_forms(r.label) + list(other_format_forms(t.key, r.label)):
            shorts.setdefault(f, []).append(j)
    done: set[int] = set()
    for r in grid_rows:
        # deepest non-empty label cell (merged label cells may be repeated or left empty)
        label = next((norm(x) for x in reversed(r[:t.label_cols]) if norm(x)), "")
        if label in keys:
            i = keys.index(label)
        elif len(shorts.get(label, ())) == 1:
            i = shorts[label][0]  # printed without its ordinal or remark
        else:
            scores = [difflib.SequenceMatcher(None, label, k).ratio() for k in keys]
            best = max(range(len(keys)), key=lambda j: scores[j])
            if scores[best] < 0.8:
                continue
            i = best
        # the grid row must have value cells where this row has them
        if i in done:
            continue
        if not any(classify(r[c.grid[1]]).kind in (NUM, NA) for c in specs[i].cells) and \
                all(norm(r[c.grid[1]]) == label for c in specs[i].cells):
            continue  # a header/title row that merely repeats the label
        done.add(i)
        _put_grid_row(ctx, specs[i], r)
    off_grid = [r for r in rows if len(r) != t.n_cols]
    if off_grid and len(done) < len(specs):
        _fill_off_grid(ctx, t, specs, done, rows)
    missing = [c.id for i, s in enumerate(specs) if i not in done for c in s.cells]
    if missing:
        ctx.note("missing", f"{t.name}有 {len(set(missing)) // max(1, len(specs[0].cells))} 行在原表中未找到，已留空。", missing)
    return True


def _fill_off_grid(ctx: Ctx, t: TableSpec, specs: list[RowSpec], done: set[int], rows: list[list[str]]) -> None:
    """Rows of a real table that are not on the official grid (a part split off at a page break
    with other merges): read with the text engine from the whole table's text; only rows the grid
    reading did not find are taken, with the notes about them."""
    scratch = Document(ctx.doc.format_id)
    sub = Ctx(scratch, [])
    lines = ["\t".join(c.replace("\t", " ").replace("\n", "") if c.strip() else " " for c in row) for row in rows]
    fd = Finder("\n".join(lines))
    {"t2": fill_t2, "t3": fill_t3}[t.key](sub, fd, 0, len(fd.text))
    added: set[int] = set()
    for i, row in enumerate(specs):
        if i in done:
            continue
        got = [(c, scratch.value(c.id)) for c in row.cells]
        if all(v.is_blank for _c, v in got):
            continue
        done.add(i)
        added.add(i)
        for c, v in got:
            if not v.is_blank:
                ctx.put(c.id, v, sub.placed.get(c.id, "ok"))
    ids = {c.id for i, r in enumerate(specs) if i in added for c in r.cells}
    ctx.notes.extend(n for n in sub.notes if set(n.cells) & ids and n.level != "missing")


def _put_grid_row(ctx: Ctx, row: RowSpec, cells: list[str]) -> None:
    for c in row.cells:
        f = classify(cells[c.grid[1]])
        if f.kind in (NUM, NA):
            ctx.put(c.id, _val(f))
        elif f.kind == OTHER:
            ctx.put(c.id, parse_value(cells[c.grid[1]].strip()))
            ctx.note("ambiguous", f"“{c.name}”单元格是文字“{cells[c.grid[1]].strip()}”，不是数字，按原样保留。", [c.id])


def convert_yuan_amounts(doc: Document, text: str) -> list[ImportNote]:
    """Amount cells are in 万元; a value the source printed with the unit 元 (e.g. "251000元")
    is converted (÷10000) and reported as ambiguous, never silently read as 万元."""
    notes: list[ImportNote] = []
    flat = unicodedata.normalize("NFKC", text)
    for c in doc.spec.cells.values():
        v = doc.value(c.id)
        if c.unit != "万元" or not v.is_number or v.number == 0:
            continue
        pat = re.compile(r"(?<![\d.])" + re.escape(v.text) + r"(?:\.0+)?\s*元")
        hits = [m for m in pat.finditer(flat) if not flat[max(0, m.start() - 1):m.start()].endswith("万")]
        if hits and not re.search(r"(?<![\d.])" + re.escape(v.text) + r"\s*万元", flat):
            new = number(v.number / Decimal(10000))
            doc._put(c.id, new)
            notes.append(ImportNote("ambiguous", f"“{c.name}”原文写作“{v.text}元”，单位为元；已换算为{new.text}万元，请核对。",
                                    (c.id,)))
    return notes
