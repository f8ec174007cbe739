"""Plain PDF text (``pdftotext`` without ``-layout``): 表三 read as one stream of numbers.

Plain pdftotext prints a ruled table one cell per block of lines, and a cell printed empty leaves
no trace. Row by row, a label is then trusted only when exactly its own cells follow it
(``tables._own_row``); where labels are cut, displaced or printed after their numbers, that
leaves many rows blank although every number is in the text.

This stage looks at the table as a whole instead: the number tokens of the region in text order
and the positions of the row labels among them. A reading is taken only when

- the tokens are exactly the table's cells — rows × columns numbers, no mark, no other number
  (so no cell was printed empty); where digit lines of one block may be one number wrapped in a
  narrow cell or several cells, every way of joining them is tried row by row, each row's 总计
  pruning the search;
- it is row by row in the table's order or column by column, and every identity of 表三 holds
  (each row's 总计, the 办理结果 column totals, 新收 + 上年结转 = 办理结果总计 + 结转下年度);
- for the row-by-row reading, the labels pin the rows: a label stands right before or right after
  its own row's numbers (or one row off, or in a block of labels standing together, then pinning
  nothing); rows next to each other that are all unpinned (two or three) are kept only when no
  other order of their numbers keeps every identity (sums cannot tell the part rows of 办理结果
  apart, so their order must come from the text; a part row and its total, or 结转下年度, they can);
  the numbers themselves are taken to run in the table's order, as poppler prints a row of
  single-line number cells;
  for the column-by-column reading, every label stands before (or after) all the numbers;
- exactly one reading passes (two readings giving the same values are one).

A third reading is column by column in bands of rows (``_column_group_readings``): LibreOffice
PDFs of tables whose rows differ in height, where poppler prints each stretch of rows of one height
as one block per column; it is kept only under the same count, the identities, and a column header
standing alone among the numbers heading a block of its own column.

A fourth, tried only when none of these passes, tiles the stream into rectangles of cells
(``_tiled_readings``: a group of columns of some rows row by row, then other columns of those rows
as blocks of their own, …), with numbers wrapped in their narrow cells joined as far as the count
of tokens over the table's cells allows; it is kept only when exactly one tiling makes every row's
总计 and every column identity hold.

Otherwise nothing is decided here and the row-by-row reader's conservative result stands.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from itertools import permutations

from ..core.values import CellValue, State
from .locate import Finder, RowSpec, norm
from .rows import _PAREN, EMPTY, NA, NUM, OTHER, UNREAD, Field, _val, classify, read_fields


_WS = " \u00a0\u3000"
# the rest of "（四）无法提供" opening a line ("法提供", or "法提" with the next label's "息" between:
# "法提 / 息 / 供")
_LABEL_REST = re.compile(r"^[ \u00a0\u3000]*法提", re.M)
_CELL_ALONE = re.compile(r"[ \u00a0\u3000]*(?:\d+(?:\.\d+)?|[—/／-])[ \u00a0\u3000]*")
_GROUP_FOUR = re.compile(r"[（(]四[）)][ \u00a0\u3000]*无(?!法)")


def _blanked(fd: Finder, start: int, end: int, found: dict[int, tuple[int, int]], terms=(), extra=()) -> str:
    """The region's text with the row labels, the table's other texts (``terms``) and any other
    spans (``extra``) blanked out and parenthesised remarks dropped, line breaks kept (line
    numbers stay those of the text)."""
    text = list(fd.text[start:end])
    spans = list(found.values()) + list(extra) + [sp for term in terms for sp in fd.find_all(term, start, end)]
    for s, e in spans:
        for p in range(max(s, start) - start, min(e, end) - start):
            if text[p] != "\n":
                text[p] = " "
    return _PAREN.sub(lambda m: " " + "\n" * m.group().count("\n"), "".join(text))


def stream_tokens(fd: Finder, start: int, end: int, found: dict[int, tuple[int, int]], terms=(), foreign=(),
                  with_marks: bool = False, cut=()):
    """The number tokens of the region in text order and, per found label, how many of them stand
    before it, and whether a mark stands among them; None when the region holds a mark standing
    alone among numbers or an unreadable piece. The row labels and the table's other texts
    (``terms``: headers, group labels — "（四）无" / "法提供" is no "无" mark) are taken out first.
    A column header of the table before (``foreign``: poppler may print a stretch of 表二's
    columns after 表三's heading, "对外公 / 开总数量 / ０ / ０") takes the numbers right under it in
    its block with it; so does the last piece of such a header wrapped over a page ("增/减", "定数量"
    of "本年增/减", "处理决定数量" opening a block of numbers), where no text of this table holds it.
    Spans in ``cut`` (another table's stretch inside the region) are left out whole."""
    alien = [sp for term in foreign for sp in fd.find_all(term, start, end)]
    ends = {norm(t)[-n:] for t in foreign for n in range(3, len(norm(t)))}
    ends = {p for p in ends if not any(p in norm(t) for t in terms)}
    pos = start
    for ln, line in enumerate(fd.text[start:end].split("\n")):
        if norm(line) in ends and (ln == 0 or not fd.text[start:pos - 1].rsplit("\n", 1)[-1].strip(_WS)):
            alien.append((pos, pos + len(line)))
        pos += len(line) + 1
    region = _blanked(fd, start, end, found, terms, alien + list(cut))
    lines = region.split("\n")

    def alone(ln: int) -> bool:  # a block of its own: a cell, not a piece of a wrapped label
        return all(not (0 <= m < len(lines)) or not lines[m].strip(_WS) for m in (ln - 1, ln + 1)) \
            and len(lines[ln].split()) == 1

    fields = read_fields(region, blocks=True)
    for _s, e in alien:  # the other table's numbers: the lines right under its header
        ln = fd.text[start:e].count("\n") + 1
        under = {f.line: f for f in fields}
        while ln in under and under[ln].kind in (NUM, NA) and lines[ln].strip(_WS):
            fields.remove(under[ln])
            ln += 1
    # "（四）无法提供" wrapped after its "无" with other blocks between: that "无" is no mark (a block
    # of its own, or right after the "（四）" of its line: "(四)无 1.本机关不掌握相关政 0")
    given = fd.text[start:end].split("\n")
    if _LABEL_REST.search(region):
        pieces = [f for f in fields if f.kind == NA and f.text == "无"
                  and (alone(f.line) or f.line < len(given) and _GROUP_FOUR.search(given[f.line]))]
        if len(pieces) == 1:
            fields.remove(pieces[0])
    # the label printed one character a line, "无 / 法 / 提 / 供", maybe interleaved line by line with
    # the next column's labels ("无 / 没有现成信 / 法 / 息需要另行 / 提 / 制作 / 供"): that "无" is no mark
    pieces = [f for f in fields if f.kind == NA and f.text == "无" and _vertical_wu(given, f.line)]
    if len(pieces) == 1:
        fields.remove(pieces[0])
    if any(f.kind == UNREAD for f in fields):
        return None
    marks = [f for f in fields if f.kind == NA]
    if with_marks:  # marks and numbers, in text order
        nums = [f for f in fields if f.kind in (NUM, NA)]
    elif any(alone(f.line) for f in marks) and (any(f.kind == NUM for f in fields) or len({f.text for f in marks}) > 1):
        return None
    else:
        nums = [f for f in fields if f.kind == NUM] or marks
    at = {}
    for i, (s, _e) in found.items():
        line = fd.text[start:s].count("\n")
        at[i] = sum(1 for f in nums if f.line < line)
    return nums, at, bool(marks)


def _vertical_wu(lines: list[str], ln: int) -> bool:
    """Line ``ln`` ("无") opens "无法提供" printed one character a line: in its block (no empty line
    between), the lines after it that are one character of "法提供" alone spell "法提供" in order."""
    chars = []
    for line in lines[ln + 1:]:
        piece = line.strip(_WS)
        if not piece:
            break
        if len(piece) == 1 and piece in "法提供":
            chars.append(piece)
            if len(chars) == 3:
                break
    return "".join(chars) == "法提供"


def _joined_readings(nums, n: int, k: int, limit: int = 50_000):
    """Row by row, where some digit lines may continue the number above (``Field.joins``): every
    reading into ``n`` rows of ``k`` numbers in which each row's 总计 is the sum of the others
    (a joined number never starts with 0), as (values, number of values formed before each token
    index); None when there are too many to try."""
    out: list[tuple[list[str], list[int]]] = []
    steps = 0

    def row_ok(vals: list[str]) -> bool:
        row = [int(v) for v in vals[-k:]]
        return sum(row[:-1]) == row[-1]

    def walk(j: int, vals: list[str], counts: list[int]) -> bool:
        nonlocal steps
        steps += 1
        if steps > limit:
            return False
        if j == len(nums):
            if len(vals) == n * k and row_ok(vals):
                out.append((list(vals), list(counts)))
            return True
        f = nums[j]
        if f.joins and vals and vals[-1] != "0" and vals[-1].isdigit() and f.text.isdigit():
            last = vals[-1]
            vals[-1] = last + f.text
            counts.append(len(vals) - 1)
            if not walk(j + 1, vals, counts):
                return False
            counts.pop()
            vals[-1] = last
        if len(vals) >= n * k or vals and len(vals) % k == 0 and not row_ok(vals):
            return True
        counts.append(len(vals))
        vals.append(f.text)
        ok = walk(j + 1, vals, counts)
        vals.pop()
        counts.pop()
        return ok

    if not all(f.text.isdigit() for f in nums):
        return None
    depth = sys.getrecursionlimit()
    sys.setrecursionlimit(max(depth, 4 * len(nums) + 100))
    try:
        done = walk(0, [], [])
    finally:
        sys.setrecursionlimit(depth)
    return out if done and len(out) <= 256 else None


def _blocks(nums: list[Field]) -> list[list[int]] | None:
    """The number tokens (their indexes) grouped into the stream's blocks: lines one right under
    the other; None when a line holds more than one token (not a stream of one cell per block)."""
    out: list[list[int]] = []
    for j, f in enumerate(nums):
        if j and f.line == nums[j - 1].line:
            return None
        if j and f.line == nums[j - 1].line + 1:
            out[-1].append(j)
        else:
            out.append([j])
    return out


def _lone_headers(fd: Finder, start: int, end: int, rows: list[RowSpec], found, terms, nums: list[Field]) -> list[tuple[int, int]]:
    """The column headers printed on their own among the number tokens, as (column, tokens
    before it): a header standing alone between two blocks heads the block after it. Headers
    standing together (a header row, repeated on a new page) and texts inside a row label or
    another of the table's texts ("（七）总计", "3.其他") show no column."""
    names = [c.col_name for c in rows[0].cells]
    taken = list(found.values()) + [sp for term in terms if term not in names for sp in fd.find_all(term, start, end)]
    by_pos: dict[int, list[int]] = {}
    for c, name in enumerate(names):
        for s, e in fd.find_all(name, start, end):
            if any(a <= s and e <= b and (a, b) != (s, e) for a, b in taken):
                continue
            line = fd.text[start:s].count("\n")
            p = sum(1 for f in nums if f.line < line)
            if 0 < p < len(nums):
                by_pos.setdefault(p, []).append(c)
    return [(cs[0], p) for p, cs in by_pos.items() if len(set(cs)) == 1]


def _column_group_readings(nums: list[Field], at: dict[int, int], n: int, k: int, heads=(), limit: int = 256,
                           marks: bool = False):
    """Column by column in bands of rows (plain pdftotext of a ruled table whose rows differ in
    height: poppler runs each stretch of rows of one height as one block per column, left to
    right, the stretches top to bottom): the blocks split into bands of ``k`` blocks of one length
    ``m``, a band holding the next ``m`` rows; blocks of ``k`` numbers together may also be one row
    printed across. Every split is tried; each reading gives the rows' values and how they were
    read ("逐行" when every band is a single row). A reading is kept only when

    - no label found stands among the numbers after those of a later row's band began (the
      label column is printed before the numbers, after them all, or page by page before each
      page's bands: a label further on shows the stream out of the table's order);
    - a column header standing alone among the numbers (``heads``) stands right before a block
      of its own column (poppler may run the columns of a row out of their order: "自然人, 商业企业,
      总计, 科研机构…"), unless every token is the same, when the order changes no value;
    - no digit line can be the rest of a number wrapped in a narrow cell: a line right under a
      digit line of its block only where that line is shorter than the widest number of its
      column (a full line that does not start with 0 may continue on the next)."""
    blocks = _blocks(nums)
    if blocks is None or not all(f.kind == NUM or marks and f.kind == NA for f in nums):
        return []
    out: list[tuple[list[list[int]], list[int], bool]] = []  # (token indexes per row, first token of its band, split)

    def walk(b: int, rows: list[list[int]], band: list[int], split: bool = False) -> None:
        if len(out) > limit:
            return
        if b == len(blocks):
            if len(rows) == n:
                out.append(([list(r) for r in rows], list(band), split))
            return
        m = len(blocks[b])
        if b + k <= len(blocks) and all(len(blocks[b + c]) == m for c in range(k)) and len(rows) + m <= n:
            new = [[blocks[b + c][r] for c in range(k)] for r in range(m)]
            walk(b + k, rows + new, band + [blocks[b][0]] * m, split)
        for rows_in in range(2, n - len(rows) + 1):  # rows printed in pieces (a row split at a page end)
            for after, pieces in _split_bands(blocks, b, rows_in, k):
                walk(after, rows + pieces, band + [blocks[b][0]] * rows_in, True)
        if len(rows) < n:  # one row printed across, in one block or several
            row: list[int] = []
            for e in range(b, len(blocks)):
                row += blocks[e]
                if len(row) >= k:
                    break
            if len(row) == k and e - b + 1 < k:  # (k single blocks: the band of one row above)
                walk(e + 1, rows + [row], band + [row[0]], split)

    walk(0, [], [])
    if not out or len(out) > limit:
        return []
    # every cell the same ("0" throughout, "—" throughout): the order does not change the values
    uniform = len({str(_val(f)) for f in nums}) == 1
    readings = []
    for rows, band, split in out:
        if any(_label_after_later_rows(i, at[i], band, len(nums)) for i in at):
            continue
        kinds = [{nums[j].kind for j in r} for r in rows]
        if marks and any(len(kd) > 1 for kd in kinds):
            continue  # a row of numbers and marks: which column holds which depends on the order
        col = {j: c for r in rows for c, j in enumerate(r)}
        starts = {blk[0] for blk in blocks}
        # every row of numbers the same throughout ("0" × 7) and the rest marks: the order of the
        # columns changes no value either
        same_rows = all(len({nums[j].text for j in r}) == 1 for r in rows)
        if any(p not in starts or col[p] != c for c, p in heads) and not uniform and not (marks and same_rows):
            continue
        width = [max(len(nums[r[c]].text) for r in rows) for c in range(k)]
        row_of = {j: r for r in rows for j in r}
        if any(nums[a].kind == NUM and nums[b].kind == NUM and nums[a].text[0] != "0"
               and len(nums[a].text) >= width[col[a]] and not _join_overflows(nums, row_of[a], a, b)
               for blk in blocks for a, b in zip(blk, blk[1:])):
            continue
        across = all(b < c for b, c in zip(band, band[1:]))  # every band a single row: row by row
        how = "分段逐行" if split else "逐行" if across else "分块逐列"
        readings.append(({i: [_val(nums[j]) for j in r] for i, r in enumerate(rows)}, how))
    return readings


def _line_blocks(nums: list[Field]) -> list[list[list[int]]]:
    """The number tokens (their indexes) as the stream's blocks of lines: each block the lines
    one right under the other, each line its tokens."""
    out: list[list[list[int]]] = []
    for j, f in enumerate(nums):
        if out and f.line == nums[out[-1][-1][-1]].line:
            out[-1][-1].append(j)
        elif out and f.line == nums[out[-1][-1][-1]].line + 1:
            out[-1].append([j])
        else:
            out.append([[j]])
    return out


def _block_values(nums: list[Field], block: list[list[int]], count: int, limit: int = 64, joins: bool = True):
    """Every way to read a block as ``count`` numbers in stream order, as (values, the token
    opening each value): a line holding one digit token right under a line of digit tokens may
    be the rest of a number wrapped in its narrow cell — of the number above it, or, under a line
    of several cells printed across, of any of them (its rest comes after the whole line). A number
    never starts with 0 (a 0 is never the first piece of a wrapped number). None: too many ways."""
    lines = block
    out: list[tuple[list[str], list[int]]] = []
    if not joins:
        toks = [j for line in lines for j in line]
        return [([nums[j].text for j in toks], toks)] if len(toks) == count else []

    left = [sum(len(line) for line in lines[li:]) for li in range(len(lines) + 1)]

    def walk(li: int, vals: list[str], opens: list[int], prev: list[int]) -> bool:
        if len(out) > limit:
            return False
        if len(vals) > count or len(vals) + left[li] < count:
            return True  # (too many numbers already, or too few tokens left to make ``count``)
        if li == len(lines):
            if len(vals) == count:
                out.append((list(vals), list(opens)))
            return True
        line = lines[li]
        # every token its own number
        ok = walk(li + 1, vals + [nums[j].text for j in line], opens + list(line), list(range(len(vals), len(vals) + len(line))))
        if not ok:
            return False
        if len(line) == 1 and nums[line[0]].text.isdigit() and prev:
            for v in prev:  # the rest of one of the numbers of the line above
                if vals[v].isdigit() and vals[v][0] != "0":
                    alt = list(vals)
                    alt[v] = vals[v] + nums[line[0]].text
                    if not walk(li + 1, alt, opens, [v]):
                        return False
        return True

    if not walk(0, [], [], []):
        return None
    return out


def _tiled_readings(nums: list[Field], at: dict[int, int], n: int, k: int, heads=(), coef=None,
                    limit: int = 1_500, joins: bool = True):
    """表三 printed as rectangles of cells one after another in the stream (plain pdftotext of a
    table whose rows differ in height, split over pages): each rectangle starts at the first cell
    not yet read (row by row, top to bottom), covers ``h`` rows × ``w`` columns of cells not yet
    read, and is printed either column by column — one block of ``h`` lines per column — or row
    by row in one block; numbers may be wrapped in their cells (``_block_values``). Every tiling
    is tried (states reached twice are settled once), each row's 总计 checked as soon as the row
    is complete and, with ``coef`` (per row: its weight in the 办理结果 column sum, and in 新收 +
    上年结转 = 办理结果总计 + 结转下年度), every column identity at the end. Returns the distinct
    readings (at most two: more than one is no reading), as (rows' values, "分块"), or None when
    there are too many ways to try. A column header standing alone among the numbers must open a
    block of its own column; no label found may stand among the numbers of later rows; with every
    token a cell of its own, no digit line may be the rest of the number above it
    (``_could_be_wrapped``). Tried only when no other reading passes."""
    if not nums or not all(f.kind == NUM and f.text.isdigit() for f in nums):
        return []
    blocks = _line_blocks(nums)
    head_at: dict[int, int] = {}
    for c, p in heads:
        if head_at.setdefault(p, c) != c:
            return []
    coef = coef or [(0, 0)] * n
    size = [sum(len(line) for line in blk) for blk in blocks]
    before = [sum(size[:b]) for b in range(len(blocks) + 1)]
    steps = 0
    cache: dict[tuple[int, int], list | None] = {}
    memo: dict = {}
    too_many = object()

    def values(b: int, count: int):
        key = (b, count)
        if key not in cache:
            got = _block_values(nums, blocks[b], count, joins=joins)
            cache[key] = got
        return cache[key]

    # per block: the column a header standing at its first token opens (None: none), and whether a
    # header stands at a later token
    opens_col = [head_at.get(blk[0][0]) if blk and blk[0] else None for blk in blocks]
    later_head = [any(p in head_at for p in [p for line in blk for p in line][1:]) for blk in blocks]

    def heads_ok(b: int, c: int) -> bool:
        return (opens_col[b] is None or opens_col[b] == c) and not later_head[b]

    # state: block index, cells filled (a bitmask per row), the values of rows not yet complete,
    # the column identities' running sums; result: the distinct ways to fill the rest (≤ 2)
    def walk(b: int, filled: tuple, partial: tuple, sums: tuple):
        nonlocal steps
        key = (b, filled, partial, sums)
        if key in memo:
            return memo[key]
        steps += 1
        if steps > limit:
            return too_many
        full = (1 << k) - 1
        r0 = next((r for r in range(n) if filled[r] != full), None)
        if r0 is None:
            res = [((), frozenset())] if b == len(blocks) and all(v == 0 for v in sums) else []
            memo[key] = res
            return res
        if b == len(blocks):
            memo[key] = []
            return []
        # every token is a cell or the rest of a wrapped number: the joins left to make
        budget = len(nums) - n * k - (before[b] - sum(bin(f).count("1") for f in filled))
        if budget < 0:
            memo[key] = []
            return []
        c0 = next(c for c in range(k) if not filled[r0] >> c & 1)
        run = 0
        while c0 + run < k and not filled[r0] >> (c0 + run) & 1:
            run += 1
        out: list = []

        def place(cells: list[tuple[int, int, str]], nb: int) -> bool:
            nonlocal steps
            steps += 1
            if steps > limit:
                return False
            nf = list(filled)
            rows_vals = dict(partial)
            for r, c, v, _tok in cells:
                nf[r] |= 1 << c
                rows_vals.setdefault(r, (None,) * k)
                row = list(rows_vals[r])
                row[c] = v
                rows_vals[r] = tuple(row)
            ns = list(sums)
            done = []
            for r, row in list(rows_vals.items()):
                if nf[r] == full:
                    vals = [int(x) for x in row]
                    if sum(vals[:-1]) != vals[-1]:
                        return True
                    a, bb = coef[r]
                    for c in range(k):
                        ns[c] += a * vals[c]
                        ns[k + c] += bb * vals[c]
                    done.append((r, row))
                    del rows_vals[r]
            rest = walk(nb, tuple(nf), tuple(sorted(rows_vals.items())), tuple(ns))
            if rest is too_many:
                return False
            mine = frozenset(x[:3] for x in cells)
            for tail, tail_key in rest:
                got_key = mine | tail_key
                if all(got_key != o_key for _o, o_key in out):
                    out.append((tuple(cells) + tail, got_key))
            return len(out) < 2

        for w in range(1, run + 1):
            mask = ((1 << w) - 1) << c0
            for h in range(1, n - r0 + 1):
                # rows r0 .. r0+h-2 were free under these columns (else the loop broke earlier)
                if filled[r0 + h - 1] & mask:
                    break
                # row by row in one block (one cell: also column by column)
                ways = values(b, w * h) if 0 <= size[b] - w * h <= budget else []
                if ways is None:
                    memo[key] = too_many
                    return too_many
                if ways and heads_ok(b, c0):
                    for vals, opens in ways:
                        cells = [(r0 + m // w, c0 + m % w, v, t) for m, (v, t) in enumerate(zip(vals, opens))]
                        if not place(cells, b + 1):
                            memo[key] = too_many if len(out) < 2 else out
                            return memo[key]
                # column by column: one block of h numbers per column
                if (h > 1 or w > 1) and b + w <= len(blocks) and \
                        all(size[b + c] >= h for c in range(w)) and sum(size[b + c] - h for c in range(w)) <= budget:
                    cols = [values(b + c, h) for c in range(w)]
                    if any(x is None for x in cols):
                        memo[key] = too_many
                        return too_many
                    if all(cols) and all(heads_ok(b + c, c0 + c) for c in range(w)):
                        total = 1
                        for x in cols:
                            total *= len(x)
                        if total > 256:
                            memo[key] = too_many
                            return too_many
                        from itertools import product
                        for choice in product(*cols):
                            cells = [(r0 + m, c0 + c, v, t) for c, (vals, opens) in enumerate(choice)
                                     for m, (v, t) in enumerate(zip(vals, opens))]
                            if not place(cells, b + w):
                                memo[key] = too_many if len(out) < 2 else out
                                return memo[key]
        memo[key] = out
        return out

    depth = sys.getrecursionlimit()
    sys.setrecursionlimit(max(depth, 20 * len(blocks) + 500))
    try:
        got = walk(0, (0,) * n, (), (0,) * (2 * k))
    finally:
        sys.setrecursionlimit(depth)
    if got is too_many:
        return None
    readings = []
    for cells, _key in got:
        grid = [[None] * k for _ in range(n)]
        where = {}
        for r, c, v, tok in cells:
            grid[r][c] = v
            where[tok] = (r, c)
        if len(where) == len(nums) and _could_be_wrapped(nums, grid, where):
            continue
        first = [min(t for t, (r, _c) in where.items() if r == i) for i in range(n)]
        if any(_label_after_later_rows(i, at[i], first, len(nums)) for i in at):
            continue  # a label stands among the numbers of later rows: not the table's order
        readings.append(({i: [_val(Field(NUM, v)) for v in grid[i]] for i in range(n)}, "分块"))
    return readings


def _could_be_wrapped(nums: list[Field], grid: list[list[str]], where: dict[int, tuple[int, int]]) -> bool:
    """Every token read as a cell of its own: some digit line right under another could still be
    the rest of a number wrapped in its cell (a cell printed empty elsewhere would then keep the
    count) — the line above is as wide as the widest number of its column, does not start with 0,
    and the joined number would not exceed its row's 总计."""
    k = len(grid[0])
    width = [max(len(row[c]) for row in grid) for c in range(k)]
    for j, f in enumerate(nums):
        if not f.joins or j - 1 not in where:
            continue
        up = nums[j - 1].text
        r, c = where[j - 1]
        if up[0] != "0" and len(up) >= width[c] and int(up + f.text) <= int(grid[r][-1]):
            return True
    return False


def _split_bands(blocks: list[list[int]], b: int, m: int, k: int) -> list[tuple[int, list[list[int]]]]:
    """``m`` rows printed in pieces from block ``b`` on (rows split at a page end): first ``m``
    blocks of one length (2 … ``k`` - 1), each the first cells of one row; then the rows' next
    cells, as ``m`` blocks of one length again, or as single-line blocks row after row or column
    after column; … until each row has ``k`` cells. Every way, as (the block after it, rows' token
    indexes)."""
    out: list[tuple[int, list[list[int]]]] = []

    def piece(at: int, rows: list[list[int]]) -> None:
        left = k - len(rows[0])
        if not left:
            out.append((at, rows))
            return
        group = blocks[at:at + m]
        if len(group) == m and len({len(g) for g in group}) == 1 and 1 < len(group[0]) <= left:
            piece(at + m, [r + g for r, g in zip(rows, group)])
        for a in range(2, left + 1):
            singles = blocks[at:at + m * a]
            if len(singles) < m * a or any(len(g) != 1 for g in singles):
                break
            piece(at + m * a, [r + [singles[i * a + c][0] for c in range(a)] for i, r in enumerate(rows)])
            piece(at + m * a, [r + [singles[c * m + i][0] for c in range(a)] for i, r in enumerate(rows)])

    first = blocks[b:b + m]
    if len(first) == m and len({len(g) for g in first}) == 1 and 1 < len(first[0]) < k:
        piece(b + m, [list(g) for g in first])
    return out


def _join_overflows(nums: list[Field], row: list[int], a: int, b: int) -> bool:
    """Lines ``a`` and ``b`` (right under it) stand in one row printed across, its 总计 last and
    ``b`` before it: were they one number wrapped in its cell, the row's other cells with that
    number would add up to more than its 总计 — no reading."""
    if b not in row or b == row[-1] or not all(nums[j].text.isdigit() for j in row):
        return False
    parts = sum(int(nums[j].text) for j in row[:-1] if j not in (a, b))
    return parts + int(nums[a].text + nums[b].text) > int(nums[row[-1]].text)


def _label_after_later_rows(i: int, at: int, band: list[int], total: int) -> bool:
    """Row ``i``'s label, ``at`` number tokens into the stream, stands after the numbers of a band
    of later rows began (and not after all the numbers)."""
    later = [b for b in band[i + 1:] if b > band[i]]
    return at < total and bool(later) and at > later[0]


def _loose_runs(before: dict[int, int], n_rows: int, k: int) -> list[list[int]] | None:
    """Row by row: how the labels pin the rows. A label pins its row when it stands right before or
    right after the row's numbers; a label standing one row off (before the previous row's numbers,
    after the next row's) pins nothing but is not against the reading. Returns the runs (two or
    three rows) of neighbouring rows no label pins — their numbers could be each other's, which the
    caller settles by the identities — or None when a label stands against the reading, fewer than
    half the rows are pinned, or a run is longer."""
    pins = {i for i, b in before.items() if b in (k * i, k * (i + 1))}
    # a label standing against the reading is let be when it stands together with others (a block
    # of bare labels, "（七）总计 / 四、结转下年度继续办理") before, among or right after the numbers of
    # their rows (rows whose label was not found may be among them): none of those rows is pinned
    stacked: set[int] = set()
    by_pos: dict[int, list[int]] = {}
    for i, b in before.items():
        by_pos.setdefault(b, []).append(i)
    against = {i for i, b in before.items() if i not in pins and b not in (k * (i - 1), k * (i + 2))}
    for b, rows in by_pos.items():
        if len(rows) < 2 or not against & set(rows):
            continue
        lo, hi = min(rows), max(rows)
        while k * lo > b and lo - 1 >= 0 and lo - 1 not in before:
            lo -= 1
        span = range(lo, hi + 1)
        if k * lo <= b <= k * (hi + 1) and all(j in rows or j not in before for j in span):
            stacked.update(span)
    pins -= stacked
    if against - stacked:
        return None
    if len(pins) < n_rows // 2:
        return None
    runs: list[list[int]] = []
    for i in range(n_rows):
        if i in pins:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = [r for r in runs if len(r) > 1]
    return None if any(len(r) > 3 for r in runs) else runs


def _reordered(by_row: dict[int, list[CellValue]], runs: list[list[int]], limit: int = 1000):
    """Every other order of the rows' numbers within the runs (all runs at once) that changes a
    value; too many to try: one reading that stands for them all (an identity always "holds")."""
    from itertools import permutations, product

    orders = [list(permutations(run)) for run in runs]
    total = 1
    for o in orders:
        total *= len(o)
    if total > limit:
        yield None
        return
    for choice in product(*orders):
        alt = dict(by_row)
        for run, order in zip(runs, choice):
            for i, j in zip(run, order):
                alt[i] = by_row[j]
        if alt != by_row:
            yield alt


def read_t3_stream(fd: Finder, start: int, end: int, rows: list[RowSpec], found: dict[int, tuple[int, int]],
                   k: int, adds_up, terms=(), foreign=(), cut=()) -> tuple[dict[int, list[CellValue]], str] | None:
    """The whole of 表三 from the stream (see the module text), with how it was read ("逐行",
    "逐列", or "拼接": row by row with wrapped numbers joined), or None. ``adds_up(assigned)``
    checks every identity of the table."""
    n = len(rows)
    if len(found) < n // 2:
        return None
    readings = []
    got = stream_tokens(fd, start, end, found, terms, foreign, cut=cut)
    if got is None or got[2] and got[0] and got[0][0].kind == NUM:
        # marks among the numbers: bands of rows each all marks or all numbers
        marked_got = stream_tokens(fd, start, end, found, terms, foreign, with_marks=True, cut=cut)
        if marked_got is not None and len(marked_got[0]) == n * k:
            nums, at, _marked = marked_got
            heads = _lone_headers(fd, start, end, rows, found, terms, nums)
            ok = [(a, how) for a, how in _column_group_readings(nums, at, n, k, heads, marks=True) if adds_up(a)]
            # rows in pieces (split at a page end) with marks: which piece is which row's is settled
            # only when every row is one value throughout ("0" × 7, "/" × 7), so that no piece
            # moved between rows or columns changes a value, and every other reading agrees
            whole = [(a, how) for a, how in ok if how != "分段逐行"]
            if not whole and ok and all(len({str(v) for v in vals}) == 1 for vals in ok[0][0].values()):
                whole = ok
            if whole and all(a == whole[0][0] for a, _ in ok):
                return whole[0][0], "符号" + whole[0][1]
        if got is None:
            return None
    nums, at, marked = got
    if not nums:
        return None
    if len(nums) == n * k and len({f.text for f in nums}) == 1 and (nums[0].text == "0" or nums[0].kind == NA):
        # every cell the same, "0" throughout with no mark in the table or one mark throughout:
        # no order of the cells changes a value
        if nums[0].kind == NA or not marked:
            v = _val(nums[0])
            return {i: [v] * k for i in range(n)}, "全同"
    if marked and nums[0].kind == NA:
        return None
    heads = _lone_headers(fd, start, end, rows, found, terms, nums) if len(nums) == n * k else []
    if len(nums) == n * k:
        readings += _column_group_readings(nums, at, n, k, heads)
    joined = _joined_readings(nums, n, k) if any(f.joins for f in nums) else None
    if joined:
        # digit lines that may be one number wrapped in its cell or several cells: every way of
        # joining them that gives rows × columns numbers with each row adding up is tried
        for texts, counts in joined:
            before = {i: (counts[a] if a < len(counts) else len(texts)) for i, a in at.items()}
            runs = _loose_runs(before, n, k)
            if runs is not None:
                vals = [_val(Field(NUM, t)) for t in texts]
                by_row = {i: vals[i * k:(i + 1) * k] for i in range(n)}
                if not any(alt is None or adds_up(alt) for alt in _reordered(by_row, runs)):
                    readings.append((by_row, "拼接"))
    elif len(nums) == n * k and not any(f.joins for f in nums):
        vals = [_val(f) for f in nums]
        runs = _loose_runs(at, n, k)
        if runs is not None:
            by_row = {i: vals[i * k:(i + 1) * k] for i in range(n)}
            # neighbouring rows no label pins: their numbers could be each other's, so the reading
            # stands only when no other order of those rows' numbers keeps every identity (part rows
            # of one sum exchanged keep them all; a part row and its total, or 结转下年度, do not)
            if not any(alt is None or adds_up(alt) for alt in _reordered(by_row, runs)):
                readings.append((by_row, "逐行"))
        # column by column: a column header standing alone among the numbers heads its own
        # column's run (poppler may print the columns out of their order)
        if (all(b == 0 for b in at.values()) or all(b == len(nums) for b in at.values())) \
                and all(p == c * n for c, p in heads):
            readings.append(({i: [vals[c * n + i] for c in range(k)] for i in range(n)}, "逐列"))
    ok = [(a, how) for a, how in readings if adds_up(a)]
    if not ok and n * k <= len(nums) <= n * k + 3:
        # rectangles of cells, each column by column or row by row, numbers maybe wrapped
        tiled = _tiled_readings(nums, at, n, k, _lone_headers(fd, start, end, rows, found, terms, nums),
                                _identity_weights(rows), joins=len(nums) > n * k)
        if tiled is None or len(tiled) != 1:
            return None
        ok = [(a, how) for a, how in tiled if adds_up(a)]
    if not ok or any(a != ok[0][0] for a, _ in ok[1:]):
        return None
    return ok[0]


def _identity_weights(rows: list[RowSpec]) -> list[tuple[int, int]]:
    """Per row of 表三: its weight in each column's 办理结果 sum (parts +1, 办理结果总计 -1) and in
    新收 + 上年结转 - 办理结果总计 - 结转下年度 (both 0 for a table that holds)."""
    out = []
    for r in rows:
        if r.code in ("new", "carried"):
            out.append((0, 1))
        elif r.code == "results_total":
            out.append((-1, -1))
        elif r.code == "carry_next":
            out.append((0, -1))
        else:
            out.append((1, 0))
    return out


#: 表四's own column headers (not 表三's: "总计" is both tables')
_T4_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结")
_T4_HEADING = ("四、政府信息公开行政复议", "政府信息公开行政复议、行政诉讼情况")
_T3_ONLY_HEADS = ("申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构")


def _t4_interleaved() -> tuple[str, ...]:
    """表四's column headers as poppler prints two to four of them side by side when each is printed one
    character a line: line by line across them ("结 / 结 / 果 / 果 / 维 / 纠 / 持 / 正" is 结果维持 beside
    结果纠正; "结 / 结 / 其 / 尚 / 果 / 果 / 他 / 未 …" all four)."""
    out = []
    for a in _T4_COLUMNS:
        for b in _T4_COLUMNS:
            if b == a:
                continue
            out.append((a, b))
            for c in _T4_COLUMNS:
                if c not in (a, b):
                    out.append((a, b, c))
                    out += [(a, b, c, d) for d in _T4_COLUMNS if d not in (a, b, c)]
    return tuple("".join("".join(chars) for chars in zip(*cols)) for cols in out)


_T4_HEADS = _T4_COLUMNS + _t4_interleaved()


def _t4_head(fd: Finder, start: int, limit: int) -> int | None:
    """Where 表四's first own column header stands in [start, limit), printed whole or side by side
    with its neighbours one character a line."""
    heads = [occ[0][0] for h in _T4_HEADS if (occ := fd.find_all(h, start, limit))]
    return min(heads) if heads else None


def _cells_alone(fd: Finder, start: int, end: int) -> int:
    """Lines holding one number or mark alone in [start, end)."""
    return sum(1 for ln in fd.text[start:end].split("\n") if _CELL_ALONE.fullmatch(ln))


def t3_continuation(fd: Finder, start: int, end: int, t4_cells: int, limit: int,
                    labels=()) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
    """Where 表三's numbers end when poppler printed some after section 四's heading: plain
    pdftotext runs a page's label column first, down to the next heading, then the page's number
    columns (held-out seed_000: "（七）总计 / 四、结转下年度继续办理 / 四、政府信息公开行政复议… / 行政复议 /
    行政诉讼 / 总计 / 法律服务机构 / 0 / 0 …", then 表四's headers and its 15 numbers). The stretch runs
    from the heading (``end``, where 表三's region stops, at or inside the heading) to 表四's first
    column header of its own, and is 表三's only when

    - a column header of 表三 alone ("法律服务机构", "申请人情况" …) or one of its row labels (``labels``:
      "（六）其他处理", "2.重复申请" printed after the heading with the last rows' numbers) stands in it;
    - after 表四's first column header, up to section 六 (``limit``), stand at least 表四's cells
      (``t4_cells``) as lines of one number or mark: a column's cells print under its header, so
      none of 表四's is in the stretch, and 表四 is whole after it.

    A second reading: 表四's first part (its headers and the cells under them) printed before 表三's
    last columns, which follow under 表三's header repeated at a new page's top ("申请人情况 / 自然人 …
    / 0 …") up to 表四's next column header (held-out seed_001 of seed 209). That part of 表四 is then
    cut out of the region; 表四's cells before and after 表三's stretch must again be at least 表四's.

    Returns the candidate regions, each as (its new end, the spans cut out of it)."""
    if not any(a <= end < b for h in _T4_HEADING for a, b in fd.find_all(h, max(start, end - 40), end + 60)):
        return []  # (表四's region may start at the "行政复议" of the heading itself)
    b = _t4_head(fd, end, limit)
    if b is None:
        return []
    out: list[tuple[int, tuple[tuple[int, int], ...]]] = []
    # lines holding one number or mark alone: 表四's cells (poppler may run section 五's heading or
    # prose into 表四's columns, so the count runs on to section 六)
    if any(fd.find_all(h, end, b) for h in _T3_ONLY_HEADS + tuple(labels)) and _cells_alone(fd, b, limit) >= t4_cells:
        out.append((b, ()))
    again = [occ[0][0] for h in _T3_ONLY_HEADS if (occ := fd.find_all(h, b, limit))]
    if again:
        h2 = min(again)
        b2 = _t4_head(fd, h2, limit)
        if b2 is not None and _cells_alone(fd, b, h2) and _cells_alone(fd, b, h2) + _cells_alone(fd, b2, limit) >= t4_cells:
            out.append((b2, ((b, h2),)))
    return out


# -------------------------------------------------------------------------------------- 表二

def _t2_blocks(rows: list[RowSpec]) -> list[list[int]]:
    """表二's blocks (rows under one title, "第二十条第（五）项"), each its row indexes, in table order."""
    out: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        out.setdefault(r.cells[0].col_labels[0], []).append(i)
    return list(out.values())


def read_t2_stream(fd: Finder, start: int, end: int, rows: list[RowSpec], found: dict[int, tuple[int, int]],
                   terms=()) -> tuple[dict[int, list[CellValue]], str]:
    """表二 of plain PDF text read as a whole where the stream itself pins every number: the rows
    read, by index, and how ("全零" or "逐列"); nothing when neither reading applies.

    - 全零: every row label found and the region's numbers are exactly the table's cells, all 0,
      with no other digit, mark or unreadable piece in it: whatever order poppler ran the cells in,
      each is 0 (a cell printed empty would leave one number short);
    - 逐列: a block whose every column header stands on lines of its own right above exactly as
      many numbers, one per line, as the block has rows (``_t2_column_runs``)."""
    region = _blanked(fd, start, end, found, terms)
    fields = read_fields(region, blocks=True)
    if any(f.kind == UNREAD for f in fields):
        return {}, ""
    nums = [f for f in fields if f.kind == NUM]
    stray = any(f.kind != NUM and any(ch.isdigit() for ch in f.text) for f in fields) or any(f.kind == NA for f in fields)
    if len(found) == len(rows) and not stray and len(nums) == sum(len(r.cells) for r in rows) \
            and all(_val(f).number == 0 for f in nums):
        return {i: [_val(nums[0])] * len(r.cells) for i, r in enumerate(rows)}, "全零"
    lead = _t2_lead(fd, start, rows)
    if lead is not None:
        # the table's column boxes printed between the section heading and the first block title
        # (pdfminer: "二、主动公开政府信息情况 / 现行有 / 效件数 / 3 / 7 / 本年废 / 止件数 / 7 / 0 / … / 第二十条第（一）项"):
        # their headers are counted and matched with the rest
        lead_region = _blanked(fd, lead, end, found, terms)
        lead_fields = read_fields(lead_region, blocks=True)
        if not any(f.kind == UNREAD for f in lead_fields):
            got = _t2_column_runs(fd, lead, end, rows, found, lead_region, lead_fields)
            return got, "逐列" if got else ""
    got = _t2_column_runs(fd, start, end, rows, found, region, fields)
    return got, "逐列" if got else ""


def _t2_lead(fd: Finder, start: int, rows: list[RowSpec]) -> int | None:
    """Where 表二's text begins when the section heading stands right before the first block title
    with only the table's column boxes between them: lines each a number, a mark or a piece of a
    column header, at least one header among them; None otherwise."""
    heading = [e for term in _T2_HEADING for _s, e in fd.find_all(term, max(0, start - 3000), start)]
    if not heading:
        return None
    lead = max(heading)
    names = {norm(c.col_name) for r in rows for c in r.cells}
    lines = [norm(ln) for ln in fd.text[lead:start].split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return None
    for ln in lines:
        if classify(ln).kind not in (NUM, NA) and not any(ln in name for name in names):
            return None
    if not any(fd.find_all(name, lead, start) for name in {c.col_name for r in rows for c in r.cells}):
        return None
    return lead


def _half_widths(s: str) -> int:
    """Printed width in half-width characters (a Chinese character or full-width form counts two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pieces_in(fd: Finder, name: str, start: int, end: int) -> bool:
    """The first or the last three characters of a header stand somewhere in the region."""
    key = norm(name)
    return any(fd.find_all(piece, start, end) for piece in {key[:3], key[-3:]} if len(piece) == 3)


#: the section heading over 表二
_T2_HEADING = ("主动公开政府信息情况",)


def _t2_column_runs(fd: Finder, start: int, end: int, rows: list[RowSpec], found: dict[int, tuple[int, int]],
                    region: str, fields: list[Field]) -> dict[int, list[CellValue]]:
    """Blocks of 表二 printed column by column (LibreOffice PDFs: poppler runs a column's cells top
    to bottom under its header). A header name standing in several blocks ("上一年项目数量") is
    matched to them in table order, and only when it is printed exactly once per block. A block is
    read when every one of its columns' headers ends a line of its own and is followed right away
    by exactly as many lines each holding one number as the block has rows, its row labels all
    stand in the text in table order, and no number over another in its column is as wide as the
    header's widest line (it could then be a number wrapped in its cell, its rest on the next line:
    a digit is taken as half a Chinese character wide, a little more to be safe)."""
    by_line: dict[int, list[Field]] = {}
    for f in fields:
        by_line.setdefault(f.line, []).append(f)
    orig = fd.text[start:end].split("\n")
    # a line holding one number and nothing else (no label or header blanked out of it)
    kept = region.split("\n")
    lone = {ln: fs[0] for ln, fs in by_line.items() if len(fs) == 1 and fs[0].kind == NUM
            and kept[ln] == orig[ln] and len(orig[ln].split()) == 1}
    # a not-applicable mark alone on its line is a cell of its column's run too ("本年制发件数 / — / 0")
    cells = dict(lone)
    cells.update({ln: fs[0] for ln, fs in by_line.items() if len(fs) == 1 and fs[0].kind == NA
                  and kept[ln] == orig[ln] and len(orig[ln].split()) == 1})

    def numbers_after(ln: int, width: int, gaps: bool = False, lead_gap: bool = False) -> list[Field] | None:
        """The numbers standing one to a line from line ``ln`` + 1 on (with ``gaps``, empty lines
        between them allowed) up to the first other line, whose index ends the list; None when one
        of them could continue on the next line (as wide as ``width``, the widest line of the header,
        in half-width characters)."""
        out, m = [], ln + 1
        while lead_gap and m < len(orig) and not orig[m].strip(_WS) and m + 1 < len(orig) and m + 1 in cells:
            m += 1  # (the header a block of its own, its column's cells the next: plain pdftotext)
        while m < len(orig) and (m in cells or gaps and not orig[m].strip(_WS)):
            if m in cells:
                out.append(cells[m])
            m += 1
        while m < len(orig) and not orig[m].strip(_WS):
            m += 1
        stop[0] = m
        after = classify(orig[m].strip(_WS)).kind if m < len(orig) and len(orig[m].split()) == 1 else None
        if after == NA or after == NUM and out:
            # a mark right after the numbers is a cell of the column too ("本年处理决定数量 / 2 / /":
            # pdfminer printed the two-row block's header before the one-row block's): the run is
            # longer than its numbers. So may a number be, one empty line after the run (plain
            # pdftotext of a sideways page runs cells and headers in an order of its own: "采购总金额 /
            # 31 / 采购项目数量 / 0 / 16 / /" holds 行政强制's 31 and 16, the block's 0 and "/"): where
            # the run ends is not shown
            return None
        if any(a.line + 1 == b.line and a.kind == NUM and a.text.lstrip("-")[0] != "0"
               and len(a.text.lstrip("-")) >= 0.8 * width - 1 for a, b in zip(out, out[1:])):
            return None
        return out

    stop = [0]
    blocks = _t2_blocks(rows)
    names = list(dict.fromkeys(c.col_name for r in rows for c in r.cells))
    labels = list(found.values())
    occ: dict[str, list[tuple[int, int]]] = {}
    for name in names:
        occ[name] = [sp for sp in fd.find_all(name, start, end)
                     if not any(a <= sp[0] and sp[1] <= b for a, b in labels)]
    every = [sp for sps in occ.values() for sp in sps]
    for name in names:  # a header inside a longer one's occurrence is no header of its own
        occ[name] = [sp for sp in occ[name] if not any(a <= sp[0] and sp[1] <= b and (a, b) != sp for a, b in every)]
    for name in names:
        # copies of a header one right under the other, nothing but white space between them, are
        # one merged header cell printed in each column it covers ("本年增/减 / 本年增/减 / 0" of a
        # block with one such column): the last copy heads the cells
        kept_occ: list[tuple[int, int]] = []
        for sp in occ[name]:
            if kept_occ and not fd.text[kept_occ[-1][1]:sp[0]].strip(_WS + "\n"):
                kept_occ[-1] = sp
            else:
                kept_occ.append(sp)
        occ[name] = kept_occ
    runs: dict[tuple[int, str], list[Field]] = {}
    heads: dict[tuple[int, str], tuple[int, int]] = {}
    used: set[int] = set()

    def ends_line(e: int) -> bool:
        line_end = fd.text.find("\n", e)
        return not fd.text[e:line_end if line_end >= 0 else len(fd.text)].strip(_WS)

    def width(s: int, e: int) -> int:
        return max(_half_widths(p.strip(_WS)) for p in fd.text[s:e].split("\n"))

    # the stretch between the section's heading and the first block title: pdfminer may print a
    # column's box there ("二、主动公开政府信息情况 / 本年 / 增/减 / -２３ / 0" before "第二十条第(一)项")
    heading = [sp for term in _T2_HEADING for sp in fd.find_all(term, max(0, start - 3000), start)]
    lead = (max(e for _s, e in heading), start) if heading else None
    for name in names:
        having = [b for b, blk in enumerate(blocks) if any(c.col_name == name for c in rows[blk[0]].cells)]
        if len(occ[name]) != len(having):
            continue
        if lead and fd.find_all(name, *lead):
            # the header stands also before the table's first block title: which of its copies
            # heads which block is not told by their order
            continue
        got: list[tuple[int, tuple[int, int], list[Field] | None]] = []
        for (s, e), b in zip(occ[name], having):
            run = None
            if ends_line(e):  # (else other text after the header on its line)
                # the cells may follow after an empty line (the header a block of its own), unless
                # the header stands right under another one: headers printed together, then their
                # columns' runs (``_stacked_runs``)
                under = any(sp[1] <= s and not fd.text[sp[1]:s].strip(_WS + "\n")
                            for other, sps in occ.items() if other != name for sp in sps)
                run = numbers_after(fd.text[start:e].count("\n"), width(s, e), lead_gap=not under)
            got.append((b, (s, e), run))
        if any(run and len(run) != len(blocks[b]) and any(len(run) == len(blocks[o]) for o in having if o != b)
               for b, _sp, run in got):
            # a copy right above as many numbers as another block of the header has rows, not its
            # own: the copies may not stand in the blocks' order (pdfminer ran (六)'s "本年处理决定数量 /
            # 7", a cell of it empty, before (五)'s "本年处理决定数量 / 0"), so none heads a block by order
            continue
        if len(got) > 1 and any(run is None for _b, _sp, run in got):
            # a copy whose run's length is not shown (more numbers after it): whether the copies
            # stand in the blocks' order cannot be checked by their runs, so none heads a block
            continue
        for b, sp, run in got:
            heads[(b, name)] = sp
            if not run or any(f.line in used for f in run):
                continue
            used.update(f.line for f in run)
            runs[(b, name)] = run
    signed = {(b, c.col_name): c.kind == "signed" for b, blk in enumerate(blocks) for c in rows[blk[0]].cells}
    _stacked_runs(fd, start, orig, lone, blocks, heads, runs, used, ends_line, width, signed)
    # a header with a cell right before it (only empty lines between) that no run takes: the stream
    # may run each column's cells before its header as well as after it (plain pdftotext of a
    # sideways page: "０ / 本年收费金额（单位：万元） / ８１ / 信息内容" holds 行政事业性收费's 0 and 行政强制's
    # 81) — which cells are the header's is not shown; LibreOffice's columns have there the end of
    # the column before's run. (A run in one block with its header, no empty line between, is the
    # header's.) Dropping a run frees its cells, so this is repeated until none drops
    while True:
        drop = []
        for key, run in runs.items():
            if key not in heads:
                continue
            m = fd.text[start:heads[key][0]].count("\n") - 1
            while m >= 0 and not orig[m].strip(_WS):
                m -= 1
            apart = run and run[0].line > fd.text[start:heads[key][1]].count("\n") + 1
            if apart and m >= 0 and m in cells and m not in used:
                drop.append(key)
        if not drop:
            break
        for key in drop:
            used.difference_update(f.line for f in runs.pop(key))
    out: dict[int, list[CellValue]] = {}
    for b, blk in enumerate(blocks):
        cols = [c.col_name for c in rows[blk[0]].cells]
        if not all(i in found for i in blk) or sorted(blk, key=lambda i: found[i][0]) != blk:
            continue
        spans = [heads.get((b, name)) for name in cols]
        if len(blk) == 1 and len(cols) > 1 and all(spans) and ends_line(spans[-1][1]) \
                and all(a[1] <= c[0] and not fd.text[a[1]:c[0]].strip() for a, c in zip(spans, spans[1:])):
            # a one-row block whose headers stand together in column order right above exactly
            # its numbers, its label right after them: the row printed left to right under its
            # header row (a label printed elsewhere leaves the numbers there unpinned: gen 13018's
            # "采购项目数量 / 采购总金额 / 0 / 0" holds 行政事业性收费's 0 and 采购总金额's)
            nums = numbers_after(fd.text[start:spans[-1][1]].count("\n"), min(width(*sp) for sp in spans), True)
            if nums and len(nums) == len(cols) and not any(f.line in used for f in nums) \
                    and stop[0] == fd.text[start:found[blk[0]][0]].count("\n"):
                used.update(f.line for f in nums)
                out[blk[0]] = [_val(f) for f in nums]
                continue
        # a column whose header is nowhere in the text, not even its first or last characters
        # (a header wrapped among other cells' text), was not printed (a table cut at the page's
        # edge): its cells stay blank; any other column must be read under its header
        have = [name for name in cols if len(runs.get((b, name), ())) == len(blk)]
        if not have or any(name not in have and (occ[name] or _pieces_in(fd, name, start, end)) for name in cols):
            continue
        if len(blk) == 1:
            # one number a run, and numbers no run took standing between the nearest block title
            # and the block's headers (pdfminer's boxes: "上一年项目数量 / 7 / 本年增/减 / 0 / 29 / … /
            # 采购项目数量 / 19" under the titles and labels of (六)–(九), 19 行政强制's): the columns'
            # cells are not shown to be the ones after the headers
            first = min(fd.text[start:heads[(b, name)][0]].count("\n") for name in have)
            title = max((ln for ln in range(first) if "第二十条" in orig[ln]), default=-1)
            if any(title < ln < first and ln not in used for ln in cells):
                continue
        for r, i in enumerate(blk):
            out[i] = [_val(runs[(b, name)][r]) if name in have else CellValue(State.BLANK) for name in cols]
    return out


def _stacked_runs(fd: Finder, start: int, orig: list[str], lone: dict[int, Field], blocks: list[list[int]],
                  heads: dict[tuple[int, str], tuple[int, int]], runs: dict[tuple[int, str], list[Field]],
                  used: set[int], ends_line, width, signed: dict[tuple[int, str], bool]) -> None:
    """Column headers standing one under another with nothing between them, each ending its line,
    then as many runs of numbers as there are headers (held-out seed_002: "上一年项目数量 / 0 / 0 /
    本年增/减 / 处理决定数量 / 0 / 0 / / 0 / 0"): poppler printed the header cells of a row's columns
    first and then each column's cells top to bottom, mostly left to right as their headers, but
    not always (pdfminer's boxes): the runs are given to the headers only where every fitting way
    of doing so gives the same values. Each run is consecutive lines of one number each, runs apart by empty lines, exactly as many
    lines as its header's block has rows, and the first other line ends the last run. Only for
    blocks of two rows or more: one number a run says nothing of columns (gen 13018's "采购项目数量 /
    采购总金额（单位：万元） / 0 / / 0" held another block's 0, 采购项目数量 printed empty). Adds to
    ``runs`` (and ``used``) the columns so read; leaves alone a header already read."""
    order = sorted((sp, key) for key, sp in heads.items() if key not in runs)
    i = 0
    while i < len(order):
        group = [order[i]]
        while i + len(group) < len(order) and ends_line(group[-1][0][1]) \
                and not fd.text[group[-1][0][1]:order[i + len(group)][0][0]].strip(_WS + "\n"):
            group.append(order[i + len(group)])
        i += len(group)
        if len(group) < 2 or not ends_line(group[-1][0][1]):
            continue
        m = fd.text[start:group[-1][0][1]].count("\n") + 1
        found_runs: list[list[Field]] = []
        while m < len(orig):
            if not orig[m].strip(_WS):
                m += 1
                continue
            if m not in lone:
                break
            run = []
            while m < len(orig) and m in lone:
                run.append(lone[m])
                m += 1
            found_runs.append(run)
        if len(found_runs) != len(group):
            continue

        def fits(head, run) -> bool:
            (s, e), (b, name) = head
            w = width(s, e)
            return len(run) == len(blocks[b]) and len(run) >= 2 and not any(f.line in used for f in run) \
                and not any(a.text.lstrip("-")[0] != "0" and len(a.text.lstrip("-")) >= 0.8 * w - 1 for a in run[:-1]) \
                and (signed.get((b, name)) or not any(f.text.startswith(("-", "+")) for f in run))

        # the runs follow their headers' order when poppler keeps it, but the columns' boxes need
        # not (pdfminer ran 处理决定数量's "9 / 9" before 本年增/减's "0 / 0" under "本年增/减 /
        # 处理决定数量"): every way of giving the runs to the headers is tried that fits each run
        # (its block's rows, no wrapped number, a signed number only under 本年增/减), and the runs
        # are read only when every such way gives the same values
        ways = [perm for perm in permutations(range(len(group)))
                if all(fits(group[h], found_runs[r]) for r, h in enumerate(perm))]
        if not ways or any({group[h][1]: tuple(f.text for f in found_runs[r]) for r, h in enumerate(perm)}
                           != {group[h][1]: tuple(f.text for f in found_runs[r]) for r, h in enumerate(ways[0])}
                           for perm in ways[1:]):
            continue
        for r, h in enumerate(ways[0]):
            runs[group[h][1]] = found_runs[r]
            used.update(f.line for f in found_runs[r])


def _round_robin(lines: list[str], targets: list[str]) -> list[list[str]] | None:
    """The header lines of one table row split among its cells when poppler printed the row line by
    line ("信息 / 本年新 / 本年新 / 内容 / 制作数量 / 公开数量": each cell's first line, in column order,
    then each one's second): in every round each cell not yet complete takes the next line, which
    must continue its text. Each cell's lines, or None when the lines are not exactly that."""
    rem = list(targets)
    got: list[list[str]] = [[] for _ in targets]
    i = 0
    while i < len(lines):
        moved = False
        for j, left in enumerate(rem):
            if not left or i >= len(lines):
                continue
            if not left.startswith(lines[i]):
                return None
            rem[j] = left[len(lines[i]):]
            got[j].append(lines[i])
            i += 1
            moved = True
        if not moved:
            return None
    return got if not any(rem) else None


def read_t2_split(fd: Finder, start: int, end: int, spill_end: int, rows: list[RowSpec],
                  found: dict[int, tuple[int, int]], label_heads: dict[str, str]
                  ) -> tuple[dict[int, list[CellValue]], set[str]]:
    """Blocks of 表二 whose header row shows only some of their columns, each row's numbers right
    after its label, the other columns printed after the table as "header, then that column's
    numbers top to bottom" (a wide table: poppler runs its right-hand columns as a flow of their
    own, after the table or even after 表三's heading: "对外公 / 开总数量 / ０ / ０").

    A block is read when
    - the lines between its title and its first row label are exactly the headers of its label
      column and of some of its columns, whole or printed line by line across the cells
      (``_round_robin``), for exactly one choice of those columns;
    - each of its rows is followed by exactly that many numbers, one per line, before any other text;
    - every other column's header stands, after the block's rows and before ``spill_end``, exactly
      once per block that lacks it (matched in table order, a block title right before it naming
      that block), ending its line, right above exactly as many lines of one number each as the
      block has rows and no further number; or the header is nowhere, not even its first or last
      three characters (the column was cut at the page edge: its cells stay blank).
    No number right above another may be as wide as its header's widest line (it could be a
    number wrapped in its cell). Returns the rows read, by index, and the ids of cells left blank
    as not printed."""
    blocks = _t2_blocks(rows)
    titles = [rows[blk[0]].cells[0].col_labels[0] for blk in blocks]
    heads: dict[int, tuple[list[int], dict[int, int]]] = {}  # block: printed columns, widths
    windows: list[tuple[int, int]] = []
    lo = start
    for b, blk in enumerate(blocks):
        if not all(i in found for i in blk) or sorted(blk, key=lambda i: found[i][0]) != blk \
                or found[blk[0]][0] < lo:
            lo = max([lo] + [found[i][1] for i in blk if i in found])
            continue
        first = found[blk[0]][0]
        occ = fd.find_all(titles[b], lo, first)
        lo = found[blk[-1]][1]
        lab = label_heads.get(titles[b])
        if not occ or not lab:
            continue
        windows.append((occ[-1][1], first))
        lines = [norm(ln) for ln in fd.text[occ[-1][1]:first].split("\n")]
        lines = [ln for ln in lines if ln]
        cols = [norm(c.col_name) for c in rows[blk[0]].cells]
        fits = []
        for mask in range(1, 2 ** len(cols)):
            pick = [j for j in range(len(cols)) if mask >> j & 1]
            got = _round_robin(lines, [norm(lab)] + [cols[j] for j in pick])
            if got is not None:
                fits.append((pick, {j: max(_half_widths(p) for p in ps) for j, ps in zip(pick, got[1:])}))
        if len(fits) == 1:
            heads[b] = fits[0]

    def lone_numbers(a: int, b: int, trailing: bool) -> list[Field] | None:
        """The consecutive lines of one number each from ``a`` on (empty lines before them aside),
        up to the first other line; None when a number follows before ``b`` (unless ``trailing``)."""
        out, rest = [], False
        for ln in fd.text[a:b].split("\n"):
            if not ln.strip(_WS):
                rest = rest or bool(out)
                continue
            f = classify(ln)
            if f.kind in (NUM, NA) and not rest and len(ln.split()) == 1:
                out.append(f)
            elif not trailing and (f.kind in (NUM, NA) or any(ch.isdigit() for ch in ln)):
                return None
            else:
                rest = True
                if trailing:
                    break
        return out

    def wraps(nums: list[Field], widths: list[int]) -> bool:
        return any(a.kind == NUM and a.text.lstrip("-")[0] != "0" and len(a.text.lstrip("-")) >= 0.8 * w - 1
                   for a, w in zip(nums, widths))

    stops = sorted({s for s, _e in found.values()} | {s for t in set(titles) for s, _e in fd.find_all(t, start, end)})
    out: dict[int, list[CellValue]] = {}
    unprinted: set[str] = set()
    names = list(dict.fromkeys(c.col_name for r in rows for c in r.cells))
    # each header not printed over its block: its runs after the table, matched to blocks in order
    runs: dict[tuple[int, str], list[Field]] = {}
    absent: set[str] = set()
    for name in names:
        having = [b for b, blk in enumerate(blocks) if any(c.col_name == name for c in rows[blk[0]].cells)]
        lacking = [b for b in having if b in heads
                   and [c.col_name for c in rows[blocks[b][0]].cells].index(name) not in heads[b][0]]
        if not lacking or any(b not in heads for b in having):
            continue
        occ = [sp for sp in fd.find_all(name, start, spill_end)
               if not any(a <= sp[0] < e for a, e in windows) and not any(a <= sp[0] < e for a, e in found.values())]
        if not occ and not _pieces_in(fd, name, start, spill_end):
            absent.add(name)
            continue
        if len(occ) != len(lacking):
            continue
        for (s, e), b in zip(occ, lacking):
            blk = blocks[b]
            line_end = fd.text.find("\n", e)
            before = norm(fd.text[max(start, s - 40):s])
            named = [j for j, t in enumerate(titles) if before.endswith(norm(t))]
            if s < found[blk[-1]][1] or line_end < 0 or fd.text[e:line_end].strip(_WS) \
                    or named and titles[named[0]] != titles[b]:
                break
            nums = lone_numbers(line_end, spill_end, True)
            width = max(_half_widths(p.strip(_WS)) for p in fd.text[s:e].split("\n"))
            if nums is None or len(nums) != len(blk) or wraps(nums[:-1], [width] * len(nums)):
                break
            runs[(b, name)] = nums
        else:
            continue
        for b in lacking:
            runs.pop((b, name), None)
    for b, blk in enumerate(blocks):
        if b not in heads:
            continue
        pick, widths = heads[b]
        cells = rows[blk[0]].cells
        if len(pick) == len(cells):
            continue  # every header over the block: read as usual
        if any(j not in pick and (b, c.col_name) not in runs and c.col_name not in absent for j, c in enumerate(cells)):
            continue
        got = {}
        for r, i in enumerate(blk):
            e = found[i][1]
            stop = next((p for p in stops if p >= e), end)
            if stop == e:
                stop = end
            nums = lone_numbers(e, stop, i == max(found, key=lambda k: found[k][0]) or stop >= end)
            if nums is None or len(nums) != len(pick) or wraps(nums[:-1], [widths[j] for j in pick]):
                break
            vals = dict(zip(pick, (_val(f) for f in nums)))
            got[i] = [vals[j] if j in vals else _val(runs[(b, c.col_name)][r]) if (b, c.col_name) in runs
                      else CellValue(State.BLANK) for j, c in enumerate(cells)]
        else:
            out.update(got)
            unprinted.update(c.id for i in blk for j, c in enumerate(rows[i].cells) if j not in pick and c.col_name in absent)
    return out, unprinted


# -------------------------------------------------------------------------------------- 表四

#: a line of a table printed after the next section's heading: a lone number or mark, or a piece
#: of a header (at most eight characters, no punctuation a sentence or a list item carries)
_T4_PIECE = re.compile(r"[^，。,；;：:！？!?（）()、.．]{1,8}")
_SECTION_HEAD = re.compile(r"[五六][、.．]")
# a page number printed inside the table ("-3-", "— 3 —")
_PAGE_NO = re.compile(r"[-—–－]\s*\d{1,3}\s*[-—–－]")


def t4_continuation(fd: Finder, end: int) -> int:
    """Where 表四's cells printed after the next section's heading end (plain pdftotext may run a
    page's last columns after the text that follows the table: "五、存在的主要问题及改进情况 / 复议后起诉 /
    结 / 结 / … / 0 / 0 / 0 / 尚 / 未 / 审 / 结 / 0"). ``end`` is where 表四's region stops, at that
    heading. The stretch runs over the headings of 五 and 六 (when 五 holds nothing else), empty lines, lone numbers or marks and header
    pieces, up to its last lone number or mark; the first other line (prose) ends it. Returns
    ``end`` when there is none."""
    pos = end
    last = end
    first = fd.text[end:].lstrip(_WS + "\t\n").split("\n", 1)[0].strip(_WS + "\t")
    if not (_SECTION_HEAD.match(first) and len(first) <= 30 and "。" not in first):
        return end
    for ln in fd.text[end:].split("\n"):
        s = ln.strip(_WS + "\t")
        nxt = pos + len(ln) + 1
        if s and not _CELL_ALONE.fullmatch(s) and not _T4_PIECE.fullmatch(s) \
                and not (_SECTION_HEAD.match(s) and len(s) <= 30 and "。" not in s):
            break
        if s and _CELL_ALONE.fullmatch(s) or s and len(s.split()) > 1 and all(_CELL_ALONE.fullmatch(x) for x in s.split()):
            last = min(nxt, len(fd.text))
        pos = nxt
        if pos >= len(fd.text):
            break
    return last


def t4_labelled_tail(fd: Finder, end: int, names: list[str]) -> list[str] | None:
    """表四's last columns printed further on, past the prose of 五 and 六 (plain pdftotext of a
    LibreOffice PDF whose table ran onto the next page: "改进措施：… / —2— / 其 / 他 / 结 / 果 / ０ /
    尚 / 未 / 审 / 结 / ０ / 总 / 计 / ０"): the lone numbers or marks after ``end``, each right under
    its column's name (``names``, 表四's column names, here in pieces of a character or two), in text
    order. None when a lone number or mark stands anywhere after ``end`` without such a name over
    it (it could be anything), or when there is none."""
    got: list[str] = []
    head = ""
    wanted = sorted({norm(x) for x in names}, key=len, reverse=True)
    for ln in fd.text[end:].split("\n"):
        s = ln.strip(_WS + "\t")
        if not s:
            continue
        if _CELL_ALONE.fullmatch(s):
            if not any(head.endswith(w) for w in wanted):
                return None
            got.append(s.strip(_WS))
            head = ""
        elif len(s) <= 4 and not any(ch.isdigit() for ch in s) and _T4_PIECE.fullmatch(s):
            head += norm(s)
        else:
            head = ""
    return got or None


def read_t4_blocks(fd: Finder, start: int, end: int, cells) -> list[list[CellValue]]:
    """表四 of plain PDF text block by block under its block titles (行政复议, 未经复议直接起诉, 复议后起诉):
    the values of the first blocks, in table order, each read from the text between its title and
    the next one (the last: to the table's end) when that stretch holds exactly the block's five
    numbers, read as printed, with nothing else that could be a cell (a mark, a wrapped digit line,
    other digits) and 总计 the sum of the four parts. Each title must stand in table order (once, or
    over each column of its block, no number among its copies: the stretch begins after the last),
    no number before the first — or only the first titles, the others nowhere in the region (poppler
    may print the table's later blocks after the next section's heading); the reading stops at the
    first block that does not read so (a block's numbers standing in the next block's stretch would
    leave one short and one over)."""
    titles = list(dict.fromkeys(c.col_labels[-2] for c in cells))
    per = len(cells) // len(titles)
    first_line = fd.text[start:fd.text.find("\n", start) if "\n" in fd.text[start:end] else end]
    lo = start + len(first_line) + 1 if "情况" in first_line else start
    spans = [fd.find_all(t, lo, end) for t in titles]
    # the titles standing (the first ones: the table's later blocks may be printed after the next
    # section's heading, out of this region, their titles with them)
    shown = next((j for j, s in enumerate(spans) if not s), len(spans))
    spans = spans[:shown] if shown and not any(spans[shown:]) else []
    if not spans or any(a[-1][1] > b[0][0] for a, b in zip(spans, spans[1:])):
        return []
    pos = [(s[0][0], s[-1][1]) for s in spans]  # first start, last end

    def numbers(a: int, b: int) -> list[Field] | None:
        fs = read_fields(fd.text[a:b], blocks=True)
        if any(f.kind in (UNREAD, NA) or f.kind not in (NUM, EMPTY) and any(ch.isdigit() for ch in f.text)
               for f in fs):
            return None
        nums = [f for f in fs if f.kind == NUM]
        # a digit line right under another may be the rest of a number wrapped in its cell, unless
        # the upper one is clearly narrower than the cells (the narrowest header line in the stretch)
        heads = [_half_widths(ln.strip()) for ln in fd.text[a:b].split("\n")
                 if ln.strip() and all(unicodedata.east_asian_width(ch) in "WF" for ch in ln.strip())]
        # ("0" starts no number of more digits)
        if any(f.joins and u.text != "0" and (not heads or len(u.text.lstrip("-")) >= 0.8 * min(heads) - 1)
               for u, f in zip(nums, nums[1:])):
            return None
        return nums

    # a title printed over each of its block's columns ("行政复议 / 结果维持", "行政复议 / 结果纠正" …):
    # its block's numbers stand after the last of them, none among them
    if numbers(lo, spans[0][0][0]) != [] or any(numbers(s[0][1], s[-1][0]) != [] for s in spans if len(s) > 1):
        return []
    out = []
    for j, (_s, e) in enumerate(pos):
        nums = numbers(e, pos[j + 1][0] if j + 1 < len(pos) else end)
        if nums is None or len(nums) != per:
            break
        vals = [_val(f) for f in nums]
        if sum(v.number for v in vals[:-1]) != vals[-1].number:
            break
        # the sum holds for any order of the four parts: their order is the text's only when they
        # are all equal or each stands right under its own column header (poppler runs a block's
        # columns out of order: "结果维持 / 结果纠正" printed side by side one character a line, then
        # 其他结果, 尚未审结, 总计, then "0 / 0 / 0 / 7 / 7" with the 7 of 结果纠正 fourth)
        if len({v.number for v in vals[:-1]}) > 1 and not _parts_under_heads(
                fd, e, pos[j + 1][0] if j + 1 < len(pos) else end, [c.col_labels[-1] for c in cells[:per - 1]]):
            break
        out.append(vals)
    return out


def _parts_under_heads(fd: Finder, a: int, b: int, heads: list[str]) -> bool:
    """In [a, b) each of ``heads`` stands once, in order, and right after each stands exactly one
    number before the next header (after the last: its number and 总计's): every part's number
    pinned under its own column header."""
    spans = [fd.find_all(h, a, b) for h in heads]
    if any(len(s) != 1 for s in spans) or any(x[0][1] > y[0][0] for x, y in zip(spans, spans[1:])):
        return False
    ends = [s[0][0] for s in spans[1:]] + [b]
    for (_s, e), stop in zip((s[0] for s in spans), ends):
        got = [f for f in read_fields(fd.text[e:stop], blocks=True) if f.kind == NUM]
        if len(got) != (1 if stop != b else 2):  # (the last part's number, then 总计's)
            return False
    return True


# ------------------------------------------------------------------------ 表二 in pdfminer's boxes

def _text_boxes(text: str) -> list[list[str]]:
    """The runs of non-empty lines of `text` (pdfminer prints each box of text as such a run)."""
    boxes: list[list[str]] = [[]]
    for ln in text.split("\n"):
        if ln.strip(_WS):
            boxes[-1].append(ln)
        elif boxes[-1]:
            boxes.append([])
    return [b for b in boxes if b]


def read_t2_boxes(fd: Finder, start: int, spill_end: int, rows: list[RowSpec]) -> dict[int, list[CellValue]]:
    """表二 as pdfminer.six's extract_text prints a LibreOffice PDF: every text box apart by an
    empty line, and the box of a column header holds, right under the header (whole or wrapped
    over lines, "本年处理 / 决定数量"), its column's cells of the block below it, one a line ("本年处理
    决定数量 / — / 78": 行政处罚's mark, 行政强制's 78). A merged block title repeated over each of its
    columns opens the header's box ("第二十条第(六) / 项 / 上一年 / 项目数量 / 91 / 0"), and one box may
    hold several such groups one under another. pdfminer runs the boxes in an order of its own
    (before the first block title, after 表三's heading), so a group is never matched to a block by
    where it stands: by the block title opening it (whole, or its end from the ordinal on:
    "（一）项 / 本年新 / 制作数量"), or else by its header and the count of its cells. A header
    shared by several blocks ("本年处理决定数量" over (五)'s one row and (六)'s two) pins its untitled
    groups only when there are exactly as many of them as blocks left and every matching of groups
    to blocks by their counts gives a block the same cells (two blocks of as many rows are told
    apart only when they hold the same cells; a block of a count of its own among them is read).

    A group is read only when it is its (title and) header lines and then its cells, each line a
    number or a mark alone, as many as its block has rows, and no number over another is as wide
    as the header's widest line (it could be a number wrapped in its narrow cell, its rest on the
    next line). The stretch searched runs from the table (or the section heading, when only boxes
    stand between them: ``_t2_lead``) to ``spill_end`` (表三's end). Returns, by row index, the values of the rows whose every cell is so read."""
    lead = _t2_lead(fd, start, rows)  # (only boxes between the heading and the table: no prose)
    lo = start if lead is None else lead
    blocks = _t2_blocks(rows)
    titles = [norm(rows[blk[0]].cells[0].col_labels[0]) for blk in blocks]
    names = {norm(c.col_name): c.col_name for r in rows for c in r.cells}
    titled: dict[tuple[int, str], list[list[Field]]] = {}
    untitled: dict[str, list[list[Field]]] = {}

    def kind_of(head: str) -> tuple | None:
        """("untitled", name) or ("titled", block, name) for a group's head, or None."""
        for key, name in names.items():
            if not head.endswith(key):
                continue
            pre = head[: len(head) - len(key)]
            if not pre:
                return ("untitled", name)
            # the block title, or its end from the ordinal on ("（一）项" of a title wrapped in its box)
            own = [b for b, t in enumerate(titles) if t.endswith(pre) and re.search(r"[一二三四五六七八九十]", pre)]
            return ("titled", own[0], name) if len(own) == 1 else None
        return None

    def dangling(head: str) -> bool:
        """Pieces ending a box with no cell under them: the start of a block title or header."""
        return any(whole.startswith(head) for t in titles for key in names
                   for whole in (t, key, t + key))

    def close(box: list[str]) -> None:
        segs: list[tuple[list[str], list[Field]]] = []
        k = 0
        while k < len(box):
            start_k = k
            while k < len(box) and classify(box[k].strip(_WS)).kind not in (NUM, NA):
                k += 1
            head_lines = box[start_k:k]
            cells = []
            while k < len(box) and len(box[k].split()) == 1 and classify(box[k].strip(_WS)).kind in (NUM, NA):
                cells.append(classify(box[k].strip(_WS)))
                k += 1
            if k < len(box) and classify(box[k].strip(_WS)).kind in (NUM, NA):
                # several numbers on a line: the run before it is not a column's cells alone
                segs.append((head_lines, None))
                break
            segs.append((head_lines, cells))
        for j, (head_lines, cells) in enumerate(segs):
            if not head_lines or not cells:
                continue
            head = "".join(norm(ln) for ln in head_lines)
            kind = kind_of(head)
            if kind is None:
                continue
            if j + 1 < len(segs):
                # what follows the cells in the box opens another column's group, or is the start
                # of a title or header cut at the box's end; anything else (a row label after a
                # serial number) means the lines are no column's cells
                nxt_head, nxt_cells = segs[j + 1]
                nxt = "".join(norm(ln) for ln in nxt_head)
                if nxt_cells is None or not (kind_of(nxt) if nxt_cells else kind_of(nxt) or dangling(nxt)):
                    continue
            width = max((_half_widths(ln.strip(_WS)) for ln in head_lines), default=0)
            if any(a.kind == NUM and a.text.lstrip("-")[:1] != "0" and len(a.text.lstrip("-")) >= 0.8 * width - 1
                   for a in cells[:-1]):
                continue
            if kind[0] == "untitled":
                untitled.setdefault(kind[1], []).append(cells)
            else:
                titled.setdefault((kind[1], kind[2]), []).append(cells)

    for box in _text_boxes(fd.text[lo:spill_end]):
        close(box)
    cols: dict[tuple[int, str], list[Field]] = {}
    for (b, name), got in titled.items():
        # (copies of one box, a merged cell printed in each column it covers, are one)
        if len({tuple((f.kind, f.text) for f in g) for g in got}) == 1 and len(got[0]) == len(blocks[b]) \
                and any(c.col_name == name for c in rows[blocks[b][0]].cells):
            cols[(b, name)] = got[0]
    for name, got in untitled.items():
        having = [b for b, blk in enumerate(blocks) if any(c.col_name == name for c in rows[blk[0]].cells)
                  and (b, name) not in titled]
        if len(got) != len(having):
            continue
        readings = [{b: tuple((f.kind, f.text) for f in got[p]) for p, b in zip(perm, having)}
                    for perm in permutations(range(len(got)))
                    if all(len(got[p]) == len(blocks[b]) for p, b in zip(perm, having))]
        for b in having:  # a block every matching gives the same cells ((八)'s one row among (五)'s and (六)'s two)
            if readings and all(rd[b] == readings[0][b] for rd in readings):
                cols[(b, name)] = [Field(kind, text) for kind, text in readings[0][b]]
    out: dict[int, list[CellValue]] = {}
    for b, blk in enumerate(blocks):
        names_b = [c.col_name for c in rows[blk[0]].cells]
        if all((b, n) in cols for n in names_b):
            for r, i in enumerate(blk):
                out[i] = [_val(cols[(b, n)][r]) for n in names_b]
    return out


# ------------------------------------------------------------------------ 表四 in pdfminer's boxes

def read_t4_header_boxes(fd: Finder, start: int, end: int, cells) -> dict[str, CellValue]:
    """表四's cells each pinned by its own pdfminer box: a narrow column whose header cells repeat
    the block title (a merged cell printed in each column it covers) is printed as one box, the
    title and the column name one character a line and the column's one cell under them ("行 / 政 /
    诉 / 讼 / 未 / 经 / … / 起 / 诉 / 结 / 果 / 纠 / 正 / 0"). A group of a box is read only when its
    pieces, each one character (a stack no wider than its own column: a title printed whole spans
    several columns, and plain pdftotext ran "复议后起诉 / 总计 / 20" with 未经复议直接起诉's 总计 under
    the next block's title), spell exactly the block title and the column name of one cell (a column
    name alone names no block) and exactly one line of one number or mark follows them; a cell two
    groups give differently is not read. The cells so pinned, by id."""
    keys: dict[str, str] = {}
    for c in cells:
        labels = [norm(x) for x in c.col_labels]
        for n in range(2, len(labels) + 1):
            keys.setdefault("".join(labels[-n:]), c.id)
    got: dict[str, set[tuple[str, str]]] = {}

    def close(box: list[str]) -> None:
        k = 0
        while k < len(box):
            head, narrow = "", True
            while k < len(box) and classify(box[k].strip(_WS)).kind not in (NUM, NA):
                head += norm(box[k])
                narrow = narrow and len(box[k].strip(_WS)) == 1
                k += 1
            vals = []
            while k < len(box) and classify(box[k].strip(_WS)).kind in (NUM, NA):
                vals.append(box[k])
                k += 1
            if head in keys and narrow and len(vals) == 1 and len(vals[0].split()) == 1:
                f = classify(vals[0].strip(_WS))
                got.setdefault(keys[head], set()).add((f.kind, f.text))

    for box in _text_boxes(fd.text[start:end]):
        close(box)
    return {cid: _val(Field(*next(iter(v)))) for cid, v in got.items() if len(v) == 1}


def read_t4_in_order(fd: Finder, start: int, end: int, cells) -> list[CellValue] | None:
    """表四 of plain PDF text whose fifteen numbers all stand after its headers printed whole and in
    the table's order (poppler, one cell per block: "行政 / 复议 / 行政 / 诉讼 / 结果 / 维持 / … / 总计 /
    0 / 69 / 0 / 0 / 69 / 未经复议 / 直接起诉 / 复议 / 后起诉 / 结果 / 维持 / … / 总计 / 0 / … / 0"): the
    values in text order, or None. Taken only when

    - the region holds exactly the table's cells as numbers, each a block of its own (no digit line
      right under another: no number wrapped in its cell), no mark, no other digits;
    - the three block titles stand once each, in order, and every column header (结果维持 … 总计 of
      each block) stands whole, as often as the table has it, the fifteen in the table's order,
      each before its own column's number (a header printed after a number it heads, or out of its
      order, or in pieces beside another's — "结果维 结果纠 / 持 / 正" — shows a stream whose order
      is not the table's);
    - every block's 总计 is the sum of its four parts as the numbers stand.
    The rows of a 表四 are one line of cells: what is left to the text is the order of that line,
    which poppler keeps where its headers, printed above it, show that order."""
    titles = list(dict.fromkeys(c.col_labels[-2] for c in cells))
    heads = [c.col_labels[-1] for c in cells]
    per = len(cells) // len(titles)
    first_line = fd.text[start:fd.text.find("\n", start) if "\n" in fd.text[start:end] else end]
    lo = start + len(first_line) + 1 if "情况" in first_line else start
    fields = read_fields(fd.text[lo:end], blocks=True)
    nums = [f for f in fields if f.kind == NUM]
    if len(nums) != len(cells) or any(f.kind in (UNREAD, NA) for f in fields) \
            or any(not f.text.isdigit() or f.joins for f in nums) \
            or any(f.kind == OTHER and any(ch.isdigit() for ch in f.text) and not _PAGE_NO.fullmatch(f.text)
                   for f in fields):
        return None
    lines = fd.text[lo:end].split("\n")
    if any(0 <= f.line + d < len(lines) and _CELL_ALONE.fullmatch(lines[f.line + d]) for f in nums for d in (-1, 1)):
        return None
    t_spans = [fd.find_all(t, lo, end) for t in titles]
    if any(len(s) != 1 for s in t_spans) or any(a[0][1] > b[0][0] for a, b in zip(t_spans, t_spans[1:])):
        return None
    places = _t4_head_places(fd, lo, end, set(heads))
    if [name for _p, name in places] != heads:
        return None
    h_pos = [p for p, _name in places]
    if any(h < t_spans[j // per][0][1] for j, h in enumerate(h_pos)):
        return None  # (a block's header before its title)
    n_pos = []
    for f in nums:  # each number's place in the text
        n_pos.append(lo + sum(len(ln) + 1 for ln in lines[:f.line]))
    if any(n <= h for n, h in zip(n_pos, h_pos)):
        return None
    vals = [_val(f) for f in nums]
    for b in range(0, len(vals), per):
        if sum(v.number for v in vals[b:b + per - 1]) != vals[b + per - 1].number:
            return None
    return vals


def _t4_head_places(fd: Finder, lo: int, end: int, names: set[str]) -> list[tuple[int, str]]:
    """表四's column headers in [lo, end) in text order, as (position, name): each printed whole
    ("结果 / 维持"), or several side by side in one block, their first pieces on its first line and
    their rests after it one a line, in the same order ("结果维 结果纠 其他结 尚未审 / 持 / 正 / 果 / 结";
    or every piece a line: "结果 / 结果 / 其他结 / 尚未 / 维持 / 纠正 / 果 / 审结"), the headers of such a block
    in that order at its start (headers in pieces that read neither way are not found)."""
    text = fd.text
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    pos = lo
    block: list[tuple[int, str]] = []

    def close() -> None:
        while block and _CELL_ALONE.fullmatch(block[-1][1]):  # (a number right under its header)
            block.pop()
        if not block:
            return
        # (the block may open with other lines: a block title, "未经复议直接起诉 / 结果维 结果纠 …")
        at = next((i for i, (_p, ln) in enumerate(block) if len(ln.split()) > 1), 0)
        got = _side_by_side([ln for _p, ln in block[at:]], names)
        if got:
            for i, name in enumerate(got):
                out.append((block[at][0], i, name))
            taken.append((block[at][0], block[-1][0] + len(block[-1][1])))

    for ln in text[lo:end].split("\n"):
        if ln.strip(_WS):
            block.append((pos, ln.strip(_WS)))
        else:
            close()
            block = []
        pos += len(ln) + 1
    close()
    for name in names:
        for s, e in fd.find_all(name, lo, end):
            if not any(a <= s < b or a < e <= b for a, b in taken):
                out.append((s, 0, name))
    out.sort()
    return [(p, name) for p, _i, name in out]


def _side_by_side(lines: list[str], names: set[str]) -> list[str]:
    """The header names a block of lines spells as several headers printed side by side (see
    ``_t4_head_places``); [] when it is no such block."""
    first = lines[0].split()
    for pieces, rests in ((first, lines[1:]), (lines[:len(lines) // 2], lines[len(lines) // 2:])):
        if len(pieces) < 2 or len(rests) != len(pieces) or any(len(r.split()) != 1 for r in rests):
            continue
        got = [p + r for p, r in zip(pieces, rests)]
        if all(g in names for g in got) and not any(p in names for p in pieces):
            return got
    return []
