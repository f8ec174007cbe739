"""表三 of a crawler's one-line body whose cells are glued without separators *and* some cells are
printed empty (real-004's form with blanks): an empty cell leaves no trace, so "8513" under 予以公开
may be 8／5／13 in any two of the six applicant columns. Every reading of every such row is tried
against the whole table's arithmetic at once (each row's 总计, each column's 办理结果 sum, 新收＋结转
＝办理结果＋结转下年 per column), with empty cells counting 0.

The search keeps, for every row, the readings that some reading of the other rows can complete in
every column (arc consistency over the column identities — a relaxation, so no reading of a real
solution is ever dropped). A cell is stored only when every reading left agrees on it: its number,
and that it is printed. A 0 that may as well be an empty cell is never stored; rows of zeros alone
settle nothing.
"""

from __future__ import annotations

from itertools import combinations

from .safety import check_deadline

#: the readings of one row beyond which the row is not searched (left blank)
MAX_READINGS = 4000
#: the sums of one column's rows beyond which a constraint is not used to prune (it stays sound)
MAX_SUMS = 20000

Reading = tuple  # k cells: the digit text of a number, or None for an empty cell


def _parts(s: str, most: int, total: int):
    """``s`` cut into 1..``most`` numbers without leading zeros that add up to ``total``."""
    if not s:
        return
    for n in [1] if s[0] == "0" else range(1, len(s) + 1):
        head = s[:n]
        v = int(head)
        if v > total:
            break
        rest = s[n:]
        if not rest:
            if v == total:
                yield (head,)
            continue
        if most > 1:
            for tail in _parts(rest, most - 1, total - v):
                yield (head,) + tail


def row_readings(digits: str, k: int) -> list[Reading] | None:
    """Every reading of a row's glued ``digits`` as ``k`` cells, some printed empty: numbers in
    text order, no leading zeros, the last cell (总计) the sum of the others and printed unless it
    is 0. None when there are more than ``MAX_READINGS``."""
    out: list[Reading] = []
    n = len(digits)
    for cut in range(1, n):
        tot = digits[cut:]
        if tot != "0" and tot.startswith("0"):
            continue
        for parts in _parts(digits[:cut], k - 1, int(tot)):
            for pos in combinations(range(k - 1), len(parts)):
                cells: list[str | None] = [None] * (k - 1)
                for p, v in zip(pos, parts):
                    cells[p] = v
                out.append(tuple(cells) + (tot,))
                if len(out) > MAX_READINGS:
                    return None
    if set(digits) == {"0"} and n < k:  # zeros only: the 总计 may be one of the empty cells
        for pos in combinations(range(k - 1), n):
            out.append(tuple("0" if p in pos else None for p in range(k - 1)) + (None,))
    return out


def _vec(reading: Reading) -> tuple[int, ...]:
    return tuple(int(x) if x is not None else 0 for x in reading)


def _support(domains: list[set[int]], coefs: list[int]) -> list[set[int]] | None:
    """For each term of  sum(coef_i * x_i) = 0  (x_i from ``domains[i]``), the values of x_i that
    some choice of the others completes. None when the sums grow beyond ``MAX_SUMS``."""
    n = len(domains)
    pre: list[set[int]] = [{0}]
    for d, c in zip(domains, coefs):
        nxt = {s + c * v for s in pre[-1] for v in d}
        if len(nxt) > MAX_SUMS:
            return None
        pre.append(nxt)
    suf: list[set[int]] = [{0}] * (n + 1)
    for i in range(n - 1, -1, -1):
        nxt = {s + coefs[i] * v for s in suf[i + 1] for v in domains[i]}
        if len(nxt) > MAX_SUMS:
            return None
        suf[i] = nxt
    out = []
    for i in range(n):
        others = {a + b for a in pre[i] for b in suf[i + 1]} if len(pre[i]) * len(suf[i + 1]) <= MAX_SUMS else None
        if others is None:
            return None
        out.append({v for v in domains[i] if -coefs[i] * v in others})
    return out


def settle(codes: list[str], known: dict[int, tuple[int, ...]], glued: dict[int, str], k: int) -> dict[int, list[str | None]] | None:
    """The cells of the ``glued`` rows (row index → its digit string) every reading consistent with
    the whole table agrees on: row index → k cells (the digit text, or None where the readings
    differ or agree on an empty cell). ``known`` are the other rows' values (empty as 0); a row in
    neither is unknown, and an identity reaching it is not used. None when some glued row has no
    reading the table allows (the source's arithmetic fails, or the row is not what it seems)."""
    domains: dict[int, list[Reading]] = {}
    for i, digits in glued.items():
        rs = row_readings(digits, k)
        if rs is None:
            continue
        if not rs:
            return None
        domains[i] = rs
    idx = {c: i for i, c in enumerate(codes)}
    edge = ("new", "carried", "results_total", "carry_next")
    if any(c not in idx for c in edge):
        return None
    results = [i for i, c in enumerate(codes) if c not in edge]
    constraints = [(results + [idx["results_total"]], [1] * len(results) + [-1]),
                   ([idx["new"], idx["carried"], idx["results_total"], idx["carry_next"]], [1, 1, -1, -1])]
    constraints = [(rs, cs) for rs, cs in constraints if all(r in known or r in domains for r in rs)]
    for _round in range(12):
        changed = False
        for rs, cs in constraints:
            for col in range(k):
                check_deadline()
                doms = [{known[r][col]} if r in known else {_vec(x)[col] for x in domains[r]} for r in rs]
                sup = _support(doms, cs)
                if sup is None:
                    continue
                for r, ok in zip(rs, sup):
                    if r in domains:
                        keep = [x for x in domains[r] if _vec(x)[col] in ok]
                        if not keep:
                            return None
                        if len(keep) < len(domains[r]):
                            domains[r] = keep
                            changed = True
        if not changed:
            break
    out: dict[int, list[str | None]] = {}
    for i, rs in domains.items():
        out[i] = [rs[0][j] if all(x[j] == rs[0][j] for x in rs) else None for j in range(k)]
    return out


def _prefix_numbers(s: str, n: int):
    """The ways to read the start of ``s`` as exactly ``n`` numbers without leading zeros."""
    if n == 0:
        yield ()
        return
    for cut in [1] if s[:1] == "0" else range(1, len(s) - n + 2):
        for rest in _prefix_numbers(s[cut:], n - 1):
            yield (s[:cut],) + rest


def block_splits(digits: str, sizes: list[int], limit: int = 100) -> list[tuple[str, ...]]:
    """The ways to read ``digits`` as consecutive blocks of ``sizes[b]`` numbers each followed by
    their sum (表四's three blocks of four results and a 总计, glued): numbers without leading zeros,
    every digit used. The sum of a block's parts is one number, so its text follows from them and
    the search stays small. At most ``limit`` readings."""
    out: list[tuple[str, ...]] = []

    def rec(s: str, b: int, acc: tuple[str, ...]) -> None:
        if len(out) >= limit:
            return
        if b == len(sizes):
            if not s:
                out.append(acc)
            return
        check_deadline()
        for parts in _prefix_numbers(s, sizes[b]):
            used = sum(map(len, parts))
            tot = str(sum(map(int, parts)))
            if s.startswith(tot, used):
                rec(s[used + len(tot):], b + 1, acc + parts + (tot,))

    rec(digits, 0, ())
    return out
