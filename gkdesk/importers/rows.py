"""Import stage "rows": the tokens of one row → candidate values.

``classify`` reads one token (number, empty, not-applicable mark, other text); ``read_fields`` splits
a segment of text into fields, keeping notes in parentheses apart; ``split_candidates`` lists every
way glued digit strings can be split into ``k`` non-negative integers; ``read_row`` turns the fields
of a row into values only when every digit is accounted for (else it returns the alternatives).
"""


from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import permutations

from ..core.values import CellValue, State, number, parse_value
from .safety import check_deadline

# ----------------------------------------------------------------------------------- fields

NUM, EMPTY, NA, OTHER, UNREAD = "num", "empty", "na", "other", "unread"
#: stands for a printed number whose digits cannot all be accounted for (a number wrapped in a
#: narrow PDF column that no reading of the table's arithmetic settles, or drawn in a PDF font whose
#: characters cannot be told): a cell, but never a value
UNREADABLE = "\ue0ff"
_NUM_RE = re.compile(r"^([+-]?\d+(?:\.\d+)?)(?:元|万元|件|个|条|项|次|宗)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_NA_TEXT = {"-", "--", "—", "——", "–", "/", "－", "―", "无", "\\"}
#: a piece of a group label wrapped in its cell ("（四）无" of "（四）无法提供"): never a cell,
#: even where the rest of it reads like a mark
_ORDINAL_WORD = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fff]+")
#: a parenthesised remark ("（区分处理的，只计这一情形，不计其他情形）", "（其中修订16件）"); it never
#: takes in a line that holds only a number or a mark: that is a cell of a PDF's text stream that
#: poppler printed inside the remark wrapped over lines ("（区分处理的， / ０ / ０ / ０ / 只计这一情形…）")
_CELL_LINE = r"(?!\n[ \u3000\u00a0]*(?:[\d.]+|[—/／-])[ \u3000\u00a0]*(?:\n|$))"
#: ... nor two numbers standing apart one after the other: cells printed inside a remark wrapped
#: over lines ("（区分处理 ０ ０ ０ ０ ０ １２ １２" / "的，只计这一情形，不计其他 ４ ４" / "情形）": pdfplumber's
#: text of a narrow label column, the row's cells on the remark's lines), not the remark's own number
_CELLS_IN = r"(?![ \t\u3000\u00a0]\d+(?:[.．]\d+)?[ \t\u3000\u00a0]+\d)"
_PAREN = re.compile(rf"[（(](?:{_CELL_LINE}{_CELLS_IN}[^（）()\d])*[^（）()\d\s](?:{_CELL_LINE}{_CELLS_IN}[^（）()])*[）)]")
_MINUS = str.maketrans({"−": "-", "﹣": "-", "‐": "-", "‑": "-", "－": "-"})
#: a change printed with its word instead of its sign, as 本年增/减 cells are ("减4", "增加2",
#: "减少 3"): 减 is the minus sign, 增 the plus sign; a signed number after the word is no such cell
_SIGN_WORD = re.compile(r"^(增加?|减少?)(\d+(?:\.\d+)?)$")
#: ... and a change of nothing said in words ("未增未减", "无增减"): the number 0, as a reader states it
_NO_CHANGE = frozenset({"未增未减", "未增减", "无增减", "无增无减", "不增不减"})


@dataclass
class Field:
    kind: str
    text: str = ""
    line: int = 0
    #: a digit line right under another digit line of a text printed one cell per block (plain
    #: pdftotext): it may be the rest of a number wrapped in its cell, or a number of its own
    joins: bool = False
    #: (``joins`` set for a lone digit line under a line of cells, not under a lone number: the
    #: line may as well be a cell of its own, PDFium's text printing cells side by side)
    beside: bool = False

    @property
    def is_cell(self) -> bool:
        return self.kind != OTHER

    @property
    def plain_int(self) -> bool:
        return self.kind == NUM and self.text.isdigit()


def classify(raw: str, line: int = 0) -> Field:
    """One cell's text: a number, empty, a not-applicable mark or other text. Digit groups
    separated by white space ("3 1") are never joined into one number: which digits belong
    together is not known (two values, a note marker, a wrapped number) — they are text."""
    if UNREADABLE in raw:  # also a cell with characters of a font no mapping tells (pdf_reader)
        return Field(UNREAD, "", line)
    s = unicodedata.normalize("NFKC", raw).translate(_MINUS)
    if re.search(r"\d\s+[\d.]", s.strip()):
        return Field(OTHER, "".join(s.split()), line)
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
    if s in _NO_CHANGE:
        return Field(NUM, "0", line)
    m = _SIGN_WORD.match(s)
    if m:
        t = m.group(2)
        return Field(NUM, "-" + t if m.group(1)[0] == "减" and t.strip("0.") else t, line)
    return Field(OTHER, s, line)


def cell_per_line(region: str) -> bool:
    """The table is printed one cell per line and an empty line is an empty cell (a web table
    copied from a browser): no tabs or pipes, nearly every line holds one cell, and empty lines
    are few, or cells also follow each other directly and some empty cells are next to each other
    (where every block is followed by one empty line, the empty lines only separate)."""
    if "\t" in region or "|" in region:
        return False
    lines = region.strip("\n").split("\n")
    full = [ln for ln in lines if ln.strip(" \u00a0\u3000")]
    empty = len(lines) - len(full)
    if len(full) < 20 or empty == 0:
        return False
    single = sum(1 for ln in full if len(ln.split()) == 1)
    if single < 0.9 * len(full):
        return False
    # many empty lines: they only separate when (nearly) every cell stands alone between two of
    # them; where cells also follow each other directly, an empty line is an empty cell
    # (plain pdftotext separates every block of lines by one empty line: two only here and there)
    blank = [not ln.strip(" \u00a0\u3000") for ln in lines]
    adjacent = sum(1 for a, b in zip(blank, blank[1:]) if not a and not b)
    double = sum(1 for a, b in zip(blank, blank[1:]) if a and b)
    return empty < 0.4 * len(full) or (adjacent >= 0.3 * len(full) and double >= max(2, 0.03 * len(full)))


_NUM_LINE = re.compile(r"[ \u00a0\u3000]*[-+]?\d[\d,.，]*[ \u00a0\u3000]*")


def numbers_kept_apart(region: str) -> bool:
    """No two number lines follow each other directly while numbers stand one empty line apart
    again and again ("372 / (empty) / 0 / (empty) / 0"): plain pdftotext, whose blocks an empty
    line only separates. A browser copy runs a row's cells line after line ("372 / 0 / 0"), an
    empty line standing for an empty cell."""
    lines = region.strip("\n").split("\n")
    num = [bool(_NUM_LINE.fullmatch(ln)) for ln in lines]
    blank = [not ln.strip(" \u00a0\u3000") for ln in lines]
    if any(a and b for a, b in zip(num, num[1:])):
        return False
    apart = sum(1 for a, b, c in zip(num, blank[1:], num[2:]) if a and b and c)
    return apart >= 3


#: a note printed under or inside a table ("注：1.本表由办公室填报；2.统计截至2025年1月10日。"): its
#: digits are never cell values
#: a row printed as its label, a colon and its numbers, listed with 、 or ； ("行政许可：15",
#: "规章：0、0、2"); a count may carry its unit ("120件")
_LEAD_COLON = re.compile(r"^[ \u3000\u00a0]*[：:](?=[ \u3000\u00a0]*[\d—])")
_LIST_SEP = re.compile(r"(?<=\d)[ \u3000]*[、；;][ \u3000]*(?=[\d—])")
_COUNT_UNIT = re.compile(r"(?<=\d)[件条个项](?![\u4e00-\u9fff\d])")
_NOTE_LINE = re.compile(r"^[ \t\u3000]*(?:注|备注|说明|附注)[ \t\u3000]*[:：].*$", re.M)
_NOTE_MARK = "\ue002"
#: a calendar date ("2025 年 1 月 10 日", "2025年1月"): never a cell value
_DATE = re.compile(r"(?<![\d.])\d{4}[ \t\u3000]*年(?:[ \t\u3000]*\d{1,2}[ \t\u3000]*月(?:[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号])?)?")


def ws_cell_lines(region: str) -> bool:
    """The table is printed one cell per line with an empty line after every cell, and a cell
    printed empty leaves a line holding only a space or &nbsp; (a web page whose cells are
    paragraphs, P03): every such line stands between two truly empty lines, and truly empty lines
    are about as many as the cells (a header cell wrapped over lines, "现行有" over "效件数", is one
    cell). Plain pdftotext never writes a line of spaces for an empty cell. Or the cells follow each
    other directly and an empty cell is a line of &nbsp; (``_nbsp_cells``)."""
    if "\t" in region or "|" in region:
        return False
    lines = region.split("\n")
    # (the last line may be the indent of the text after the table, the region cut at its words)
    ws = [i for i, ln in enumerate(lines) if ln and not ln.strip(" \u00a0\u3000") and i < len(lines) - 1]
    full = sum(1 for ln in lines if ln.strip(" \u00a0\u3000"))
    if full < 20 or not ws:
        return False
    if any(not (0 < i and lines[i - 1] == "" and (i == len(lines) - 1 or lines[i + 1] == "")) for i in ws):
        return _nbsp_cells(lines, ws, full)
    cells = sum(1 for i, ln in enumerate(lines) if ln and (i == 0 or lines[i - 1] == ""))
    return sum(1 for ln in lines if ln == "") >= 0.8 * cells


def _nbsp_cells(lines: list[str], ws: list[int], full: int) -> bool:
    """The other shape of a web page's cells as lines (BeautifulSoup ``get_text("\n")`` of a CMS page
    whose empty cells are ``<td>&nbsp;</td>``): the cells of a row follow each other line by line,
    an empty cell is a line holding only &nbsp;, and truly empty lines (the white space between the
    page's rows) only separate rows. Every white-space line holds a &nbsp; (a line of plain spaces,
    the page's indentation, would be neither), there are several, and most cells stand directly
    under another cell, not between empty lines."""
    if len(ws) < 3 or any("\u00a0" not in lines[i] for i in ws):
        return False
    if not any(ln == "" for ln in lines):
        return False
    content = [i for i, ln in enumerate(lines) if ln]
    direct = sum(1 for i in content if i > 0 and lines[i - 1])
    return direct >= 0.5 * len(content)


def block_mode(region: str) -> bool:
    """The table is printed one cell per block of lines, blocks separated by empty lines, and a
    cell printed empty leaves nothing (plain `pdftotext` of a PDF table): nearly every line holds
    one token and empty lines are many. Two digit lines of one block may then be one number
    wrapped in a narrow cell ("30" over "01") or two cells."""
    if "\t" in region or "|" in region or cell_per_line(region):
        return False
    lines = region.strip("\n").split("\n")
    full = [ln for ln in lines if ln.strip(" \u00a0\u3000")]
    if len(full) < 20:
        return False
    from .locate import rows_in_columns

    if rows_in_columns(region) >= 2:
        # rows of numbers standing in columns (`pdftotext -layout`, a header printed one
        # character a line and empty lines between the rows): not one cell per block
        return False
    single = sum(1 for ln in full if len(ln.split()) == 1)
    return single >= 0.8 * len(full) and len(lines) - len(full) >= 0.3 * len(full)


#: a line's last run of "|" separated by white space at most ("| ||", " |")
_PIPE_END = re.compile(r"\|(?:[ \u00a0\u3000]*\|)*\Z")


_PIPE_RUN = re.compile(r"[ \t\u3000\u00a0]*\|{2,}[ \t\u3000\u00a0]*")


def read_fields(segment: str, blank_cells: bool = False, blocks: bool = False, ws_cells: bool = False) -> list[Field]:
    """Split a stretch of text between two labels into cells. With ``blank_cells`` (see
    ``cell_per_line``) an empty line inside the stretch is an empty cell; with ``ws_cells`` (see
    ``ws_cell_lines``) a line holding only white space is."""
    segment = _ORDINAL_WORD.sub(" ", segment)
    if "：" in segment or ":" in segment or "、" in segment or "；" in segment:
        segment = _LIST_SEP.sub(" ", _LEAD_COLON.sub(" ", segment, count=1))
    segment = _COUNT_UNIT.sub("", segment)
    segment = _PAREN.sub(" ", segment)
    # (a note's line holds no cell: with ``blank_cells`` or ``ws_cells`` a line of white space left
    # in its place would be an empty cell after the table's last row)
    segment = _NOTE_LINE.sub(_NOTE_MARK, segment)
    segment = _DATE.sub(" ", segment)
    out: list[Field] = []
    lines = segment.split("\n")
    for ln, line in enumerate(lines):
        if line == _NOTE_MARK:
            continue
        if ws_cells and ln > 0 and line and not line.strip(" \u00a0\u3000"):
            out.append(Field(EMPTY, "", ln))
            continue
        if blank_cells and 0 < ln < len(lines) - 1 and not line.strip(" \u00a0\u3000"):
            out.append(Field(EMPTY, "", ln))
            continue
        if "\t" in line or "|" in line:
            body = line.rstrip(" \u00a0\u3000")
            m = _PIPE_END.search(body) if "||" in body else None
            if m and "||" in m.group(0) and body[:m.start()].strip(" \u00a0\u3000|"):
                # the row ends in a run of pipes holding "||" after its last cell: the columns that
                # cell spans, as a web table's converter prints a merged cell ("行政强制 | 0 | ||": one
                # 0 over three columns; an empty cell is " |"), not empty cells — a number's column
                # is then not shown. (A run inside the row is kept: it aligns the cells after it.)
                body = body[:m.start()] + "|"
            if "|" in body and body.endswith("|"):
                body = body[:-1]
            parts = re.split(r"[\t|]", body)
            nonempty = [p for p in parts if p.strip(" \u00a0\u3000")]
            if not nonempty:
                if ln > 0 and _PIPE_RUN.fullmatch(line):
                    # a run of "|" on a line of its own ("||", "|||||||"): the empty cells a web
                    # table's converter pads every row with up to the widest row, after the row's
                    # own cells (each on its line, an empty one a lone "|"): no cell of the row
                    continue
                # a lone "|" right under a cell's text that has no "|" of its own closes that cell
                # (one cell per line with a "|" line after each cell); under another "|" it is an
                # empty cell. On the label's own line it is only the separator after the label.
                prev = lines[ln - 1].strip(" \u00a0\u3000\t") if ln > 0 else ""
                closes = ln > 0 and (prev or ln == 1) and not prev.endswith("|") and line.strip() == "|"
                if ln > 0 and not closes:
                    out.append(Field(EMPTY, "", ln))
                continue
            rest = body.lstrip(" \u00a0\u3000")
            rest = rest[1:] if rest[:1] in ("\t", "|") else rest  # one separator may indent a cell
            if len(nonempty) == 1 and not re.search(r"[\t|]", rest):
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
            words = _split_words(line, ln)
            if blocks and len(words) == 1 and words[0].plain_int and out and out[-1].plain_int \
                    and out[-1].line == ln - 1 and (len(lines[ln - 1].split()) == 1 or _cells_only(lines[ln - 1])):
                # (or the line above is a run of cells ending in a number, "— 758 322" over "19":
                # PDFium's text, the pieces of a number wrapped in its narrow cell on the lines of
                # the cells beside them — the lone digits may be the rest of the line's last number)
                words[0].joins = True
                words[0].beside = len(lines[ln - 1].split()) != 1
            out.extend(words)
    return out


def _cells_only(line: str) -> bool:
    """A line of two or more numbers or not-applicable marks and nothing else."""
    parts = line.split()
    return len(parts) >= 2 and all(classify(p).kind in (NUM, NA) for p in parts)


def spaced_cells(segment: str, k: int) -> list[Field] | None:
    """The ``k`` cells after a row label in a one-line body whose cells are joined by exactly one
    space (a crawler's ``" ".join(cells)``: an empty cell leaves two spaces in a row). The segment
    opens with that one space; then come space-separated pieces, each empty, a number or a mark,
    up to the row's end: a piece of other text (a group label cell) or, at the segment's end, the
    one space before the next row. None when the segment does not read as exactly ``k`` cells so."""
    line = segment.split("\n", 1)[0]
    if "\t" in line or "|" in line or not line.startswith(" "):
        return None
    parts = line.split(" ")[1:]
    cells: list[Field] = []
    closed = False
    for p in parts:
        f = classify(p)
        if f.kind == OTHER or f.kind == UNREAD:
            closed = True
            break
        cells.append(f)
    if not closed:
        if "\n" in segment or not cells or cells[-1].kind != EMPTY:
            return None
        cells.pop()  # the space before the next row's label
    return cells if len(cells) == k else None


def spaced_tail(segment: str, k: int) -> list[Field] | None:
    """The last ``k`` cells of a one-line segment (表四's numbers after its header words), read as
    ``spaced_cells`` reads a row: pieces joined by one space, an empty cell leaving two, the
    segment ending with the one space before what follows."""
    line = segment.rsplit("\n", 1)[-1]
    if "\t" in line or "|" in line or not line.endswith(" "):
        return None
    parts = line.split(" ")[:-1]
    cells: list[Field] = []
    for p in reversed(parts):
        f = classify(p)
        if f.kind == OTHER or f.kind == UNREAD:
            break
        cells.append(f)
    else:
        return None
    cells.reverse()
    return cells if len(cells) == k else None


_SIGN_WORDS = frozenset({"增", "减", "增加", "减少"})


def _split_words(text: str, ln: int) -> list[Field]:
    # digits run into other text (e.g. "第3页") stay text: a number is never guessed out of words
    words = text.split()
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _SIGN_WORDS and i + 1 < len(words) and _SIGN_WORD.match(w + words[i + 1]):
            # "减 4": the sign word of a change and its number, a space between (never 4 alone)
            out.append(classify(w + words[i + 1], ln))
            i += 2
            continue
        out.append(classify(w, ln))
        i += 1
    return out


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
    #: an ambiguous row's readings each adding up (its line as printed, or with the digit strings
    #: after it joined as the rests of wrapped numbers), for the whole table to choose from
    readings: list[list[CellValue]] = field(default_factory=list)
    nums: list[Field] = field(default_factory=list)
    message: str = ""
    #: the numbers after the label may be another row's (another row's ordinal or label head, or
    #: the header, printed before them): no reading by position either
    doubted: bool = False
    #: every number after the row's line was joined to its cells as the rest of a wrapped number:
    #: none is left over for another row
    wrapped: bool = False
    #: the digit groups after the row's line left unused (the row read from its one line of k)
    leftover: list[str] = field(default_factory=list)


def _shown(nums: list[Field], limit: int = 20) -> str:
    """The digit groups of a row as the import report names them (the first ``limit``)."""
    return " ".join(f.text for f in nums[:limit]) + (" …" if len(nums) > limit else "")


def _val(f: Field) -> CellValue:
    if f.kind == NUM:
        return number(Decimal(f.text))
    if f.kind == NA:
        return parse_value(f.text)
    return CellValue(State.BLANK)


def _boxes_out_of_order(nums: list[Field], reading: list[Field], check) -> bool:
    """A row printed a cell a block (every two cells a blank line apart: pdfminer's text boxes,
    plain pdftotext's blocks) whose reading joins a number wrapped over lines: such a taller block
    may be put after the row's one-line blocks ("0 / 0 / 0 / 0 / 0 / 90⏎77 / 90⏎77" for 自然人 9077 …
    总计 9077), so its place in the order does not show its column. True when the joined numbers
    could stand in other columns (the others keeping their order) with the row still adding up."""
    if not any(b.line > a.line + 1 for a, b in zip(nums, nums[1:])):
        return False  # no blank line between any two cells: no blocks
    for a, b in zip(nums, nums[1:]):
        if b.line == a.line + 1 and not b.joins:
            return False  # lines right under each other: no blocks
    # (cells on one line among blocks are one box too: pdfminer puts cells drawn close side by
    # side on one line, "３ ０ / ０ / ４⏎０ / …", and that box need not stand in its columns' order)
    multi = [j for j, f in enumerate(reading) if not any(f is g for g in nums)]
    if not multi or len(multi) > 3:
        return bool(multi)
    k = len(reading)
    singles = [f for j, f in enumerate(reading) if j not in multi]
    wrapped = [reading[j] for j in multi]
    seen = set()
    for pos in permutations(range(k), len(wrapped)):
        cells: list[Field | None] = [None] * k
        for p, f in zip(pos, wrapped):
            cells[p] = f
        rest = iter(singles)
        row = [c if c is not None else next(rest) for c in cells]
        vals = [_val(f) for f in row]
        if check(vals):
            seen.add(tuple(f.text for f in row))
            if len(seen) > 1:
                return True
    return False


def block_readings(nums: list[Field], limit: int = 4096) -> list[list[Field]]:
    """Every reading of numbers some of which may continue the one above (``Field.joins``): each
    such line joined to the number above or standing alone; a joined number never starts with 0."""
    joins = [i for i, f in enumerate(nums) if f.joins]
    if 2 ** len(joins) > limit:
        return []
    out = []
    for mask in range(2 ** len(joins)):
        joined = {joins[b] for b in range(len(joins)) if mask >> b & 1}
        vals: list[Field] = []
        parts: list[list[str]] = []
        ok = True
        for i, f in enumerate(nums):
            if i in joined:
                prev = vals[-1]
                if prev.text == "0":
                    ok = False
                    break
                vals[-1] = Field(NUM, prev.text + f.text, prev.line)
                parts[-1].append(f.text)
            else:
                vals.append(f)
                parts.append([f.text])
        if ok and all(wrap_shape(p) for p in parts):
            out.append(vals)
    return out


def wrap_shape(pieces: list[str]) -> bool:
    """The pieces of one number could be its digits wrapped in a narrow cell: each line of the cell
    but the last is filled with as many digits as fit (all digits are drawn the same width), the
    last holds the rest — "270" / "8" / "0" is no wrapped 27080 (a full line "8" would hold three
    digits), but the rests of two numbers standing under each other."""
    if len(pieces) < 2 or not all(p.isdigit() for p in pieces):
        return True
    return len({len(p) for p in pieces[:-1]}) == 1 and len(pieces[-1]) <= len(pieces[0])


def wraps_under(line: list[Field], below: list[Field], fields: list[Field] | None = None) -> bool:
    """``below`` (digit groups a row's reading leaves over) stands as the rests of numbers wrapped
    in narrow cells do: plain digit strings alone on the lines right under the row's line, one line
    after another. With ``fields`` (the row's whole stretch) each of those lines holds nothing but
    digit groups, but for a group label wrapped in the far-left column opening it ("本年 ８８ ６２")."""
    if not below or not line or any(f.kind != NUM or not f.text.isdigit() for f in below):
        return False
    lines = sorted({f.line for f in below})
    if lines != list(range(line[0].line + 1, line[0].line + 1 + len(lines))):
        return False
    if fields is not None:
        for ln in lines:
            on = [f for f in fields if f.line == ln]
            first = next(n for n, f in enumerate(on) if f.kind == NUM)
            if any(f.kind != NUM for f in on[first:]) or any(f.kind != OTHER for f in on[:first]):
                return False
    return True


def rests_apart(line: list[Field], below: list[Field], fields: list[Field]) -> bool:
    """``below`` (plain digit strings a row's reading leaves over) may be the rests of the row's
    numbers wrapped in narrow cells even with text between: a group label wrapped in the far-left
    column printed in full before the rests (PDFium: "（一）予以公开 0 285 … 285" / "本年" / "度办" /
    "理结" / "果" / "71 71" for 28571), or the table's header printed again after a page break
    inside the row ("… ８６ ０ ８６" / the header's lines / "本年 ）予 ３ ３" for 863). The lines
    between hold no cell, and each line of rests holds nothing but text before its digit strings."""
    if not below or not line or any(not f.plain_int for f in below):
        return False
    lines = {f.line for f in below}
    if min(lines) <= line[0].line:
        return False
    for ln in range(line[0].line + 1, max(lines) + 1):
        on = [f for f in fields if f.line == ln]
        if ln not in lines:
            if any(f.kind in (NUM, NA) for f in on):
                return False
            continue
        first = next(n for n, f in enumerate(on) if f.kind == NUM)
        if any(f.kind != NUM for f in on[first:]) or any(f.kind != OTHER for f in on[:first]):
            return False
    return True


#: a row whose wrapped rests join in this many ways at most, each adding up, is listed for the
#: whole table to choose from (``RowRead.readings``)
MOST_WRAPPED_READINGS = 8


def wrapped_joins(line: list[Field], below: list[Field], check, limit: int = 1000,
                  quick=None) -> list[list[CellValue]] | None:
    """Every reading of a row's line of numbers with the digit strings of the lines under it
    appended as the rests of numbers wrapped in narrow cells, that ``check`` accepts: each line's
    strings, left to right, continue as many of the numbers, left to right; a number continued on
    one line may go on in the next line, only such a number (a cell's text wraps down); a 0 never
    wraps ("１９" over "１１" over "６": 19116). ``quick(ints) -> bool``, a cheap necessary
    condition on the joined integers, lets 10 times as many ways be tried; past the limit nothing
    is tried and None is returned (not known: the row stays unread)."""
    from itertools import combinations
    from math import comb

    if any(f.kind != NUM or not f.text.isdigit() for f in below) or any(
            f.kind != NA and (f.kind != NUM or not f.text.isdigit()) for f in line):
        return []
    # (a not-applicable mark of the line, "—", is a cell no piece continues)
    by_line: dict[int, list[str]] = {}
    for f in below:
        by_line.setdefault(f.line, []).append(f.text)
    pieces = [by_line[ln] for ln in sorted(by_line)]
    ways, width = 1, len(line)
    for got in pieces:
        ways *= comb(width, len(got))
        width = len(got)
    if not ways:
        return []
    if ways > limit * (10 if quick is not None else 1):
        return None
    out: list[list[CellValue]] = []

    def go(texts: list[str], li: int, open_: list[int]) -> None:
        if li == len(pieces):
            if quick is not None and not quick([int(t) if f.kind == NUM else 0 for t, f in zip(texts, line)]):
                return
            vals = [_val(Field(NUM, t, line[0].line)) if f.kind == NUM else _val(f) for t, f in zip(texts, line)]
            if check(vals) is True:
                out.append(vals)
            return
        for at in combinations([i for i in open_ if texts[i] != "0" and line[i].kind == NUM], len(pieces[li])):
            nxt = list(texts)
            for i, p in zip(at, pieces[li]):
                nxt[i] = texts[i] + p
            go(nxt, li + 1, list(at))

    go([f.text for f in line], 0, list(range(len(line))))
    return out


def read_row(fields: list[Field], k: int, at_end: bool = False, check=None, check_marks=None) -> RowRead:
    """The values of one row's fields (``k`` cells). ``check(values) -> bool | None`` is the row's
    arithmetic (表三: 总计 = the sum of the others), used where digit lines may be one wrapped
    number or several (``Field.joins``): a reading is taken only when it is the one that has ``k``
    numbers and satisfies it. ``check_marks`` is that arithmetic with not-applicable marks
    counting as none, for joining the rests of wrapped numbers onto a line that holds marks."""
    cells = [f for f in fields if f.is_cell]
    nums = [f for f in cells if f.kind in (NUM, NA)]
    r = RowRead(nums=nums)
    if any(f.kind == UNREAD for f in cells):
        r.status = "ambiguous"
        r.message = "有数字在窄列中折行，无法确定各段数字如何拼接"
        return r
    if any(f.joins for f in nums):
        fits = [v for v in block_readings(nums) if len(v) == k and check is not None and check([_val(f) for f in v])]
        if not fits and check_marks is not None and any(f.kind == NA for f in nums):
            # marks among the pieces ("２９ / 9 / — 758 322 / 19 / ２ 330 / 17"): a mark counts as none
            # in 总计, and it is a cell no piece continues
            fits = [v for v in block_readings(nums) if len(v) == k and check_marks([_val(f) for f in v])]
        if len(fits) == 1 and _boxes_out_of_order(nums, fits[0], check):
            r.status = "ambiguous"
            r.message = ("每格一块排列，折行的数字自成一块，其在块序中的位置不一定是它所在的列（pdfminer 等按块高排序），"
                         "放在别的列也能满足本行合计关系，无法确定")
            return r
        if len(fits) == 1:
            r.values, r.status, r.nums = [_val(f) for f in fits[0]], "ok", fits[0]
            return r
        r.status = "ambiguous"
        r.message = ("数字分行排列，可能是一个数字在窄列中折行，也可能是几个数字，"
                     + ("有多种读法都满足合计关系" if fits else "没有一种读法能满足本行合计关系") + "，无法确定")
        return r
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
    # positional: the numbers lie within k consecutive cells (explicit empty cells between them).
    # More cells than k may be padding (a web table's merged label or extra column printed as
    # "| ||"): every window of k cells with only empty cells outside it is a reading, and the row
    # is read only when all readings agree (else an empty cell could be taken for a 0's place)
    cells = _own_line(cells, nums, k)
    if len(cells) >= k and any(f.kind == EMPTY for f in cells):
        windows = {tuple((f.kind, f.text) for f in cells[i:i + k]) for i in range(len(cells) - k + 1)
                   if all(f.kind == EMPTY for f in cells[:i] + cells[i + k:])}
        if len(windows) == 1:
            lead = next(i for i in range(len(cells) - k + 1) if all(f.kind == EMPTY for f in cells[:i] + cells[i + k:]))
            if not _words_among(fields, cells[lead], cells[lead + k - 1]):
                r.values, r.status = [_val(f) for f in cells[lead:lead + k]], "positional"
                return r
    if len(nums) > k:
        first = [f for f in nums if f.line == nums[0].line]
        under = nums[len(first):]
        # digit strings under a row's line of k cells, fewer than k a line, are the rests of its
        # numbers wrapped in narrow cells ("１ １ ０ ０ — ３ ５" over "６ ４ ６ ４" over "８ ６ ８" for 168 14 … 548),
        # not the cells of further rows: no k at a time
        rests = len(first) == k and wraps_under(first, under) and \
            any(sum(1 for f in under if f.line == ln) != k for ln in {f.line for f in under})
        if len(nums) % k == 0 and not rests:
            groups = [nums[i:i + k] for i in range(0, len(nums), k)]
            r.values = [_val(f) for f in groups[0]]
            r.extra_groups = [[_val(f) for f in g] for g in groups[1:]]
            r.status = "groups"
            return r
        by_line: dict[int, list[Field]] = {}
        for f in nums:
            by_line.setdefault(f.line, []).append(f)
        exact = [v for v in by_line.values() if len(v) == k]
        # the row's own line (the first with numbers) holds exactly its cells; a later line only
        # when every number of the row is 0 (whichever line is the row's, its cells are 0)
        if len(exact) == 1 and (exact[0][0] is nums[0] or all(f.text == "0" for f in nums)):
            used = {id(f) for f in exact[0]}
            below = [f for f in nums if id(f) not in used]
            rest = [f.text for f in below]
            if check is not None and check([_val(f) for f in exact[0]]) is False:
                # digit strings alone on the lines under the row's line: the rests of the line's
                # numbers wrapped in narrow cells ("３０ ５ … ３１" over "０１ ３ １ １９"), read
                # when exactly one way of appending them makes the row add up
                if wraps_under(exact[0], below, fields):
                    fits = wrapped_joins(exact[0], below, check)
                    if fits == [] and check_marks is not None and any(f.kind == NA for f in exact[0]) \
                            and check_marks([_val(f) for f in exact[0]]) is False:
                        # a line with marks among its numbers ("510 533 4 — ５ ６ 105" over "8 1 ６ 14"):
                        # a mark counts as none in 总计, and it is a cell no rest continues
                        fits = wrapped_joins(exact[0], below, check_marks)
                    if fits is not None and len(fits) == 1:
                        r.values, r.status, r.wrapped = fits[0], "ok", True
                        r.message = (f"本行数字不满足合计关系，其下只有数字（{' '.join(rest)}），是窄列中折行的数字的一段，"
                                     "只有一种拼接方式使本行合计关系成立，已按此读取（请核对）")
                        return r
                    if fits and len(fits) <= MOST_WRAPPED_READINGS:
                        # several ways of appending them make the row add up ("３ １ ０ 0 ３ 8 ３" over
                        # "３ ０ ３ ３" over "１ １" …): the whole table's identities may choose one
                        r.status = "ambiguous"
                        r.readings = fits
                        r.message = (f"本行一行 {k} 个数字不满足本行合计关系，其下的数字（{' '.join(rest)}）是窄列中"
                                     f"折行的数字的几段，有 {len(fits)} 种拼接方式都使本行合计关系成立，无法确定")
                        return r
                # the row's line breaks its own arithmetic and digits of the row stand on another
                # line: those may be the rest of a number wrapped in its narrow cell ("７４" on the
                # row's line, "６" under it: 746), so no number of the line is sure
                r.status = "ambiguous"
                r.message = (f"本行一行 {k} 个数字不满足本行合计关系，另有 {len(rest)} 个数字（{' '.join(rest)}）"
                             f"在另一行，可能是窄列中折行的数字的一段，无法确定")
                return r
            # (any digit strings under the line make it unsure, whatever else stands beside them)
            if check is not None and (wraps_under(exact[0], below) or rests_apart(exact[0], below, fields)) \
                    and (joined := wrapped_joins(exact[0], below, check)):
                # the row's line adds up, and so does the line with the digit strings under it
                # appended as the rests of wrapped numbers ("８１ … ８１" over "３ ３": 81 or 813):
                # which reading the source prints is not known
                r.status = "ambiguous"
                r.readings = [[_val(f) for f in exact[0]]] + joined
                r.message = (f"本行数字满足合计关系，但其后另起一行的数字（{' '.join(rest)}）接在本行数字之后"
                             "（窄列中折行的数字）也满足合计关系，无法确定")
                return r
            r.values, r.status, r.leftover = [_val(f) for f in exact[0]], "ok", rest
            r.message = f"另有 {len(rest)} 个多余数字未使用（{' '.join(rest)}），未计入表格"
            return r
        r.status = "ambiguous"
        r.message = f"找到 {len(nums)} 个数字（{_shown(nums)}），应为 {k} 个，无法确定对应关系"
        return r
    # fewer numbers than cells
    # one digit string for several cells (no separators at all) may be split by the arithmetic;
    # numbers the source separates are separate cells — fewer of them than cells is not glue
    if len(nums) == 1 and nums[0].plain_int and len(nums[0].text) > 1:
        toks = [f.text for f in nums]
        cands = split_candidates(toks, k)
        if cands:
            r.status, r.candidates = "glued", cands
            return r
    if at_end and _leading_run(fields, nums):
        r.values = [_val(f) for f in nums] + [CellValue(State.BLANK)] * (k - len(nums))
        r.status = "partial"
        return r
    if at_end:
        r.status = "ambiguous"
        r.message = (f"原文在本行中断，只读到 {len(nums)} 个数字（{_shown(nums)}），其前或其间有空格或空行，"
                     "无法确定各属哪一列")
        return r
    r.status = "ambiguous"
    r.message = f"只找到 {len(nums)} 个数字，应为 {k} 个，无法确定各属哪一列"
    return r


def _leading_run(fields: list[Field], nums: list[Field]) -> bool:
    """A row cut short by the end of the text shows its first cells: its numbers are the leading
    cells only when nothing before or among them marks a cell of its own — no empty cell ("|" on a
    line of its own, "| |") and no blank line (a text printing an empty cell as an empty line)."""
    upto = fields[:next(i for i, f in enumerate(fields) if f is nums[-1]) + 1]
    if any(f.kind == EMPTY for f in upto):
        return False
    lines = [0] + [f.line for f in upto]
    return all(b - a <= 1 for a, b in zip(lines, lines[1:]))


_REMARK_NUM = re.compile(r"[（(][^（）()]*\d[^（）()]*[）)]")


def noted_number(cell: str) -> tuple[Field, list[str]] | None:
    """A table cell holding one number and a remark in parentheses ("22（其中修订16件）",
    "55（含自然失效29件）"): the number's field and the remarks; None for any other text."""
    remarks = [m.group(0) for m in _PAREN.finditer(cell)]
    if not remarks:
        return None
    f = classify(_PAREN.sub(" ", cell))
    return (f, remarks) if f.kind == NUM else None


def paren_remarks(segment: str) -> list[str]:
    """Remarks in parentheses that carry digits ("（其中修订16件）"): dropped from the cells, reported."""
    return [m.group(0) for m in _REMARK_NUM.finditer(segment) if _PAREN.fullmatch(m.group(0))]


def _words_among(fields: list[Field], first: Field, last: Field) -> bool:
    """A piece of text that is no cell ("暂无", "N/A", a group label) stands between two cells: the
    cells around it do not show the columns they stand in ("5 1 3 0 1 暂无 10" is six numbers for
    seven cells, and an empty cell after a group label is the next row's)."""
    ids = [id(f) for f in fields]
    a, b = ids.index(id(first)), ids.index(id(last))
    return any(f.kind == OTHER for f in fields[a:b + 1])


def _own_line(cells: list[Field], nums: list[Field], k: int) -> list[Field]:
    """A row on its label's line (its numbers on the label's line, which holds at least its k
    cells): an empty cell on the next line is the next row's (a tab-joined table row starting with
    an empty cell). Not for one cell per line, where a line holds a cell and its "|" padding."""
    own = [f for f in cells if f.line == 0]
    return own if nums and all(f.line == 0 for f in nums) and len(own) >= k else cells


def _window(cells: list[Field], k: int, lead: int, fields: list[Field]) -> list[Field] | None:
    if len(cells) < lead + k or any(f.kind != EMPTY for f in cells[:lead] + cells[lead + k:]):
        return None
    if _words_among(fields, cells[lead], cells[lead + k - 1]):
        return None
    return cells[lead:lead + k]


def spacer_reads(rows: list[tuple[list[Field], int]], lines_are_cells: bool = False) -> list[list[CellValue] | None]:
    """A TAB/pipe table with one empty column more than its official columns (a spacer column the
    clerk left between the labels and the numbers, or among the number columns; a web table's
    innerText keeps its empty cells). ``rows`` are (fields, k) for every row of one table. Among
    the rows of k cells that hold a number (two rows at least), every one has exactly k+1 cells on
    its line, and the spacer is the one position empty in all of them: number cells are never
    merged, so the spacer is the same column in every row. Those rows are read without it. When
    two positions are always empty, a row has another length or text stands among the cells, the
    rows of that k are not read (None). With ``lines_are_cells`` the table stands one cell per line
    (a web page's text, an empty cell a line of its own): a row's cells are its lines."""
    cells = [_own_line([f for f in fs if f.is_cell], [f for f in fs if f.kind in (NUM, NA)], k) for fs, k in rows]
    out: list[list[CellValue] | None] = [None] * len(rows)
    for k in {k for _fs, k in rows}:
        evid = [i for i, (c, (_fs, kk)) in enumerate(zip(cells, rows)) if kk == k and any(f.kind in (NUM, NA) for f in c)]
        if len(evid) < 2 or any(len(cells[i]) != k + 1 or any(f.kind not in (NUM, NA, EMPTY)
                                                               or not lines_are_cells and f.line != cells[i][0].line
                                                               for f in cells[i]) for i in evid):
            continue
        common = [p for p in range(k + 1) if all(cells[i][p].kind == EMPTY for i in evid)]
        if len(common) == 1:
            for i in evid:
                out[i] = [_val(f) for n, f in enumerate(cells[i]) if n != common[0]]
    return out


def padded_reads(rows: list[tuple[list[Field], int, int]]) -> list[list[CellValue] | None]:
    """A web table printed row by row with its merged cells padded by "|" ("label | || 3 | | 0 |"):
    the cells of a row are more than its k values, and which k are the values is told by the table
    as a whole. ``rows`` are (fields, k, span) for every row of one table, span = how many columns
    the row's label covers beyond one in the official grid. Two ways a converter prints them: no
    padding (the values follow the label), or one empty cell per covered column after the label;
    empty cells after the values are trailing columns either way. A way is kept when every row
    with a number reads under it with only empty cells left over; a row is read when the kept ways
    agree on it — and only where some row of the table with a one-column label has a value in its
    first cell (there is no column between the labels and the values)."""
    cells = [_own_line([f for f in fs if f.is_cell], [f for f in fs if f.kind in (NUM, NA)], k) for fs, k, _s in rows]
    evid = [(c, k, s, fs) for c, (fs, k, s) in zip(cells, rows) if len(c) >= k and any(f.kind in (NUM, NA) for f in c)]
    ways = [p for p in (0, 1) if all(_window(c, k, p * s, fs) is not None for c, k, s, fs in evid)]
    adjacent = any(s == 0 and c[0].kind in (NUM, NA) for c, k, s, _fs in evid)
    out: list[list[CellValue] | None] = []
    for c, (fs, k, s) in zip(cells, rows):
        reads = {tuple((f.kind, f.text) for f in w): w for p in ways if (w := _window(c, k, p * s, fs)) is not None}
        ok = adjacent and len(reads) == 1 and len(ways) >= 1 and any(f.kind in (NUM, NA) for f in c)
        out.append([_val(f) for f in next(iter(reads.values()))] if ok else None)
    return out
