"""A web table whose body stands on other column lines than its header (issue #11).

lo_own_widths.html is generator output as generated (tools/import_holdout.py --seed 580 --gen
87000-87019, gen 87007 lo_html: a clerk's 2019 report saved as HTML by LibreOffice), with what the
generator printed in lo_own_widths.truth.json. 表三 was two tables of their own widths written as one
<table>: the reader places its cells by their widths (html_reader._drawn_grid), each body cell of
the second part starting half a column left of its header. A sparse row (2.重复申请: 0 under
社会公益组织, 0 under 总计, the rest empty) came in with 0 under 自然人 — a number where the source
prints an empty cell — and the other rows of that part were left blank. The drawn column lines
now go with the grid, so the body is placed under the header it overlaps (grid.place_by_overlap,
as for a PDF's ruling)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gkdesk.importers import import_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "web"
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402


def test_web_body_on_its_own_column_lines_is_read_under_its_header():
    truth = json.loads((DATA / "lo_own_widths.truth.json").read_text(encoding="utf-8"))
    doc = import_file(DATA / "lo_own_widths.html").doc
    counts, issues = ho.compare_case(doc, truth, "lo_own_widths.html")
    assert counts["wrong"] == 0 and counts["invented"] == 0, issues
    assert issues == []
    assert [doc.value(f"t3.reject_repeat.{c}").text for c in
            ("natural", "business", "research", "nonprofit", "legal", "other", "total")] == \
        ["", "", "", "0", "", "", "0"]
