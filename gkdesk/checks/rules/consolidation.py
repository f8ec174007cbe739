"""GK7xx: a consolidated (汇总) report against the units it records.

A report made by "合并为汇总报告" (gkdesk.review.merge) carries, in its file, the list of the
units that went in with a snapshot of each unit's cells. The published consolidated figures must
add up from the units' figures (条例 Art. 49 ¶2: the 本级政府 report covers its units).
"""

from __future__ import annotations

from ...core.values import canonical
from ..finding import Hit, Severity
from ..registry import check

MAX_LISTED = 5


@check("GK701", Severity.ERROR, "汇总报告的数字不等于各单位之和", reads=("t2", "t3", "t4", "consolidation"),
       explainable=False)
def check_consolidation_adds_up(doc):
    """What it checks: in a consolidated report (one that lists the units it was made from), every
    value cell that is not a derived total equals the sum of the listed units' figures for that
    cell (units whose cell is blank or not a number are not counted, as when merging). A cell no
    unit filled must stay blank. Derived totals are not compared here: the table checks
    (GK301/GK302/GK401) hold them to the summed parts. One finding names every differing cell
    with the value found and the units' sum."""
    info = doc.extra.get("consolidation")
    if not isinstance(info, dict) or not isinstance(info.get("units"), list):
        return
    from ...review.merge import consolidation_units, sum_of_units  # only consolidated reports need it

    units = consolidation_units(doc)
    diffs: list[tuple[str, str, str]] = []
    for cid, cs in doc.spec.cells.items():
        if cs.derived:
            continue
        total = sum_of_units(units, cid)
        now = doc.value(cid)
        if total is not None:
            if now.is_number and now.number == total:
                continue
            diffs.append((cid, now.text or "空白", canonical(total)))
        elif not now.is_blank:
            diffs.append((cid, now.text, "空白（各单位均未填写）"))
    if not diffs:
        return
    spec = doc.spec
    listed = "；".join(f"{spec.table(spec.cells[c].table).name}“{spec.cells[c].name}”为{found}，各单位之和为{want}"
                      for c, found, want in diffs[:MAX_LISTED])
    more = f"；另有{len(diffs) - MAX_LISTED}格不符" if len(diffs) > MAX_LISTED else ""
    yield Hit(f"汇总报告有{len(diffs)}个单元格不等于所列{len(units)}个单位之和：{listed}{more}",
              cells=tuple(c for c, _f, _w in diffs))
