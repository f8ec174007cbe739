"""The incremental check run (Checker.run(change)) and the `reads` it relies on.

1. Every rule reads only what its `reads` declares: each rule runs on a recording view of real
   documents (the example, the five seeds, a rolled-over report with last year's snapshot and
   drafts, a consolidated report) and every table, section, "meta", "previous" or
   "consolidation" it touched must be declared.
2. After any sequence of edits (seeded random cells, prose, metadata, auto-total switches,
   explanations, undo), re-running only the touched rules gives exactly the findings of a full
   run, explanations included.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from gkdesk.checks import run_checks
from gkdesk.checks.engine import Checker
from gkdesk.checks.registry import all_checks
from gkdesk.core import storage
from gkdesk.core.commands import EditCells, EditMeta, EditSection, FillTotals, History, SetAutoTotal, SetExplanation
from gkdesk.core.rollover import DRAFT_MARKER, next_year

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds"
EXAMPLE = ROOT / "resources" / "example-2021.json"


def _documents():
    example = storage.load(EXAMPLE)
    docs = {"example": example}
    for p in sorted(SEEDS.glob("seed_*.json")):
        docs[p.stem] = storage.load(p)
    rolled = next_year(storage.load(EXAMPLE))
    docs["rolled"] = rolled
    from gkdesk.review.merge import merge_reports

    a, b = storage.load(EXAMPLE), storage.load(EXAMPLE)
    a.meta.agency, b.meta.agency = "甲局", "乙局"
    docs["consolidated"] = merge_reports([a, b], ["a.json", "b.json"], "测试县人民政府")
    return docs


class _Log:
    def __init__(self, doc):
        self.doc = doc
        self.parts: set[str] = set()

    def cell(self, cid):
        spec = self.doc.spec.cells.get(cid)
        self.parts.add(spec.table if spec else f"?cell {cid}")


class _Sections(dict):
    def __init__(self, data, log):
        super().__init__(data)
        self._log = log

    def __getitem__(self, k):
        self._log.parts.add(k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        self._log.parts.add(k)
        return super().get(k, default)

    def _all(self):
        self._log.parts.update(self.keys())

    def items(self):
        self._all()
        return super().items()

    def values(self):
        self._all()
        return super().values()

    def __iter__(self):
        self._all()
        return super().__iter__()


class _Cells(dict):
    def __init__(self, data, log):
        super().__init__(data)
        self._log = log

    def __getitem__(self, k):
        self._log.cell(k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        self._log.cell(k)
        return super().get(k, default)

    def __contains__(self, k):
        self._log.cell(k)
        return super().__contains__(k)

    def _all(self):
        self._log.parts.update(t.key for t in self._log.doc.spec.tables)

    def items(self):
        self._all()
        return super().items()

    def values(self):
        self._all()
        return super().values()

    def __iter__(self):
        self._all()
        return super().__iter__()


class _Meta:
    def __init__(self, meta, log):
        object.__setattr__(self, "_m", meta)
        object.__setattr__(self, "_log", log)

    def __getattr__(self, name):
        self._log.parts.add("meta")
        return getattr(self._m, name)


class _Extra(dict):
    def __init__(self, data, log):
        super().__init__(data)
        self._log = log

    def get(self, k, default=None):
        self._log.parts.add(k)
        return super().get(k, default)

    def __getitem__(self, k):
        self._log.parts.add(k)
        return super().__getitem__(k)

    def __contains__(self, k):
        self._log.parts.add(k)
        return super().__contains__(k)


class RecordingDoc:
    """A read-only view of a Document that records which parts a rule reads."""

    def __init__(self, doc):
        self._doc = doc
        self.log = _Log(doc)
        self.spec = doc.spec
        self.format_id = doc.format_id
        self.sections = _Sections(doc.sections, self.log)
        self.cells = _Cells(doc.cells, self.log)
        self.meta = _Meta(doc.meta, self.log)
        self.extra = _Extra(doc.extra, self.log)
        self.manual = doc.manual  # manual-total flags: a change of them re-runs every rule
        self.foreign_rows = doc.foreign_rows  # set by the import only (a new document: every rule runs)

    @property
    def previous(self):
        self.log.parts.add("previous")
        return self._doc.previous

    def value(self, cid):
        self.log.cell(cid)
        return self._doc.value(cid)

    def number(self, cid):
        self.log.cell(cid)
        return self._doc.number(cid)

    def is_auto(self, cid):
        self.log.cell(cid)
        return self._doc.is_auto(cid)

    def __getattr__(self, name):  # anything else a rule reads is unknown to the incremental run
        self.log.parts.add(f"?{name}")
        return getattr(self._doc, name)


@pytest.mark.parametrize("name", list(_documents()))
def test_rules_read_only_what_they_declare(name):
    doc = _documents()[name]
    for chk in all_checks():
        rec = RecordingDoc(doc)
        list(chk.fn(rec))
        assert rec.log.parts <= set(chk.reads), (chk.id, sorted(rec.log.parts - set(chk.reads)))


_TEXTS = ("", "本年度共收到政府信息公开申请12件，办结11件，结转下年度1件。", "本年度未收到政府信息公开申请。",
          "2019年，我局主动公开政府信息30条。行政复议1件，行政诉讼2件。",
          "本年度未收取信息处理费。上年度问题已整改落实。", DRAFT_MARKER + "\n去年的文字。",
          "全年制发规范性文件3件，废止1件，现行有效20件。主动公开、依申请公开、政府信息管理、平台建设、监督保障。")


def _random_command(doc, rng: random.Random, findings):
    spec = doc.spec
    r = rng.random()
    if r < 0.55:
        cid = rng.choice(list(spec.cells))
        value = rng.choice([None, "0", str(rng.randint(0, 40)), str(rng.randint(-3, 3)), "1.23456", "—", "约10"])
        return EditCells({cid: value})
    if r < 0.7:
        return EditSection(rng.choice([s.key for s in spec.sections]), rng.choice(_TEXTS))
    if r < 0.8:
        name = rng.choice(["agency", "year", "date"])
        value = {"agency": rng.choice(["", "某局"]), "year": rng.choice([None, 2019, 2020, 2024, 2025]),
                 "date": rng.choice(["", "2026-01-20", "2020-13-01"])}[name]
        return EditMeta(name, value)
    if r < 0.85:
        derived = [c.id for c in spec.cells.values() if c.derived]
        return SetAutoTotal(rng.sample(derived, 3), rng.random() < 0.5)
    if r < 0.88:
        return FillTotals(overwrite=rng.random() < 0.5)
    explainable = [f for f in findings if f.check_id != "GK900" and f.severity.value != "error"]
    if explainable:
        f = rng.choice(explainable)
        return SetExplanation(f.check_id, f.key, f.cells, rng.choice(["已核实", ""]), section=f.section)
    return EditMeta("agency", "另一局")


def _with_explanations(findings):
    return [(f, f.explained) for f in findings]


@pytest.mark.parametrize("name", list(_documents()))
def test_incremental_run_equals_full_run(name):
    doc = _documents()[name]
    rng = random.Random(f"gk14-{name}")
    checker = Checker(doc)
    got = checker.run()
    assert _with_explanations(got) == _with_explanations(run_checks(doc))
    h = History(doc)
    partial_runs = 0
    for step in range(150):
        if h.done and rng.random() < 0.15:
            change = h.undo()
        else:
            try:
                change = h.push(_random_command(doc, rng, got))
            except ValueError:  # e.g. an explanation on a finding that must be fixed
                continue
        got = checker.run(change)
        partial_runs += len(checker.last_ran) < len(checker.checks)
        assert _with_explanations(got) == _with_explanations(run_checks(doc)), (name, step, change)
    assert partial_runs > 50  # the incremental path was exercised, not only full runs


@pytest.mark.parametrize("name", list(_documents()))
def test_incomplete_totals_are_the_totals_that_are_not_complete(name):
    from gkdesk.core.totals import complete, incomplete_totals

    doc = _documents()[name]
    rng = random.Random(f"totals-{name}")
    h = History(doc)
    for _ in range(60):
        h.push(_random_command(doc, rng, []) if rng.random() < 0.9 else FillTotals())
        want = {c for c in doc.spec.derived_order if doc.value(c).is_number and not complete(doc, c)}
        got = {c for c in incomplete_totals(doc) if doc.value(c).is_number}
        assert got == want
