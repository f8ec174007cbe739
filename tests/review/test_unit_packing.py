"""A checked unit keeps its document packed (small) and gives back exactly that document."""

from __future__ import annotations

from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.document import Explanation
from gkdesk.core.rollover import next_year
from gkdesk.review.batch import check_document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"


def _docs():
    docs = {"example": storage.load(EXAMPLE), "rolled": next_year(storage.load(EXAMPLE))}
    for p in sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json")):
        docs[p.stem] = storage.load(p)
    explained = storage.load(EXAMPLE)
    explained.explanations["GK601:s1#0000"] = Explanation("GK601", "GK601:s1#0000", "已核实", {"§s1": "abc"})
    explained.manual.add("t3.new.total")
    docs["explained"] = explained
    return docs


@pytest.mark.parametrize("kind", ["json", "docx"])
@pytest.mark.parametrize("name", list(_docs()))
def test_packed_document_comes_back_exactly(name, kind):
    doc = _docs()[name]
    unit = check_document(f"{name}.{kind}", doc, kind)
    assert unit._doc is None  # packed, not kept alive
    back = unit.doc
    assert back is not doc
    assert storage.to_dict(back) == storage.to_dict(doc)
    assert back.cells == doc.cells and back.manual == doc.manual
    assert (unit.agency, unit.year, unit.format) == (doc.meta.agency, doc.meta.year, doc.format_id)
    assert len(unit._packed) < 8000
