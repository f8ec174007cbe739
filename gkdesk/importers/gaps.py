"""表三 rows whose empty cells left no trace, placed by the table's own arithmetic.

A web page's text taken with its empty text nodes dropped (BeautifulSoup ``get_text("\\n",
strip=True)``, scrapers' usual call) prints a table a cell a line and an empty ``<td>`` not at all:
"一、本年新收政府信息公开申请数量 / 89 / 11 / 0 / 0 / 0 / 100" is seven cells with one of them empty,
and nothing in the text says which. 表三 has arithmetic enough to tell: every row's 总计 is the sum
of its applicant columns, every column's 办理结果 rows add up to （七）总计, and 新收 + 上年结转 =
办理结果总计 + 结转下年度 column by column. ``place_gaps`` tries every placement of each short row's
numbers (kept in their printed order) among its columns, the empty cells counted as 0, and keeps
the placements that take part in at least one reading of the whole table in which every identity
holds. A cell is read only where all those placements agree on it (the same number, or empty in
all); where they differ (an empty cell among zeros: "0 0 _ 0" or "_ 0 0 0") it stays blank and the
import report names it. No placement at all → nothing is read.
"""

from __future__ import annotations

from itertools import combinations, product

from ..core.values import CellValue, State, number

#: give up rather than search longer (placements of the balance rows, partial-sum states)
_COMBOS = 50_000
_STATES = 20_000

_BALANCE = ("new", "carried", "results_total", "carry_next")

#: a cell the readings do not agree on (not read)
UNSURE = "?"


def _placements(nums: list[int], k: int) -> list[tuple[int | None, ...]]:
    """The ways of standing ``nums`` in their order in ``k`` columns (None = empty cell) whose
    总计 (last) is the sum of the others, empty cells counted as 0."""
    out = []
    for pos in combinations(range(k), len(nums)):
        cells: list[int | None] = [None] * k
        for p, n in zip(pos, nums):
            cells[p] = n
        if sum(c or 0 for c in cells[:-1]) == (cells[-1] or 0):
            out.append(tuple(cells))
    return out


def _vec(cells: tuple[int | None, ...]) -> tuple[int, ...]:
    return tuple(c or 0 for c in cells)


def place_gaps(codes: list[str], rows: dict[int, tuple[list[int], bool]], k: int) -> dict[int, list[int | None | str]] | None:
    """``codes``: the table's row codes in order; ``rows``: every row's index → (its numbers in
    printed order, whether it is short of cells). Returns, for each short row, its cells: an int,
    None (empty in every reading) or UNSURE (not the same in every reading: not read); None when the
    table has no reading at all in which every identity holds, or the search is too large."""
    if set(rows) != set(range(len(codes))) or not any(short for _n, short in rows.values()):
        return None
    cands: dict[int, list[tuple[int | None, ...]]] = {}
    for i, (nums, short) in rows.items():
        if not short:
            if len(nums) != k:
                return None
            cands[i] = [tuple(nums)] if sum(nums[:-1]) == nums[-1] else []
        else:
            cands[i] = _placements(nums, k)
        if not cands[i]:
            return None
    at = {c: i for i, c in enumerate(codes)}
    if not all(c in at for c in _BALANCE):
        return None
    parts = [i for i, c in enumerate(codes) if c not in _BALANCE]
    vecs = {i: sorted({_vec(p) for p in cs}) for i, cs in cands.items()}
    b = [at[c] for c in _BALANCE]
    size = 1
    for i in b:
        size *= len(vecs[i])
    if size > _COMBOS:
        return None
    # 新收 + 上年结转 = 办理结果总计 + 结转下年度, column by column
    combos = [(n, c, r, x) for n, c, r, x in product(*(vecs[i] for i in b))
              if all(n[j] + c[j] == r[j] + x[j] for j in range(k))]
    totals = {r for _n, _c, r, _x in combos}
    if not totals:
        return None
    top = tuple(max(r[j] for r in totals) for j in range(k))
    # the 办理结果 rows add up to 办理结果总计 column by column: the partial sums reachable in order
    forward = [{(0,) * k}]
    for i in parts:
        nxt = set()
        for s in forward[-1]:
            for v in vecs[i]:
                t = tuple(a + d for a, d in zip(s, v))
                if all(a <= m for a, m in zip(t, top)):
                    nxt.add(t)
        if len(nxt) > _STATES or not nxt:
            return None
        forward.append(nxt)
    reached = totals & forward[-1]
    if not reached:
        return None
    need = [set() for _ in range(len(parts) + 1)]  # partial sums from which some total is reachable
    need[-1] = set(reached)
    for n in range(len(parts) - 1, -1, -1):
        need[n] = {s for s in forward[n] if any(tuple(a + d for a, d in zip(s, v)) in need[n + 1] for v in vecs[parts[n]])}
    ok_vecs: dict[int, set[tuple[int, ...]]] = {}
    for n, i in enumerate(parts):
        ok_vecs[i] = {v for v in vecs[i] if any(tuple(a + d for a, d in zip(s, v)) in need[n + 1] for s in need[n])}
    for pos, i in enumerate(b):
        ok_vecs[i] = {combo[pos] for combo in combos if combo[2] in reached}
    out: dict[int, list[int | None | str]] = {}
    for i, (_nums, short) in rows.items():
        if not short:
            continue
        fits = [p for p in cands[i] if _vec(p) in ok_vecs[i]]
        if not fits:
            return None
        out[i] = [fits[0][j] if all(p[j] == fits[0][j] for p in fits) else UNSURE for j in range(k)]
    return out


def as_values(cells: list[int | None | str]) -> list[CellValue]:
    """Cells of ``place_gaps`` as values (a cell not the same in every reading stays blank)."""
    from decimal import Decimal

    return [number(Decimal(c)) if isinstance(c, int) else CellValue(State.BLANK)
            for c in cells]
