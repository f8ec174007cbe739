"""next_year(): what is carried from last year's report, cell by cell, for 2021→2021, 2019→2021 and 2019→2019."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.commands import EditCells, FillTotals, History
from gkdesk.core.document import Document, Meta
from gkdesk.core.rollover import DRAFT_MARKER, T2_2019_ITEM_ROWS, mark_draft, next_year, snapshot, suggestions
from gkdesk.core.spec import get_format
from gkdesk.core.values import BLANK

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
APPLICANT = ("natural", "business", "research", "nonprofit", "legal", "other")


def distinct_doc(fmt: str, year: int) -> Document:
    """A report whose every non-derived cell holds a different number (signed cells some negative)."""
    doc = Document(fmt, Meta(agency="测试县审计局", year=year, date=f"{year + 1}-01-20", contact="电话：0000-1"))
    updates = {}
    for i, (cid, c) in enumerate(doc.spec.cells.items()):
        if not c.derived:
            updates[cid] = str(-(i % 5) if c.kind == "signed" else i + 1)
    h = History(doc)
    h.push(EditCells(updates))
    doc.sections.update(s1=f"{year}年，本局……", s5="上年问题已整改。", s6="无。", s3="表三说明文字")
    return doc


def carried_ids(spec):
    return [spec.table("t3").cell_id("carried", c) for c in spec.table("t3").col_codes]


def test_rollover_2021_to_2021_every_cell(example_doc):
    new = next_year(example_doc)
    assert new.format_id == "2021"
    assert (new.meta.agency, new.meta.year, new.meta.date, new.meta.contact) == (
        "示例市生态环境局", 2026, "", example_doc.meta.contact)
    expected = {f"t3.carried.{c}": example_doc.value(f"t3.carry_next.{c}") for c in (*APPLICANT, "total")}
    # every cell of the new report: exactly the seven 上年结转 cells are filled, the rest is blank
    for cid in new.spec.cells:
        assert new.value(cid) == expected.get(cid, BLANK), cid
    assert set(new.cells) == set(expected)
    assert new.value("t3.carried.natural").text == "2" and new.value("t3.carried.total").text == "2"
    # prose: 一/五/六 kept as a marked draft, 二–四 empty
    for key in ("s1", "s5", "s6"):
        assert new.sections[key] == f"{DRAFT_MARKER}\n{example_doc.sections[key]}"
    for key in ("s2", "s3", "s4"):
        assert new.sections[key] == ""
    assert new.explanations == {} and new.manual == set()
    # snapshot of last year: every cell and section
    prev = new.previous
    assert prev["year"] == 2025 and prev["format"] == "2021" and prev["agency"] == "示例市生态环境局"
    assert prev["cells"] == storage.to_dict(example_doc)["cells"]
    assert len(prev["cells"]) == len(example_doc.spec.cells)
    assert prev["sections"] == example_doc.sections


def test_rollover_2019_to_2021_every_cell():
    last = distinct_doc("2019", 2020)
    new = next_year(last)
    assert new.format_id == "2021" and new.meta.year == 2021
    for cid in new.spec.cells:
        if cid.startswith("t3.carried.") and not cid.endswith(".total"):
            col = cid.rsplit(".", 1)[1]
            assert new.value(cid) == last.value(f"t3.carry_next.{col}"), cid
        elif cid == "t3.carried.total":
            assert new.number(cid) == sum(last.number(f"t3.carry_next.{c}") for c in APPLICANT)
        else:
            assert new.value(cid).is_blank, cid  # 表二 quantities differ between the formats (X5)
    assert new.previous["format"] == "2019"
    assert new.previous["cells"]["t2.procurement.amount"] == last.value("t2.procurement.amount").text
    # the draft is visibly marked
    assert new.sections["s1"].startswith(DRAFT_MARKER + "\n2020年")
    assert new.sections["s3"] == ""


def test_rollover_2019_to_2019_fills_item_baselines():
    last = distinct_doc("2019", 2019)
    new = next_year(last)
    assert new.format_id == "2019" and new.meta.year == 2020
    t2 = new.spec.table("t2")
    filled = set()
    for row in T2_2019_ITEM_ROWS:
        cid = t2.cell_id(row, "prev_items")
        want = last.number(cid) + last.number(t2.cell_id(row, "change"))
        assert new.number(cid) == want, cid
        filled.add(cid)
    for cid in new.spec.cells:
        if cid not in filled and not cid.startswith("t3.carried."):
            assert new.value(cid).is_blank, cid
    for c in APPLICANT:
        assert new.value(f"t3.carried.{c}") == last.value(f"t3.carry_next.{c}")


def test_rollover_2021_to_2021_leaves_t2_blank_and_suggests_in_force(example_doc):
    new = next_year(example_doc)
    assert all(new.value(c).is_blank for c in new.spec.cells if c.startswith("t2."))
    assert suggestions(new) == {}  # 本年制发/本年废止 not known yet: nothing offered
    History(new).push(EditCells({"t2.normative.issued": "4", "t2.normative.repealed": "1"}))
    sug = suggestions(new)
    assert {k: v.text for k, v in sug.items()} == {"t2.normative.in_force": "30"}  # 27 + 4 − 1


def test_suggestions_2019_item_baselines_for_a_blank_cell():
    last = distinct_doc("2019", 2019)
    new = next_year(last)
    History(new).push(EditCells({"t2.license.prev_items": ""}))
    sug = suggestions(new)
    assert set(sug) == {"t2.license.prev_items"}
    assert sug["t2.license.prev_items"].number == last.number("t2.license.prev_items") + last.number(
        "t2.license.change")


def test_blank_or_text_carry_next_is_not_carried(example_doc):
    h = History(example_doc)
    h.push(EditCells({"t3.carry_next.natural": "", "t3.carry_next.business": "约1"}))
    new = next_year(example_doc)
    assert new.value("t3.carried.natural").is_blank
    assert new.value("t3.carried.business").is_blank
    assert new.value("t3.carried.research").text == "0"


def test_wrong_total_last_year_is_recomputed_not_copied():
    last = distinct_doc("2021", 2024)
    h = History(last)
    h.push(EditCells({"t3.carry_next.total": "999"}))  # typed: manual and wrong
    new = next_year(last)
    assert new.number("t3.carried.total") == sum(last.number(f"t3.carry_next.{c}") for c in APPLICANT)
    gk501 = [f for f in run_checks(new, ("GK501",))]
    assert [f.cells for f in gk501] == [("t3.carried.total",)]


def test_format_and_year_overrides_and_missing_year(example_doc):
    new = next_year(example_doc, "2021", year=2030)
    assert new.meta.year == 2030
    older = next_year(example_doc, "2019")
    assert older.format_id == "2019" and older.value("t3.carried.natural").text == "2"
    example_doc.meta.year = None
    with pytest.raises(ValueError):
        next_year(example_doc)
    assert next_year(example_doc, year=2026).previous["year"] is None


def test_previous_is_not_nested_and_survives_save(example_doc, tmp_path):
    second = next_year(next_year(example_doc))
    assert second.meta.year == 2027
    assert "previous" not in second.previous
    assert second.previous["year"] == 2026
    # the 2026 draft's prose carries the marker once, not twice
    assert second.previous["sections"]["s1"].count(DRAFT_MARKER) == 1
    assert second.sections["s1"].count(DRAFT_MARKER) == 1
    path = tmp_path / "r.json"
    storage.save(second, path)
    back = storage.load(path)
    assert back.previous == second.previous
    assert storage.to_dict(back) == storage.to_dict(second)


def test_mark_draft():
    assert mark_draft("") == "" and mark_draft("  \n") == ""
    assert mark_draft("正文") == f"{DRAFT_MARKER}\n正文"
    assert mark_draft(mark_draft("正文")) == mark_draft("正文")


def test_snapshot_keeps_only_filled_cells():
    doc = Document("2021", Meta(year=2025))
    History(doc).push(EditCells({"t4.review.upheld": "1"}))
    snap = snapshot(doc)
    assert snap["cells"] == {"t4.review.upheld": "1", "t4.review.total": "1"}
    assert snap["year"] == 2025 and snap["format"] == "2021"


SEED_FILES = sorted(SEEDS.glob("seed_*.json"))


@pytest.mark.skipif(not SEED_FILES, reason="hand-typed seed fixtures (tests/data/seeds/seed_*.json) not present")
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_rollover_from_each_seed(path):
    last = storage.load(path)
    assert last.format_id == "2019" and last.meta.year == 2020
    new = next_year(last)
    assert new.format_id == "2021" and new.meta.year == 2021 and new.meta.agency == last.meta.agency
    t3 = new.spec.table("t3")
    for cid in new.spec.cells:
        if cid.startswith("t3.carried.") and cid != "t3.carried.total":
            before = last.value(t3.cell_id("carry_next", cid.rsplit(".", 1)[1]))
            assert new.value(cid) == (before if before.is_number else BLANK), cid
        elif cid == "t3.carried.total":
            parts = [new.value(f"t3.carried.{c}") for c in APPLICANT]
            if any(p.is_number for p in parts):
                assert new.number(cid) == sum((p.number for p in parts if p.is_number), Decimal(0))
            else:
                assert new.value(cid).is_blank
        else:
            assert new.value(cid).is_blank, cid
    for key in ("s1", "s5", "s6"):
        assert new.sections[key] == mark_draft(last.sections[key])
    assert new.previous["cells"] == storage.to_dict(last)["cells"]
    # the carried cells agree with last year, so the carry-over check is quiet
    assert not run_checks(new, ("GK501",))


def test_rollover_keeps_spec_cell_ids_of_both_formats():
    # 表三 columns are identical in both formats: the carried row exists in each
    assert carried_ids(get_format("2019")) == carried_ids(get_format("2021"))


def test_fill_totals_after_rollover_changes_nothing(example_doc):
    new = next_year(example_doc)
    before = dict(new.cells)
    History(new).push(FillTotals())
    assert new.cells == before
