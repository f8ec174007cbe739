"""Import stage "resolve": candidate values → stored values, by the table's own arithmetic.

``Ctx`` is the sink every stage writes through (cells placed, how, notes). The functions here decide
glued or orphaned digit groups only when exactly one reading satisfies the table's identities (row
sums, column identities, 表四 blocks); otherwise the cells stay blank and a note names the row.
"""


from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import product

from ..core.document import Document
from ..core.spec import TableSpec
from ..core.values import CellValue, State, number
from .base import ImportNote
from .locate import RowSpec
from .rows import NUM, Field, RowRead, _val, split_candidates


@dataclass
class Ctx:
    doc: Document
    notes: list[ImportNote]
    prose_numbers: frozenset[str] = frozenset()
    truncated_at: int | None = None  # original offset where the text stops mid-table
    placed: dict[str, str] = field(default_factory=dict)  # cell id -> how (ok/inferred/...)
    t4_cut: bool = False
    #: the text is one whole table from a reader that sees cells (grid path): its end is the table's
    #: end, never a report cut off mid-table, so missing numbers are never placed by order
    whole_table: bool = False
    inferred_rows: set[int] = field(default_factory=set)  # 表三 rows placed by order, not by label
    #: a one-line body whose cells are joined by single spaces, confirmed by the whole 表三
    #: (``tables.spaced_t3``): 表三's rows by index, read by position; None when not so
    spaced: dict[int, list[CellValue]] | None = None
    #: 表三 was copied from a browser one cell per line, an empty line for an empty cell
    #: (``rows.cell_per_line``, not a PDF's text stream): 表四 is read so too
    cell_lines: bool = False

    def put(self, cid: str, v: CellValue, how: str = "ok") -> None:
        if v.is_blank:
            return
        self.doc._put(cid, v)
        self.placed[cid] = how
        if self.doc.spec.cells[cid].derived:
            self.doc.manual.add(cid)

    def note(self, level: str, msg: str, cells=(), kind: str | None = None) -> None:
        self.notes.append(ImportNote(level, msg, tuple(cells), kind))


def _names(cells) -> str:
    return "、".join(c.name for c in cells[:4]) + ("等" if len(cells) > 4 else "")


def _resolve_glued_by_prose(ctx: Ctx, row: RowSpec, r: RowRead) -> None:
    cells = row.cells
    cands = r.candidates
    # one split into all the cells is the only reading only when the digits cannot be fewer numbers
    # (with a cell left empty): "000" is 0/0/0, but "34" may be 34 in one cell as well as 3/4
    fewer = any(split_candidates([n.text for n in r.nums], j, limit=1) for j in range(len(r.nums), len(cells)))
    if len(cands) == 1 and not fewer:
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


def _sums_hold(vals: list[CellValue]) -> bool:
    """A 表三 row's 总计 (last) equals the sum of its parts, a mark ("—", "/") or blank counting as
    none; when the 总计 itself is no number, True unless a part is a number other than 0 (a 总计
    marked not applicable counts nothing: "0 / 0 0 19 0 /" is cells of several rows, plain pdftotext
    of a sideways page). (A row with a mark among its parts used to pass unchecked: "8 42 — 0 0 — 43",
    the first lines of 424 / 432 wrapped over a page break, went to （二）部分公开 as a group of
    numbers printed apart from its label.)"""
    if not vals[-1].is_number:
        return vals[-1].state is not State.NA or not any(v.is_number and v.number != 0 for v in vals[:-1])
    return sum(v.number for v in vals[:-1] if v.is_number) == vals[-1].number


def _label_block_then_numbers(ctx, rows, found, reads, k, assigned, fields=None, numbered=frozenset()) -> set[int]:
    """Labels printed one after another without numbers, then one block of numbers for all of them
    (a table extracted column by column, or labels and numbers in two text runs): the block can be
    read row by row or column by column. A reading is taken only when it is the one that makes
    every row's 总计 equal the sum of its parts; otherwise the rows stay blank and are reported.
    ``fields``: each row's fields (``read_fields``), to see text standing among the block's
    numbers. Returns the rows handled here."""
    order = sorted(found, key=lambda i: found[i][0])
    handled: set[int] = set()
    for idx, i in enumerate(order):
        r = reads[i]
        n = len(r.nums) // k if r.nums and len(r.nums) % k == 0 else 0
        if n < 2 or r.status != "groups" or idx + 1 < n:
            continue
        run = order[idx - n + 1: idx + 1]
        if any(reads[j].status != "detached" or j in numbered for j in run[:-1]) or run != sorted(run):
            # (``numbered``: rows whose numbers stand among the pieces of their wrapped label)
            continue
        if len([f for f in r.nums if f.line == 0]) == k:
            # the last label's own line holds a whole row ("6.属于四类过程性信息 — 7 0 0 — 0 7" after a
            # label "3.危及…" found far above it, pdfminer's boxes): those numbers are that row's own,
            # not the first of a block for the labels before it (read as a block they would go to the
            # first label); the row is read as one with whole rows left over (``_after_extra_groups``)
            continue
        vals = [_val(f) for f in r.nums]
        by_row = [vals[m * k:(m + 1) * k] for m in range(n)]
        by_col = [[vals[c * n + m] for c in range(k)] for m in range(n)]
        ok_row = all(_sums_hold(v) for v in by_row)
        ok_col = all(_sums_hold(v) for v in by_col)
        names = "、".join(rows[j].label for j in run[:4]) + ("等" if len(run) > 4 else "")
        cells = [c.id for j in run for c in rows[j].cells]
        handled.update(run)
        if idx >= n and reads[order[idx - n]].status == "detached":
            # more labels stand together than the block has rows ("1.本机关不掌握…" … "3.其他", eleven
            # labels, then seven rows of numbers: pdfminer's boxes, the other rows' numbers printed
            # elsewhere): which of the labels the block's rows are is not shown — every row adds
            # up whichever it is
            ctx.note("ambiguous", f"表三 {n} 行（{names}）之前还有行名连续排列而没有数字，其后的一整块 {len(vals)} 个数字"
                                  f"（{n} 行）属于其中哪几行无法确定，已留空，请按原表填写。", cells)
            continue
        if fields is not None and _words_among_lines(fields.get(i, []), r.nums):
            # text before a later line's numbers ("2.其他法律行政法 0 0 0 0 3 1 4" / "规禁止公开": a row
            # label the reader did not recognise, its numbers beside it): the numbers are no block
            # of the labels standing together, the one before them may have had its own elsewhere
            ctx.note("ambiguous", f"表三 {n} 行（{names}）的行名连续排列，其后的 {len(vals)} 个数字之间夹有其他文字"
                                  f"（可能是另一行未认出的行名），这些数字属于哪几行无法确定，已留空，请按原表填写。", cells)
            continue
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


def _words_among_lines(fields, nums) -> bool:
    """Text (not a cell) stands before the numbers of a line after the first line of ``nums``."""
    if not nums or len({f.line for f in nums}) < 2:
        return False
    ids = [id(f) for f in fields]
    if id(nums[0]) not in ids or id(nums[-1]) not in ids:
        return False
    a, b = ids.index(id(nums[0])), ids.index(id(nums[-1]))
    return any(not f.is_cell and f.line > nums[0].line for f in fields[a:b + 1])


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
        # a group printing the very numbers of a row read elsewhere, three or more of them not 0 (no
        # coincidence, unlike "1 0 0 0 0 0 1"): the text repeats rows (a table whose first rows are
        # repeated with its header on every page), so the order says nothing of whose they are
        repeats = {tuple(v.text for v in g) for g in assigned.values()}
        repeated = any(tuple(v.text for v in g) in repeats and sum(v.is_number and v.text != "0" for v in g) >= 3
                       for g in groups)
        if len(free) == len(groups) and b > a and repeated:
            ctx.note("ambiguous", f"表三有 {len(groups)} 组数字与行名分开排列，其中有与其他行完全相同的数字（原文重复印出的行），"
                                  f"无法按表格顺序对应，已留空：" + "、".join(rows[i].label for i in free) + "。", cells,
                     kind="leftover")
        elif len(free) == len(groups) and b > a and not all(_sums_hold(g) for g in groups):
            ctx.note("ambiguous", f"表三有 {len(groups)} 组数字与行名分开排列，按表格顺序对应时有的行“总计＝各列之和”不成立，"
                                  f"对应关系不可靠，已留空：" + "、".join(rows[i].label for i in free) + "。", cells)
        elif len(free) == len(groups) and b > a:
            for i, g in zip(free, groups):
                assigned[i] = g
                inferred.add(i)
            ctx.note("ambiguous", "表三以下各行的数字与行名在原文中分开排列，按表格顺序对应："
                                  + "、".join(rows[i].label for i in free) + "（请核对）。", cells)
        else:
            shown = "；".join(" ".join(v.text for v in g) for g in groups[:3]) + ("；…" if len(groups) > 3 else "")
            ctx.note("ambiguous", f"表三有 {len(groups)} 组数字（{shown}）找不到对应的行名，无法确定位置，未计入表格。", cells,
                     kind="leftover")
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

def _t4_reorder(nums: list[Field], groups, ids, where: dict | None = None) -> list[list[CellValue]]:
    """Interleaved 表四 (PDF text): find the unique way to read the 15 numbers as three groups of
    four parts, each group's parts standing together in their order and its total somewhere after them.

    Only a total may stand away from its parts (plain PDF text often runs the 总计 column after the
    others): where a number stands between a group's parts, the text no longer pins which part is
    which — the sums hold for any order of the parts — so no such reading is offered; nor where the
    row read as printed in two pieces, the second first, adds up too with other values. `where`,
    when given, receives for each reading the index in `nums` of each cell's number, cell by cell."""
    vals = [Decimal(f.text) for f in nums if f.kind == NUM]
    if len(vals) != len(nums):
        return []
    n = len(vals)
    g = len(groups)
    per = len(groups[0][1]) if groups else 0
    if n != g * (per + 1):
        return []
    from itertools import combinations, permutations
    results, loose = set(), set()
    for chosen in combinations(range(n), g):
        rest = [i for i in range(n) if i not in chosen]
        parts = [rest[j * per:(j + 1) * per] for j in range(g)]
        together = all(p[-1] - p[0] == per - 1 for p in parts)
        for tot_pos in permutations(chosen):
            # each group's total comes after its first part (after its last where the parts
            # stand together)
            if all(sum(vals[i] for i in parts[j]) == vals[tot_pos[j]] and tot_pos[j] > parts[j][0]
                   for j in range(g)):
                seq, at = [], []
                for j in range(g):
                    seq.extend(vals[i] for i in parts[j])
                    seq.append(vals[tot_pos[j]])
                    at.extend(parts[j] + [tot_pos[j]])
                loose.add(tuple(seq))
                if together and all(tot_pos[j] > parts[j][-1] for j in range(g)):
                    results.add(tuple(seq))
                    if where is not None:
                        where.setdefault(tuple(number(v) for v in seq), at)
    # a reading with the parts together is taken only when no reading with a group's parts apart
    # (the sums hold there too) gives other values: gen 12020's "0 0 0 26 0 10 0 0 10 0 15 0 0 15
    # 26" has one of the first kind, wrong, and others of the second
    if loose - results:
        return []
    # a stream out of its order may also be the row printed in two pieces, the second first
    # (gen 21003: columns 7–15, then 1–6): where the tokens so rotated read in order with every
    # sum holding, and give other values, the groups may be each other's blocks — no reading
    for r in range(1, n):
        seq = tuple(vals[r:] + vals[:r])
        if all(sum(seq[j * (per + 1):j * (per + 1) + per]) == seq[j * (per + 1) + per] for j in range(g)) \
                and any(seq != res for res in results):
            return []
    return [[number(v) for v in r] for r in results]
