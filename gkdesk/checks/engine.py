"""Run the checks over a document. A rule that crashes becomes a GK900 finding."""

from __future__ import annotations

import traceback
from collections import Counter

from ..core.commands import SECTION_INPUT, section_fingerprint
from ..core.document import Document
from .finding import Finding, Severity
from .registry import all_checks

INTERNAL_ID = "GK900"


def run_checks(doc: Document, select: tuple[str, ...] | None = None) -> list[Finding]:
    """All findings, errors first, then causes (a cell that is not a number, negative, …) before the
    relations over them, then in report order. `select`: id prefixes to run."""
    out: list[Finding] = []
    causes: set[str] = set()
    for chk in all_checks():
        if select and not any(chk.id.startswith(s) for s in select):
            continue
        if chk.cause:
            causes.add(chk.id)
        try:
            for hit in chk.fn(doc):
                f = Finding(chk.id, chk.severity, hit.message, tuple(hit.cells), hit.section, hit.evidence)
                out.append(_explained(doc, f) if chk.explainable else f)
        except Exception as e:  # noqa: BLE001 - isolation is the point
            tb = traceback.extract_tb(e.__traceback__)[-1]
            out.append(Finding(INTERNAL_ID, Severity.WARNING,
                               f"检查 {chk.id}（{chk.title}）内部出错，未能完成：{type(e).__name__}: {e}"
                               f"（{tb.filename.rsplit('/', 1)[-1]}:{tb.lineno}）"))
    order = {cid: i for i, cid in enumerate(doc.spec.cells)}
    sections = [s.key for s in doc.spec.sections]

    def sort_key(f: Finding):
        if f.cells:
            pos = order.get(f.cells[0], 0)
        elif f.section in sections:
            pos = -1000 + sections.index(f.section)
        else:
            pos = -2000
        return (f.severity.rank, f.check_id not in causes, pos, f.check_id)

    out.sort(key=sort_key)
    return out


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
