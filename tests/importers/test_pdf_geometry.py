"""PDFs drawn by generators other than Word/LibreOffice (tools/holdout_pdf.py, reportlab's canvas):
table pages turned a quarter (landscape sections printed on portrait paper, with and without
/Rotate), cell borders drawn as thin filled rectangles, characters placed one by one or spaced,
cells drawn column by column. Every cell is read back and compared with what was printed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import holdout_pdf  # noqa: E402
import import_holdout as ho  # noqa: E402

from gkdesk.core import storage  # noqa: E402
from gkdesk.importers import import_bytes  # noqa: E402

EXAMPLE = ROOT / "resources" / "example-2021.json"
SEED_2019 = ROOT / "tests" / "data" / "seeds" / "seed_003.json"


def _case(path: Path, na_mark: str = "", **geometry):
    doc = storage.load(path)
    style = ho.Style(na_mark=na_mark)
    pstyle = holdout_pdf.PdfStyle(**geometry)
    printed: dict[str, str] = {}
    data = holdout_pdf.write_plain_pdf(doc, style, pstyle, random.Random(5), printed)
    return doc, data, ho.holdout_truth(doc, printed, path.stem)


def _read(doc, data, truth):
    res = import_bytes(data, "report.pdf")
    counts, issues = ho.compare_case(res.doc, truth, "report")
    return res, counts, issues


@pytest.mark.parametrize("page", ["sideways", "sideways270", "rotate90", "rotate270", "landscape"])
def test_turned_table_pages_read_every_cell(page):
    doc, data, truth = _case(EXAMPLE, page=page, rules="grid", page_h=620.0)
    res, counts, issues = _read(doc, data, truth)
    assert issues == []
    assert res.doc.sections == doc.sections


def test_the_sideways_page_really_is_drawn_turned():
    import io

    import pdfplumber

    _doc, data, _truth = _case(EXAMPLE, page="sideways", rules="grid")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        turned = [p.page_number for p in pdf.pages if p.chars and not any(c["upright"] for c in p.chars)]
        rotate = [p.rotation for p in pdf.pages]
    assert turned and set(rotate) == {0}


@pytest.mark.parametrize("geometry", [dict(rules="rects", chars="single", order="columns"),
                                      dict(rules="grid", chars="spaced", order="reverse", page="sideways"),
                                      dict(rules="rects", chars="spaced", order="rows", page="rotate270")],
                         ids=["rects-single-columns", "spaced-reverse-sideways", "rects-spaced-rotate270"])
def test_rules_as_rectangles_and_characters_placed_one_by_one(geometry):
    doc, data, truth = _case(SEED_2019, na_mark="—", page_h=500.0, **geometry)
    _res, counts, issues = _read(doc, data, truth)
    assert issues == []


@pytest.mark.parametrize("rules", ["none", "hrules"])
def test_numbers_wrapped_in_narrow_unruled_cells_are_joined_or_left_blank(rules):
    """表三 with 3–4-digit numbers in full-width digits in narrow columns of an unruled table (or
    one with only row rules): "３０" above "０１" in a cell centred in its row is 3001, never 30 and
    1 put into neighbouring columns."""
    from decimal import Decimal

    from gkdesk.core.values import number

    doc = storage.load(EXAMPLE)
    for c in doc.spec.table("t3").cells:  # every identity is linear: scaled, the table still adds up
        v = doc.value(c.id)
        if v.number is not None:
            doc._put(c.id, number(v.number * Decimal(137)))
    style = ho.Style(fullwidth=1.0)
    pstyle = holdout_pdf.PdfStyle(rules=rules, font=10.5, num_w=26.0, row_pad=2.0, page_h=842.0)
    printed: dict[str, str] = {}
    data = holdout_pdf.write_plain_pdf(doc, style, pstyle, random.Random(3), printed)
    truth = ho.holdout_truth(doc, printed, "wrapped")
    _res, counts, issues = _read(doc, data, truth)
    assert [i for i in issues if i[0] != "missed"] == []
    t3 = [c.id for c in doc.spec.table("t3").cells]
    missed = [i[1] for i in issues if i[1] in t3]
    assert len(missed) <= 0.1 * len(t3), missed
