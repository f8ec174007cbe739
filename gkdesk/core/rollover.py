"""Start next year's report from last year's ("新建下一年度报告").

What is carried, and why (format-spec.md §5, §6.3):

- Metadata: agency and contact are kept; the year is last year + 1; the date is cleared.
- Format: the version in force for the new year (`format_for_year`), so a 2020 report (2019
  format) rolls over into a 2021-format report. Another version can be asked for explicitly.
- 表三 二、上年结转: filled per applicant column from last year's 四、结转下年度继续办理
  (relation X1; 表三's columns are the same in both formats). Only numbers are carried; the
  总计 column is then computed as an auto total, so an arithmetic slip in last year's 总计 is not
  copied but shows up as a cross-year warning.
- 表二 baselines, without inventing this year's data:
  * 2021 → 2021: 现行有效件数 depends on this year's 本年制发/本年废止, which are unknown at
    rollover time. The new report's 表二 is therefore left blank; last year's 现行有效件数 is kept
    in the snapshot (`doc.previous`), the cross-year check GK502 compares against
    "上年现行有效件数 + 本年制发件数 − 本年废止件数", and `suggestions()` offers that value once
    本年制发/本年废止 are filled in.
  * 2019 → 2019 (a 2020 report from a 2019 one): 上一年项目数量 is fully determined by last year
    (relation X3: last year's 上一年项目数量 + 本年增/减), so it is pre-filled.
  * 2019 → 2021: the 表二 quantities differ between the formats (X5); nothing is carried.
- Prose of 一、五、六 is kept as a draft whose first line is `DRAFT_MARKER`; the check GK505
  reports an error while the marker is still present, so the draft cannot be published by
  accident. Sections 二–四 (tables) start empty, as do explanations and manual-total flags.
- `doc.previous`: a snapshot of last year's report (year, format, agency, every non-blank cell,
  the prose) so that the cross-year checks need no second file. Last year's own `previous` is
  not nested.
"""

from __future__ import annotations

from decimal import Decimal

from . import totals
from .document import Document, Meta
from .spec import format_for_year
from .values import BLANK, CellValue, number, parse_value, to_storage

DRAFT_MARKER = "【待修改：以下为上年度内容】"
DRAFT_SECTIONS = ("s1", "s5", "s6")
#: 2019 表二 rows whose 上一年项目数量 follows from last year (X3)
T2_2019_ITEM_ROWS = ("license", "other_services", "penalty", "coercion", "fees")


def snapshot(doc: Document) -> dict:
    """Last year's figures as stored in the new report's `previous` (no nesting)."""
    cells = {}
    for cid in doc.spec.cells:
        s = to_storage(doc.value(cid))
        if s is not None:
            cells[cid] = s
    return {
        "year": doc.meta.year,
        "format": doc.format_id,
        "agency": doc.meta.agency,
        "cells": cells,
        "sections": {s.key: doc.sections.get(s.key, "") for s in doc.spec.sections},
    }


def mark_draft(text: str) -> str:
    """Prefix last year's prose with the revision marker (empty prose stays empty)."""
    if not text.strip():
        return ""
    if text.lstrip().startswith(DRAFT_MARKER):
        return text
    return f"{DRAFT_MARKER}\n{text}"


def next_year(doc: Document, format_id: str | None = None, year: int | None = None) -> Document:
    """A new Document for the year after `doc` (see the module docstring for what is carried).

    Raises ValueError when last year's report has no year and none is given.
    """
    if year is None:
        if doc.meta.year is None:
            raise ValueError("上年报告未填写报告年度，无法确定新报告的年度")
        year = doc.meta.year + 1
    fmt = format_id or format_for_year(year)
    new = Document(fmt, Meta(agency=doc.meta.agency, year=year, date="", contact=doc.meta.contact))
    for key in DRAFT_SECTIONS:
        if key in new.sections:
            new.sections[key] = mark_draft(doc.sections.get(key, ""))
    spec = new.spec
    # 表三: this year's 上年结转 = last year's 结转下年度继续办理 (X1), applicant columns only;
    # the 总计 column is an auto total.
    t3 = spec.table("t3")
    for col in t3.col_codes:
        target = t3.cell_id("carried", col)
        if spec.cells[target].derived:
            continue
        v = doc.value(t3.cell_id("carry_next", col))
        if v.is_number:
            new._put(target, v)
    # 表二 2019 → 2019: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减 (X3)
    if fmt == "2019" and doc.format_id == "2019":
        t2 = spec.table("t2")
        for row in T2_2019_ITEM_ROWS:
            base = doc.number(t2.cell_id(row, "prev_items"))
            change = doc.number(t2.cell_id(row, "change"))
            if base is not None and change is not None:
                new._put(t2.cell_id(row, "prev_items"), number(base + change))
    for cid, v in totals.auto_updates(new).items():
        new._put(cid, v)
    new.previous = snapshot(doc)
    return new


def previous_value(doc: Document, cell_id: str) -> CellValue:
    """Last year's value of a cell from the stored snapshot (blank when unknown)."""
    prev = doc.previous
    if not isinstance(prev, dict):
        return BLANK
    cells = prev.get("cells")
    if not isinstance(cells, dict):
        return BLANK
    raw = cells.get(cell_id)
    return parse_value(raw) if isinstance(raw, (str, int)) and not isinstance(raw, bool) else BLANK


def suggestions(doc: Document) -> dict[str, CellValue]:
    """Values that follow from last year's snapshot and this year's own cells, for cells still blank.

    2021 format (last year also 2021): 现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数,
    offered once 本年制发 and 本年废止 are filled. 2019 format (both years): 上一年项目数量 =
    last year's 上一年项目数量 + 本年增/减. The GUI may offer these; nothing is filled silently.
    """
    prev = doc.previous
    if not isinstance(prev, dict) or prev.get("format") != doc.format_id:
        return {}
    out: dict[str, CellValue] = {}
    t2 = doc.spec.table("t2")
    if doc.format_id == "2021":
        for row in ("rules", "normative"):
            target = t2.cell_id(row, "in_force")
            base = previous_value(doc, target).number
            issued = doc.number(t2.cell_id(row, "issued"))
            repealed = doc.number(t2.cell_id(row, "repealed"))
            if doc.value(target).is_blank and None not in (base, issued, repealed):
                value = base + issued - repealed  # type: ignore[operator]
                if value >= Decimal(0):
                    out[target] = number(value)
    elif doc.format_id == "2019":
        for row in T2_2019_ITEM_ROWS:
            target = t2.cell_id(row, "prev_items")
            base = previous_value(doc, target).number
            change = previous_value(doc, t2.cell_id(row, "change")).number
            if doc.value(target).is_blank and base is not None and change is not None:
                out[target] = number(base + change)
    return out
