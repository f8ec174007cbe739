"""Consistent, varied unit reports for the review tests and the batch benchmark.

`make_unit(fmt, year, seed, agency)` fills every value cell of a report of either format with
random but consistent figures (表三: 一+二 = 三（七）+四 in every column, totals computed), and
prose that passes the text checks, so that any finding in a test comes from what the test broke.
"""

from __future__ import annotations

import random
from decimal import Decimal

from gkdesk.core import totals
from gkdesk.core.document import Document, Meta
from gkdesk.core.values import number



def _outcome_rows(doc: Document) -> list[str]:
    t3 = doc.spec.table("t3")
    s = doc.spec.defining_sum(t3.cell_id("results_total", "natural"))
    return [doc.spec.cells[p].row for p in s.parts]


def make_unit(fmt: str = "2021", year: int | None = None, seed: int = 0, agency: str | None = None,
              scale: int = 20) -> Document:
    rng = random.Random(seed)
    year = year if year is not None else (2025 if fmt == "2021" else 2020)
    doc = Document(fmt, Meta(agency=f"测试县第{seed}局" if agency is None else agency, year=year, date=f"{year + 1}-01-15",
                             contact="办公室，电话：0000-1234567"))
    spec = doc.spec
    t2 = spec.table("t2")
    for c in t2.cells:
        if c.kind == "amount":
            doc._put(c.id, number(Decimal(rng.randint(0, 999999)) / Decimal(10000)))
        elif c.kind == "signed":
            doc._put(c.id, number(rng.randint(-scale, scale)))
        else:
            doc._put(c.id, number(rng.randint(0, scale * 5)))
    # keep 表二 plausible (no GK201 warning): in-force / total-public not below this year's figures
    for row in t2.row_codes:
        if fmt == "2021" and t2.has_cell(row, "in_force"):
            issued = doc.number(t2.cell_id(row, "issued"))
            doc._put(t2.cell_id(row, "in_force"), number(issued + rng.randint(0, scale * 3)))
        if fmt == "2019" and t2.has_cell(row, "total_public"):
            pub = doc.number(t2.cell_id(row, "published"))
            doc._put(t2.cell_id(row, "total_public"), number(pub + rng.randint(0, scale * 3)))
    t3 = spec.table("t3")
    outcomes = _outcome_rows(doc)
    for col in t3.col_codes:
        if col == "total":
            continue
        new = rng.randint(0, scale)
        carried = rng.randint(0, 3)
        carry_next = rng.randint(0, min(3, new + carried))
        rest = new + carried - carry_next
        split = [0] * len(outcomes)
        for _ in range(rest):
            split[rng.randrange(len(outcomes))] += 1
        doc._put(t3.cell_id("new", col), number(new))
        doc._put(t3.cell_id("carried", col), number(carried))
        doc._put(t3.cell_id("carry_next", col), number(carry_next))
        for row, n in zip(outcomes, split):
            doc._put(t3.cell_id(row, col), number(n))
    t4 = spec.table("t4")
    for c in t4.cells:
        if not c.derived:
            doc._put(c.id, number(rng.randint(0, 3)))
    for cid, v in totals.auto_updates(doc).items():
        doc._put(cid, v)
    doc.sections["s1"] = ("本年度，本单位认真贯彻落实《中华人民共和国政府信息公开条例》，"
                          "围绕中心工作做好主动公开、依申请公开、政府信息管理、平台建设和监督保障工作。")
    doc.sections["s5"] = "上年度报告所列问题已全部整改。当前存在的问题是公开内容不够全面，下一步将加强培训、完善制度。"
    doc.sections["s6"] = "本年度未收取信息处理费。无其他需要报告的事项。"
    return doc


def example_unit(path, agency: str, year: int = 2025, cells: dict | None = None):
    """The example report saved at `path` as `agency`'s report of `year` (dated next January), with
    `cells` typed over it."""
    from pathlib import Path

    from gkdesk.core import storage
    from gkdesk.core.commands import EditCells, EditMeta, History

    doc = storage.load(Path(__file__).resolve().parents[2] / "resources" / "example-2021.json")
    h = History(doc)
    h.push(EditMeta("agency", agency))
    h.push(EditMeta("year", year))
    h.push(EditMeta("date", f"{year + 1}-01-20"))
    if cells:
        h.push(EditCells(cells))
    storage.save(doc, path)
    return path
