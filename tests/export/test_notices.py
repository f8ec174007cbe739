"""Export notices: what the export prints for what the report leaves open — and silence otherwise."""

from __future__ import annotations

from pathlib import Path

from gkdesk.core import storage
from gkdesk.core.commands import EditCells, EditMeta, EditSection, FillBlankZero
from gkdesk.export.notices import export_notices

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


def test_complete_report_has_no_notices(example_doc):
    assert export_notices(example_doc) == []


def test_each_gap_gives_one_notice(example_doc):
    EditMeta("date", "").apply(example_doc)
    EditCells({"t3.new.research": "", "t4.review.upheld": ""}).apply(example_doc)
    EditSection("s6", "").apply(example_doc)
    EditSection("s5", "").apply(example_doc)
    notes = export_notices(example_doc)
    assert len(notes) == 4
    assert "成文日期" in notes[0] and "　　年　月　日" in notes[0]
    assert "表三 1 格" in notes[1] and "表四 1 格" in notes[1] and "空白填0" in notes[1]
    assert "五、存在的主要问题及改进情况" in notes[2] and "只有标题" in notes[2]
    assert "六、其他需要报告的事项" in notes[3] and "无。" in notes[3]
    FillBlankZero().apply(example_doc)
    assert not [n for n in export_notices(example_doc) if "空白" in n]


def test_seed_with_a_truncated_table_lists_its_blanks():
    doc = storage.load(SEEDS / "seed_002.json")  # the extracted 表三 lost 6 of 7 columns
    notes = export_notices(doc)
    assert any("表三" in n and "空白" in n for n in notes)
