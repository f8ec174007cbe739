"""A 序号 column is found where rows print a number before their labels, never from a value cell
after a row's label (tests/data/pdf/t3_serial_own_edges_value_left_of_header.pdf: held-out gen 81034
wide_pdf as generated, tools/import_holdout.py --seed 431 --gen 81000-81039, beside the truth the
generator printed). The row 四、结转下年度继续办理 of that ruled 表三 is drawn on column lines of its
own, its first value ("０") in a cell left of the header's 自然人; that cell was taken for part of the
序号 column, so every label standing in the same place (309–338 pt: the sub-labels 2.其他法律行政法规禁止
公开 … of the rows with a 序号) was dropped as "the 序号 column's header", and those rows were refused
without a label (70 cells blank)."""

from __future__ import annotations

import json
from pathlib import Path

from _layout_cases import import_layout_case as _unused  # noqa: F401 - puts tools/ on the path

import import_holdout as ho  # noqa: E402,I001 - tools/, put on the path by _layout_cases

from gkdesk.importers import import_file
from gkdesk.importers.grid import _serial_extents
from gkdesk.importers.structured import _Row

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "t3_serial_own_edges_value_left_of_header.pdf"
COLS = ("natural", "business", "research", "nonprofit", "legal", "other", "total")


def test_the_generated_pdf_reads_every_cell():
    res = import_file(PDF)
    truth = json.loads(PDF.with_suffix(".truth.json").read_text(encoding="utf-8"))
    _counts, issues = ho.compare_case(res.doc, truth, "gen81034__wide_pdf")
    assert issues == []
    assert [res.doc.value(f"t3.deny_safety.{c}").text for c in COLS] == ["0", "0", "0", "50", "0", "0", "50"]
    assert [res.doc.value(f"t3.deny_inquiry.{c}").text for c in COLS] == ["0", "39", "0", "0", "0", "0", "39"]


def test_a_number_after_a_rows_label_is_no_serial_number():
    heads = [(338.0 + 28.6 * k, 366.6 + 28.6 * k) for k in range(7)]
    edges = (85.0, 127.0, 170.0, 309.0, 338.0) + tuple(b for _a, b in heads)

    def extent(row, p):
        return edges[p], edges[p + 1]

    serial = _Row(["6", "", "", "2.其他法律行政法规禁止公开"] + ["0"] * 7, edges=edges)
    shifted = _Row(["11", "四、结转下年度继续办理", "", "０"] + ["0"] * 7, edges=edges)
    assert _serial_extents([serial, shifted], heads, extent) == [(85.0, 127.0)]
