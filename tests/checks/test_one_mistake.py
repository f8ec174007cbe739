"""One mistake, one finding (issue #13 point 3), through the undoable command as the editor does it.

The example report (2021 format, auto totals) is clean; each test makes one mistake in one cell
and asserts the exact findings: a consequence in an automatic total is not reported again, a
total over a part that is not a number stays blank (never a partial sum) and relations over it
are silent, cause findings come first, and relation messages say by how much they miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gkdesk.checks import run_checks
from gkdesk.core import storage, totals
from gkdesk.core.commands import EditCells, History

ROOT = Path(__file__).resolve().parents[2]
FOUNDATION = ("GK0", "GK1", "GK2", "GK3", "GK4")
CELL = "t3.partial.natural"


@pytest.fixture
def hist():
    doc = storage.load(ROOT / "resources" / "example-2021.json")
    assert run_checks(doc, FOUNDATION) == []
    return History(doc)


def ids(doc):
    return [(f.check_id, f.cells[0]) for f in run_checks(doc, FOUNDATION)]


def test_one_wrong_part_gives_one_relation_finding(hist):
    doc = hist.doc
    old = doc.value(CELL).number
    hist.push(EditCells({CELL: str(old + 12)}))
    found = run_checks(doc, FOUNDATION)
    # the auto 总计 column followed the wrong part; its own GK303 would repeat the same mistake
    assert [(f.check_id, f.cells[0]) for f in found] == [("GK303", "t3.new.natural")]
    assert "相差12" in found[0].message and "办结与结转多12" in found[0].message


def test_text_in_a_part_leaves_totals_blank_and_relations_silent(hist):
    doc = hist.doc
    hist.push(EditCells({CELL: "3件"}))
    assert ids(doc) == [("GK102", CELL)]
    for total in ("t3.partial.total", "t3.results_total.natural", "t3.results_total.total"):
        assert doc.value(total).is_blank, total  # not a partial sum
        assert totals.unreadable(doc, total)
    hist.undo()
    assert doc.value("t3.results_total.total").is_number
    assert ids(doc) == []


def test_not_applicable_mark_in_a_part_blanks_its_totals(hist):
    doc = hist.doc
    hist.push(EditCells({CELL: "不适用"}))
    assert doc.value("t3.results_total.total").is_blank
    assert ids(doc) == [("GK103", CELL)] or [i for i, _ in ids(doc)] == ["GK103"]


def test_negative_part_lists_its_cause_first(hist):
    doc = hist.doc
    hist.push(EditCells({CELL: "-5"}))
    found = ids(doc)
    assert found[0] == ("GK104", CELL)
    # the auto total (-2 now) is not reported as negative: its part is
    assert ("GK104", "t3.partial.total") not in found
    assert [i for i, _ in found] == ["GK104", "GK303"]


def test_manual_row_total_wrong_is_one_finding_with_the_difference(hist):
    doc = hist.doc
    v = doc.value("t3.new.total").number
    hist.push(EditCells({"t3.new.total": str(v - 3)}))
    found = run_checks(doc, FOUNDATION)
    assert [(f.check_id, f.cells[0]) for f in found] == [("GK301", "t3.new.total")]
    assert "相差3（各类申请人之和多3）" in found[0].message


def test_blank_part_makes_no_relation_finding(hist):
    doc = hist.doc
    hist.push(EditCells({CELL: ""}))
    assert [i for i, _ in ids(doc)] == ["GK101"]
