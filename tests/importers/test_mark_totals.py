"""A total read as a mark or words while every part is a number (issue #11, never a wrong
value): a cell of another column taken into the total — e.g. a clerk's 备注 column saying "无" on
every row, one column over — is left blank with a note, in every importer.

tests/data/pdf/t3_remarks_column_wide.pdf is tools/import_holdout.py --seed 192, seed_000 wide_pdf
as generated (a 序号 and a 备注 column, labels one character a line): 8 of 表三's 总计 were "无"."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.values import State, parse_value  # noqa: E402
from gkdesk.importers import import_file  # noqa: E402
from gkdesk.importers.identities import drop_mark_totals  # noqa: E402

PDF = ROOT / "tests" / "data" / "pdf" / "t3_remarks_column_wide.pdf"


def test_remarks_column_one_over_never_fills_the_totals():
    res = import_file(PDF)
    truth = json.loads(PDF.with_suffix(".truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, "seed_000__wide_pdf")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert counts["right"] > 150
    totals = [c for c in res.doc.spec.cells if c.startswith("t3.") and c.endswith(".total")]
    assert not any(res.doc.value(c).state in (State.NA, State.TEXT) for c in totals)
    # each row's 序号 (its first cell) no longer stops the cell-by-cell reading under the header
    # cells: the 备注 column is not taken one column over at all, and every total is read; were
    # one read as "无" again, it would be left blank with the note
    assert all(res.doc.value(c).is_number for c in totals) or \
        any("合计读到的是文字或符号" in n.message for n in res.notes)


def test_only_totals_of_numbers_are_dropped():
    doc = storage.load(ROOT / "resources" / "example-2021.json")
    t3 = doc.spec.table("t3")
    row = t3.row_codes[4]
    for col in t3.col_codes[:-1]:
        doc._put(t3.cell_id(row, col), parse_value("0"))
    doc._put(t3.cell_id(row, "total"), parse_value("无"))
    other = t3.row_codes[5]
    doc._put(t3.cell_id(other, t3.col_codes[0]), parse_value("—"))  # a part is a mark: the total stays
    doc._put(t3.cell_id(other, "total"), parse_value("—"))
    dashed = t3.row_codes[6]  # a dash in a total of numbers is a clerk's "not stated": kept
    for col in t3.col_codes[:-1]:
        doc._put(t3.cell_id(dashed, col), parse_value("1"))
    doc._put(t3.cell_id(dashed, "total"), parse_value("—"))
    notes = drop_mark_totals(doc, {"t3"})
    assert doc.value(t3.cell_id(dashed, "total")).state is State.NA
    assert doc.value(t3.cell_id(row, "total")).is_blank
    assert doc.value(t3.cell_id(other, "total")).state is State.NA
    assert [n.cells for n in notes] == [(t3.cell_id(row, "total"),)]
    assert drop_mark_totals(doc, {"t2"}) == []
