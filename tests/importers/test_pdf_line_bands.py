"""Words are grouped into lines by the band of each line's first word, never by a band that grows
with every word it takes in. In an unruled 表三 drawn in a small font with tall rows, the merged
labels of the left columns ("三、本年度办理结果", "（三）不予公开") wrap two characters a line,
each column's lines at offsets of their own: every label line overlaps the next one of the column
beside it, and a growing band chained the number lines of two rows ("4.保护第三方合法权益" and
"5.属于三类内部事务信息") into one line whose cells read "0 0", "1 0" — the rows' numbers
swapped (held-out gen 81018, plain_pdf: 4 wrong cells). Drawn with tools/holdout_pdf.py, the
plain_pdf presentation of tools/import_holdout.py."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import holdout_pdf  # noqa: E402
import import_holdout as ho  # noqa: E402

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.values import number  # noqa: E402
from gkdesk.importers import import_bytes  # noqa: E402

EXAMPLE = ROOT / "resources" / "example-2021.json"
#: the geometry gen 81018 was drawn with: a turned page, 7-8 pt characters placed one by one, 5 pt
#: padding above and below each row's lines
GEOMETRY = dict(page="rotate90", chars="single", num_w=42.0, row_pad=5.0, page_h=500.0, shade="header")


def _read(doc, pstyle):
    printed: dict[str, str] = {}
    data = holdout_pdf.write_plain_pdf(doc, ho.Style(), pstyle, random.Random(5), printed)
    res = import_bytes(data, "report.pdf")
    return res, ho.compare_case(res.doc, ho.holdout_truth(doc, printed, "report"), "report")


def test_the_generated_report_that_chained_two_rows_reads_every_cell(tmp_path):
    names = ho.generate(ho.gen_sources("81018-81018"), tmp_path, 431, ("plain_pdf",))
    assert names == ["gen81018__plain_pdf"]
    res = import_bytes((tmp_path / "gen81018__plain_pdf.pdf").read_bytes(), "report.pdf")
    truth = json.loads((tmp_path / "gen81018__plain_pdf.truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, "gen81018")
    assert [i for i in issues if i[0] != "missed"] == []
    assert res.doc.value("t3.deny_internal.total").text == "1"
    assert res.doc.value("t3.deny_third_party.total").text == "0"


@pytest.mark.parametrize("rules", ["none", "hrules"])
def test_rows_beside_labels_wrapped_at_half_line_offsets_keep_their_numbers(rules):
    doc = storage.load(EXAMPLE)
    doc._put("t3.deny_internal.legal", number(1))  # the two rows differ in one column
    res, (counts, issues) = _read(doc, holdout_pdf.PdfStyle(rules=rules, font=8.0, valign="middle", **GEOMETRY))
    assert issues == []
