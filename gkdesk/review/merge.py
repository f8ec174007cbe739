"""Consolidation (汇总): sum the units' tables into one report of the same format version.

The 政务公开工作主管部门 of a county or city publishes the 本级政府 report whose figures add up
from its units' reports (条例 Art. 49 ¶2). `merge_reports` builds that report:

- all units must share the format version and the report year; otherwise MergeError names the
  units of each version/year (never a silent mix);
- every value cell that is not a derived total is the exact (Decimal) sum of the units' numbers.
  A unit whose cell is blank, "—" or text is left out of that cell's sum and a note says so; a
  cell blank in every unit stays blank (a blank is never turned into 0);
- derived totals (表三 总计 column and （七）总计 row, 表四 总计) are recomputed from the summed
  parts and stay auto totals. For consistent units they equal the sum of the units' totals; a
  unit whose own totals do not add up gets a note;
- the units are recorded in `doc.extra["consolidation"]` (name, agency, file and a snapshot of
  every non-blank cell), which the check GK701 uses to verify later that every cell still equals
  the sum of its units;
- the prose sections start empty for the clerk to write; last year's figures (`previous`) are
  summed too when every unit carries them for the same year and format, so that the cross-year
  checks work on the consolidated report.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from ..core import totals
from ..core.document import Document, Meta
from ..core.errors import GkdeskError
from ..core.values import CellValue, canonical, number, parse_value, to_storage
from .duplicates import find_duplicates

KEY = "consolidation"


class MergeError(GkdeskError):
    """The units cannot be consolidated (mixed format versions or years, no units, duplicates)."""


def _unit_label(doc: Document, name: str) -> str:
    base = Path(name).name if name else ""
    if doc.meta.agency and base:
        return f"{doc.meta.agency}（{base}）"
    return doc.meta.agency or base or "未命名单位"


def _group(docs, labels, key) -> dict:
    groups: dict = {}
    for doc, label in zip(docs, labels):
        groups.setdefault(key(doc), []).append(label)
    return groups


def _describe(groups: dict, what) -> str:
    return "；".join(f"{what(k)}：{'、'.join(v)}" for k, v in groups.items())


def validate_units(docs: list[Document], names: list[str]) -> None:
    """Raise MergeError unless the units can be consolidated."""
    if not docs:
        raise MergeError("没有可合并的单位报告")
    if len(docs) != len(names):
        raise ValueError("docs and names differ in length")
    labels = [_unit_label(d, n) for d, n in zip(docs, names)]
    formats = _group(docs, labels, lambda d: d.format_id)
    if len(formats) > 1:
        raise MergeError("不能合并不同格式版本的报告（应先把各单位报告统一为同一格式）："
                         + _describe(formats, _format_name))
    no_year = [lab for d, lab in zip(docs, labels) if d.meta.year is None]
    if no_year:
        raise MergeError("以下单位报告未填写报告年度，不能合并：" + "、".join(no_year))
    years = _group(docs, labels, lambda d: d.meta.year)
    if len(years) > 1:
        raise MergeError("不能合并不同年度的报告：" + _describe(years, lambda y: f"{y}年度"))
    seen: dict[str, str] = {}
    for name, label in zip(names, labels):
        if not name:
            continue
        key = os.path.normcase(os.path.abspath(name))
        if key in seen:
            raise MergeError(f"同一文件被重复选择，合并后数字会重复计算：{label}")
        seen[key] = label
    for group in find_duplicates(docs, [n or None for n in names], labels):
        if group.refuses_merge:
            raise MergeError(f"不能重复合并同一单位的报告，否则数字会重复计算：{group.reason}")
    for doc, label in zip(docs, labels):
        inside = consolidation_units(doc)
        if not inside:
            continue
        files = {u.get("file") for u in inside if u.get("file")}
        agencies = {u.get("agency") for u in inside if u.get("agency")}
        for other, name, other_label in zip(docs, names, labels):
            if other is doc:
                continue
            if (name and Path(name).name in files) or (other.meta.agency and other.meta.agency in agencies):
                raise MergeError(f"汇总报告{label}已包含单位{other_label}，再合并会重复计算")


def _format_name(fmt: str) -> str:
    from ..core.spec import get_format

    return get_format(fmt).name


def is_consolidated(doc: Document) -> bool:
    return isinstance(doc.extra.get(KEY), dict)


def consolidation_units(doc: Document) -> list[dict]:
    """The units recorded in a consolidated report (validated: dicts with a cells mapping)."""
    info = doc.extra.get(KEY)
    if not isinstance(info, dict) or not isinstance(info.get("units"), list):
        return []
    return [u for u in info["units"] if isinstance(u, dict) and isinstance(u.get("cells"), dict)]


def unit_cell_value(unit: dict, cell_id: str) -> CellValue:
    raw = unit["cells"].get(cell_id)
    if isinstance(raw, (str, int)) and not isinstance(raw, bool):
        return parse_value(raw)
    return parse_value(None)


def sum_of_units(units: list[dict], cell_id: str) -> Decimal | None:
    """Sum of the units' numbers for one cell; None if no unit has a number there."""
    total = Decimal(0)
    seen = False
    for u in units:
        v = unit_cell_value(u, cell_id)
        if v.is_number:
            total += v.number  # type: ignore[operator]
            seen = True
    return total if seen else None


def _sum_previous(docs: list[Document]) -> dict | None:
    prevs = [d.previous for d in docs]
    if not all(isinstance(p, dict) and isinstance(p.get("cells"), dict) for p in prevs):
        return None
    years = {p.get("year") for p in prevs}  # type: ignore[union-attr]
    formats = {p.get("format") for p in prevs}  # type: ignore[union-attr]
    if len(years) != 1 or len(formats) != 1:
        return None
    cells: dict[str, str] = {}
    ids = sorted({c for p in prevs for c in p["cells"]})  # type: ignore[index]
    for cid in ids:
        vals = [parse_value(p["cells"].get(cid)) if isinstance(p["cells"].get(cid), (str, int)) else None
                for p in prevs]  # type: ignore[index]
        if all(v is not None and v.is_number for v in vals):
            cells[cid] = canonical(sum((v.number for v in vals), Decimal(0)))  # type: ignore[union-attr,misc]
    return {"year": years.pop(), "format": formats.pop(), "agency": "", "cells": cells, "sections": {}}


def merge_reports(docs: list[Document], names: list[str], agency: str = "") -> Document:
    """The consolidated report of `docs` (one per unit; `names` are their file paths or labels)."""
    validate_units(docs, names)
    first = docs[0]
    out = Document(first.format_id, Meta(agency=agency, year=first.meta.year))
    labels = [_unit_label(d, n) for d, n in zip(docs, names)]
    notes: list[str] = []
    spec = out.spec
    for cid, cs in spec.cells.items():
        if cs.derived:
            continue
        total = Decimal(0)
        seen = False
        left_out: list[str] = []
        for doc, label in zip(docs, labels):
            v = doc.value(cid)
            if v.is_number:
                total += v.number  # type: ignore[operator]
                seen = True
            else:
                left_out.append(label + ("（空白）" if v.is_blank else f"（“{v.text}”）"))
        if seen:
            out._put(cid, number(total))
            if left_out:
                notes.append(f"{spec.table(cs.table).name}“{cs.name}”未计入：{'、'.join(left_out)}")
    for cid, new in totals.auto_updates(out, overwrite=True).items():
        out._put(cid, new)
    out.manual = set()
    for doc, label in zip(docs, labels):
        bad = [spec.cells[cid].name for cid in spec.derived_order
               if doc.value(cid).is_number and totals.compute(doc, cid).is_number
               and doc.value(cid).number != totals.compute(doc, cid).number]
        if bad:
            more = f"等{len(bad)}处" if len(bad) > 1 else ""
            notes.append(f"{label}的总计“{bad[0]}”{more}与其分项之和不符；汇总报告按分项之和重新计算总计")
    for group in find_duplicates(docs, [n or None for n in names], labels):
        if not group.refuses_merge:
            notes.append(f"请核对：{group.reason}")
    out.previous = _sum_previous(docs)
    out.extra[KEY] = {
        "units": [
            {"name": doc.meta.agency or Path(name).stem or label, "agency": doc.meta.agency,
             "file": Path(name).name if name else "",
             "cells": {cid: to_storage(doc.value(cid)) for cid in spec.cells if not doc.value(cid).is_blank}}
            for doc, name, label in zip(docs, names, labels)
        ],
        "notes": notes,
    }
    return out


def merge_files(paths: list[str | os.PathLike], agency: str = "") -> Document:
    """Read the units' files (our .json, or importable reports) and consolidate them."""
    from .batch import read_report

    docs = []
    for p in paths:
        try:
            doc, _kind = read_report(p)
        except GkdeskError:
            raise
        except Exception as e:  # noqa: BLE001 - an importer failing on a hostile file
            raise MergeError(f"无法读取“{p}”：{type(e).__name__}: {e}") from None
        docs.append(doc)
    return merge_reports(docs, [str(p) for p in paths], agency)


__all__ = ["MergeError", "merge_reports", "merge_files", "validate_units", "is_consolidated",
           "consolidation_units", "sum_of_units", "unit_cell_value", "KEY"]
