"""Table layouts that the readers (DOCX, HTML, PDF) and the grid stage must read — each from a
real-looking input: a clerk's Word file, a CMS page, a PDF made the way agencies make them.
Every case is compared cell by cell with what was printed (0 wrong, 0 invented, 0 missed)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.values import BLANK  # noqa: E402
from gkdesk.importers import import_bytes  # noqa: E402


def _example():
    return storage.load(ROOT / "resources" / "example-2021.json")


def _check(doc, data: bytes, name: str, printed: dict):
    res = import_bytes(data, name)
    truth = ho.holdout_truth(doc, printed, name)
    counts, issues = ho.compare_case(res.doc, truth, name)
    assert issues == []
    assert counts["wrong"] == counts["invented"] == counts["missed"] == 0
    return res


def _no_t4_cases(doc):
    """An agency without any 行政复议/行政诉讼 case that prints "—" or "/" in all 15 cells."""
    for cid in doc.spec.cells:
        if cid.startswith("t4."):
            doc._put(cid, BLANK)
    return doc


@pytest.mark.parametrize("mark", ["—", "/"])
@pytest.mark.parametrize("merge", ["merge", "empty"])
def test_word_table4_printed_all_marks_keeps_the_marks(mark, merge):
    doc = _no_t4_cases(_example())
    printed: dict = {}
    data = ho.write_clerk_docx(doc, ho.Style(merge=merge, na_mark=mark, extra_col="end"), random.Random(5), printed)
    assert all(printed[c] == mark for c in printed if c.startswith("t4."))
    res = _check(doc, data, "clerk.docx", printed)
    assert res.doc.value("t4.review.total").state.value == "na"


def test_web_table4_printed_all_marks_keeps_the_marks():
    doc = _no_t4_cases(_example())
    printed: dict = {}
    page = ho.write_cms_html(doc, ho.Style(merge="repeat", na_mark="/"), random.Random(2), printed)
    _check(doc, page.encode("utf-8"), "page.html", printed)
