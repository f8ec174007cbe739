"""A table whose first rows are printed again with its header on every page (Word's "repeat as
header row" set on the header and the rows 一、本年新收 / 二、上年结转), as `pdftotext -raw` prints
it: the repeated row's label broken over lines and not recognised, its numbers an orphan group.

Fixture: held-out generator output kept as generated (tools/import_holdout.py --seed 346 --gen
72840-72851 --hand --pres pdftotext_raw, gen 72844), beside the truth the generator printed."""

from __future__ import annotations

from _layout_cases import import_layout_case


def test_an_orphan_group_repeating_another_rows_numbers_is_not_given_by_order():
    """"135 22 5 768 6 15 951" (本年新收's numbers, printed again under the repeated header) stood
    between two recognised rows with one row between them whose label was not recognised
    ("3. “ ”" / "危及 三安全一稳定 0 0 0 — 0 0 0", the quotes on a line of their own). Matched by
    table order, the old reader stored 本年新收's numbers as 3.危及“三安全一稳定” (7 wrong cells, with
    only a "please check" note). A group that repeats another row's numbers shows that the text
    repeats rows: the order proves nothing, the row stays blank and the group is reported."""
    res, counts, bad = import_layout_case("raw_rows_repeated_with_header", "report.txt")
    assert bad == []
    assert all(res.doc.value(f"t3.deny_safety.{c}").is_blank for c in ("natural", "total"))
    assert res.doc.value("t3.new.total").text == "951"
    assert any("原文重复印出的行" in n.message for n in res.notes)
    assert counts["right"] >= 150
