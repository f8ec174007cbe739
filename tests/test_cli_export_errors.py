"""`gkdesk export` reports the report's errors by running only the rules of severity error: the
list must be exactly the errors of the full check, on real reports and on reports full of mistakes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from gkdesk.checks import all_checks, run_checks
from gkdesk.checks.finding import Severity
from gkdesk.cli.export import report_errors
from gkdesk.core import storage
from gkdesk.core.commands import EditCells, EditMeta, EditSection
from gkdesk.core.document import Document

SEEDS = sorted((Path(__file__).resolve().parent / "data" / "seeds").glob("seed_*.json"))
BAD = ["-3", "abc", "1.5", "", "0", "999999", "无", "—", "12", "7"]


def _full(doc):
    return [f for f in run_checks(doc) if f.severity is Severity.ERROR and not f.explained]


def _broken(doc: Document, seed: int) -> Document:
    rnd = random.Random(seed)
    cells = list(doc.spec.cells)
    EditCells({c: rnd.choice(BAD) for c in rnd.sample(cells, 25)}).apply(doc)
    if seed % 2:
        EditMeta("agency", "").apply(doc)
        EditSection("s1", "2019年，本机关主动公开政府信息12条，其中……" * (seed % 3)).apply(doc)
    return doc


def test_the_selection_is_exactly_the_error_rules():
    from gkdesk.checks.engine import Checker

    ids = {c.id for c in all_checks() if c.severity is Severity.ERROR}
    selected = {c.id for c in Checker(Document("2021"), tuple(sorted(ids))).checks}
    assert selected == ids and len(ids) < len(all_checks())


@pytest.mark.parametrize("seed", range(8))
def test_export_reports_the_errors_of_the_full_check(seed, example_path):
    docs = [storage.load(p) for p in SEEDS] + [storage.load(example_path), Document("2019"), Document("2021")]
    doc = docs[seed % len(docs)]
    assert report_errors(doc) == _full(doc)
    broken = _broken(doc, seed)
    errors = report_errors(broken)
    assert errors and errors == _full(broken)
