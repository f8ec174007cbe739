"""Auto totals: the loop that runs after every typed cell equals `compute`, total by total.

`auto_updates` is `compute` written out for speed (it runs after every typed cell); `compute` is
the definition. Seeded random documents (numbers with decimals, blanks, text, not-applicable marks,
manual totals) are compared between the two, and the per-table `incomplete_totals` with the
document-wide one.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from gkdesk.core import storage, totals
from gkdesk.core.values import parse_value

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "resources" / "example-2021.json", *sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))]
VALUES = [None, "", "0", "1", "7", "38", "0.5", "1.5", "2.25", "-3", "—", "约10", "12件", "100000000000000000001"]


def _reference(doc, overwrite: bool) -> dict:
    current, out, memo = {}, {}, {}
    for cid in doc.spec.derived_order:
        if not overwrite and cid in doc.manual:
            continue
        new = totals.compute(doc, cid, current, memo)
        current[cid] = new
        if new != doc.value(cid):
            out[cid] = new
    return out


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_auto_updates_equal_compute_on_random_documents(path):
    rng = random.Random(f"totals-{path.stem}")
    doc = storage.load(path)
    cells = list(doc.spec.cells)
    derived = [c for c in cells if doc.spec.cells[c].derived]
    for step in range(80):
        for cid in rng.sample(cells, rng.choice((1, 3, 10, 40))):
            doc._put(cid, parse_value(rng.choice(VALUES)))
        if rng.random() < 0.3:
            doc.manual ^= set(rng.sample(derived, 2))
        for overwrite in (False, True):
            want = _reference(doc, overwrite)
            got = totals.auto_updates(doc, overwrite)
            assert got == want, (step, overwrite)
            assert [(c, v.text) for c, v in got.items()] == [(c, v.text) for c, v in want.items()]
        every = totals.incomplete_totals(doc)
        for t in doc.spec.tables:
            assert totals.incomplete_totals(doc, t.key) == {c for c in every if doc.spec.cells[c].table == t.key}
        if rng.random() < 0.5:  # apply them, as a command does, so later steps start from consistent totals
            for cid, v in totals.auto_updates(doc).items():
                doc._put(cid, v)
