"""Undoable commands: exact undo/redo, auto totals, manual totals, FillTotals, Batch."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.commands import (Batch, EditCells, EditMeta, EditSection, FillTotals, History, SetAutoTotal,
                                  SetExplanation)
from gkdesk.core.values import number, parse_value

TESTS = Path(__file__).resolve().parents[1]
EXAMPLE = TESTS.parent / "resources" / "example-2021.json"
SEED_004 = TESTS / "data" / "seeds" / "seed_004.json"
APPLICANTS = ("natural", "business", "research", "nonprofit", "legal", "other")


def snap(doc) -> dict:
    """Everything that is saved: the whole observable state of a document."""
    return storage.to_dict(doc)


@pytest.fixture
def doc():
    return storage.load(EXAMPLE)  # 2021 format, every total automatic


def text(doc, cid):
    return doc.value(cid).text


def test_edit_undo_redo_restores_exactly(doc):
    h = History(doc)
    before = snap(doc)
    ch = h.push(EditCells({"t3.new.natural": "40"}))
    assert text(doc, "t3.new.natural") == "40" and text(doc, "t3.new.total") == "50"
    assert ch.cells == {"t3.new.natural", "t3.new.total"}
    after = snap(doc)
    undo = h.undo()
    assert snap(doc) == before
    assert {"t3.new.natural", "t3.new.total"} <= undo.cells
    h.redo()
    assert snap(doc) == after


def test_auto_totals_follow_both_ways(doc):
    History(doc).push(EditCells({"t3.granted.research": "2"}))
    assert text(doc, "t3.granted.total") == "27"          # row: 25 + 2
    assert text(doc, "t3.results_total.research") == "2"  # column
    assert text(doc, "t3.results_total.total") == "50"    # both
    History(doc).push(EditCells({"t4.after.corrected": "3"}))
    assert text(doc, "t4.after.total") == "3"


def test_blank_parts_give_a_blank_total_never_zero(doc):
    parts = {f"t3.carry_next.{c}": "" for c in APPLICANTS}
    History(doc).push(EditCells(parts))
    assert doc.value("t3.carry_next.total").is_blank
    History(doc).push(EditCells({"t3.carry_next.legal": "0"}))
    assert text(doc, "t3.carry_next.total") == "0"


def test_text_part_blanks_the_auto_total(doc):
    History(doc).push(EditCells({"t4.review.other": "约1"}))
    assert doc.value("t4.review.total").is_blank


def test_typing_into_a_total_makes_it_manual(doc):
    h = History(doc)
    before = snap(doc)
    h.push(EditCells({"t3.new.total": "100"}))
    assert "t3.new.total" in doc.manual and not doc.is_auto("t3.new.total")
    h.push(EditCells({"t3.new.natural": "1"}))
    assert text(doc, "t3.new.total") == "100"  # a typed total is not overwritten
    h.undo()
    h.undo()
    assert snap(doc) == before and doc.manual == set()


def test_set_auto_total_back_to_auto_recomputes(doc):
    h = History(doc)
    h.push(EditCells({"t3.new.total": "100"}))
    typed = snap(doc)
    h.push(SetAutoTotal(["t3.new.total"], auto=True))
    assert text(doc, "t3.new.total") == "48" and doc.manual == set()
    h.undo()
    assert snap(doc) == typed and text(doc, "t3.new.total") == "100"


def test_set_auto_total_off_keeps_the_value(doc):
    h = History(doc)
    h.push(SetAutoTotal(["t4.review.total", "t4.review.upheld"], auto=False))  # non-derived ids ignored
    assert doc.manual == {"t4.review.total"} and text(doc, "t4.review.total") == "4"
    h.push(EditCells({"t4.review.upheld": "5"}))
    assert text(doc, "t4.review.total") == "4"
    h.undo()
    h.undo()
    assert doc.manual == set()


def test_fill_totals_keeps_typed_totals_unless_overwrite():
    doc = storage.load(SEED_004)  # every total typed (manual)
    doc._put("t4.direct.total", number(9))  # published total disagrees with its parts (2+1+2+0)
    h = History(doc)
    before = snap(doc)
    h.push(FillTotals(overwrite=False))
    assert snap(doc) == before  # manual totals untouched
    h.push(FillTotals(overwrite=True))
    assert text(doc, "t4.direct.total") == "5" and doc.manual == set()
    h.undo()
    assert snap(doc) == before and text(doc, "t4.direct.total") == "9"


def test_fill_totals_fixes_stale_auto_totals(doc):
    doc._put("t3.new.total", number(1))  # a stale auto total, e.g. from a file
    History(doc).push(FillTotals())
    assert text(doc, "t3.new.total") == "48"


def test_batch_is_one_undo_step(doc):
    h = History(doc)
    before = snap(doc)
    h.push(Batch([EditCells({"t3.new.natural": "1"}), EditCells({"t3.new.natural": "2"}),
                  EditSection("s6", "无"), EditMeta("agency", "另一个局"), EditCells({"t3.new.total": "7"})],
                 "粘贴"))
    assert text(doc, "t3.new.natural") == "2" and text(doc, "t3.new.total") == "7"
    assert doc.sections["s6"] == "无" and doc.meta.agency == "另一个局"
    after = snap(doc)
    h.undo()
    assert snap(doc) == before
    assert h.done == []
    h.redo()
    assert snap(doc) == after


def test_sections_meta_and_explanations_undo(doc):
    h = History(doc)
    before = snap(doc)
    h.push(EditSection("s1", "新的总体情况"))
    h.push(EditMeta("year", 2026))
    h.push(SetExplanation("GK201", "GK201:t2.rules.issued", ["t2.rules.issued"], "说明"))
    assert doc.explanations["GK201:t2.rules.issued"].inputs == {"t2.rules.issued": "0"}
    h.push(SetExplanation("GK201", "GK201:t2.rules.issued", ["t2.rules.issued"], "  "))  # remove
    assert doc.explanations == {}
    for _ in range(4):
        h.undo()
    assert snap(doc) == before


def test_unknown_ids_are_refused_without_change(doc):
    before = snap(doc)
    with pytest.raises(KeyError):
        EditCells({"t3.new.natural": "1", "t9.nope": "1"}).apply(doc)
    with pytest.raises(KeyError):
        EditSection("s9", "x").apply(doc)
    with pytest.raises(KeyError):
        EditMeta("colour", "red")
    assert snap(doc) == before


def test_merge_keys():
    assert EditCells({"t3.new.natural": "1"}).merge_key() == EditCells({"t3.new.natural": "2"}).merge_key()
    assert EditCells({"t3.new.natural": "1", "t3.new.legal": "1"}).merge_key() is None
    assert EditSection("s1", "a").merge_key() == ("section", "s1")
    assert EditMeta("agency", "a").merge_key() == ("meta", "agency")


@pytest.mark.parametrize("path", [EXAMPLE, SEED_004], ids=["2021-auto", "2019-manual"])
def test_random_sequences_undo_to_the_start_and_redo_to_the_end(path):
    doc = storage.load(path)
    rnd = random.Random(20260123)
    ids = list(doc.spec.cells)
    derived = [c for c in ids if doc.spec.cells[c].derived]
    values = ["", "0", "1", "7", "12", "-3", "约5", "—", "2.5"]
    h = History(doc)
    states = [snap(doc)]
    for _ in range(60):
        pick = rnd.random()
        if pick < 0.6:
            cmd = EditCells({rnd.choice(ids): rnd.choice(values) for _ in range(rnd.randint(1, 4))})
        elif pick < 0.7:
            cmd = SetAutoTotal(rnd.sample(derived, 3), auto=rnd.random() < 0.5)
        elif pick < 0.8:
            cmd = FillTotals(overwrite=rnd.random() < 0.5)
        elif pick < 0.9:
            cmd = EditSection(rnd.choice(["s1", "s5", "s6"]), rnd.choice(["", "无", "文字"]))
        else:
            cmd = Batch([EditCells({rnd.choice(ids): rnd.choice(values)}), FillTotals()], "批量")
        h.push(cmd)
        states.append(snap(doc))
    for i in range(len(states) - 1, 0, -1):
        h.undo()
        assert snap(doc) == states[i - 1], i
    for i in range(1, len(states)):
        h.redo()
        assert snap(doc) == states[i], i


def test_parse_on_edit(doc):
    History(doc).push(EditCells({"t3.new.natural": "３８", "t3.new.business": " 6 "}))
    assert doc.value("t3.new.natural") == parse_value("38")
    assert text(doc, "t3.new.total") == "48"


def test_fill_blank_zero_touches_only_blank_entered_cells_and_undoes(doc):
    from gkdesk.core.commands import FillBlankZero, blank_entry_cells

    h = History(doc)
    h.push(EditCells({"t3.new.research": "", "t3.new.legal": "", "t4.review.upheld": "—", "t2.fees.amount": ""}))
    before = snap(doc)
    total_before = doc.value("t3.new.total").number
    blanks = blank_entry_cells(doc)
    assert {"t3.new.research", "t3.new.legal", "t2.fees.amount"} <= set(blanks)
    assert "t4.review.upheld" not in blanks and all(not doc.spec.cells[c].derived for c in blanks)
    assert blank_entry_cells(doc, "t3") == [c for c in blanks if c.startswith("t3.")]
    h.push(FillBlankZero("t3"))
    assert doc.value("t3.new.research").text == "0" and doc.value("t2.fees.amount").text == ""
    h.push(FillBlankZero())
    assert blank_entry_cells(doc) == []
    assert doc.value("t2.fees.amount").text == "0"
    assert doc.value("t4.review.upheld").text == "—"  # a not-applicable mark is not blank
    assert doc.value("t3.new.total").number == total_before  # 0s add nothing; the total stays automatic
    h.undo()
    h.undo()
    assert snap(doc) == before
