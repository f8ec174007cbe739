"""GK612: a row printed in the other format's layout (the 2019 single row （六）其他处理 in a 2021 表三).

The importer records such rows in the Document (``foreign_rows``, saved with the report); the rule
gives one warning per row while its cells are as the import left them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gkdesk.checks.engine import run_checks
from gkdesk.core import storage
from gkdesk.core.values import parse_value
from gkdesk.importers.text import import_text

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared"
SOURCE = ROOT / "tests" / "data" / "reports" / "foreign-row-2021.txt"
SUBROWS = ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
           "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")
SINGLE = re.compile(r"^(\s*（六）其他处理)(.*)$", re.M)


def found(doc, rule):
    return [f for f in run_checks(doc) if f.check_id == rule]


def imported(text):
    return import_text(text, "foreign-row-2021.txt").doc


def test_fires_once_on_the_2019_single_row_in_a_2021_report():
    doc = imported(SOURCE.read_text(encoding="utf-8"))
    assert doc.format_id == "2021"
    (f,) = found(doc, "GK612")
    assert "（六）其他处理" in f.message and "2019" in f.message and "1.、2.、3." in f.message
    assert "已留空" in f.message  # 2/1/…/3 cannot be split among the sub-rows
    assert {doc.spec.cells[c].row for c in f.cells} == {"other_overdue", "other_unpaid", "other_misc"}
    assert all(doc.value(c).is_blank for c in f.cells)  # no number invented
    # one mistake, one finding: the blank sub-rows are not reported again by GK101
    assert not [g for g in found(doc, "GK101") if set(g.cells) & set(f.cells)]


def test_all_zero_single_row_fills_zeros_and_still_says_so():
    text = SINGLE.sub(lambda m: m.group(1) + "   0    0   0   0    0    0   0", SOURCE.read_text(encoding="utf-8"))
    text = text.replace("（七）总计                             10   2", "（七）总计                             8   1")
    text = text.replace("四、结转下年度继续办理                            1    0   0   0    0    0   1",
                        "四、结转下年度继续办理                            3    1   0   0    0    0   4")
    doc = imported(text)
    (f,) = found(doc, "GK612")
    assert "均已填 0" in f.message
    assert all(doc.number(c) == 0 for c in f.cells)


def test_silent_once_the_clerk_enters_the_sub_rows():
    doc = imported(SOURCE.read_text(encoding="utf-8"))
    (f,) = found(doc, "GK612")
    doc._put(f.cells[0], parse_value("2"))
    assert found(doc, "GK612") == []
    assert found(doc, "GK101")  # the other blank sub-row cells are GK101's again


def test_silent_when_the_report_prints_the_three_sub_rows():
    rows = "\n".join(f"     {label}     {a}    {b}   0   0    0    0   {a + b}"
                     for label, (a, b) in zip(SUBROWS, [(1, 0), (0, 0), (1, 1)]))
    text = SINGLE.sub(lambda m: "     （六）其他处理\n" + rows, SOURCE.read_text(encoding="utf-8"))
    doc = imported(text)
    assert doc.foreign_rows == []
    assert found(doc, "GK612") == []
    assert doc.number("t3.other_misc.total") == 2


def test_storage_round_trip_keeps_the_marker(tmp_path):
    doc = imported(SOURCE.read_text(encoding="utf-8"))
    path = tmp_path / "r.gkreport"
    storage.save(doc, path)
    back = storage.load(path)
    assert back.foreign_rows == doc.foreign_rows and back.foreign_rows
    assert len(found(back, "GK612")) == 1


def test_old_files_without_the_marker_load(example_path):
    data = storage.to_dict(storage.load(example_path))
    assert "foreign_rows" not in data  # nothing written when there is nothing to record
    assert storage.from_dict(data).foreign_rows == []


def test_a_malformed_marker_is_a_load_error(example_path):
    data = storage.to_dict(storage.load(example_path))
    data["foreign_rows"] = [{"table": "t3", "label": "x", "format": "2019", "cells": {"t3.nope": None}}]
    with pytest.raises(storage.LoadError):
        storage.from_dict(data)


def test_silent_on_the_example(example_doc):
    assert found(example_doc, "GK612") == []


@pytest.mark.parametrize("path", sorted((SHARED / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_silent_on_the_seeds(path):
    assert found(import_text(path.read_text(encoding="utf-8"), path.name).doc, "GK612") == []


def test_real_reports_only_where_the_source_prints_the_single_row():
    """Of the real reports, only real-002 (2021 format, prints the 2019 （六）其他处理 row) gets it."""
    fired = {p.name for p in sorted((SHARED / "reports").glob("*.txt"))
             if found(import_text(p.read_text(encoding="utf-8"), p.name).doc, "GK612")}
    assert fired == {"real-002.txt"}
