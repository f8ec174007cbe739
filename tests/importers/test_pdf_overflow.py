"""A number drawn over the border of a ruled PDF table: a printer driver (Microsoft Print to PDF and
the like) does not clip a cell's text, so a 4-digit number in a narrow 总计 cell runs over the
table's double right rule and beyond. The digits outside the table's box are that number's — read
without them, 6576 would be a wrong 657 (and the import report would even blame the report for the
broken row sum)."""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import holdout_pdf  # noqa: E402
import import_holdout as ho  # noqa: E402
import producer_pdf  # noqa: E402

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.values import number  # noqa: E402
from gkdesk.importers import import_bytes  # noqa: E402

EXAMPLE = ROOT / "resources" / "example-2021.json"


def _printed_pdf():
    """The example report, 表三 scaled ×137 (every identity is linear: it still adds up; its totals
    get 4 digits), printed by a printer driver: ruled grid, double rules, 10.5 pt digits in
    26 pt value columns."""
    doc = storage.load(EXAMPLE)
    for c in doc.spec.table("t3").cells:
        v = doc.value(c.id)
        if v.number is not None:
            doc._put(c.id, number(v.number * Decimal(137)))
    pstyle = holdout_pdf.PdfStyle(rules="grid", font=10.5, num_w=26.0, row_pad=3.0, double=2.25)
    printed: dict[str, str] = {}
    data = producer_pdf.write_producer_pdf(doc, ho.Style(), pstyle, producer_pdf.Producer(kind="print"),
                                           random.Random(1), printed)
    return doc, data, ho.holdout_truth(doc, printed, "printed")


def test_digits_drawn_over_the_tables_right_border_belong_to_their_number():
    import io

    import pdfplumber

    doc, data, truth = _printed_pdf()
    with pdfplumber.open(io.BytesIO(data)) as pdf:  # the file really draws a digit past the border
        page = next(p for p in pdf.pages if any(w["text"] == "6576" for w in p.extract_words()))
        right = max(t.bbox[2] for t in page.find_tables({"vertical_strategy": "lines",
                                                         "horizontal_strategy": "lines"}))
        assert any(w["text"] == "6576" and (w["x1"] - 2.6) > right + 1 for w in page.extract_words())
    res = import_bytes(data, "report.pdf")
    counts, issues = ho.compare_case(res.doc, truth, "printed")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert res.doc.value("t3.new.total").text == doc.value("t3.new.total").text == "6576"
    assert res.doc.value("t3.results_total.total").text == "6576"
    assert not any("原文本身" in n.message for n in res.notes)
    assert counts["right"] == 200
