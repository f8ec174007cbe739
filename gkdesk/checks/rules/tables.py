"""GK2xx–GK4xx: arithmetic inside the tables (the official 勾稽关系 and the implied totals)."""

from __future__ import annotations

from ...core.spec import SumSpec
from ...core.totals import incomplete_totals
from ...core.values import State
from ..finding import Hit, Severity
from ..memo import shared
from ..registry import check


def _incomplete(doc, table: str) -> set[str]:
    """The auto totals of `table` that are not `totals.complete`, once per check run."""
    return shared(doc, "incomplete_totals." + table, lambda d: incomplete_totals(d, table))


def _values(doc, ids):
    """The numbers of the cells, or None when one is not a number."""
    values = doc.cells
    out = []
    for i in ids:
        v = values.get(i)
        if v is None or v.state is not State.NUMBER:
            return None
        out.append(v.number)
    return out


def _numbers(doc, ids):
    """The numbers of the cells, or None when one is not a number — or is an automatic total
    that hides a part that is not a number (blank, text): a relation over it would only repeat
    the part's own finding. Blanks/text are reported by GK1xx; arithmetic is not guessed."""
    out = _values(doc, ids)
    if out is None:
        return None
    bad = _incomplete(doc, doc.spec.cells[ids[0]].table)  # a relation lies within one table
    if bad and not bad.isdisjoint(ids):
        return None
    return out


def _sum_hits(doc, sums: list[SumSpec], describe):
    """Sums whose cells are all numbers (see `_numbers`) and whose total is not the sum of its parts."""
    values = doc.cells
    number = State.NUMBER
    for s in sums:
        t = values.get(s.target)
        if t is None or t.state is not number:
            continue
        parts = 0
        for p in s.parts:
            v = values.get(p)
            if v is None or v.state is not number:
                break
            parts += v.number
        else:
            total = t.number
            if total == parts:
                continue  # holds: whether a total hides a missing part does not matter
            if _numbers(doc, (s.target, *s.parts)) is None:
                continue
            yield Hit(describe(s, total, parts), cells=(s.target, *s.parts))


def _fmt(d) -> str:
    from ...core.values import canonical
    return canonical(d)


def _diff(a, b, left: str, right: str) -> str:
    """"相差12，总计多12" — by how much a relation misses and which side is larger."""
    d = a - b
    return f"相差{_fmt(abs(d))}（{left if d > 0 else right}多{_fmt(abs(d))}）"


_T3_SUMS: dict[int, tuple] = {}


def _t3_sums(doc) -> tuple[list[SumSpec], list[SumSpec]]:
    """表三's row sums (总计 column) and column sums (（七）总计 row), computed once per format."""
    spec = doc.spec
    got = _T3_SUMS.get(id(spec))
    if got is None or got[0] is not spec:
        cells = spec.cells
        sums = spec.table("t3").sums
        rows = [s for s in sums if cells[s.target].col == "total" and cells[s.parts[0]].row == cells[s.target].row]
        cols = [s for s in sums if cells[s.target].row == "results_total"
                and cells[s.parts[0]].col == cells[s.target].col]
        got = _T3_SUMS[id(spec)] = (spec, rows, cols)
    return got[1], got[2]


def _t3_row_sums(doc):
    return _t3_sums(doc)[0]


def _t3_row_hits(doc) -> list[Hit]:
    """GK301's hits, once per check run (GK303 needs them too)."""
    cells = doc.spec.cells

    def describe(s, total, parts):
        return (f"表三“{cells[s.target].row_name}”的总计为{_fmt(total)}，"
                f"但各类申请人之和为{_fmt(parts)}，{_diff(total, parts, '总计', '各类申请人之和')}")
    return list(_sum_hits(doc, _t3_row_sums(doc), describe))


def _t3_column_hits(doc) -> list[Hit]:
    """GK302's hits, once per check run (GK303 needs them too)."""
    cells = doc.spec.cells

    def describe(s, total, parts):
        return (f"表三“（七）总计／{cells[s.target].col_name}”为{_fmt(total)}，"
                f"但（一）至（六）各项办理结果之和为{_fmt(parts)}，{_diff(total, parts, '总计', '各项之和')}")
    return list(_sum_hits(doc, _t3_sums(doc)[1], describe))


@check("GK301", Severity.ERROR, "表三 总计列不等于各类申请人之和", reads=("t3",))
def check_t3_row_totals(doc):
    """What it checks: in every row of 表三, 总计 = 自然人 + the five 法人或其他组织 columns."""
    yield from shared(doc, "t3.row_hits", _t3_row_hits)


@check("GK302", Severity.ERROR, "表三（七）总计不等于各项办理结果之和", reads=("t3",))
def check_t3_results_total(doc):
    """What it checks: in every column of 表三, （七）总计 = the sum of all outcome rows （一）–（六）."""
    yield from shared(doc, "t3.column_hits", _t3_column_hits)


@check("GK303", Severity.ERROR, "表三勾稽关系不成立（一+二≠三+四）", reads=("t3",))
def check_t3_balance(doc):
    """What it checks: the official relation of 表三, per column:
    本年新收 + 上年结转 = 本年度办理结果（（七）总计）+ 结转下年度继续办理.

    One mistake gives one finding: a column whose （七）总计 is wrong (GK302) is not checked
    here; the 总计 column is only checked when its row totals hold (else GK301 reports them) and
    no applicant column fails — with row totals right, the 总计 column is the sum of those
    columns, so its failure would only repeat theirs.
    """
    t = doc.spec.table("t3")
    rows = ("new", "carried", "results_total", "carry_next")
    bad_rows = {doc.spec.cells[h.cells[0]].row for h in shared(doc, "t3.row_hits", _t3_row_hits)}
    bad_cols = {doc.spec.cells[h.cells[0]].col for h in shared(doc, "t3.column_hits", _t3_column_hits)}
    failed = False
    for col in t.col_codes:
        ids = [t.cell_id(r, col) for r in rows]
        if col in bad_cols or (col == "total" and (failed or bad_rows & set(rows))):
            continue
        nums = _values(doc, ids)
        if nums is None:
            continue
        new, carried, done, nxt = nums
        if new + carried != done + nxt and _numbers(doc, ids) is not None:  # cheap test first
            failed = True
            name = doc.spec.cells[ids[0]].col_name
            yield Hit(f"表三“{name}”列：本年新收{_fmt(new)}＋上年结转{_fmt(carried)}＝{_fmt(new + carried)}，"
                      f"但办理结果{_fmt(done)}＋结转下年度{_fmt(nxt)}＝{_fmt(done + nxt)}，"
                      f"{_diff(new + carried, done + nxt, '收件', '办结与结转')}", cells=tuple(ids))


@check("GK401", Severity.ERROR, "表四 总计不等于各项结果之和", reads=("t4",))
def check_t4_totals(doc):
    """What it checks: for 行政复议, 未经复议直接起诉 and 复议后起诉:
    总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结."""
    cells = doc.spec.cells

    def describe(s, total, parts):
        group = cells[s.target].col_labels[-2]
        return (f"表四“{group}”的总计为{_fmt(total)}，但维持、纠正、其他结果、尚未审结之和为{_fmt(parts)}，"
                f"{_diff(total, parts, '总计', '各项之和')}")
    yield from _sum_hits(doc, list(doc.spec.table("t4").sums), describe)


@check("GK201", Severity.WARNING, "表二 数量关系不合常理", reads=("t2",))
def check_t2_plausible(doc):
    """What it checks (soft, no official relation): 2021 现行有效件数 ≥ 本年制发件数 − 本年废止件数 is
    not required, but 现行有效件数 < 本年制发件数 − 本年废止件数 is impossible; 2019
    本年新公开数量 ≤ 对外公开总数量."""
    t = doc.spec.table("t2")
    for row in ("rules", "normative"):
        if doc.format_id == "2021":
            ids = [t.cell_id(row, c) for c in ("issued", "repealed", "in_force")]
            nums = _numbers(doc, ids)
            if nums and nums[2] < nums[0] - nums[1]:
                yield Hit(f"表二“{doc.spec.cells[ids[0]].row_name}”现行有效件数{_fmt(nums[2])}小于"
                          f"本年制发{_fmt(nums[0])}减本年废止{_fmt(nums[1])}，"
                          f"少{_fmt(nums[0] - nums[1] - nums[2])}，请核实", cells=tuple(ids))
        else:
            ids = [t.cell_id(row, c) for c in ("published", "total_public")]
            nums = _numbers(doc, ids)
            if nums and nums[0] > nums[1]:
                yield Hit(f"表二“{doc.spec.cells[ids[0]].row_name}”本年新公开数量{_fmt(nums[0])}大于"
                          f"对外公开总数量{_fmt(nums[1])}，多{_fmt(nums[0] - nums[1])}，请核实", cells=tuple(ids))


@check("GK202", Severity.HINT, "表二 处理决定数量疑似填成了项目数量", reads=("t2",))
def check_t2_2019_decisions_misread(doc):
    """What it checks (2019 format, soft): 处理决定数量 equals 上一年项目数量 + 本年增/减 in every row of
    blocks (五)/(六) that has non-zero figures — the clerk probably read 处理决定数量 as "this year's
    number of items" (seed 004: 113 − 46 = 67, 0 + 7 = 7). The columns count different things:
    items on the list vs. decisions taken. A hint only: it can be a coincidence."""
    if doc.format_id != "2019":
        return
    t = doc.spec.table("t2")
    matched = []
    for row in ("license", "other_services", "penalty", "coercion"):
        ids = [t.cell_id(row, c) for c in ("prev_items", "change", "decisions")]
        nums = _numbers(doc, ids)
        if nums is None or not any(nums):
            continue
        if nums[0] + nums[1] != nums[2]:
            return
        matched.append(ids)
    if len(matched) >= 2:
        names = "、".join(doc.spec.cells[ids[0]].row_name for ids in matched)
        yield Hit(f"表二{names}的“处理决定数量”都恰好等于“上一年项目数量＋本年增/减”；处理决定数量应为本年作出的"
                  f"处理决定件数，而不是本年的项目数量，请核实", cells=tuple(c for ids in matched for c in ids))
