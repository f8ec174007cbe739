"""A Word table whose body stands on other column lines than its header (issue #11).

own_widths.doc is held-out generator output as generated (tools/import_holdout.py --seed 302
--gen 70000-70023, gen 70011 word97_doc: a clerk's 2021 report saved as .doc by LibreOffice) and
own_widths.docx that file saved again as .docx by LibreOffice (``soffice --convert-to docx``);
own_widths.truth.json is what the generator printed. 表三 was two tables of their own column widths
(header and first rows at 4357/4928/… twips, the rest at 4158/4758/…), saved as one table: its grid
is the union of both sets of lines, each body cell of the second part spans half of two header
columns by position, and a sparse row (4 numbers of 7) was read one column off — two 0s stored
where the source prints empty cells. The cells are now placed under the header they overlap by
their drawn widths (grid.place_by_overlap, as for a PDF's ruling)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from gkdesk.importers import doc_reader, import_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "doc"
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402


@pytest.mark.parametrize("name", ["own_widths.doc", "own_widths.docx"])
def test_body_on_its_own_column_lines_is_read_under_its_header(name):
    truth = json.loads((DATA / "own_widths.truth.json").read_text(encoding="utf-8"))
    doc = import_file(DATA / name).doc
    counts, issues = ho.compare_case(doc, truth, name)
    assert counts["wrong"] == 0 and counts["invented"] == 0, issues
    t3 = [k for k in truth["cells"] if k.startswith("t3.")]
    assert not [i for i in issues if i[1].startswith("t3.")]
    assert all(doc.value(k).text == truth["cells"][k] for k in t3)
    # the sparse row that was read one column off: four numbers, three cells printed empty
    assert [doc.value(f"t3.unable_unclear.{c}").text for c in
            ("natural", "business", "research", "nonprofit", "legal", "other", "total")] == \
        ["", "", "0", "0", "0", "0", ""]


def _row_def(edges):
    return doc_reader._RowDef(list(edges), [0] * (len(edges) - 1), [0] * (len(edges) - 1))


def test_cell_widths_that_are_no_layout_are_not_taken_as_column_lines():
    """LibreOffice saves some tables without their widths: every cell 179 twips, each row's last
    cell the rest. Such boundaries are counts of cells, not drawn positions."""
    fake = [_row_def([-108, 71, 250, 429, 608, 2756]), _row_def([-108, 71, 250, 429, 608, 787, 966, 2756])]
    assert doc_reader._unsized(fake)
    equal = [_row_def([0, 500, 1000, 1500, 2000]), _row_def([0, 500, 1000, 1500, 2000])]
    assert not doc_reader._unsized(equal)  # a table of equal columns is a real layout
    real = [_row_def([-108, 4357, 4928, 5501, 6072, 8359]), _row_def([-108, 660, 4357, 4928, 5501, 8359])]
    assert not doc_reader._unsized(real)
