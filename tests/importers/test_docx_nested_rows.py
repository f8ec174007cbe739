"""A DOCX table holding a nested table in one of its rows, its other rows a table of cells (issue #11).

own_widths.docx (see test_doc_own_widths.py: a clerk's 2021 report saved as .doc by LibreOffice,
then as .docx by LibreOffice) carries 表二 as one table of blocks （一）（五）（八） whose empty row
holds block （六） as a nested table — a .doc cannot hold two tables one right after the other, and
LibreOffice keeps that nesting in the .docx. A table holding a nested table was read as a layout
table, every cell a paragraph of prose: 表二's blocks （一）（五）（八） were read by the text
engine and 8 cells were blank. Its rows without a nested table are now a table of their own, as
the .doc reader reads them (docx_reader.read_layout)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gkdesk.importers import import_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "doc"
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402


def test_rows_around_a_nested_table_are_a_table():
    truth = json.loads((DATA / "own_widths.truth.json").read_text(encoding="utf-8"))
    doc = import_file(DATA / "own_widths.docx").doc
    counts, issues = ho.compare_case(doc, truth, "own_widths.docx")
    assert counts["wrong"] == 0 and counts["invented"] == 0, issues
    assert issues == []
    assert [doc.value(f"t2.rules.{c}").text for c in ("issued", "repealed", "in_force")] == ["1", "2", "2"]
