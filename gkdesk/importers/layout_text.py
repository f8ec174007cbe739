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
marker ``UNREADABLE`` — the row stays blank and the import report says why.

Text that is not laid out in columns (no line with numbers after a wide gap) is returned unchanged.
"""

from __future__ import annotations

import re

from .rows import UNREADABLE

_TOKEN = re.compile(r"\S+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
#: a number standing in a column: preceded by at least two spaces (or the line start after indent)
_GAP = re.compile(r"(?:^|\s{2,})(\d+(?:\.\d+)?)(?=\s|$)")
MAX_WRAP = 3  # a number wraps over at most this many lines of its cell


def _numbers(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the numbers standing in columns of a line (after a gap of 2+ spaces)."""
    out = []
    for m in _TOKEN.finditer(line):
        t = m.group()
        if _NUMBER.match(t) and (m.start() == 0 or line[max(0, m.start() - 2):m.start()] == "  "):
            out.append((m.start(), m.end(), t))
    return out


def _overlap(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _stacked(upper, lower) -> bool:
    """Some number of one line stands in the column of a number of the other."""
    return any(_overlap(a, b) for a in upper for b in lower)


def _join(group: list[list[tuple[int, int, str]]]) -> list[str] | None:
    """The numbers of lines read as one row: each column's pieces concatenated top to bottom, the
    line with the most numbers giving the columns. None when a piece stands in no column or in
    two (the lines cannot be one row)."""
    frame = max(group, key=len)
    pieces: list[list[str]] = [[] for _ in frame]
    for line in group:
        used = set()
        for tok in line:
            hits = [i for i, f in enumerate(frame) if _overlap(tok, f)]
            if len(hits) != 1 or hits[0] in used:
                return None
            used.add(hits[0])
            pieces[hits[0]].append(tok[2])
    out = ["".join(p) for p in pieces]
    if any(len(x) > 1 and x.startswith("0") for x in out):
        return None  # a count never starts with 0
    return out


def row_rule(spec):
    """check(numbers) -> True / False / None (no rule for a row of that many numbers), from the
    format's 表三 row totals and 表四 block totals."""
    t3 = spec.table("t3")
    k3 = len(t3.col_codes)
    t4 = spec.table("t4")
    ids4 = [c.id for c in t4.cells]
    blocks = [([ids4.index(p) for p in s.parts], ids4.index(s.target)) for s in t4.sums]

    def check(nums: list[str]) -> bool | None:
        try:
            v = [float(x) for x in nums]
        except ValueError:
            return None
        if len(v) == k3:
            return abs(sum(v[:-1]) - v[-1]) < 1e-9
        if len(v) == len(ids4):
            return all(abs(sum(v[p] for p in parts) - v[t]) < 1e-9 for parts, t in blocks)
        return None

    return check


def join_wrapped_numbers(text: str, check) -> tuple[str, list[str]]:
    """The text with wrapped numbers joined where exactly one reading fits the arithmetic, and the
    uncertain ones replaced by ``UNREADABLE``; plus a note (Chinese) per uncertain run."""
    lines = text.split("\n")
    if not any(len(_GAP.findall(ln)) >= 3 for ln in lines):
        return text, []
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
        toks = {n: _numbers(lines[n]) for n in run}
        # only runs where numbers of consecutive number lines share a column need a decision
        pairs = [(a, b) for a, b in zip(run, run[1:]) if _stacked(toks[a], toks[b])]
        if not pairs:
            continue
        # sub-runs: consecutive number lines linked by shared columns
        chains: list[list[int]] = [[pairs[0][0], pairs[0][1]]]
        for a, b in pairs[1:]:
            if chains[-1][-1] == a:
                chains[-1].append(b)
            else:
                chains.append([a, b])
        for chain in chains:
            _decide(lines, chain, toks, check, notes)
    return "\n".join(lines), notes


def _decide(lines, chain, toks, check, notes) -> None:
    """Read one chain of number lines linked by shared columns (see the module doc)."""
    n = len(chain)
    memo: dict[tuple[int, int], list[str] | None] = {}

    def row(a: int, b: int) -> list[str] | None:
        """chain[a:b] read as one row, if that reading is settled (arithmetic, or one labelled line)."""
        if (a, b) not in memo:
            got = None
            if b - a <= MAX_WRAP:
                r = _join([toks[chain[g]] for g in range(a, b)])
                v = None if r is None else check(r)
                if r is not None and (v is True or (v is None and b - a == 1 and _CJK.search(lines[chain[a]]))):
                    got = r
            memo[(a, b)] = got
        return memo[(a, b)]

    # number of readings of the prefix / suffix (capped at 2: one or several is all that matters)
    fwd = [1] + [0] * n
    for i in range(1, n + 1):
        fwd[i] = min(2, sum(fwd[i - g] for g in range(1, MAX_WRAP + 1) if i - g >= 0 and row(i - g, i) is not None))
    if fwd[n] == 1:
        bwd = [0] * n + [1]
        for i in range(n - 1, -1, -1):
            bwd[i] = min(2, sum(bwd[i + g] for g in range(1, MAX_WRAP + 1) if i + g <= n and row(i, i + g) is not None))
        i = 0
        while i < n:
            g = next(g for g in range(1, MAX_WRAP + 1) if i + g <= n and row(i, i + g) is not None and bwd[i + g] == 1
                     and fwd[i] == 1)
            if g > 1:
                members = [chain[m] for m in range(i, i + g)]
                frame = max(members, key=lambda m: len(toks[m]))
                for m in members:
                    lines[m] = _replace(lines[m], toks[m], row(i, i + g) if m == frame else None)
            i += g
        return
    # several readings or none: lines that are whole rows in every reading split the chain
    anchors = [i for i in range(n) if row(i, i + 1) is not None and check(row(i, i + 1)) is True and not any(
        row(a, b) is not None for a in range(max(0, i - MAX_WRAP + 1), i + 1)
        for b in range(i + 1, min(n, a + MAX_WRAP) + 1) if b - a > 1)]
    if anchors:
        piece: list[int] = []
        for i in range(n + 1):
            if i == n or i in anchors:
                if piece:
                    _decide(lines, piece, toks, check, notes)
                piece = []
            else:
                piece.append(chain[i])
        return
    shown = " / ".join(" ".join(t[2] for t in toks[m]) for m in chain)
    why = "有多种拼接方式都满足合计关系" if fwd[n] > 1 else "没有一种拼接方式能满足合计关系"
    notes.append(f"表格中有数字在窄列中折行（{shown}），{why}，这些行已留空，请按原文填写。")
    for m in chain:
        stacked = [t for t in toks[m] if any(_overlap(t, o) for k in chain if k != m for o in toks[k])] or toks[m]
        lines[m] = _replace(lines[m], stacked, [UNREADABLE] * len(stacked))


def _replace(line: str, toks, new) -> str:
    """The line with the numbers ``toks`` replaced by ``new`` (None: removed), right to left."""
    out = line
    repl = list(zip(toks, new)) if new is not None else [(t, "") for t in toks]
    for (s, e, _t), text in sorted(repl, key=lambda x: -x[0][0]):
        pad = "  " if text else " " * (e - s)
        out = out[:s] + (text + pad if text else pad) + out[e:]
    return out
