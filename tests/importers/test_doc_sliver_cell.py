"""A .doc table row with a cell narrower than a column line's snap (issue #11).

sliver_cell.doc is generator output as generated (tools/import_holdout.py --seed 631 --gen
89600-89639, gen 89601 word97_doc: a clerk's 2019 report saved as .doc by LibreOffice), with what
the generator printed in sliver_cell.truth.json. LibreOffice wrote the rows of 表二's 第二十条（八）
block with their last cell 1 twip wide (boundaries 4309, 8963, 8964): placed by those widths, the
cell "本年增/减" and its "0" joined the cell before, so "7" and "0" were one cell and 7 was stored
as 本年增/减 — a wrong number — with 上一年项目数量 blank. Such widths are no drawn widths: the table's
cells are read in order (doc_reader._sliver)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gkdesk.importers import import_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "doc"
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402


def test_cell_narrower_than_the_snap_keeps_its_own_text():
    truth = json.loads((DATA / "sliver_cell.truth.json").read_text(encoding="utf-8"))
    doc = import_file(DATA / "sliver_cell.doc").doc
    counts, issues = ho.compare_case(doc, truth, "sliver_cell.doc")
    assert counts["wrong"] == 0 and counts["invented"] == 0, issues
    assert (doc.value("t2.fees.prev_items").text, doc.value("t2.fees.change").text) == ("7", "0")
    assert issues == []
