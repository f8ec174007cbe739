"""PDF tables whose cells are found and placed by what is drawn: held-out PDFs of
tools/import_holdout.py (seed 167) committed under tests/data/pdf with the truth the generator
wrote from its source report (never the importer's output). Each case failed on the code before
its rule."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "pdf"


def _check(stem: str, source: str):
    """Import ``DATA/stem.pdf``; its result and the cells that are wrong, invented or missed."""
    sys.path.insert(0, str(ROOT / "tools"))
    import import_holdout as ho

    from gkdesk.importers import import_bytes

    res = import_bytes((DATA / f"{stem}.pdf").read_bytes(), "report.pdf")
    truth = json.loads((DATA / f"{stem}.truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, source)
    return res, counts, [i for i in issues if i[0] in ("wrong", "invented", "missed")]


def test_a_row_of_marks_last_on_its_page_is_no_wrapped_line_of_the_note_on_the_next():
    # --seed 167 --only P07 --pres plain_pdf (reportlab, unruled): 表四's value row "— — … —" is the
    # last line of its page and reaches as far right as the header lines above it; the paragraph
    # rebuilder took it for a wrapped line and joined "注：本表数据统计时间…" from the next page to
    # it. "—注：…" is no mark: 14 marks for 15 columns, and all 15 cells were left blank.
    res, counts, bad = _check("t4_marks_row_last_on_page", "P07__plain_pdf")
    assert bad == []
    assert all(res.doc.value(c.id).text == "—" for c in res.doc.spec.table("t4").cells)
    assert counts["right"] > 150
