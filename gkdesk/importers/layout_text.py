"""Numbers wrapped inside a narrow table cell of a PDF, as `pdftotext -layout` prints them.

A 4-digit number in a narrow column is printed over two or three lines of its cell ("300" above
"1", or "30" / "0" / "1"); in the text each piece stands on its own line, in the same column. Read
line by line, "300" and "1" would be two numbers (and 3001 a wrong 300). Here the lines of a table
that hold numbers are taken in runs (consecutive non-empty lines); where a number of one line
stands in the same columns as a number of the next line, the run is read in every way its lines
can form rows (each line its own row, or lines joined, the pieces of each column concatenated top
to bottom). A reading is taken only when it is the only one in which every row satisfies the
table's own arithmetic (a 表三 row: the 总计 column is the sum of the others; the 表四 row: each
block's 总计 is the sum of its four results). Otherwise the stacked numbers are replaced by the
marker ``UNREADABLE`` — the row stays blank and the import report says why. A run read in a few
ways, every row of each adding up, is listed for the whole table (``Choices``): the text reader
(``text._settled_by_table``) takes the one way under which every identity of 表三/表四 holds, when
exactly one does and every cell in which the ways differ is checked by one; else blank as before.

Text that is not laid out in columns (no line with numbers after a wide gap) is returned unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import combinations

from ..core.values import parse_value
from .rows import UNREADABLE

_TOKEN = re.compile(r"\S+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: label text: CJK characters and CJK punctuation ("、" of "一、本年新收…" printed one character a
#: line), not a full-width mark ("／", "－") nor a digit
_LABEL_TEXT = re.compile(r"[\u3001-\u303f\u4e00-\u9fff\uff01-\uff0c\uff0e\uff1a-\uff20“”‘’]")
#: a number or a piece of one, its thousands separator included ("2,5" over "22": 2,522)
_NUMBER = re.compile(r"^\d+(?:,\d*)*(?:\.\d+)?$")
#: a number standing in a column: preceded by at least two spaces (or the line start after indent)
_GAP = re.compile(r"(?:^|\s{2,})(\d+(?:,\d*)*(?:\.\d+)?)(?=\s|$)")
#: a cell after a gap `pdftotext -layout` pads: two ASCII spaces at least (then maybe a full-width
#: space of the cell's own). pdfminer's text sets one space between the boxes it puts on one line,
#: next to the full-width spaces a clerk padded a number with ("０ \u3000０ \u30000"): no layout
_LAYOUT_GAP = re.compile(r"(?:^|[ \t]{2,}\s*)(\d+(?:,\d*)*(?:\.\d+)?)(?=\s|$)")
MAX_WRAP = 5  # a number wraps over at most this many lines of its cell
#: the lines one row's pieces may stand on: cells of one row are centred in it, and a number
#: wrapped over fewer lines than its neighbour stands half a line off its pieces ("30264" over
#: five lines, "14" beside it on the lines between: the row takes 2 * 5 - 1 lines of the text)
ROW_LINES = 2 * MAX_WRAP - 1


_WIDE_DIGIT = re.compile(r"[\uff10-\uff19]")


def _line_starts(lines: list[str]) -> list[int]:
    """The offset of each of ``lines`` in the text they were split from by "\n", and one past the
    end (``starts[n + 1]`` is where line n's next line begins)."""
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    return starts


def _stands(line: str, start: int, token: str) -> bool:
    """The token at ``start`` stands in a column of its own: at the line start or after a gap of
    two spaces. Full-width digits ("３０ ５３") are drawn two characters wide but printed as one
    character each, so next to them one space is a gap too."""
    if line[max(0, start - 2):start] == "  " or not line[:start].strip():
        return True  # after a gap, or with nothing but the indent before it
    if line[start - 1] != " ":
        return False
    if _WIDE_DIGIT.match(token[0]) or _WIDE_DIGIT.match(line[start - 2]):
        return True
    # one space after a number standing in its column ("30 53 0  0" in narrow columns): the
    # least pdftotext writes between two words, so two cells drawn close together
    prev = line.rfind(" ", 0, start - 1) + 1
    word = line[prev:start - 1]
    return bool(_NUMBER.match(word)) and word.isascii() and _NUMBER.match(token) is not None and _stands(
        line, prev, word)


#: the first piece of an amount wrapped at its decimal point in a narrow cell ("１９８．" over "６":
#: 198.6); a piece only, never a number of its own (``_join`` takes no column ending so)
_CUT_AT_POINT = re.compile(r"^\d+\.$")


def _numbers(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the numbers standing in columns of a line (after a gap of 2+ spaces),
    and the pieces of amounts cut at their decimal point standing so with nothing but cells after
    them (a label's ordinal "1." has its text after it)."""
    out = []
    words = list(_TOKEN.finditer(line))
    for i, m in enumerate(words):
        t = unicodedata.normalize("NFKC", m.group())  # full-width digits ("０") are digits
        if not (t.isascii() and _stands(line, m.start(), m.group())):
            continue
        if _NUMBER.match(t) or (_CUT_AT_POINT.match(t) and all(
                _NUMBER.match(unicodedata.normalize("NFKC", w.group())) or _MARK.match(w.group()) for w in words[i + 1:])):
            out.append((m.start(), m.end(), t))
    return out


_MARK = re.compile(r"^(?:[-—–－―/／\\]{1,2}|无)$")
#: a 表二 cell: a count, an amount or a decrease ("-13" of 本年增/减)
_SIGNED = re.compile(r"^-?\d+(?:\.\d+)?$")


def _cells_on(line: str) -> int:
    """Numbers and not-applicable marks ("—", "/") standing in columns of a line."""
    return sum(1 for m in _TOKEN.finditer(line)
               if (_NUMBER.match(unicodedata.normalize("NFKC", m.group())) or _MARK.match(m.group()))
               and (m.start() == 0 or line[m.start() - 1] == " "))


def _overlap(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _stacked(upper, lower) -> bool:
    """Some number of one line stands in the column of a number of the other."""
    return any(_overlap(a, b) for a in upper for b in lower)


def _width(s: str) -> int:
    """Display cells of printed text: a full-width character (CJK, "１") is drawn two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _drawn(line: str, toks) -> list[tuple[int, int, bool]]:
    """(start, end, packed) of the half-width character cells the cells ``toks`` of a line are
    drawn over. `pdftotext -layout` writes each character of a word one position on, and a word
    one space after the word before it when the PDF draws them close together ("２９ ５３ ０":
    three cells of a narrow column packed one space apart): a full-width word takes half the
    positions it is drawn over, and the cells after it stand left of where they are drawn. A cell
    written one space after the cell before it (the least pdftotext writes) inside that one's drawn
    span ("５３" at 31 right after "２９" written at 28, drawn over 28–31), or one space after such a
    cell, is packed: it is drawn at ``start`` or anywhere right of it (up to the next cell not
    packed). A wider gap is the distance drawn: a cell after it stands where it is drawn."""
    out: list[tuple[int, int, bool]] = []
    for i, (s, e, _t) in enumerate(toks):
        w = _width(line[s:e])
        if i and s - toks[i - 1][1] == 1 and line[s - 1] == " ":
            # one space, the least pdftotext writes between words: placed after the word before
            # it, not where it is drawn (a wider gap is the drawn distance)
            _ps, pe, packed = out[-1]
            if pe + 1 > s or packed:
                out.append((max(s, pe + 1), max(s, pe + 1) + w, True))
                continue
        out.append((s, s + w, False))
    return out


def _over_mark(line: str, toks, other: str) -> bool:
    """Some number ``toks`` of ``line`` stands over a not-applicable mark ("/", "—") of the line
    ``other``, as written and as drawn: a cell holds a number or a mark, never both, so the two
    lines are not pieces of one row ("９ … ９" under "０ ０ / / ０ ３ ３" and over "０ / / / ０ ０ /":
    the "９" over the last "/" is not part of that row)."""
    cells = _cell_tokens(other)
    marks = [i for i, c in enumerate(cells) if not _NUMBER.match(c[2])]
    if not marks or not toks:
        return False
    drawn, mine = _drawn(other, cells), _drawn(line, toks)
    return any(_overlap(t, cells[i]) and d[0] < drawn[i][1] and drawn[i][0] < d[1]
               for t, d in zip(toks, mine) for i in marks)


def _packed(line: str, toks) -> bool:
    """Some cell of the line is packed against the one before it (see ``_drawn``)."""
    return any(d[2] for d in _drawn(line, toks))


def _columns(spans: list[tuple[int, int, object]]) -> list[frozenset]:
    """Groups of the ids of spans (start, end, id) standing over each other (overlapping, chained
    left to right)."""
    cols: list[set] = []
    end = -1
    for a, b, i in sorted(spans, key=lambda x: (x[0], x[1])):
        if cols and a < end:
            cols[-1].add(i)
            end = max(end, b)
        else:
            cols.append({i})
            end = b
    return [frozenset(c) for c in cols]


def _join_proven(group: list[tuple[str, list[tuple[int, int, str]]]]) -> bool:
    """The pieces of lines read as one row (``(line, cells)`` each) group into the same columns
    whether a cell is taken as the positions its characters are written on or as the half-width
    cells it is drawn over (a full-width "１２" is drawn four wide): only then does the geometry
    say which pieces stand over each other. A packed cell (``_drawn``) may be drawn anywhere from
    its place up to the next cell that is not: no piece of another line may stand there, nor over
    its written place."""
    written, drawn, zones = [], [], []
    for n, (line, toks) in enumerate(group):
        d = _drawn(line, toks)
        for i, (s, e, _t) in enumerate(toks):
            a, b, packed = d[i]
            if packed:
                nxt = next((d[j][0] for j in range(i + 1, len(toks)) if not d[j][2]), 10 ** 6)
                zones.append((n, (s, e), (a, max(b, nxt))))
                continue
            written.append((s, e, (n, i)))
            drawn.append((a, b, (n, i)))
    for n, (ws, we), (lo, hi) in zones:
        for m, (line, toks) in enumerate(group):
            if m != n and (any(lo < b and a < hi for a, b, _p in _drawn(line, toks))
                           or any(ws < e and s < we for s, e, _t in toks)):
                return False
    # two columns touching (no space between them) hold pieces of different lines — the cells of
    # one line are always apart: those lines are not written on one character grid (pdftotext
    # lays out parts of a row separately: "4" of one line squeezed between "92" and "92" of the
    # next, drawn left of both), so their order says nothing of where the cells are drawn
    ends = sorted((min(s for s, _e, p in written if p in c), max(e for _s, e, p in written if p in c))
                  for c in _columns(written))
    if any(e == s2 for (_s, e), (s2, _e2) in zip(ends, ends[1:])):
        return False
    return _columns(written) == _columns(drawn)


_LEADING_ZERO = re.compile(r"^0\d")


def _join(group: list[list[tuple[int, int, str]]]) -> list[str] | None:
    """The numbers of lines read as one row: the columns are the groups of pieces standing over
    each other (overlapping), each column's pieces concatenated top to bottom. None when two
    pieces of one line fall in one column (the lines cannot be one row), or more than MAX_WRAP."""
    pieces = sorted(((s, e, t, n) for n, line in enumerate(group) for s, e, t in line), key=lambda p: (p[0], p[3]))
    cols: list[list[tuple[int, int, str, int]]] = []
    end = -1
    for p in pieces:
        if cols and p[0] < end:
            cols[-1].append(p)
            end = max(end, p[1])
        else:
            cols.append([p])
            end = p[1]
    out = []
    for col in cols:
        if len({p[3] for p in col}) != len(col) or len(col) > MAX_WRAP:
            return None  # two pieces of one line in one column; a number wrapped over more lines
        out.append("".join(p[2] for p in sorted(col, key=lambda p: p[3])))
    if any(x.endswith(".") for x in out):
        return None  # an amount cut at its decimal point without its rest
    if any(_LEADING_ZERO.match(x) for x in out):
        return None  # a count never starts with 0 (an amount may: 0.95 万元)
    return out


def _value(x: str) -> float | None:
    """A joined cell's number; None for text, or for separators that do not group thousands
    ("25,22": pieces joined in the wrong order, or not one number — as a cell's value is parsed)."""
    if "," in x:
        v = parse_value(x)
        return float(v.number) if v.is_number else None
    try:
        return float(x)
    except ValueError:
        return None


def row_rule(spec):
    """check(numbers) -> True / False / None (no rule for a row of that many numbers), from the
    format's 表三 row totals and 表四 block totals."""
    t3 = spec.table("t3")
    k3 = len(t3.col_codes)
    t4 = spec.table("t4")
    ids4 = [c.id for c in t4.cells]
    blocks = [([ids4.index(p) for p in s.parts], ids4.index(s.target)) for s in t4.sums]

    def check(nums: list[str]) -> bool | None:
        v = [_value(x) for x in nums]
        if None in v:
            return None
        if len(v) == k3:
            return abs(sum(v[:-1]) - v[-1]) < 1e-9
        if len(v) == len(ids4):
            return all(abs(sum(v[p] for p in parts) - v[t]) < 1e-9 for parts, t in blocks)
        return None

    check.widths = (k3, len(ids4))  # type: ignore[attr-defined]
    # the sums of a row of each width, as (parts, total) column indexes (``sum_readings``)
    check.blocks = {k3: [(list(range(k3 - 1)), k3 - 1)], len(ids4): blocks}  # type: ignore[attr-defined]
    return check


def _sparse_lines(lines: list[str], strict_lines: set[int], check) -> set[int]:
    """The lines of the 表三/表四 spans that print empty cells: some line of the span holds fewer
    cells than a row has but stands alone (no number line right above or below it), so it is a
    row with empty cells, not the pieces of wrapped numbers. In such a table a line with fewer
    numbers than cells may be a row of its own."""
    widths = getattr(check, "widths", ())
    out: set[int] = set()
    span: list[int] = []
    for n in sorted(strict_lines) + [-2]:
        if span and n != span[-1] + 1:
            nums = {m: _cells_on(lines[m]) for m in span}
            if any(0 < nums[m] < max(widths, default=0) and not nums.get(m - 1) and not nums.get(m + 1)
                   and nums[m] not in widths for m in span):
                out.update(span)
            span = []
        span.append(n)
    return out


def join_wrapped_numbers(text: str, check, strict: list[tuple[int, int]] = (),
                         forms: tuple[str, ...] = (), table: Choices | None = None) -> tuple[str, list[str]]:
    """The text with wrapped numbers joined where exactly one reading fits the arithmetic, and the
    uncertain ones replaced by ``UNREADABLE``; plus a note (Chinese) per uncertain run. In the
    ``strict`` spans (offsets of 表三/表四, whose rows all have arithmetic) a row is settled only by
    its arithmetic; elsewhere (表二) also by being one line with its own label. ``table``: the
    runs read several ways are listed there, and read as it chooses (``Choices``)."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    strict_lines = {n for n in range(len(lines)) for a, b in strict if a <= starts[n] < b}
    sparse = _sparse_lines(lines, strict_lines, check)
    rows = label_rows(lines, forms)
    if not any(len(_LAYOUT_GAP.findall(ln)) >= 3 for ln in lines):
        return text, []
    cont = _continuations(lines, rows, forms, getattr(check, "widths", ()))  # (rows repaired in place)
    notes: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        run = [n for n in range(i, j) if _numbers(lines[n])]
        i = j
        while run and run[-1] in strict_lines:
            # the rests of numbers wrapped in the last row's cells may stand after a page break
            # and the header printed again ("３ … ３" / "４ … ４" / "３ … ３", the header, "４ … ４" /
            # "３ … ３" for 34343): the next number lines, when they carry no label and stand in
            # the columns of the row line above, are read with this run
            nxt = _pieces_after(lines, i, run[-1], strict_lines, rows, getattr(check, "widths", ()))
            if nxt is None:
                break
            run += nxt[0]
            i = nxt[1]
        toks = {n: _numbers(lines[n]) for n in run}
        # only runs where numbers of nearby number lines share a column need a decision
        if any(_stacked(toks[a], toks[b]) for x, a in enumerate(run) for b in run[x + 1:x + MAX_WRAP]):
            _decide(lines, run, toks, check, notes, strict_lines, sparse, rows=rows, cont=cont, table=table)
    return "\n".join(lines), notes


#: the most lines a header printed again at a page break (with the page's furniture) takes
_HEADER_LINES = 60


def _pieces_after(lines: list[str], i: int, last: int, strict_lines, rows, widths) -> tuple[list[int], int] | None:
    """(number lines, end) of the next stretch of non-empty lines after ``i`` (past empty lines
    and lines without numbers: a header printed again) when its first number line carries no
    label text, holds fewer cells than a row and each of its numbers stands in the column of a
    number of line ``last`` (the last number line above): the rests of numbers wrapped there."""
    if not widths:
        return None
    n = i
    while n < len(lines) and n - last <= _HEADER_LINES and not _numbers(lines[n]):
        if n in rows:
            return None  # a row label between: no rest of the row above
        n += 1
    if n >= len(lines) or n - last > _HEADER_LINES or n not in strict_lines or n in rows:
        return None
    toks, above = _numbers(lines[n]), _numbers(lines[last])
    if (_CJK.search(lines[n][:toks[0][0]]) or _cells_on(lines[n]) >= min(widths)
            or not all(any(_overlap(t, a) for a in above) for t in toks)):
        return None
    a = n
    while a > 0 and lines[a - 1].strip():
        a -= 1
    e = n
    while e < len(lines) and lines[e].strip():
        e += 1
    return [m for m in range(a, e) if _numbers(lines[m])], e


def _continuations(lines: list[str], rows: dict[int, int], forms: tuple[str, ...], widths) -> set[int]:
    """Number lines that carry the rest of the row line right above them: a line holding fewer
    cells than a row, right under a line holding a whole row's cells, each of its numbers standing
    in (or one character beside: the character grid rounds) a cell of that row, and no label of
    another row on it. The label text it carries, if any, is a continuation of that row's label or
    of a group label wrapped beside it ("四、结转下年度继续办理 10 … 10" over "结转   转下年   3 … 3",
    "（一）予以公开 ２ … ２" over "本年   予以公   １ … １": the second line repeats the first one's
    label in a narrow label column: its label text is then taken for that row's). Such a line is
    never a row of its own: its pieces belong to the numbers of the row above (103, 21) or, in a
    table whose cells are centred, of the row below; a reading that cannot take them in leaves
    the rows blank — not 10 or 2 with the pieces dropped. ``rows`` is repaired in place."""
    from .locate import norm

    if not widths:
        return set()

    def label(line: str) -> str:
        cells = _cell_tokens(line)
        first = _trailing_cells(line, cells)
        words = (line[:cells[first][0]] if first is not None else line).split()
        return norm(words[-1]) if words else ""

    out: set[int] = set()
    for n in range(1, len(lines)):
        nums, above = _numbers(lines[n]), _numbers(lines[n - 1])
        if (not nums or _cells_on(lines[n]) in widths or _cells_on(lines[n]) >= max(widths)
                or _cells_on(lines[n - 1]) not in widths or len(above) != _cells_on(lines[n - 1])):
            continue
        if not all(any(s - _SLACK < e2 and s2 < e + _SLACK for s2, e2, _t in above) for s, e, _t in nums):
            continue
        if n in rows and rows[n] != rows.get(n - 1):
            own, prev = label(lines[n]), label(lines[n - 1])
            # another row's label, unless it repeats the label of the row above: then it is
            # that row's label text (a narrow label column printing it again)
            if not own or not any(prev.endswith(f) and f.startswith(own) for f in forms):
                continue
            if n - 1 in rows:
                rows[n] = rows[n - 1]
            else:
                del rows[n]
        out.add(n)
    return out


def _snapped(line: str, toks, above, loose: bool = False) -> tuple[str, list[tuple[int, int, str]]]:
    """A continuation line (``_continuations``) and its numbers ``toks`` with each number that
    stands one character beside a cell of the row line ``above`` (the character grid rounds: "10"
    of a centred cell at 50, its wrapped "3" at 49) and in no cell of it moved into that cell —
    when that cell is the only one it is beside. Only half-width numbers standing clear of their
    neighbours are moved (their written width is their drawn width) — ``loose``: any number."""
    out = []
    for s, e, t in toks:
        near = [(s2, e2) for s2, e2, _t in above if s - _SLACK < e2 and s2 < e + _SLACK]
        if (len(near) == 1 and not any(s < e2 and s2 < e for s2, e2, _t in above) and (loose or (
                line[s:e].isascii() and line[max(0, s - 2):s].strip() == "" and line[e:e + 2].strip() == ""))):
            shift = near[0][0] - s if near[0][0] > s else near[0][1] - e
            line = line.ljust(e + 2)
            line = line[:s] + " " * (e - s) + line[e:]
            line = line[:s + shift] + t + line[e + shift:]
            out.append((s + shift, e + shift, t))
        else:
            out.append((s, e, t))
    return line, out


def _decide(lines, chain, toks, check, notes, strict_lines=frozenset(), sparse=frozenset(), part=False,
            rows=None, cont=frozenset(), printed=None, table=None) -> None:
    """Read one chain of number lines linked by shared columns (see the module doc). A line
    holding a whole row's cells with marks among them ("/ / / / / / 0": no sum to check) is a
    row of its own. ``part``: the chain is a part of a longer one (its lines had neighbours).
    ``cont``: the lines carrying the rest of the row line right above them (``_continuations``).
    ``printed``: the lines as printed, before any part of the chain was decided (a part left
    blank has its numbers replaced: its neighbours are still judged by what the page shows).
    ``table`` (``join_wrapped_numbers``): a chain read several ways, each row adding up, is listed
    in ``table.found`` with its number of readings, and read the way ``table.choices`` names."""
    widths = getattr(check, "widths", ())
    printed = list(lines) if printed is None else printed
    n = len(chain)
    memo: dict[tuple[int, int], list[str] | None] = {}
    memo_askew: dict[tuple[int, int], bool] = {}
    unsettled: set[int] = set()  # lines that may be rows of their own, but nothing confirms it
    # the chain's columns: its cells grouped where they stand over each other
    spans = sorted((s, e) for m in chain for s, e, _t in toks[m])
    cols: list[list[int]] = []
    for s, e in spans:
        if cols and s < cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], e)
        else:
            cols.append([s, e])

    def alone_may_be_row(m: int) -> bool:
        """Line ``m`` read alone could be a row with empty cells: where the chain shows a row's
        worth of columns, its 总计 (if printed) is the sum of its other cells."""
        if len(cols) not in widths:
            return True
        v = ["0"] * len(cols)
        for s, e, t in toks[m]:
            v[next(i for i, (a, b) in enumerate(cols) if s < b and a < e)] = t
        has_total = any(s < cols[-1][1] and cols[-1][0] < e for s, e, _t in toks[m])
        return not has_total or check(v) is True

    def span_of(m: int) -> int | None:
        """The row whose label's lines line ``m`` carries or stands between."""
        if not rows:
            return None
        if m in rows:
            return rows[m]
        above = next((k for k in range(m - 1, max(-1, m - 6), -1) if k in rows), None)
        below = next((k for k in range(m + 1, min(len(lines), m + 6)) if k in rows), None)
        return rows[above] if above is not None and below is not None and rows[above] == rows[below] else None

    def inside_label(m: int) -> bool:
        """Number line ``m`` (no text of its own) stands between two lines of one row label
        ("规范性文" / "1   5   0" / "件") and is the only number line there: that row's."""
        if not rows:
            return False
        above = next((k for k in range(m - 1, max(-1, m - 4), -1) if k in rows), None)
        below = next((k for k in range(m + 1, min(len(lines), m + 4)) if k in rows), None)
        return (above is not None and below is not None and rows[above] == rows[below]
                and not any(_numbers(printed[k]) for k in range(above + 1, below) if k != m))

    def whole_row(m: int) -> bool:
        """Line ``m`` holds a whole row's cells (marks among them, so no sum to check) and no
        piece of a wrapped number stands right above or below one of its numbers ("２５ １２ / /
        １ / /" over "２": 252, not 25)."""
        return _cells_on(printed[m]) in widths and not any(
            toks.get(m + d) and _cells_on(printed[m + d]) not in widths and _stacked(toks[m + d], toks[m])
            and not _over_mark(printed[m + d], toks[m + d], printed[m])  # pieces of another row
            for d in (-1, 1))

    def row(a: int, b: int) -> list[str] | None:
        """chain[a:b] read as one row, if that reading is settled (arithmetic, or one labelled line)."""
        if (a, b) not in memo:
            memo[(a, b)] = reading(a, b)
        return memo[(a, b)]

    multi: set[tuple[int, int]] = set()  # chain[a:b] read in order (``ordered``) several ways

    def ordered(a: int, b: int) -> list[str] | None:
        """chain[a:b] read as one row by its arithmetic alone (``sum_readings``), when the
        positions prove nothing: the only list of numbers that adds up, of every way its lines'
        pieces can go into the cells in order. Only for two or three lines of numbers (no mark,
        no separator), the first carrying the row's label and a number in every cell, the others
        rests of them only (no more pieces than the first has numbers other than 0), none
        carrying another row's label (the rest of a
        label wrapped in the label columns may stand before the numbers), no text among
        the numbers, in a table that prints no empty cell there (each cell gets a piece). Read
        several ways (or
        too many to try): listed in ``multi``, so that no other reading of the chain counts as
        the only one."""
        group = [chain[g] for g in range(a, b)]
        blocks = getattr(check, "blocks", {})
        if not 2 <= len(group) <= 3 or not blocks or any(m in sparse for m in group):
            return None
        # the lines carry the label of this row only (``reading``), its first line one (the
        # first pieces stand on the label's line, the rests below: a line of pieces above a
        # label line may be the rests of the row above); text before the numbers of the others
        # is the rest of a label wrapped in the label columns ("果  公开  ３  ０３"), never text
        # among the numbers
        if not rows or group[0] not in rows or any(
                _CJK.search(lines[m][toks[m][0][0]:]) for m in group):
            return None
        if any(len(_cell_tokens(lines[m])) != len(toks[m]) or not all(t[2].isdigit() for t in toks[m])
               for m in group):
            return None
        # the label's line prints every cell of the row, the lines below only rests of them: no
        # more pieces on a line than the first line has numbers other than 0 to continue (a
        # line holding more, or a whole row's cells, is a row of its own, not rests)
        heads = sum(1 for t in toks[group[0]] if t[2] != "0")
        if len(toks[group[0]]) not in widths or any(len(toks[m]) > heads for m in group[1:]):
            return None
        pieces = [[t[2] for t in toks[m]] for m in group]
        found: set[tuple[str, ...]] = set()
        for w in widths:
            if sum(map(len, pieces)) < w or w not in blocks:
                continue
            got = sum_readings(pieces, w, blocks[w])
            if got is None:
                multi.add((a, b))
                return None
            found |= got
        if len(found) > 1:
            multi.add((a, b))
        return list(next(iter(found))) if len(found) == 1 else None

    def askew(a: int, b: int) -> bool:
        """chain[a:b] read as one row another way that adds up: a continuation line's number one
        character beside a cell of the row line above it taken into that cell, a full-width one
        too (pdfplumber puts each character on its own grid and a full-width digit after CJK text
        drifts by a character: "７ … ７" at 43 over "２ … ２" at 42, which stands right over the "５"
        of the row below). Never a reading taken: only one that makes the geometry's reading
        uncertain."""
        if (a, b) not in memo_askew:
            memo_askew[(a, b)] = b - a > 1 and (any(
                chain[g] in cont and chain[g - 1] == chain[g] - 1 for g in range(a + 1, b)) and (
                (r := reading(a, b, loose=True)) is not None and r != row(a, b))
                # ... or read as one row that adds up, only the geometry not proving which pieces
                # stand over each other: not a reading taken, but the others are not the only one
                or row(a, b) is None and reading(a, b, unproven=True) is not None
                or row(a, b) is None and (a, b) in multi)
        return memo_askew[(a, b)]

    def ways(a: int, b: int) -> int:
        """How many readings chain[a:b] has as one row (0, 1 or 2)."""
        return (row(a, b) is not None) + askew(a, b)

    def reading(a: int, b: int, loose: bool = False, unproven: bool = False) -> list[str] | None:
        """chain[a:b] read as one row (``row``); ``loose``: a continuation line's numbers beside
        the cells above are moved into them whatever their width, and only the arithmetic counts."""
        got = None
        # the lines of one row never carry the labels of two rows (nor lie around a label's
        # first line with another row's label text above it)
        labelled = {rows[m] for m in range(chain[a], chain[b - 1] + 1) if m in rows} if rows else ()
        # ... and every number line standing within one row label's lines is that row's
        own = {span_of(chain[g]) for g in range(a, b)} - {None}
        split = bool(own) and any(span_of(m) in own for m in toks if toks[m] and m not in chain[a:b])
        # a continuation line is never a row of its own (it goes with the row above or below)
        if b - a <= ROW_LINES and len(labelled) <= 1 and not split and not (b - a == 1 and chain[a] in cont):
            parts = {chain[g]: (lines[chain[g]], toks[chain[g]]) for g in range(a, b)}
            for g in range(a + 1, b):
                if chain[g] in cont and chain[g - 1] == chain[g] - 1:
                    parts[chain[g]] = _snapped(lines[chain[g]], toks[chain[g]], toks[chain[g - 1]], loose)
            r = _join([parts[chain[g]][1] for g in range(a, b)])
            if r is not None and b - a > 1 and any(
                    _over_mark(parts[x][0], _cell_tokens(parts[x][0]), parts[y][0]) for x in parts for y in parts
                    if x != y):
                r = None  # a cell of one line over a mark of another: no cell holds both
            if loose or unproven:
                return r if r is not None and check(r) is True else None
            if r is not None and b - a > 1 and not _join_proven([parts[chain[g]] for g in range(a, b)]):
                r = None  # which pieces stand over each other is not proven
            v = None if r is None else check(r)
            if v is None and b - a > 1 and (o := ordered(a, b)) is not None:
                # the positions prove nothing (no reading, or one of another width than a
                # row's), the arithmetic one reading
                r, v = o, True
            if v is None and r is not None:
                v = _sum_with_marks([chain[g] for g in range(a, b)], lines, toks, r, widths)
            one = b - a == 1
            if r is not None and (v is True or (v is None and one and chain[a] not in strict_lines
                                                and (_CJK.search(lines[chain[a]]) or inside_label(chain[a])))
                                  or (v is None and one and whole_row(chain[a]))
                                  # a table printing empty cells: a line with fewer numbers
                                  # may be a row of its own, which makes joining it uncertain
                                  or (v is None and one and chain[a] in sparse
                                      and alone_may_be_row(chain[a]))):
                got = r
                if v is None and one and chain[a] in sparse and not (
                        whole_row(chain[a])
                        or chain[a] not in strict_lines and _CJK.search(lines[chain[a]])):
                    unsettled.add(a)
        return got

    # number of readings of the prefix / suffix (capped at 2: one or several is all that matters)
    fwd = [1] + [0] * n
    for i in range(1, n + 1):
        fwd[i] = min(2, sum(fwd[i - g] * ways(i - g, i) for g in range(1, ROW_LINES + 1) if i - g >= 0))
    steps = []
    if fwd[n] == 1:
        bwd = [0] * n + [1]
        for i in range(n - 1, -1, -1):
            bwd[i] = min(2, sum(bwd[i + g] * ways(i, i + g) for g in range(1, ROW_LINES + 1) if i + g <= n))
        i = 0
        while i < n:
            g = next(g for g in range(1, ROW_LINES + 1) if i + g <= n and ways(i, i + g) and bwd[i + g] == 1
                     and fwd[i] == 1)
            steps.append((i, g))
            i += g
    # the one reading goes through a row only a line askew reads: not settled
    askew_only = any(row(i, i + g) is None for i, g in steps)
    def apply(steps) -> None:
        """Write the reading ``steps`` ((first line, lines) of each row) into the lines."""
        for i, g in steps:
            if g > 1:
                members = [chain[m] for m in range(i, i + g)]
                r = row(i, i + g)
                frame = max(members, key=lambda m: (len(toks[m]), len(_cell_tokens(lines[m]))))
                marked = max(members, key=lambda m: len(_cell_tokens(lines[m])))
                in_order = _cells_in_order(members, lines, toks, r) if len(toks[frame]) < len(r) else None
                if in_order is not None and len(in_order) > len(r) and widths and len(in_order) == widths[0]:
                    # marks among the cells, some numbers on other lines in columns of their own
                    # ("657  241  /  8  8  16" over "930"): each cell in its place, left to right
                    for m in members:
                        if m != marked:
                            lines[m] = _replace(lines[m], toks[m], None)
                    first = _cell_tokens(lines[marked])[0][0]
                    lines[marked] = lines[marked][:first] + "  ".join(in_order)
                    continue
                for m in members:
                    if m != frame:
                        lines[m] = _replace(lines[m], toks[m], None)
                cells = _cell_tokens(lines[frame])
                if len(cells) > len(toks[frame]) == len(r) and _only_cells(lines[frame], cells):
                    # marks among the cells ("８２  ３５  /  /  ２  １  ８５"): each stays in its place
                    joined = iter(r)
                    lines[frame] = lines[frame][:cells[0][0]] + "  ".join(
                        next(joined) if _NUMBER.match(c[2]) else c[2] for c in cells)
                else:
                    lines[frame] = _replace(lines[frame], toks[frame], ["  ".join(r)] + [""] * (len(toks[frame]) - 1))

    if fwd[n] == 1 and not askew_only and not ((n > 1 or part) and any(g == 1 and i in unsettled for i, g in steps)):
        apply(steps)
        return
    # several readings or none: lines that are whole rows in every reading split the chain
    # (nor is a line whose continuation follows it: the pieces below may be its own)
    anchors = [i for i in range(n) if row(i, i + 1) is not None and check(row(i, i + 1)) is True and not any(
        ways(a, b) for a in range(max(0, i - ROW_LINES + 1), i + 1)
        for b in range(i + 1, min(n, a + ROW_LINES) + 1) if b - a > 1)
        and not (i + 1 < n and chain[i + 1] in cont and chain[i + 1] == chain[i] + 1)]
    if anchors:
        piece: list[int] = []
        for i in range(n + 1):
            if i == n or i in anchors:
                if piece:
                    _decide(lines, piece, toks, check, notes, strict_lines, sparse, rows=rows, cont=cont,
                            printed=printed, table=table)
                piece = []
            else:
                piece.append(chain[i])
        return
    # the lines on either side of a boundary carry the label text of two different rows, and no
    # settled row spans it: no row can (a row's pieces stand inside its own cell, below the label
    # line of the row above and above that of the row below), so the readings of the chain are
    # the readings of its parts taken together, each settled (or left blank) on its own — one
    # unreadable row no longer blanks the rows around it. Where the boundary is not proven so, a
    # part with no reading may hold pieces of its neighbour's rows: nothing is cut.
    cuts = [i for i in range(1, n)
            if rows and chain[i - 1] in rows and chain[i] in rows and rows[chain[i - 1]] != rows[chain[i]]
            and chain[i] not in cont and not any(ways(a, b) for a in range(max(0, i - ROW_LINES + 1), i)
                        for b in range(i + 1, min(n, a + ROW_LINES) + 1))]
    if cuts:
        for lo, hi in zip([0] + cuts, cuts + [n]):
            _decide(lines, chain[lo:hi], toks, check, notes, strict_lines, sparse, part=True, rows=rows, cont=cont,
                    printed=printed, table=table)
        return
    if table is not None and fwd[n] > 1 and not any(memo_askew.values()):
        # several readings, each row of each adding up: the whole table may tell which is printed
        alts = _readings(n, row, table.most)
        if alts is not None:
            key = tuple(chain)
            if key in table.choices:
                apply(alts[table.choices[key]])
                return
            table.found.append((key, len(alts)))
    shown = " / ".join(" ".join(t[2] for t in toks[m]) for m in chain)
    why = ("有多种拼接方式都满足合计关系" if fwd[n] > 1 else
           "只有把折行的数字错开一格拼接才满足合计关系" if askew_only else "没有一种拼接方式能满足合计关系")
    notes.append(f"表格中有数字在窄列中折行（{shown}），{why}，这些行已留空，请按原文填写。")
    for m in chain:
        stacked = [t for t in toks[m] if any(_overlap(t, o) for k in chain if k != m for o in toks[k])] or toks[m]
        lines[m] = _replace(lines[m], stacked, [UNREADABLE] * len(stacked))


class Choices:
    """The chains of number lines read several ways (``_decide``), for the whole table to choose
    from: ``found`` lists (chain, number of readings) of each met, ``choices`` names the reading to
    take for a chain (its index in ``_readings``' order); a chain read more than ``most`` ways is
    left blank."""

    def __init__(self, choices: dict | None = None, most: int = 4) -> None:
        self.choices = dict(choices or {})
        self.found: list[tuple[tuple[int, ...], int]] = []
        self.most = most


def _readings(n: int, row, most: int) -> list[list[tuple[int, int]]] | None:
    """Every reading of a chain of ``n`` number lines as rows (``row(a, b)``: lines a..b-1 read as
    one row, or None), each a list of (first line, lines); None when there are more than ``most``."""
    count = [0] * n + [1]
    for i in range(n - 1, -1, -1):
        count[i] = min(most + 1, sum(count[i + g] for g in range(1, ROW_LINES + 1)
                                     if i + g <= n and count[i + g] and row(i, i + g) is not None))
    if not 1 < count[0] <= most:
        return None
    out: list[list[tuple[int, int]]] = []

    def walk(i: int, steps: list[tuple[int, int]]) -> None:
        if i == n:
            out.append(steps)
            return
        for g in range(1, ROW_LINES + 1):
            if i + g <= n and count[i + g] and row(i, i + g) is not None:
                walk(i + g, steps + [(i, g)])

    walk(0, [])
    return out


def _sum_with_marks(group: list[int], lines: list[str], toks, joined: list[str], widths) -> bool | None:
    """The 表三 arithmetic of a row printing some cells as not-applicable marks ("８２  ３５  /  /
    ２  １  ８５" over "１ … ９": 821 + 35 + 2 + 1 = 859): the marks stand on one line of the group,
    which holds the row's every cell, the rightmost a number (the 总计, the last joined column),
    and the marks count as nothing in the sum. None when the row is not laid out so."""
    if not widths or not joined:
        return None
    k = widths[0]
    frame = max(group, key=lambda m: len(_cell_tokens(lines[m])))
    cells = _cell_tokens(lines[frame])
    marks = [t for t in cells if not _NUMBER.match(t[2])]
    if marks and len(cells) < k:
        # the line holding the marks lacks cells that other lines of the row hold in columns of
        # their own ("(七)总计  657  241  /  8  8  16" over "930" in the 总计 column, printed lower)
        got = _cells_in_order(group, lines, toks, joined)
        if got is None or len(got) != k or not _NUMBER.match(got[-1]):
            return None
        return abs(sum(float(x) for x in joined[:-1]) - float(joined[-1])) < 1e-9
    if (not marks or len(cells) != k or not _NUMBER.match(cells[-1][2]) or len(joined) + len(marks) != k
            or len(toks[frame]) != len(joined) or not _only_cells(lines[frame], cells)
            or any(not _NUMBER.match(t[2]) for m in group if m != frame for t in _cell_tokens(lines[m]))
            or max(e for m in group for _s, e, _t in toks[m]) > cells[-1][1] + _SLACK
            or not any(_overlap(t, cells[-1]) for m in group for t in toks[m] if m != frame) and len(group) > 1
            and cells[-1] not in toks[frame]):
        return None
    v = [_value(x) for x in joined]
    if None in v:
        return None
    return abs(sum(v[:-1]) - v[-1]) < 1e-9


def _cells_in_order(group: list[int], lines: list[str], toks, joined: list[str]) -> list[str] | None:
    """The cells of a row read from the lines ``group`` (``joined``: its numbers, ``_join``), with
    the not-applicable marks of its line holding the most cells in their places, left to right:
    the columns are that line's cells and the numbers of the other lines, grouped where they stand
    over each other. None when a number stands over a mark, a mark stands on another line, or the
    columns of numbers are not those of ``joined``."""
    frame = max(group, key=lambda m: len(_cell_tokens(lines[m])))
    cells = _cell_tokens(lines[frame])
    if not cells or not _only_cells(lines[frame], cells) or any(
            not _NUMBER.match(t[2]) for m in group if m != frame for t in _cell_tokens(lines[m])):
        return None
    spans = [(s, e, (frame, i)) for i, (s, e, _t) in enumerate(cells)]
    spans += [(s, e, (m, i)) for m in group if m != frame for i, (s, e, _t) in enumerate(toks[m])]
    out: list[str] = []
    nums = iter(joined)
    for col in _columns(spans):
        mark = [cells[i][2] for m, i in col if m == frame and not _NUMBER.match(cells[i][2])]
        if mark and len(col) > 1:
            return None  # a number over a mark: no cell holds both
        got = mark[0] if mark else next(nums, None)
        if got is None:
            return None
        out.append(got)
    return out if next(nums, None) is None else None


def _replace(line: str, toks, new) -> str:
    """The line with the numbers ``toks`` replaced by ``new`` (None: removed), right to left."""
    out = line
    repl = list(zip(toks, new)) if new is not None else [(t, "") for t in toks]
    for (s, e, _t), text in sorted(repl, key=lambda x: -x[0][0]):
        pad = "  " if text else " " * (e - s)
        out = out[:s] + (text + pad if text else pad) + out[e:]
    return out


# ------------------------------------------------------------------------------ wrapped labels

def _trailing_cells(line: str, cells) -> int | None:
    """Index of the first of ``cells`` from which the line holds nothing but cells to its end
    ("无   需要另行制作   6   6": the "无" of a wrapped group label is not a cell here)."""
    return next((i for i in range(len(cells))
                 if line[cells[i][0]:].split() == [line[s:e] for s, e, _t in cells[i:]]), None)


_ORDINAL = re.compile(r"^\(?[一二三四五六七八九十\d]")


def label_rows(lines: list[str], forms: tuple[str, ...]) -> dict[int, int]:
    """line -> the row (a running number) whose label text it carries, for the lines of a table
    carrying a row label's first piece or a continuation of the label above. The label piece of
    a line is its last word before the cells: the words left of it are group labels wrapped in
    their own column ("度办理结   供"). A piece is a label's first piece when it begins some row
    label (three characters at least, or an ordinal and one more: "（一" of （一）予以公开; "本年"
    of a wrapped group label 三、本年度办理结果 is not)
    and a continuation when the label text so far still begins one with it."""
    from .locate import norm

    def begins(x: str) -> bool:
        return any(f.startswith(x) for f in forms)

    def again(x: str) -> bool:
        """``x`` begins only the label just read, printed again ("（六）其他处理" over "其他处" / "理":
        a row label repeated in the narrow column of its merged group cell): still that row."""
        starts = [f for f in forms if f.startswith(x)]
        return bool(starts) and all(cur.endswith(f) for f in starts)

    out: dict[int, int] = {}
    cur, rid, rep = "", 0, None
    for n, ln in enumerate(lines):
        cells = _cell_tokens(ln)
        first = _trailing_cells(ln, cells)
        words = (ln[:cells[first][0]] if first is not None else ln).split()
        if not words:
            continue
        c = norm(words[-1])
        if cur and c and begins(cur + c):
            cur += c
            out[n] = rid
        elif cur and c and rep is not None and again(rep + c):
            rep += c
            out[n] = rid
        elif cur and len(c) >= 3 and any(cur.endswith(f) for f in forms) and again(c):
            rep = c
            out[n] = rid
        elif (len(c) >= 3 or len(c) == 2 and _ORDINAL.match(c)) and begins(c):
            rid += 1
            cur, rep = c, None
            out[n] = rid
        elif len(c) >= 3:
            cur, rep = "", None
    return out


def label_forms(spec) -> tuple[str, ...]:
    """Normalised row labels a row can end with: every official row label of the format and its
    forms without ordinal/remark when those are at least 4 characters (a 2-character short form
    such as "其他" ends too many fragments)."""
    from .locate import norm, short_forms, table_rows

    out: set[str] = set()
    for t in spec.tables:
        for r in table_rows(t):
            out.add(norm(r.label))
            out.update(f for f in short_forms(r.label) if len(f) >= 4)
    out.discard("")  # 表四's rows have no label
    return tuple(sorted(out, key=len, reverse=True))


def tie_wrapped_labels(text: str, forms: tuple[str, ...]) -> str:
    """A row label wrapped in a narrow column whose numbers stand on one of its first lines
    ("一、 58 7 0 0 1 0 66" over "本年" / "新收" / … / "数量", or "行政规范性" / "0 1 8" / "文件"): the
    label's remaining lines are moved before the numbers — one line at a time, and only while the
    label text so far is not yet a whole row label, so the label of a next row (printed without
    numbers) never takes these numbers. A label that never becomes whole is left as it is."""
    from .locate import norm

    lines = text.split("\n")
    if not in_columns(lines):
        return text
    longest = max(map(len, forms), default=0)

    def whole(s: str, tail: str = "") -> bool:
        """``s`` + ``tail`` ends with a whole row label that begins before ``tail`` (a label lying
        wholly in the tail is another row's, or a table's title and header)."""
        n, t = norm(s + tail), len(norm(tail))
        return bool(n) and any(n.endswith(f) and len(f) > t for f in forms)

    def cut_at(line: str) -> int | None:
        """Where the cells of a number line start (a line of tab-separated cells: its first tab)."""
        if "\t" in line:
            return line.index("\t")
        nums = _numbers(line)
        cells = _cell_tokens(line)  # marks too: "—  —  —  —  —  —  0" starts at its first "—"
        first = _trailing_cells(line, cells)
        if nums:
            return min(nums[0][0], cells[first][0]) if first is not None else nums[0][0]
        # a row printed with marks only ("—  —  —  —  —  —  —")
        return cells[first][0] if first is not None and len(cells) - first >= 2 else None

    i = 0
    while i < len(lines):
        cut = cut_at(lines[i])
        if cut is None:
            i += 1
            continue
        # the label text so far: text-only lines just above (same block) and this line's own text
        head = []
        k, size = i - 1, 0
        # (only the last ``longest`` characters can end a row label: a block of thousands of
        # short lines above — PDFium's text of 表三's header note, two characters a line, once per
        # column — is not joined for every number line)
        while k >= 0 and lines[k].strip() and cut_at(lines[k]) is None and size < longest:
            head.insert(0, lines[k].strip())
            size += len(norm(lines[k]))
            k -= 1
        own = lines[i][:cut].strip()
        label = "".join(head) + own
        if whole(label) or not _CJK.search(label + (lines[i + 1] if i + 1 < len(lines) else "")):
            i += 1
            continue
        tail, keep, at, j = [], [], [], i + 1
        # (a tail as long as the longest label can no longer end one that begins before it)
        while j < len(lines) and len(norm("".join(tail))) < longest:
            if not lines[j].strip() and tail:
                # the row broken by a page ("（二）部分公开（区分处理  0 / 0 …" / "的，只计这一情形，不计其",
                # the page's foot, "他情形）" at the next page's top): the label goes on after the
                # empty lines when the first line after them, label text only, ends it
                nxt = next((m for m in range(j, min(len(lines), j + _HEADER_LINES)) if lines[m].strip()), None)
                if nxt is None or cut_at(lines[nxt]) is not None or not _LABEL_TEXT.search(lines[nxt]):
                    break
                last, alt = lines[at[-1]], lines[at[-1]].split()
                if whole(label, "".join(tail) + lines[nxt].strip()):
                    pass
                elif (tail[-1] == last.strip() and len(alt) == 2 and len(alt[0]) <= 3
                      and whole(label, "".join(tail[:-1]) + alt[1] + lines[nxt].strip())):
                    # "理结果 的，只计这一情形，不计其": a group label's fragment one space from the tail
                    tail[-1], keep[-1] = alt[1], last[:last.rindex(alt[1])].rstrip()
                else:
                    break
                j = nxt
            if not (lines[j].strip() and cut_at(lines[j]) is None and _LABEL_TEXT.search(lines[j])):
                break
            # "开   禁止公开": the last line of a group label wrapped in the column to the left
            # stands beside the label's own tail; the fragment stays where it is
            chunks = re.split(r"\s{2,}", lines[j].strip())
            split = len(chunks) > 1 and len(chunks[0]) <= 3
            alt = lines[j].split()
            if (not split and len(alt) == 2 and len(alt[0]) <= 3
                    and whole(label, "".join(tail) + alt[1]) and not whole(label, "".join(tail) + "".join(alt))):
                chunks, split = alt, True  # "开 规禁止公开": the fragment one space from the tail
            tail.append(chunks[-1] if split else lines[j].strip())
            keep.append(lines[j][:lines[j].rindex(chunks[-1])].rstrip() if split else "")
            at.append(j)
            if whole(label, "".join(tail)):
                break
            j += 1
        if tail and whole(label, "".join(tail)):
            # a line of tab-separated cells keeps its first tab: its first cell may be printed empty
            rest = lines[i][cut:] if lines[i][cut:cut + 1] == "\t" else "  " + lines[i][cut:].lstrip()
            lines[i] = lines[i][:cut].rstrip() + "".join(tail) + rest
            for m, k in enumerate(at):
                lines[k] = keep[m]
            i = at[-1]
        elif _VERTICAL_HEAD.match(own):
            # a row label printed one character a line ("一" beside the numbers, then "、" / "本" /
            # "年" / …) that never becomes whole before the next numbers (a page's repeated header
            # between its characters): read in order, its text would take the next row's numbers
            # (本年新收 = 2 for 58). Its numbers are unreadable: the rows stay blank, with a note.
            j = i + 1
            while j < len(lines) and len(lines[j].strip()) == 1 and cut_at(lines[j]) is None:
                j += 1
            if j - i > 3:
                nums = _numbers(lines[i])
                lines[i] = _replace(lines[i], nums, [UNREADABLE] * len(nums))
                i = j - 1
        i += 1
    return "\n".join(lines)


#: the first character of a row label printed one character a line: an ordinal ("一", "（二")
_VERTICAL_HEAD = re.compile(r"^[（(]?[一二三四五六七八九十][、）)]?$")


# ------------------------------------------------------------------------ cells by column position

#: the character grid of `pdftotext -layout` rounds positions: one column's cells may start one
#: character apart (cells stand at least two characters apart)
_SLACK = 1


def _cell_tokens(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the numbers and not-applicable marks standing in columns of a line
    (after a gap of two spaces, or at the line start). A mark one space after a label's last
    character ("5.要求行政机关确认或重新 /   /   /"): the label's column is drawn wider than its
    characters count, so pdftotext leaves one space — it stands when a standing cell follows."""
    out = []
    words = list(_TOKEN.finditer(line))
    for i, m in enumerate(words):
        t = unicodedata.normalize("NFKC", m.group())
        if not _stands(line, m.start(), m.group()) and not (
                _MARK.match(m.group()) and m.group() != "无" and line[m.start() - 1] == " "
                and i + 1 < len(words) and _stands(line, words[i + 1].start(), words[i + 1].group())
                and _MARK.match(words[i + 1].group())):
            continue
        if (_NUMBER.match(t) and t.isascii()) or _MARK.match(m.group()):
            out.append((m.start(), m.end(), t if _NUMBER.match(t) else m.group()))
    return out


def in_columns(lines: list[str]) -> bool:
    """Some line holds at least three cells (numbers or not-applicable marks) standing in columns:
    the text is laid out as `pdftotext -layout` prints a table (a row printed with marks only,
    "—   —   —   ０", counts as much as one with numbers)."""
    return any(len(_cell_tokens(ln)) >= 3 for ln in lines)


def _anchor_cells(line: str, toks, cols) -> list[tuple[int, int, int | None, int, int]]:
    """(start, end, column, drawn start, drawn end) of an anchor line's cells; the column None
    where the cell is packed against the one before it (``_drawn``: where it is drawn is not
    known, so it places nothing)."""
    return [(t[0], t[1], None if d[2] else c, d[0], d[1]) for t, c, d in zip(toks, cols, _drawn(line, toks))]


def _place_line(n: int, toks, anchors: dict, k: int, drawn=None) -> list[str | None] | None:
    """The cells (by column) of line ``n`` when the anchor lines fix the column of each of its
    cells: the nearest anchor above that has a cell in the same position, and the nearest one
    below, name the same column. One side counts alone where it has no anchor with a cell there
    (its anchors are rows printing that column empty) — but never past a line holding every
    cell: one without a cell there shows the character grid moved. None when a cell is not
    fixed so, or two cells fall in one column."""
    above = sorted((m for m in anchors if m < n), reverse=True)
    below = sorted(m for m in anchors if m > n)
    if not above and not below:
        return None
    v: list[str | None] = [None] * k
    last = -1
    drawn = drawn or [(t[0], t[1], False) for t in toks]
    for t, d in zip(toks, drawn):
        got = []
        for side in (above, below):
            for m in side:
                # the cells of the anchor it stands under: exactly one, both as written and as
                # drawn (a full-width cell is drawn twice as wide as it is written), and not one
                # packed against its neighbour — else the geometry does not say which column
                written = {c for s, e, c, _a, _b in anchors[m] if _near(t, (s, e))}
                shown = {c for _s, _e, c, a, b in anchors[m] if _near(d, (a, b))}
                if written or shown:
                    if len(written) != 1 or written != shown or None in written:
                        return None
                    got.append(next(iter(written)))
                    break
                if len(anchors[m]) == k:
                    return None  # a line holding every cell has none here: the grid moved
        if not got or len(set(got)) != 1 or got[0] <= last:
            return None
        last = got[0]
        v[last] = t[2]
    return v


def _near(a, b) -> bool:
    """Two cells stand in one column (their spans overlap, give or take the grid's rounding)."""
    return a[0] - _SLACK < b[1] and b[0] - _SLACK < a[1]


def _only_cells(line: str, toks) -> bool:
    """Nothing but the cells stands between the first and the last cell of the line, and no number
    or not-applicable mark after the last: words one space apart ("0 0 / 0 0 0 /", PDFium's or
    pdfplumber's text) stand in no columns, so the ones that seem to (the first two zeros) are
    not the line's only cells — placing them would drop the rest ("/" under 科研机构 read as the
    0 after it)."""
    if len(line[toks[0][0]:toks[-1][1]].split()) != len(toks):
        return False
    return not any(_NUMBER.match(unicodedata.normalize("NFKC", w)) or _MARK.match(w)
                   for w in line[toks[-1][1]:].split())


def layout_cells(cleaned: str, spec, place: bool = True, pages: set[int] = frozenset(),
                 table: Choices | None = None) -> tuple[str, list[str]]:
    """The table cells of `pdftotext -layout` text made explicit for the text engine: 表三/表四
    number lines placed by column position where the positions determine the columns
    (``place_by_columns``), the other wrapped numbers joined where the arithmetic settles them
    (``join_wrapped_numbers``), wrapped row labels tied to their numbers. ``pages``: the empty
    lines of ``cleaned`` standing where the PDF's pages break (``text.page_breaks``; ``clean_text``
    takes the form feeds out): the column placing sees them, as each page has a character grid of
    its own. ``table`` (``Choices``): the runs of wrapped numbers read several ways are listed
    there and read as it chooses. Returns the text and the notes (Chinese) on what was left blank."""
    from .locate import Finder, norm, short_forms, table_regions, table_rows

    rule = row_rule(spec)
    widths = {"t3": len(spec.table("t3").col_codes), "t4": len(spec.table("t4").cells)}
    notes: list[str] = []
    regions = table_regions(Finder(cleaned))
    forms = label_forms(spec)

    def whole(s: str) -> bool:
        n = norm(s)
        return bool(n) and any(n.endswith(f) for f in forms)

    regions = _with_t3_heading(cleaned, regions)
    # rows whose cells stand on several lines first: the column placing then sees them whole
    # (a lone "0" of such a row is no row of its own); lines are never added or taken out here
    t2_cells = {f: len(r.cells) for r in table_rows(spec.table("t2")) for f in (norm(r.label), *short_forms(r.label))
                if f}
    spread_text, spread = spread_rows(
        cleaned, [(regions[k], w) for k, w in {**widths, "t2": t2_cells}.items() if k in regions], rule, forms, table)
    if spread_text != cleaned:
        cleaned = spread_text
        regions = _with_t3_heading(cleaned, table_regions(Finder(cleaned)))
    if "t4" in regions:
        cleaned, head_notes = t4_header_out_of_order(cleaned, regions["t4"])
        notes += head_notes
        # 表四's one row wrapped over lines whose pieces the positions do not line up: its sums
        t4 = spec.table("t4")
        ids4 = [c.id for c in t4.cells]
        wrapped = t4_wrapped_by_sums(cleaned, regions["t4"], len(ids4),
                                     [([ids4.index(p) for p in s.parts], ids4.index(s.target)) for s in t4.sums])
        if wrapped != cleaned:
            cleaned = wrapped
            regions = _with_t3_heading(cleaned, table_regions(Finder(cleaned)))
    heads = tuple(norm(c.col_labels[-1]) for c in spec.cells.values()
                  if c.table == "t3" and c.row == spec.table("t3").row_codes[0])
    if place and pages:  # the form feeds put back on their empty lines for the placing only
        lines = cleaned.split("\n")
        marked = "\n".join("\f" if n in pages and not ln else ln for n, ln in enumerate(lines))
        placed = place_by_columns(marked, [(regions[k], w) for k, w in widths.items() if k in regions], rule, whole,
                                  heads)
        placed = "\n".join("" if n in pages and ln == "\f" else ln for n, ln in enumerate(placed.split("\n")))
    else:
        placed = place_by_columns(cleaned, [(regions[k], w) for k, w in widths.items() if k in regions], rule, whole,
                                  heads) if place else cleaned
    if placed != cleaned:
        cleaned = placed
        regions = _with_t3_heading(cleaned, table_regions(Finder(cleaned)))
    if pages:
        cleaned, broken = _pieces_over_page_break(cleaned, pages, [r for k, r in regions.items() if k != "t2"], rule)
        notes += broken
        cleaned, broken = _rests_over_page_break(cleaned, pages, [r for k, r in regions.items() if k != "t2"], rule)
        notes += broken
    cleaned, more = join_wrapped_numbers(cleaned, rule, [r for k, r in regions.items() if k != "t2"], forms, table)
    more = spread + more
    if "t4" in regions:
        cleaned, stray = _stray_t4_numbers(cleaned, regions["t4"], rule)
        more += stray
    if "t2" in regions:
        cleaned, once = merged_cells_once(cleaned, regions["t2"], spec)
        more += once
    return tie_wrapped_labels(cleaned, forms), notes + more


def _pieces_over_page_break(text: str, pages: set[int], strict: list[tuple[int, int]], check) -> tuple[str, list[str]]:
    """A number wrapped in the narrow cell of a page's last 表三/表四 row may go on at the top of
    the next page ("２ … ２" / "１ … １", the page's end, "４ … ４": 214). The next page has a
    character grid of its own, so its pieces need not stand in the columns of those above, and
    read with the page's first row they make another number that adds up (48 for 8). Where the
    last number line before a page break and the first after it each hold fewer cells than a row,
    the line after carries no label, and its cells do not all stand in the columns of the line
    before (``join_wrapped_numbers`` reads those together), whose pieces they are is not known:
    both lines' numbers are replaced by ``UNREADABLE`` (blank, with a note)."""
    widths = getattr(check, "widths", ())
    if not widths:
        return text, []
    lines = text.split("\n")
    starts = _line_starts(lines)
    inside = {n for n in range(len(lines)) for a, b in strict if a <= starts[n] < b}
    notes: list[str] = []
    for p in sorted(pages):
        before = next((m for m in range(p - 1, max(-1, p - _HEADER_LINES), -1) if _numbers(lines[m])), None)
        after = next((m for m in range(p + 1, min(len(lines), p + _HEADER_LINES)) if _cell_tokens(lines[m])), None)
        if before is None or after is None or before not in inside or after not in inside:
            continue
        up, down = _numbers(lines[before]), _numbers(lines[after])
        if not down or len(_cell_tokens(lines[before])) >= min(widths) or len(_cell_tokens(lines[after])) >= min(widths):
            continue
        if _CJK.search(lines[after][:down[0][0]]) or all(any(_overlap(t, u) for u in up) for t in down):
            continue
        # ... and they may be its rests: as many as the pieces above, and the row line above those
        # (holding every cell) with both taken in, column by column, adds up
        frame = before - 1
        while frame >= 0 and lines[frame].strip() and len(_cell_tokens(lines[frame])) not in widths:
            frame -= 1
        if len(down) != len(up) or frame < 0 or not lines[frame].strip() or not _numbers(lines[frame]):
            continue
        moved = [(u[0], u[1], u[2] + d[2]) for u, d in zip(up, down)]  # each piece with its rest
        joined = _join([_numbers(lines[m]) for m in range(frame, before)] + [moved])
        if joined is None or check(joined) is not True:
            continue
        for m in (before, after):
            nums = _numbers(lines[m])
            lines[m] = _replace(lines[m], nums, [UNREADABLE] * len(nums))
        notes.append(f"表格一页末行的数字（{' '.join(t[2] for t in up)}）与下一页首行的数字（{' '.join(t[2] for t in down)}）"
                     "可能是同一个折行的数字，也可能分属两行，无法确认，这些行已留空，请按原文填写。")
    return "\n".join(lines), notes


def _rests_over_page_break(text: str, pages: set[int], strict: list[tuple[int, int]], check) -> tuple[str, list[str]]:
    """A page's last 表三/表四 row printed whole ("（一）予以公开 ０ ０ ０ — ５ — ５") and the next page
    opening with lines of pieces before its first row ("年度办  ４  ４" / "理结果  ７  ７" beside the
    group label's rest, then "（二）部分公开 ８ ０ — ０ ０ ０ ８"): the pieces may be the rests of
    numbers of the row above, wrapped in their narrow cells over the page's end (547 / 547), or
    the heads of numbers of the row below wrapped upwards (47 + 0, 47 + 8). The new page has a
    character grid of its own, so the columns prove nothing, and a rest added to a part and to
    the total keeps a row's sum either way. Where the pieces, joined column by column, can be
    the rests of cells of the row above so that it still adds up, neither reading is proven:
    the row above, the piece lines and the row below are replaced by ``UNREADABLE`` (blank, with
    a note)."""
    widths = getattr(check, "widths", ())
    if not widths:
        return text, []
    lines = text.split("\n")
    starts = _line_starts(lines)
    inside = {n for n in range(len(lines)) for a, b in strict if a <= starts[n] < b}
    notes: list[str] = []
    for p in sorted(pages):
        before = next((m for m in range(p - 1, max(-1, p - _HEADER_LINES), -1) if _cell_tokens(lines[m])), None)
        if before is None or before not in inside:
            continue
        row = _cell_tokens(lines[before])
        if len(row) not in widths:
            continue
        pieces: list[int] = []
        below = None
        for m in range(p, min(len(lines), p + _HEADER_LINES)):
            cells = _cell_tokens(lines[m])
            if not cells:
                if pieces and lines[m].strip():
                    break  # text between the pieces and the next row: not one wrapped run
                continue
            if len(cells) >= min(widths):
                below = m
                break
            if m not in inside or not all(_NUMBER.match(t) for _s, _e, t in cells):
                break
            pieces.append(m)
        if not pieces or below is None or below not in inside:
            continue
        rests = _join([_cell_tokens(lines[m]) for m in pieces])
        if rests is None:
            continue
        values = [t if _NUMBER.match(t) else "0" for _s, _e, t in row]  # a mark counts as no number
        spots = [i for i, (_s, _e, t) in enumerate(row) if _NUMBER.match(t)]
        fits = any(check([v + rests[spot.index(i)] if i in spot else v for i, v in enumerate(values)]) is True
                   for spot in combinations(spots, len(rests)))
        if not fits:
            continue
        for m in (before, *pieces, below):
            toks = _cell_tokens(lines[m])
            lines[m] = _replace(lines[m], toks, [UNREADABLE] * len(toks))
        notes.append(f"表格一页末行（{' '.join(t for _s, _e, t in row)}）之后，下一页首行之前印有数字"
                     f"（{' / '.join(' '.join(t for _s, _e, t in _cell_tokens(text.split(chr(10))[m])) for m in pieces)}），"
                     "可能是上一页末行折行的数字，也可能是下一行折行的数字，无法确认，这些行已留空，请按原文填写。")
    return "\n".join(lines), notes


#: the most lines 表四's one row of numbers may be printed over for ``t4_wrapped_by_sums`` (each
#: line more multiplies the ways its pieces can go)
_T4_WRAP_LINES = 3
#: the most partial readings ``t4_wrapped_by_sums`` walks before it gives up (leaving the row to
#: the readers after it)
_T4_WORK = 50_000


#: the first characters of the columns of a 表四 block that stand side by side in its header, in
#: the official order (结果维持 before 结果纠正; "维" over "持", "纠" over "正" when printed one
#: character a line)
_T4_HEAD_PAIRS = (("维", "纠"), ("持", "正"))


def t4_header_out_of_order(text: str, span: tuple[int, int]) -> tuple[str, list[str]]:
    """表四 whose header, as the text prints it, puts a block's 纠正 before its 维持 on one line
    ("纠 维  结  审" under 未经复议直接起诉): `pdftotext -layout` writes the words of narrow cells
    drawn close together in the order of their glyphs' positions, which then is not the order of
    the columns — and the numbers under that header come out in the same wrong order ("６ ０" for
    维持 0, 纠正 663: 663 read under 维持). Where a header line prints as many 维 as 纠 (or 持 as
    正) and they do not alternate 维, 纠, 维, 纠 … from the left, the order of the table's
    columns on the page is not known: its numbers are replaced by ``UNREADABLE`` (表四 blank,
    with a note)."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    idx = [n for n in range(len(lines)) if span[0] <= starts[n] < span[1]]
    first = next((n for n in idx if len(_cell_tokens(lines[n])) >= 3), None)
    if first is None:
        return text, []
    swapped = False
    for n in idx:
        if n >= first:
            break
        for pair in _T4_HEAD_PAIRS:
            seq = [ch for ch in lines[n] if ch in pair]
            if len(seq) >= 2 and seq.count(pair[0]) == seq.count(pair[1]) and any(
                    seq[i:i + 2] != list(pair) for i in range(0, len(seq), 2)):
                swapped = True
    if not swapped:
        return text, []
    for n in idx:
        nums = _numbers(lines[n]) if n >= first else []
        if nums:
            lines[n] = _replace(lines[n], nums, [UNREADABLE] * len(nums))
    return "\n".join(lines), ["表四的表头在文本中列的顺序颠倒（“纠正”印在“维持”之前），各数字属于哪一列无法确定，已留空，请按原文填写。"]


def sum_readings(pieces: list[list[str]], k: int,
                 blocks: list[tuple[list[int], int]]) -> set[tuple[str, ...]] | None:
    """Every list of ``k`` numbers the lines of one row (``pieces``: each line's numbers, left to
    right) can be read as, whatever the positions: each line's pieces go to its cells left to
    right, a cell takes one piece or more from different lines, joined top to bottom (a count
    never starts with 0), every piece is used and every cell gets one — kept where each block's
    总计 is the sum of its parts (``blocks``: (parts, total) column indexes). None when there are
    too many ways to try (``_T4_WORK``)."""
    # a block is checked once its last column is read; the walk is remembered at the columns no
    # block spans (the readings of the rest depend only on the pieces left there)
    done_at: dict[int, list[tuple[list[int], int]]] = {}
    for parts, total in blocks:
        done_at.setdefault(max(parts + [total]), []).append((parts, total))
    free = {c for c in range(k + 1) if not any(min(p + [t]) < c <= max(p + [t]) for p, t in blocks)}
    m = len(pieces)
    subsets = [[i for i in range(m) if mask >> i & 1] for mask in range(1, 1 << m)]
    work = [0]
    memo: dict[tuple[int, tuple[int, ...]], set[tuple[str, ...]] | None] = {}

    def walk(col: int, at: tuple[int, ...], vals: list[str]) -> set[tuple[str, ...]] | None:
        """The readings of columns ``col``.. with each line's pieces from ``at`` on (``vals``: the
        cells read since the last column no block spans); None: too many ways to try."""
        key = (col, at)
        if col in free and key in memo:
            return memo[key]
        work[0] += 1
        if work[0] > _T4_WORK:
            return None
        if col == k:
            return {()} if all(a == len(p) for a, p in zip(at, pieces)) else set()
        base = col - len(vals)  # the column of vals[0]
        out: set[tuple[str, ...]] = set()
        left = k - col - 1  # columns after this one
        for sub in subsets:
            if any(at[i] >= len(pieces[i]) for i in sub):
                continue
            nxt = tuple(a + 1 if i in sub else a for i, a in enumerate(at))
            if any(len(p) - a > left for a, p in zip(nxt, pieces)):
                continue  # a line's pieces left over outnumber the columns left
            if sum(len(p) - a for a, p in zip(nxt, pieces)) < left:
                continue  # too few pieces left for the columns left
            cell = "".join(pieces[i][at[i]] for i in sub)
            if len(cell) > 1 and cell[0] == "0":
                continue  # a count never starts with 0
            row = vals + [cell]
            if any(sum(int(row[p - base]) for p in parts) != int(row[total - base])
                   for parts, total in done_at.get(col, ())):
                continue
            rest = walk(col + 1, nxt, [] if col + 1 in free else row)
            if rest is None:
                return None
            out.update((cell, *r) for r in rest)
        if col in free:
            memo[key] = out
        return out

    return walk(0, (0,) * m, [])


def t4_wrapped_by_sums(text: str, span: tuple[int, int], k: int,
                       blocks: list[tuple[list[int], int]]) -> str:
    """表四's one row of numbers printed over two or three lines of text, read by its arithmetic
    alone when the positions do not prove which pieces stand over each other.

    `pdftotext -layout` lays out each piece of a number wrapped in a narrow cell on the character
    grid of its own text block, and a cell centred in a taller row starts a line lower: the pieces
    of one cell need not stand over each other in the text ("１ ０ ０ ７ ９ …" over "４ ８ ２", the
    "２" one character left of the "９" it continues; "72" of 复议后起诉's 维持 a line below the
    "72" of the 总计 beside it). What holds whatever the grid: on each line the cells stand left to
    right, and a cell's pieces are printed top to bottom. Every way of reading the lines so into
    the row's ``k`` cells (each cell one piece or more, from different lines, joined top to bottom;
    a count never starts with 0) is tried; the row is rewritten as one line of its ``k`` numbers
    when exactly one list of numbers comes out of the readings in which every block's 总计 is the
    sum of its parts (``blocks``: (parts, total) column indexes). Else the text is unchanged (the
    readers after this one leave the row blank with a note). Only where the table's number lines
    are numbers alone (no label, no mark, no piece glued of two cells: "00"), consecutive, two or
    three of them, none standing wholly outside the columns of the others."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    idx = [n for n in range(len(lines)) if span[0] <= starts[n] < span[1] and _cell_tokens(lines[n])]
    if not 2 <= len(idx) <= _T4_WRAP_LINES or idx[-1] - idx[0] != len(idx) - 1:
        return text
    if not any(_GAP_INSIDE.search(lines[n]) for n in idx):
        return text  # one space between cells (PDFium's, pdfminer's text): not laid out in columns
    toks = {n: _cell_tokens(lines[n]) for n in idx}
    for n in idx:
        t = toks[n]
        if (lines[n][:t[0][0]].strip() or not _only_cells(lines[n], t) or _numbers(lines[n]) != t
                or any(not x[2].isdigit() or _LEADING_ZERO.match(x[2]) for x in t)):
            return text  # a label, a mark, a separator, or two cells glued ("00"): not this shape
    # the lines right around the run print no number either (a row's other pieces)
    for m in (idx[0] - 1, idx[-1] + 1):
        if 0 <= m < len(lines) and re.search(r"\d", unicodedata.normalize("NFKC", lines[m])) and not (
                _CJK.search(lines[m])):
            return text
    # a line standing wholly outside the columns of the line printing most cells (left of its
    # first, right of its last): a cell pushed out of its narrow column, whose place only that
    # room in the row shows (``_stray_t4_numbers``)
    main = max(idx, key=lambda n: len(toks[n]))
    lo, hi = toks[main][0][0] - _SLACK, toks[main][-1][1] + _SLACK
    if any(all(e <= lo or s >= hi for s, e, _t in toks[n]) for n in idx if n != main):
        return text
    pieces = [[x[2] for x in toks[n]] for n in idx]
    if sum(map(len, pieces)) < k or any(len(p) > k for p in pieces):
        return text
    got = sum_readings(pieces, k, blocks)
    if got is None or len(got) != 1:
        return text
    (row,) = got
    if tuple(row) == tuple(x for p in pieces for x in p) and len(pieces[0]) == k:
        return text  # nothing wrapped after all
    first = idx[0]
    lines[first] = lines[first][:toks[first][0][0]] + "  ".join(row)
    for n in idx[1:]:
        lines[n] = ""
    return "\n".join(lines)


def _stray_t4_numbers(text: str, span: tuple[int, int], check) -> tuple[str, list[str]]:
    """表四's numbers where a line of them stands outside the columns of its row line (left of its
    first cell or right of its last: "     1  0  1  4  …  0" over "2", the 2 being the first
    cell pushed down by the narrow column): their order is not known, and read in print order
    the blocks do not add up. Unless the print order adds up, those numbers are replaced by
    ``UNREADABLE`` — 表四 stays blank with a note, never 1 0 1 4 … 2."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    idx = [n for n in range(len(lines)) if span[0] <= starts[n] < span[1] and _numbers(lines[n])]
    if not idx:
        return text, []
    main = max(idx, key=lambda n: len(_numbers(lines[n])))
    toks = _numbers(lines[main])
    widths = getattr(check, "widths", ())
    if len(widths) < 2 or len(toks) < widths[1] // 2:
        return text, []
    lo, hi = toks[0][0] - _SLACK, toks[-1][1] + _SLACK
    stray = [n for n in idx if n != main and all(e <= lo or s >= hi for s, e, _t in _numbers(lines[n]))]
    if not stray:
        return text, []
    printed = [t[2] for n in idx for t in _numbers(lines[n])]
    if len(printed) == widths[1] and check(printed) is True:
        return text, []
    put = _stray_inserted(lines[main], toks, [t for n in stray for t in _numbers(lines[n])], check, widths[1])
    if put is not None:
        for n in stray:
            lines[n] = _replace(lines[n], _numbers(lines[n]), None)
        lines[main] = put
        return "\n".join(lines), []
    for n in stray + [main]:
        lines[n] = _replace(lines[n], _numbers(lines[n]), [UNREADABLE] * len(_numbers(lines[n])))
    shown = " / ".join(" ".join(t[2] for t in _numbers(text.split("\n")[n])) for n in sorted(stray + [main]))
    return "\n".join(lines), [f"表四的数字（{shown}）有的印在表格的列外，无法确定顺序，已留空，请按原文填写。"]


def _stray_inserted(line: str, toks, stray: list[tuple[int, int, str]], check, k: int) -> str | None:
    """表四's row line short of one cell, the missing number printed on a line of its own outside
    the row's columns ("    ０  ０ ０  ０           ２   １  …" over "０" at the line start: the
    first block's 总计 pushed out of its narrow cell): the line with the number put where the row
    leaves a column's room empty — the one gap between its cells wider than twice any other —
    when the blocks add up so and no other place for it gives other numbers that add up."""
    if len(stray) != 1 or len(toks) + 1 != k or len(toks) < 3:
        return None
    gaps = [toks[i][0] - toks[i - 1][1] for i in range(1, len(toks))]
    wide = max(gaps)
    if sum(1 for g in gaps if g * 2 > wide) != 1:
        return None
    at = gaps.index(wide) + 1
    vals = [t[2] for t in toks]
    readings = {tuple(vals[:i] + [stray[0][2]] + vals[i:]) for i in range(len(vals) + 1)}
    good = {r for r in readings if check(list(r)) is True}
    want = tuple(vals[:at] + [stray[0][2]] + vals[at:])
    if good != {want}:
        return None
    return line[:toks[0][0]] + "  ".join(want)


_T4_HEADING = re.compile(r"^[ \t]*(?:四[、.．][ \t]*)?政府信息公开行政复议、?行政诉讼情况[ \t]*$", re.M)


def _with_t3_heading(text: str, regions: dict) -> dict:
    """The table regions, with 表三 taken from its section heading to 表四 (or 四's heading) when
    its header and first label were not found (printed one or two characters a line in a narrow
    column, "申请" / "人情" / "况"): its rows are then still read by their arithmetic only, never
    as 表二 rows settled by a label."""
    if "t3" in regions:
        return regions
    from .locate import T3_HEADING_LINE

    m = T3_HEADING_LINE.search(text)
    if m is None:
        return regions
    ends = [r[0] for r in regions.values() if r[0] > m.end()]
    h = _T4_HEADING.search(text, m.end())
    end = min(ends + ([h.start()] if h else []) + [len(text)])
    out = dict(regions)
    out["t3"] = (m.end(), end)
    if "t2" in out and out["t2"][1] > m.start():
        out["t2"] = (out["t2"][0], m.start())
    return out


def place_by_columns(text: str, spans: list[tuple[tuple[int, int], int]], check, whole,
                     heads: tuple[str, ...] = ()) -> str:
    """In the 表三/表四 spans (with their row widths k) of `pdftotext -layout` text, row lines
    whose cells are determined by position are rewritten as tab-separated cells, an empty cell
    kept empty ("3  0  12" under 自然人, 法律服务机构 and 总计 is not 3/0/12 in the first three
    columns).

    `pdftotext -layout` places characters on a character grid per text block, so column
    positions agree only between lines of one block, not across the table; and a line holding
    only some cells may be a row with empty cells or the pieces of numbers wrapped in narrow
    cells. So a line is placed only when:
    - it carries a whole row label, and so does every number line right above or below it (a
      line without one may hold wrapped pieces);
    - each of its cells stands in the position of a cell of the nearest anchor line above and of
      the nearest one below that has a cell there, both naming the same column (anchors: the
      lines holding all k cells, then the lines placed from them; one side where the table has
      no anchor on the other);
    - its own arithmetic holds with a printed 总计 (empty cells counted as 0).
    A line no anchor places may be placed by the column header above it (``heads``: each
    column's header label, for the table whose rows are that wide), where every
    cell of every number line under that header stands in the position of one header word
    (``_header_segments``): the header is printed on the rows' character grid.
    Everything else is left to ``join_wrapped_numbers`` and the text engine (rows read in print
    order). The caller keeps the placed cells only when the whole table read from them keeps its
    identities (``text.consistent``)."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    for (a, b), k in spans:
        idx = [n for n in range(len(lines)) if a < starts[n + 1] and starts[n] < b]  # the first line too
        if not any(_GAP_INSIDE.search(lines[n]) for n in idx):
            # no line of the table has a gap of two spaces between its words: the text is not laid
            # out in columns (PDFium's, pdfplumber's or `pdftotext -raw` text writes one space
            # between cells and nothing for an empty one), so no position names a column
            continue
        toks = {n: _cell_tokens(lines[n]) for n in idx}
        labelled = {n for n in idx if toks[n] and _CJK.search(lines[n][:toks[n][0][0]])}
        # lines next to each other are rows of their own only when each carries a whole row
        # label: a number line without one (no label, or a fragment such as "果" of a wrapped
        # group label) may hold the pieces of numbers wrapped from the line beside it
        rowline = {n for n in labelled if whole(lines[n][:toks[n][0][0]])}
        cand = [n for n in idx if n in rowline and _only_cells(lines[n], toks[n])
                and all(not toks.get(m) or m in rowline for m in (n - 1, n + 1))]
        # anchors: lines whose every cell's column is known (line -> [(start, end, column)]);
        # at first the lines holding all k cells, then each line placed from them
        anchors = {n: _anchor_cells(lines[n], toks[n], range(k)) for n in idx
                   if len(toks[n]) == k and _only_cells(lines[n], toks[n])}
        # a line whose cells are packed (``_drawn``) stands where its cells are not drawn: never
        # placed by position
        packed = {n for n in idx if toks[n] and _packed(lines[n], toks[n])}
        moved = {n for n in idx if toks[n] and len(toks[n]) < k and _at_grid_change(n, idx, toks, k)}
        todo = [n for n in cand if len(toks[n]) < k and n not in moved and n not in packed]
        # the lines as printed: ``toks`` hold positions in them, placed lines are rewritten below
        geo = list(lines)
        changed = True
        while changed:
            changed = False
            for n in list(todo):
                v = _place_line(n, toks[n], anchors, k, _drawn(lines[n], toks[n]))
                if v is None or not (v[-1] is not None and all(x is None or _NUMBER.match(x) for x in v)
                                     and check([x or "0" for x in v]) is True):
                    continue  # not settled on its own: left to the readers in print order
                todo.remove(n)
                anchors[n] = _anchor_cells(lines[n], toks[n], [c for c, x in enumerate(v) if x is not None])
                lines[n] = lines[n][:toks[n][0][0]].rstrip() + "\t" + "\t".join(x if x is not None else " " for x in v)
                changed = True
        if len(heads) != k:
            continue
        # the header may stand above where the table was found (its first row label)
        top = idx[0] if idx else 0
        while top > 0 and idx[0] - top < 60 and not _cell_tokens(lines[top - 1]):
            top -= 1
        above = list(range(top, idx[0])) if idx else []
        toks.update({m: [] for m in above})
        # placed by the header also: a line standing alone, its label around it — no number of
        # another line near it (within a wrap's reach, no empty line between) stands in one of its
        # columns, so it holds no piece of a number wrapped in its cell ("8  8" / "2 … 2" / "0  0"
        # of 820 stand two lines apart, a label's lines between them)
        alone = {n for n in idx if toks[n] and len(toks[n]) < k and _only_cells(geo[n], toks[n])
                 and n not in moved and n not in packed
                 and n not in anchors and not _stacked_near(geo, n, toks)
                 and not _beside_pieces(geo, n, rowline)}
        alone |= _zero_runs(geo, idx, toks, k) - set(anchors)
        for seg, cols, proven in _header_segments(geo, above + idx, toks, heads):
            for n in seg:
                if n not in todo and n not in alone or n in packed or n not in proven:
                    continue
                v: list[str | None] = [None] * k
                for t in toks[n]:
                    v[next(c for c, h in enumerate(cols) if _near(t, h))] = t[2]
                if not all(x is None or _NUMBER.match(x) for x in v):
                    continue
                # its 总计 printed and adding up; or, standing alone, zeros with the 总计 empty
                if not (v[-1] is not None and check([x or "0" for x in v]) is True
                        or v[-1] is None and n in alone and all(_value(x) == 0 for x in v if x is not None)):
                    continue
                todo.remove(n) if n in todo else alone.discard(n)
                lines[n] = lines[n][:toks[n][0][0]].rstrip() + "\t" + "\t".join(x if x is not None else " " for x in v)
        for n in moved & set(cand):
            # a row of its own whose columns two grids give: its numbers are not read in print order
            nums = _numbers(lines[n])
            lines[n] = _replace(lines[n], nums, [UNREADABLE] * len(nums))
    return "\n".join(lines)


#: a gap of two spaces or more between two words of a line (how `pdftotext -layout` parts columns)
_GAP_INSIDE = re.compile(r"\S {2,}(?=\S)")


def _at_grid_change(n: int, idx: list[int], toks: dict, k: int) -> bool:
    """Line ``n``, standing on the grid above, may be the first line of another text block: right
    below it the character grid moves (the next number line has a cell under no cell of the
    nearest line above ``n`` holding every cell), and each of its cells stands where a line below
    (before the next line holding every cell) prints one — its numbers are then not read. `pdftotext -layout` lays out each block on its own grid, so its cells fit both grids
    ("(一)予以公开  0": 总计 on the grid above, 科研机构 on the one below)."""
    full = [m for m in idx if m < n and len(toks[m]) == k]
    if not full:
        return False
    grid = toks[full[-1]]
    if not all(any(_near(t, g) for g in grid) for t in toks[n]):
        return False  # not on the grid above: nothing to confuse
    below = []
    for m in idx:
        if m <= n or not toks[m]:
            continue
        if len(toks[m]) == k:
            break
        below.append(m)
    # the grid moves right under it: the next number line has a cell under none of the grid's
    if not below or all(any(_near(t, g) for g in grid) for t in toks[below[0]]):
        return False
    after = [t for m in below for t in toks[m]]
    return all(any(_near(t, a) for a in after) for t in toks[n])


def _zero_runs(lines: list[str], idx: list[int], toks: dict, k: int) -> set[int]:
    """The number lines of the runs (lines with no empty line between, as wrapped numbers are
    joined) that print nothing but zeros, every line one in a common column ("０" under 总计 on
    each row of a table printing only its 总计): no two of those lines can be one row (the
    pieces of a number never begin with 0), so each is a row of its own, like a line standing
    alone."""
    out: set[int] = set()
    run: list[int] = []
    for n in idx + [None]:
        if n is not None and lines[n].strip():
            if toks.get(n):
                run.append(n)
            continue
        if len(run) > 1 and all(t[2] == "0" for m in run for t in toks[m]) and all(len(toks[m]) < k for m in run):
            if any(all(any(_overlap(t, o) for o in toks[m]) for m in run) for t in toks[run[0]]):
                out.update(run)
        run = []
    return out


def _stacked_near(lines: list[str], n: int, toks: dict) -> bool:
    """Some number of a line within MAX_WRAP lines of line ``n`` (no empty line between) stands
    in the column of one of its cells."""
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(lines) and abs(m - n) < MAX_WRAP and lines[m].strip():
            if _stacked(_cell_tokens(lines[m]), toks[n]):
                return True
            m += step
    return False


def _beside_pieces(lines: list[str], n: int, rowline: set[int]) -> bool:
    """A number line carrying no whole row label of its own stands within MAX_WRAP lines of line
    ``n`` (no empty line between): a row's cells may be printed around its centred cells ("4  4"
    / "0 0 0 0 0" / "信息  4  4": the 44s of 5.要求行政机关确认… wrapped around its zeros), so
    ``n`` is no row of its own for standing apart from their columns."""
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(lines) and abs(m - n) < MAX_WRAP and lines[m].strip():
            if m not in rowline and _cell_tokens(lines[m]):
                return True
            m += step
    return False


def _header_words(lines: list[str], band: list[int], norm):
    """(normalised text, (start, end)) of the words of a header band: each word as printed, and
    each column of one-character words standing over each other ("社" / "会" / "公" / "益" / "组" /
    "织" of a header printed one character a line in a narrow column), read top to bottom — a
    line printing nothing there in between (the next character of a column beside it) is
    skipped, two such lines or a longer word there end it."""
    used: set[tuple[int, int]] = set()
    words = {m: list(_TOKEN.finditer(lines[m])) for m in band}
    for x, m in enumerate(band):
        drawn = _drawn(lines[m], [(w.start(), w.end(), w.group()) for w in words[m]])
        for w, d in zip(words[m], drawn):
            # packed one space after a wider word ("商业 科研"), its drawn place is not known: end None
            yield norm(w.group()), (w.start(), w.end()), None if d[2] else d[1]
            if d[2]:
                continue
            if len(w.group()) != 1 or not _CJK.match(w.group()) or (m, w.start()) in used:
                continue
            text, span, miss = w.group(), (w.start(), w.end()), 0
            for k in band[x + 1:]:
                there = [v for v in words[k] if _near((v.start(), v.end()), span)]
                if not there:
                    miss += 1
                    if miss > 1:
                        break
                    continue
                if len(there) != 1 or len(there[0].group()) != 1 or not _CJK.match(there[0].group()):
                    break
                text += there[0].group()
                used.add((k, there[0].start()))
                miss = 0
            if len(text) >= 2:
                yield norm(text), span, span[0] + 2


def _header_segments(lines: list[str], idx: list[int], toks: dict, heads: tuple[str, ...]):
    """(lines, columns, proven) of each stretch of a table's lines under one printing of its column
    header whose character grid the rows share: ``columns`` are the (start, end) of the header
    word of each column (a beginning of that column's label in ``heads``, two characters at
    least, found once in the lines without cells above the stretch: "自然人  商业企  科研机 …"
    over "业  构 …"; "其他组织" of a wrapped 法人或其他组织 is none), and
    every cell of every line of the stretch stands in the position of exactly one of them, in
    order. A stretch ends at the next header, at a page break, or at a group of lines printing
    part of a header; a stretch where some cell stands under no header word, or under two, is
    printed on another grid (`pdftotext -layout` lays out each text block on its own): not
    given. ``proven``: the lines of the stretch the geometry may place — no cell of theirs, nor
    the header word it stands under, packed against its neighbour (``_drawn``)."""
    from .locate import norm

    drawn: dict[tuple[int, int], tuple[int, int] | None] = {}  # a header word's span as drawn

    def header(band: list[int]) -> list[tuple[int, int]] | None | bool:
        found: list[list[tuple[int, int]]] = [[] for _ in heads]
        for c, where, end in _header_words(lines, band, norm):
            for i, h in enumerate(heads):
                if len(c) >= 2 and h.startswith(c) and not any(_near(f, where) for f in found[i]):
                    found[i].append(where)  # printed again in its place: one
                    drawn[where] = None if end is None else (where[0], end)
        hits = sum(1 for f in found if f)
        if hits < 3:
            return False  # no header here (a label's lines between rows)
        if any(len(f) != 1 for f in found):
            return None  # part of a header, or one printed in two places: no grid known
        cols = [f[0] for f in found]
        return cols if all(a[1] <= b[0] for a, b in zip(cols, cols[1:])) else None

    def fits(n: int, cols, proven: bool = False) -> bool:
        """Each cell of line ``n`` stands under exactly one header word, in order. ``proven``:
        neither the cell nor that word packed against its neighbour (``_drawn``: where it is
        drawn is not known): only then does the geometry place the line."""
        last = -1
        for t, d in zip(toks[n], _drawn(lines[n], toks[n])):
            where = [c for c, h in enumerate(cols) if _near(t, h)]
            if len(where) != 1 or where[0] <= last:
                return False
            if proven and (d[2] or drawn.get(cols[where[0]]) is None):
                return False
            last = where[0]
        return True

    def at(n: int, cols) -> list[list[int]]:
        """The columns each cell of line ``n`` stands under."""
        return [[c for c, h in enumerate(cols) if _near(t, h)] for t in toks[n]]

    def under(seg: list[int], cols, kept: bool = False) -> list[int]:
        """The lines of ``seg`` from its top down to the first that does not fit the header
        (another text block's grid), when they prove the grid: one of them holds three cells or
        more, or five lines fit ("0" under 总计 on every row of a table printing only its 总计).
        ``kept``: the header stands on an earlier page — the new page has a grid of its own, and
        only cells under three of the header's columns or more prove it is the same: a column of
        "0"s fits under some header word on any grid ("0" under 总计 on one page, at the place of
        其他 on the next)."""
        got = []
        for n in seg:
            if not fits(n, cols):
                break
            got.append(n)
        if kept:
            used = {c for n in got for t in toks[n] for c, h in enumerate(cols) if _near(t, h)}
            return got if len(used) >= 3 else []
        return got if any(len(toks[n]) >= 3 for n in got) or len(got) >= 5 else []

    def grid(seg: list[int]) -> list[tuple[int, int]] | None:
        """The columns of a stretch printed on a grid of its own, when its cells stand in exactly
        one column per header column (their positions, merged where they stand over each other,
        make as many groups as the table has columns) and no line has two cells in one group."""
        spans = sorted((t[0], t[1]) for n in seg for t in toks[n])
        if sum(1 for n in seg if toks[n]) < 3 or any(_packed(lines[n], toks[n]) for n in seg):
            return None
        cols: list[list[int]] = []
        for a, b in spans:
            if cols and a - _SLACK < cols[-1][1]:
                cols[-1][1] = max(cols[-1][1], b)
            else:
                cols.append([a, b])
        if len(cols) != len(heads):
            return None
        out = [(a, b) for a, b in cols]
        return out if all(fits(n, out) for n in seg) else None

    # a lone "无" is the first line of a group label wrapped in its column ("无" / "法" / "提" /
    # "供" of 无法提供), no cell
    toks = {n: [] if [t[2] for t in toks[n]] == ["无"] else toks[n] for n in idx}
    out = []
    band: list[int] = []
    cols, seg, kept = None, [], False
    for n in idx + [None]:
        if n is not None and not toks[n]:
            band.append(n)
            continue
        h = header(band) if band else False
        page = any("\f" in lines[m] for m in band) or (n is not None and "\f" in lines[n])
        if h is not False or page or n is None:
            done = under(seg, cols, kept) if cols is not None else []
            rest = seg[len(done):]
            own = grid(rest) if rest else None
            if done:
                proven = {n for n in done if fits(n, cols, proven=True)}
                if kept and own is not None:
                    # the page's later lines stand on a grid of their own: a line that fits the
                    # header above and that grid both, in other columns, is placed by neither
                    # ("0 0 … 0 0" first on a page under 自然/商业/社会/法律 of the header on the page
                    # before, under 自然/商业/法律/其他 of the page's own rows)
                    proven = {n for n in proven if not fits(n, own) or at(n, own) == at(n, cols)}
                out.append((done, cols, proven))
            if own is not None:
                out.append((rest, own, set(rest)))  # ``grid``: no line of it packed
            # a new page without a header of its own may keep the grid of the header above, but
            # only as far as its own lines prove it again (``under``)
            kept = not h and page and h is False and cols is not None
            cols, seg = (h if h else (cols if page and h is False else None)), []
        band = []
        if n is not None:
            seg.append(n)
    return out


# ------------------------------------------------------------------ 表二: a merged cell printed twice

def merged_cells_once(text: str, span: tuple[int, int], spec) -> tuple[str, list[str]]:
    """表二 rows of `pdftotext -layout` text in a clerk's table whose grid has more columns than
    the row has cells: a merged cell is printed again in each grid column it spans, its header
    too ("上一年 本年 本年" / "项目数量 增/减 增/减" over "行政事业性收费  0  3  3": 上一年项目数量
    0, 本年增/减 3). Where adjacent cells of a row stand under the same header text (each header
    word taken for the cell it stands nearest to, in the lines between the row and its block's
    title, "第二十条第（八）项", itself printed once a column) and print the
    same value, they are one cell: the copies are taken out, when that leaves the row exactly its
    cells. Copies that differ are left as they are (the row then has more numbers than cells and
    is left blank with a note by the reader). A row printing fewer numbers than its grid has
    columns is placed under its block's header by position (``_by_header``), rewritten as
    tab-separated cells. Returns the text and notes (none so far: the cells read are as
    printed)."""
    from .locate import norm, table_rows

    rows = {norm(r.label): (len(r.cells), norm(r.cells[0].col_labels[0]) if len(r.cells[0].col_labels) > 1 else "")
            for r in table_rows(spec.table("t2"))}
    heads_of = {norm(r.label): tuple(norm(c.col_name) for c in r.cells) for r in table_rows(spec.table("t2"))}
    lines = text.split("\n")
    starts = _line_starts(lines)
    notes: list[str] = []
    geo = list(lines)  # the lines as printed: rows placed below are rewritten with tabs

    def signed(line: str, start: int):
        """The words of a line from ``start`` when every one is a cell standing in its column (a
        decrease "-13" of 本年增/减 too), else None."""
        words = [(w.start(), w.end(), unicodedata.normalize("NFKC", w.group()))
                 for w in _TOKEN.finditer(line) if w.start() >= start]
        if not all((_SIGNED.match(t) or _MARK.match(t)) and _stands(line, st, t) for st, _e, t in words):
            return None
        return words

    def row_of(m: int) -> int:
        """The fields of 表二 row line ``m`` (0: no row line)."""
        toks = _cell_tokens(geo[m]) if 0 <= m < len(geo) else []
        return rows.get(norm(geo[m][:toks[0][0]]), (0, ""))[0] if toks and signed(geo[m], toks[0][0]) else 0

    for n in range(len(lines)):
        if not span[0] <= starts[n] < span[1]:
            continue
        cells = _row_cells(lines[n])
        if not cells:
            continue
        k, title = rows.get(norm(lines[n][:cells[0][0]]), (0, ""))
        if not k:
            continue
        if len(cells) <= k:
            # a number line beside it that is no row of its own may hold the pieces of a number
            # wrapped in its cell: not placed by position
            if any(_cell_tokens(geo[m]) and not row_of(m) for m in (n - 1, n + 1) if 0 <= m < len(geo)):
                continue
            # every word after the label a cell (a decrease "-13" of 本年增/减 too)
            words = signed(lines[n], cells[0][0])
            if not words or len(words) > k:
                continue
            cells = words
            placed = _by_header(geo, n, cells, heads_of[norm(lines[n][:cells[0][0]])], title, norm, row_of)
            if placed and placed[0] == UNREADABLE:
                lines[n] = _replace(lines[n], cells, [UNREADABLE] * len(cells))
            elif placed is not None:
                lines[n] = lines[n][:cells[0][0]].rstrip() + "\t" + "\t".join(x if x is not None else " " for x in placed)
            continue
        if len(cells) < 3 or not _only_cells(lines[n], cells):
            continue
        heads = ["" for _ in cells]
        placed_words: list[tuple[int, int, int, int]] = []  # (line, start, end, cell) of the header
        known = True
        m = n - 1
        while (known and m >= 0 and n - m <= 4 and lines[m].strip() and not _cell_tokens(lines[m])
               and not (title and title[:4] in norm(lines[m]))):  # up to the block's title
            for w in _TOKEN.finditer(lines[m]):
                if w.end() <= cells[0][0] - 2:
                    continue  # the label column's header ("信息" / "内容")
                d = sorted((abs(w.start() - s), i) for i, (s, _e, _t) in enumerate(cells))
                if d[0][0] == d[1][0]:
                    known = False  # between two cells: which one's header is not known
                    break
                heads[d[0][1]] = norm(w.group()) + heads[d[0][1]]
                placed_words.append((m, w.start(), w.end(), d[0][1]))
            m -= 1
        if not known:
            continue
        groups: list[list[int]] = []
        for i, h in enumerate(heads):
            if groups and len(h) >= 2 and heads[groups[-1][-1]] == h:
                groups[-1].append(i)
            else:
                groups.append([i])
        if len(groups) != k or all(len(g) == 1 for g in groups):
            continue
        if any(len({cells[i][2] for i in g}) != 1 for g in groups):
            continue
        drop = [cells[i] for g in groups for i in g[1:]]
        lines[n] = _replace(lines[n], drop, None)
        # the copies' header words go too: the header then prints each merged cell once, as the
        # row now does (its readers take a header printed more often than the row's numbers for
        # copies not yet settled)
        gone = {i for g in groups for i in g[1:]}
        for m, a, b, i in placed_words:
            if i in gone:
                lines[m] = lines[m][:a] + " " * (b - a) + lines[m][b:]

    return "\n".join(lines), notes


def _row_cells(line: str) -> list[tuple[int, int, str]]:
    """The cells standing in columns of a 表二 row line: numbers and marks (``_cell_tokens``) and
    the decreases of 本年增/减 ("行政事业性收费      -24      -24": the merged cell printed in both
    its grid columns, 上一年项目数量 empty — a row of decreases alone must be placed by its header
    too, not read as 上一年项目数量 -24)."""
    cells = _cell_tokens(line)
    at = {c[0] for c in cells}
    for m in _TOKEN.finditer(line):
        t = unicodedata.normalize("NFKC", m.group())
        if m.start() not in at and t.startswith("-") and _SIGNED.match(t) and _stands(line, m.start(), m.group()):
            cells.append((m.start(), m.end(), t))
    return sorted(cells)


def _by_header(lines: list[str], n: int, cells, names: tuple[str, ...], title: str, norm,
               row_of) -> list[str | None] | None:
    """The cells (by the row's k fields) of 表二 row line ``n`` printing fewer numbers than its grid
    has columns, placed under its block's header by position: "规章  6  4  7" over
    "行政规范性文件  23      6" (本年废止件数 empty — not 23/6 in the first two columns); or on a
    grid whose header prints a merged cell again in each column it spans ("上一年  本年  本年" /
    "项目数量  增/减  增/减" over "行政事业性收费        0     0": the copies of 本年增/减, 上一年项目数量
    empty — not 上一年项目数量 0, 本年增/减 0 as read in print order).
    The header columns are the words of its widest line between the block's title (or a page's
    top) and its first row, up to its line holding the label column's header ("信息内容"); the
    other lines' words are joined to the column they stand nearest to; adjacent columns with the
    same full text (two characters at least) are one field. Each number goes to the column it
    stands nearest to, by a clear margin; the copies of a field must both be printed, and agree
    (copies that differ: k UNREADABLE, the row is left blank). None unless the header so gives
    exactly k fields, each headed by the start of its column's name (``names``: not a page's
    running header above a row at a page's top), some field is printed empty and the reading
    differs from print order."""
    k = len(names)
    # the label column's header ("信息" / "内容") starts before the row's label ends
    label_end = len(lines[n][:cells[0][0]].rstrip())
    band: list[list[tuple[int, str]]] = []
    idx: list[int] = []
    m = n - 1
    # up to the block's title (its rest wrapped in narrow columns, one character a line, between),
    # or to the top of the page where the header is repeated without it; over the rows of the
    # block above this one
    while m >= 0 and n - m <= 14 and lines[m].strip() and not (title and title[:4] in norm(lines[m])):
        if _cell_tokens(lines[m]):
            if row_of(m) and not band:
                m -= 1
                continue
            break
        band.append([(w.start(), w.group()) for w in _TOKEN.finditer(lines[m]) if w.start() >= label_end])
        idx.append(m)
        m -= 1
    if m < 0 or _cell_tokens(lines[m]) or not band or n - m > 14:
        return None  # the header is not known whole
    # the columns' header: up to its line holding the label column's header ("信息内容"), not the
    # title's rest above it (wrapped in each column, or one character a line in a narrow one)
    top = [i for i in range(len(band)) if lines[idx[i]][:label_end].strip()]
    if not top:
        return None
    band = band[:top[-1] + 1]
    widest = max(band, key=len)
    titled = bool(title and title[:4] in norm(lines[m]))
    if len(widest) < k or sum(1 for b in band if len(b) == len(widest)) < (1 if titled else 2):
        return None  # below a page's top: two full lines (the header's upper part may be cut)
    cols = [st for st, _w in widest]
    texts = ["" for _ in cols]
    for words in reversed(band):  # top to bottom
        for st, w in words:
            d = sorted((abs(st - c), i) for i, c in enumerate(cols))
            if len(d) > 1 and d[0][0] * 2 >= d[1][0]:
                return None  # between two columns: whose header it is not known
            texts[d[0][1]] += norm(w)
    groups: list[list[int]] = []
    for i, h in enumerate(texts):
        if groups and len(h) >= 2 and texts[groups[-1][-1]] == h:
            groups[-1].append(i)
        else:
            groups.append([i])
    if len(groups) != k or any(name[:2] not in texts[g[0]] for name, g in zip(names, groups)):
        return None
    at: dict[int, str] = {}
    for s, _e, t in cells:
        d = sorted((abs(s - c), i) for i, c in enumerate(cols))
        if len(d) > 1 and d[0][0] * 2 >= d[1][0] or d[0][1] in at:
            return None
        at[d[0][1]] = t
    out: list[str | None] = []
    for g in groups:
        got = [at.get(i) for i in g]
        if len(g) > 1 and None not in got and len(set(got)) != 1:
            return [UNREADABLE] * k  # copies that differ: which is the field's value is not known
        if len(g) > 1 and None in got and any(x is not None for x in got):
            return None  # a copy missing: the grid is not printed as its header
        out.append(got[0])
    if None not in out:
        return None
    if out == [t for _s, _e, t in cells][:k]:
        return None  # print order reads it the same
    return out


# ------------------------------------------------------------------------------ page breaks

_DIGIT_CELL = re.compile(r"(?:^|\s)\d")


def join_pages(text: str) -> str:
    """Text extracted from a PDF (pages separated by form feeds) whose table continues on the
    next page under its header printed again (Word's "repeat header rows"): the repeated header
    lines, the page furniture (page numbers) and the empty lines at the break are removed, so a
    row broken by the page reads on as one (its label's last lines right under its first line).

    A page's leading lines are taken for a repeated header only when at least two of them, in a
    row and before anything else on the page, repeat lines printed earlier (spacing aside) and
    none of them holds a number standing on its own. Text without form feeds, or with nothing
    repeated at the top of its pages, or not laid out in columns, is returned unchanged.

    Text whose pages were joined without form feeds (pdfplumber's ``extract_text(layout=True)`` of
    each page, joined by line breaks) is cut into pages after its page numbers ("— 59 —"), where
    they count the pages (the page number before or after is one less or one more)."""
    if not in_columns(text.split("\n")):
        return text  # not laid out in columns (plain pdftotext: an empty line separates cells)
    from .locate import is_page_number

    if "\f" in text:
        pages, sep = text.split("\f"), "\f"
    else:
        pages, sep = _pages_by_number(text), ""
        if len(pages) < 2:
            return text
    # the non-empty lines printed so far (spacing aside), in order: a repeated header repeats a
    # stretch of them line for line — not merely lines seen somewhere (the one-character lines of
    # a label printed one character a line were all seen before)
    hist: list[str] = []
    indent: list[int] = []  # where each of them starts (its page's character grid)
    starts: dict[str, list[int]] = {}

    def remember(page: str) -> None:
        for ln in page.split("\n"):
            key = "".join(ln.split())
            if key:
                starts.setdefault(key, []).append(len(hist))
                hist.append(key)
                indent.append(len(ln) - len(ln.lstrip()))

    out = [pages[0]]
    remember(pages[0])
    for page in pages[1:]:
        lines = page.split("\n")
        i = 0
        while i < len(lines) and (not lines[i].strip() or is_page_number(lines[i])):
            i += 1
        lead = []  # (line index, key) of the page's leading lines, up to a line with a number
        for k in range(i, len(lines)):
            if not lines[k].strip():
                continue
            if _DIGIT_CELL.search(lines[k]):
                break
            lead.append((k, "".join(lines[k].split())))
        repeated = 0
        origin = 0  # where in ``hist`` the latest longest stretch the page repeats starts
        for p in starts.get(lead[0][1], []) if lead else []:
            got = 0
            while got < len(lead) and p + got < len(hist) and hist[p + got] == lead[got][1]:
                got += 1
            if got >= repeated:
                repeated, origin = got, p
        j = lead[repeated - 1][0] + 1 if repeated else i
        after = next((ln for ln in lines[j:] if ln.strip()), "")
        before = next((ln for ln in reversed(out[-1].split("\n")) if ln.strip() and not is_page_number(ln)), "")
        if repeated < 2 or (_DIGIT_CELL.search(after) and not _CJK.search(after)
                            and _CJK.search(before) and not _DIGIT_CELL.search(before)):
            # (a page ending in a row label without numbers and going on with a line of numbers
            # alone: pdfminer's boxes put another row's numbers there ("(七)总计" / the header /
            # "７ ０ ０ ０ ０ ０ ７" of 四、结转…) — the header stays between them)
            remember(page)
            out.append(page)
            continue
        prev = out[-1].split("\n")
        while prev and (not prev[-1].strip() or is_page_number(prev[-1])):
            prev.pop()
        while j < len(lines) and not lines[j].strip():
            j += 1
        shift = Counter(indent[origin + g] - (len(lines[k]) - len(lines[k].lstrip()))
                        for g, (k, _key) in enumerate(lead[:repeated])).most_common(1)[0][0]
        lines = [_shifted(ln, shift) for ln in lines]
        remember("\n".join(lines))  # in the grid it now stands in
        out[-1] = "\n".join(prev + lines[j:])
    return sep.join(out)


def _shifted(line: str, by: int) -> str:
    """``line`` moved ``by`` characters to the right (left when negative) — a page's lines put
    into the character grid of the page whose table they continue (pdftotext lays each page out
    on a grid of its own, so the same column may start a few characters apart on two pages, and
    a number wrapped over the break would not stand over its first piece). Moving left takes the
    spaces from the line's start or, where a label starts it, from its first wide gap."""
    if by >= 0 or not line.strip():
        return " " * by + line if line.strip() else line
    need = -by
    lead = len(line) - len(line.lstrip(" "))
    if lead >= need:
        return line[need:]
    gap = re.search(r" {%d,}" % (need + 2), line)
    return line[:gap.start()] + line[gap.start() + need:] if gap else line


_LONE_NUMBER = re.compile(r"^[ \t\u3000]*[0-9０-９]+(?:[.．][0-9０-９]+)?[ \t\u3000]*$")


def page_numbers_among_cells(text: str) -> str:
    """Plain PDF text (one cell per line or block): a page number standing after a line holding one
    number alone and before two or more such lines on its page is printed among a table row's cells
    ("47 / 0 / 0 / — 151 — / 7 / 50 / 0 / 104" for 7 47 0 0 50 0 104): the page's body goes on after
    its footer, the text runs the page's boxes in an order of its own there, so the cells around it
    are not in their printed order — and a row's 总计 holds in any order of its other cells. (One
    number after it, the page ending then, is the last cell drawn after the footer.) The page number is replaced by ``UNREADABLE``: the row stays blank with a note
    instead of its cells being read in print order."""
    from .locate import is_page_number

    if "\n" not in text or in_columns(text.split("\n")):
        return text
    lines = text.split("\n")
    for n, ln in enumerate(lines):
        if not ln.strip() or not is_page_number(ln.replace("\f", "")):
            continue
        prev = next((lines[m] for m in range(n - 1, max(-1, n - 4), -1) if lines[m].strip()), "")
        after = 0  # lone numbers after it on its page: the page's body going on after its footer
        for m in range(n + 1, len(lines)):
            if lines[m].startswith("\f") or lines[m].strip() and not _LONE_NUMBER.match(lines[m]):
                break
            after += bool(lines[m].strip())
        if _LONE_NUMBER.match(prev.replace("\f", "")) and after >= 2:
            lines[n] = ("\f" if ln.startswith("\f") else "") + UNREADABLE
    return "\n".join(lines)


def _pages_by_number(text: str) -> list[str]:
    """``text`` cut after each line that is a page number counting the pages (the page number
    line before or after it says one less or one more); the pieces joined give ``text``."""
    from .locate import is_page_number

    lines = text.split("\n")
    marks = [(n, int(re.search(r"\d+", ln).group())) for n, ln in enumerate(lines)
             if ln.strip() and is_page_number(ln)]
    cuts = [n for i, (n, num) in enumerate(marks)
            if i > 0 and marks[i - 1][1] == num - 1 or i + 1 < len(marks) and marks[i + 1][1] == num + 1]
    out, start = [], 0
    for n in cuts:
        out.append("\n".join(lines[start:n + 1]) + "\n")
        start = n + 1
    out.append("\n".join(lines[start:]))
    return out


# ------------------------------------------------------------- a row's cells spread over lines

#: how far apart (characters) two cells of different lines may be written and still stand in
#: either order as drawn: `pdftotext -layout` lays out each text block on a character grid of its
#: own, and the lines of one row drawn at slightly different heights (a cell centred in a row
#: whose label wraps, a driver rounding each cell's baseline) may fall in different blocks
SPREAD_SLACK = 4


def _merges(seqs: list[list[tuple[int, int, str]]], slack: int, most: int = 5000) -> list[list[str]] | None:
    """Every left-to-right order of the cells of ``seqs`` (the cells of each line, in their order)
    in which each line keeps its own order and a cell written more than ``slack`` characters left
    of a cell of another line comes before it. None when there are more than ``most``."""
    out: list[list[str]] = []
    pos = [0] * len(seqs)
    total = sum(len(s) for s in seqs)
    cur: list[str] = []

    def ok(i: int) -> bool:
        s = seqs[i][pos[i]][0]
        # no cell still to come of another line stands clearly left of this one
        return not any(j != i and pos[j] < len(seqs[j]) and seqs[j][pos[j]][0] < s - slack for j in range(len(seqs)))

    def walk() -> bool:
        if len(cur) == total:
            out.append(list(cur))
            return len(out) <= most
        for i in range(len(seqs)):
            if pos[i] < len(seqs[i]) and ok(i):
                cur.append(seqs[i][pos[i]][2])
                pos[i] += 1
                going = walk()
                pos[i] -= 1
                cur.pop()
                if not going:
                    return False
        return True

    return out if walk() else None


def _adds_up(cells: list[str], check) -> bool | None:
    """A row's arithmetic with its not-applicable marks counted as nothing: its last cell (总计)
    the sum of the others (表三), or each 表四 block's 总计 the sum of its results (``check``).
    None when the 表三 总计 is a mark (nothing to check)."""
    if len(cells) != getattr(check, "widths", (0,))[0]:
        return check([c if _NUMBER.match(c) else "0" for c in cells])
    if not _NUMBER.match(cells[-1]):
        return None
    v = [_value(c) if _NUMBER.match(c) else 0.0 for c in cells]
    if None in v:
        return None
    return abs(sum(v[:-1]) - v[-1]) < 1e-9


def spread_rows(text: str, spans: list[tuple[tuple[int, int], int | dict[str, int]]], check,
                forms: tuple[str, ...], table: Choices | None = None) -> tuple[str, list[str]]:
    """Rows of 表三/表四 whose cells `pdftotext -layout` wrote on two lines or more (no empty line
    between; in a run of several rows' lines, see ``_row_groups``), the cells of one line standing
    between or right of
    those of a later line ("1.信访举报投诉   0" over "7  2  0  0  0  9": the 0 is 科研机构's, not
    自然人's): read in print order, cells would shift into other columns and the row still add up.
    Such a row is read left to right by where its cells are written — when every order the
    positions allow (cells of different lines closer than ``SPREAD_SLACK`` may stand either way)
    that holds the row's every cell and keeps its arithmetic gives the same cells; the cells are
    then written on one line. Otherwise its numbers are replaced by ``UNREADABLE`` (blank, with a
    note) — never read in print order. Rows whose cells stand over each other (a number wrapped in
    its cell) are left to ``join_wrapped_numbers``; rows written left to right line by line are
    left as they are. ``spans``: the offsets of 表三/表四 with their row widths, and of 表二 with
    the number of cells of each of its rows (normalised label -> cells): a 表二 row has no
    arithmetic, so only an order the positions alone give is taken. ``table`` (``Choices``): a
    表三/表四 row read in a few orders, each adding up, is listed there for the whole table to
    choose from (``text._settled_by_table``), and read as it chooses."""
    from .locate import norm

    lines = text.split("\n")
    starts = _line_starts(lines)
    rows = label_rows(lines, forms)
    notes: list[str] = []
    settle = _spread_settle(lines, rows, check, notes, norm, table)
    for (a, b), k in spans:
        idx = [n for n in range(len(lines)) if a < starts[n + 1] and starts[n] < b]
        if not any(len(_cell_tokens(lines[n])) >= 2 for n in idx):
            # no line of the table holds two cells apart in columns: not text laid out as the
            # page (a browser's copy, a cell a line: "0 " over " 0" are two cells, not one row's
            # cells drawn at two heights)
            continue
        n_i = 0
        while n_i < len(idx):
            if not lines[idx[n_i]].strip():
                n_i += 1
                continue
            # a run of non-empty lines
            run = [idx[n_i]]
            n_i += 1
            while n_i < len(idx) and idx[n_i] == run[-1] + 1 and lines[idx[n_i]].strip():
                run.append(idx[n_i])
                n_i += 1
            # the table found from its first row label: a cell of that row drawn higher stands
            # on the line above, outside the span
            if run[0] == idx[0]:
                while run[0] > 0 and (cs := _cell_tokens(lines[run[0] - 1])) and \
                        not lines[run[0] - 1][:cs[0][0]].strip() and _only_cells(lines[run[0] - 1], cs):
                    run.insert(0, run[0] - 1)
            if any("\t" in lines[m] or UNREADABLE in lines[m] for m in run):
                continue
            for group in _row_groups(lines, run, rows, k, check):
                settle(group, idx, k)
    return "\n".join(lines), notes


def _spread_settle(lines, rows, check, notes, norm, table=None):
    """``settle(group, idx, k)``: one row's lines (``spread_rows``) read and rewritten in place."""

    def settle(run: list[int], idx: list[int], k) -> None:
        cell_lines = [m for m in run if _cell_tokens(lines[m])]
        if len(cell_lines) < 2 or len({rows[m] for m in run if m in rows}) > 1:
            return
        seqs = [_cell_tokens(lines[m]) for m in cell_lines]
        sums = not isinstance(k, dict)
        if not sums:
            # 表二: the row's label (its text on the run's lines) tells how many cells it has
            said = norm("".join(lines[m][:_cell_tokens(lines[m])[0][0]] if _cell_tokens(lines[m]) else lines[m]
                                for m in run))
            widths_here = {w for f, w in k.items() if said.endswith(f)}
            if len(widths_here) != 1:
                return
            k_row = next(iter(widths_here))
        else:
            k_row = k
        # cells of a line after the line's label text only
        if any(not _only_cells(lines[m], s) for m, s in zip(cell_lines, seqs)):
            return
        if any(_stacked(s, t) for x, s in enumerate(seqs) for t in seqs[x + 1:]):
            return  # pieces of wrapped numbers: join_wrapped_numbers reads them
        printed = [c[2] for s in seqs for c in s]
        in_order = all(s[-1][1] + SPREAD_SLACK <= t[0][0] for s, t in zip(seqs, seqs[1:]))
        if in_order and (len(printed) != k_row or all(m in rows for m in cell_lines[:1])):
            # each line's cells right of the line's before: print order is the order (and the
            # text engine reads it so from the row's label on)
            return
        # a cell written left of the first or right of the last cell of the line holding the
        # most may stand outside its columns where full-width digits are drawn wider than
        # written (one pushed out of a narrow cell is written at the line start): its place is
        # shown only where the nearest line holding every cell has its first (last) cell there
        frame = max(cell_lines, key=lambda m: len(_cell_tokens(lines[m])))
        lo, hi = _cell_tokens(lines[frame])[0][0], _cell_tokens(lines[frame])[-1][1]
        full = sorted((m for m in idx if m not in run and len(_cell_tokens(lines[m])) == k_row
                       and _only_cells(lines[m], _cell_tokens(lines[m]))), key=lambda m: abs(m - frame))
        outside = [c for m, s in zip(cell_lines, seqs) if m != frame for c in s if c[0] < lo or c[1] > hi]
        wide = any(_WIDE_DIGIT.search(lines[m][c[0]:c[1]]) for m, s in zip(cell_lines, seqs) for c in s)
        if outside and wide and (not full or not all(
                _near(c, _cell_tokens(lines[full[0]])[0 if c[0] < lo else -1]) for c in outside)):
            return
        got = None
        fits: list[tuple[str, ...]] = []
        if len(printed) == k_row:
            merges = _merges(seqs, SPREAD_SLACK)
            if merges is not None:
                fits = sorted({tuple(m) for m in merges if not sums or _adds_up(m, check) is not False})
                if len(fits) == 1:
                    got = list(fits[0])
                elif sums and table is not None and 1 < len(fits) <= table.most:
                    # several orders, each adding up: the whole table may tell which is printed
                    key = ("spread", *cell_lines)
                    if key in table.choices:
                        got = list(fits[table.choices[key]])
                    else:
                        table.found.append((key, len(fits)))
        # written on the line holding the most of them — or on the one line between two lines of
        # the row's label holding nothing but cells (emptied, it would cut the label in two)
        own = {rows[m] for m in run if m in rows}
        inner = [m for m in cell_lines if not lines[m][:_cell_tokens(lines[m])[0][0]].strip()
                 and any(x < m and x in rows and rows[x] in own for x in run)
                 and any(x > m and x in rows and rows[x] in own for x in run)]
        if got is not None and len(inner) > 1:
            got = None
        if got is not None:
            frame = inner[0] if inner else frame
            for m in cell_lines:
                if m != frame:
                    lines[m] = _replace(lines[m], _cell_tokens(lines[m]), None).rstrip()
            at = _cell_tokens(lines[frame])[0][0]
            lines[frame] = lines[frame][:at] + "  ".join(got)
            return
        for m in cell_lines:
            # the marks too: read in print order, a "/" would stand in another column
            cells = _cell_tokens(lines[m])
            lines[m] = _replace(lines[m], cells, [UNREADABLE] * len(cells))
        notes.append(f"表格中有一行的数字分印在几行上（{' / '.join(' '.join(c[2] for c in s) for s in seqs)}），"
                     "各数字所在的列无法确认，该行已留空，请按原表填写。")

    return settle


def _rests_of(lines: list[str], row: int, m: int, check) -> bool:
    """The numbers of line ``m`` may be the rests (or first pieces) of numbers wrapped in the cells
    of row line ``row`` beside it: joined with them column by column, the row still adds up."""
    pair = [_numbers(lines[row]), _numbers(lines[m])] if row < m else [_numbers(lines[m]), _numbers(lines[row])]
    joined = _join(pair)
    return joined is not None and check(joined) is not False


def _row_groups(lines: list[str], run: list[int], rows: dict[int, int], k, check=None) -> list[list[int]]:
    """The lines of each row in a run of non-empty lines (``spread_rows``): the run itself when it
    carries one row's label; else, in 表三/表四 (``k`` cells a row), each row's labelled lines with
    the lines of cells carrying no row label between them, each such line given to the row beside
    it (the nearest labelled line above or below) that its cells complete to ``k`` — when exactly
    one row beside it is short of cells, and every row so completed has exactly ``k``. Nothing
    (the run left as printed) when a line could be either row's."""
    rids = {rows[m] for m in run if m in rows}
    if len(rids) <= 1:
        return [run]
    if isinstance(k, dict):
        return []
    count = {r: sum(len(_cell_tokens(lines[m])) for m in run if rows.get(m) == r) for r in rids}
    owned: dict[int, list[int]] = {r: [m for m in run if rows.get(m) == r] for r in rids}
    for m in run:
        if m in rows or not _cell_tokens(lines[m]):
            continue
        if any(x in run and _stacked(_numbers(lines[m]), _numbers(lines[x])) and _rests_of(lines, x, m, check)
               for x in (m - 1, m + 1)):
            return []  # the rests of numbers wrapped in the row beside it, as well
        above = next((rows[x] for x in range(m - 1, run[0] - 1, -1) if x in rows), None)
        below = next((rows[x] for x in range(m + 1, run[-1] + 1) if x in rows), None)
        short = {r for r in (above, below) if r is not None and count[r] < k}
        if len(short) != 1:
            return []
        r = short.pop()
        owned[r].append(m)
        count[r] += len(_cell_tokens(lines[m]))
    if any(c > k for c in count.values()):
        return []
    return [sorted(owned[r]) for r in rids if count[r] == k]

