"""Run the checks over a document. A rule that crashes becomes a GK900 finding."""

from __future__ import annotations

from collections import Counter

from ..core.commands import SECTION_INPUT, Change, section_fingerprint
from ..core.document import Document
from .finding import Finding, Severity
from .memo import run_scope
from .registry import all_checks

INTERNAL_ID = "GK900"


def run_checks(doc: Document, select: tuple[str, ...] | None = None, checks=None) -> list[Finding]:
    """All findings, errors first, then causes (a cell that is not a number, negative, …) before the
    relations over them, then in report order. `select`: id prefixes to run; `checks`: the rules to
    choose from (default: all of them)."""
    return Checker(doc, select, checks).run()


class Checker:
    """The checks of one document, kept between edits.

    `run()` runs every rule; `run(change)` after an edit (a `Change` returned by a command) runs
    again only the rules whose `reads` (tables, sections, "meta") the change touched and keeps
    the other rules' findings. Explanations are applied afresh on every run. A change that is not
    a plain edit of cells, sections or metadata (`change.other`: explanations, manual-total
    flags) runs everything. The result is the same list `run_checks` gives.
    """

    def __init__(self, doc: Document, select: tuple[str, ...] | None = None, checks=None):
        self.doc = doc
        pool = all_checks() if checks is None else checks
        self.checks = [c for c in pool if not select or any(c.id.startswith(s) for s in select)]
        self._causes = {c.id for c in self.checks if c.cause}
        self._found: dict[str, list[Finding]] = {}  # check id -> its findings, before explanations
        #: ids of the rules the last run executed (the others kept their findings)
        self.last_ran: tuple[str, ...] = ()

    def touched(self, change: Change | None) -> set[str] | None:
        """The `reads` keys a change touches; None = everything."""
        if change is None or change.other or not self._found:
            return None
        cells = self.doc.spec.cells
        parts: set[str] = set(change.sections)
        for cid in change.cells:
            spec = cells.get(cid)
            if spec is None:
                return None
            parts.add(spec.table)
        if change.meta:
            parts.add("meta")
        return parts

    def run(self, change: Change | None = None) -> list[Finding]:
        doc = self.doc
        parts = self.touched(change)
        ran = []
        with run_scope(doc):
            for chk in self.checks:
                if parts is not None and chk.id in self._found and parts.isdisjoint(chk.reads):
                    continue
                self._found[chk.id] = _run_one(doc, chk)
                ran.append(chk.id)
        self.last_ran = tuple(ran)
        out: list[Finding] = []
        explanations = doc.explanations
        for chk in self.checks:
            found = self._found[chk.id]
            if chk.explainable and explanations:
                out.extend(f if f.check_id == INTERNAL_ID else _explained(doc, f) for f in found)
            else:
                out.extend(found)
        order, sections = _order(doc.spec)
        causes = self._causes

        def sort_key(f: Finding):
            if f.cells:
                pos = order.get(f.cells[0], 0)
            else:
                pos = sections.get(f.section, -2000)
            return (f.severity.rank, f.check_id not in causes, pos, f.check_id)

        out.sort(key=sort_key)
        return out


def _run_one(doc: Document, chk) -> list[Finding]:
    try:
        return [Finding(chk.id, chk.severity, hit.message, tuple(hit.cells), hit.section, hit.evidence)
                for hit in chk.fn(doc)]
    except Exception as e:  # noqa: BLE001 - isolation is the point
        import traceback

        tb = traceback.extract_tb(e.__traceback__)[-1]
        return [Finding(INTERNAL_ID, Severity.WARNING,
                        f"检查 {chk.id}（{chk.title}）内部出错，未能完成：{type(e).__name__}: {e}"
                        f"（{tb.filename.rsplit('/', 1)[-1]}:{tb.lineno}）")]


_ORDERS: dict[int, tuple] = {}


def _order(spec) -> tuple[dict[str, int], dict[str, int]]:
    """Report order of cells, and of sections (before every cell; unknown sections first)."""
    key = id(spec)
    got = _ORDERS.get(key)
    if got is None or got[2] is not spec:
        got = ({cid: i for i, cid in enumerate(spec.cells)},
               {s.key: -1000 + i for i, s in enumerate(spec.sections)}, spec)
        _ORDERS[key] = got
    return got[0], got[1]


def _explained(doc: Document, f: Finding) -> Finding:
    ex = doc.explanations.get(f.key)
    if ex is None:
        return f
    if any(doc.value(c).text != ex.inputs.get(c, "") for c in f.cells):
        return f  # inputs changed since the explanation was written: it no longer applies
    for name, fp in ex.inputs.items():
        if name.startswith(SECTION_INPUT) and section_fingerprint(doc.sections.get(name[1:], "")) != fp:
            return f  # the prose it was written about has changed
    return Finding(f.check_id, f.severity, f.message, f.cells, f.section, f.evidence, explained=ex.text)


def summarize(findings: list[Finding]) -> dict[str, int]:
    c = Counter(f.severity.value for f in findings if not f.explained)
    return {"error": c["error"], "warning": c["warning"], "hint": c["hint"],
            "explained": sum(1 for f in findings if f.explained)}
