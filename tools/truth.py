"""Hand-made truth of the real reports in ../shared (tests/data/truth/<stem>.json): load it, check it
against the table identities, and build "the report with its tables replaced by the truth".

    import sys; sys.path.insert(0, str(ROOT / "tools")); import truth
    t = truth.load_truth("real-002")
    t.state("t4.review.total")        # "value" | "blank" | "ambiguous" | "implied" | "absent"
    doc = truth.truth_document("real-002")   # imported prose + meta, truth tables

The truth records what the SOURCE prints (its real errors included); see tests/data/truth/README.md.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gkdesk.core.document import Document  # noqa: E402
from gkdesk.core.spec import get_format  # noqa: E402
from gkdesk.core.values import BLANK, parse_value  # noqa: E402

TRUTH_DIR = ROOT / "tests" / "data" / "truth"
SHARED = ROOT.parent / "shared"

STATES = ("value", "blank", "ambiguous", "implied", "absent")


@dataclass
class Truth:
    stem: str
    source: str  # relative to the shared folder, e.g. "reports/real-002.txt"
    format: str
    year: int
    agency: str
    agency_full: str
    agency_from: str  # "title" | "prose" (the text names it only in the prose) | "" (not named)
    complete: bool
    sections: dict[str, str]  # section key -> heading as printed (sections present in the source)
    cut_in: str | None  # section in which a truncated source ends
    cells: dict[str, str]  # printed values (canonical number text, in the cell's unit)
    blank: list[str]  # cells printed empty
    ambiguous: dict[str, str]  # cell -> why a reader cannot assign it
    implied: dict[str, str]  # cells not printed whose value follows beyond doubt from what is printed
    implied_reason: str
    foreign: dict[str, str]  # printed cells of the OTHER format version (e.g. a 2019 row in a 2021 table)
    printed: dict[str, str]  # printed text where it differs from the value (unit converted)
    source_errors: dict[str, str]  # identity id -> note: identities the source itself breaks
    notes: list[str] = field(default_factory=list)

    @property
    def spec(self):
        return get_format(self.format)

    def state(self, cid: str) -> str:
        if cid in self.cells:
            return "value"
        if cid in self._blank:
            return "blank"
        if cid in self.ambiguous:
            return "ambiguous"
        if cid in self.implied:
            return "implied"
        return "absent"

    @property
    def _blank(self) -> frozenset[str]:
        return frozenset(self.blank)

    def value(self, cid: str, implied: bool = True) -> str | None:
        """The number text of a cell (printed, or implied when asked), else None."""
        if cid in self.cells:
            return self.cells[cid]
        if implied and cid in self.implied:
            return self.implied[cid]
        return None

    def source_path(self, shared: Path | None = None) -> Path:
        return (shared or SHARED) / self.source

    # ------------------------------------------------------------------ identities
    def identities(self) -> list[dict]:
        """Every table identity that can be evaluated on the truth.

        An identity is evaluated when its target is a number and every part is a number or printed
        empty (empty counts as nothing); it is skipped when a cell is absent or ambiguous. Implied
        cells count as numbers. Returns dicts {id, ok, target, expected, got, cells}.
        """
        out = []
        spec = self.spec
        for s in spec.sums:
            same_row = all(spec.cells[p].row == spec.cells[s.target].row for p in s.parts)
            iid = f"sum:{s.target}"
            if s.target.startswith("t3."):
                iid += ":row" if same_row else ":col"
            r = self._eval(iid, [s.target], list(s.parts))
            if r:
                out.append(r)
        if any(t.key == "t3" for t in spec.tables):
            for col in spec.table("t3").col_codes:
                left = [f"t3.results_total.{col}", f"t3.carry_next.{col}"]
                r = self._eval(f"O1:{col}", left, [f"t3.new.{col}", f"t3.carried.{col}"])
                if r:
                    out.append(r)
        return out

    def _eval(self, iid: str, left: list[str], right: list[str]) -> dict | None:
        vals = {}
        for cid in left + right:
            st = self.state(cid)
            if st in ("absent", "ambiguous"):
                return None
            v = self.value(cid)
            vals[cid] = Decimal(v) if v is not None else None
        if any(vals[c] is None for c in left[:1]):  # target printed empty: nothing to check
            return None
        lhs = sum((vals[c] or Decimal(0)) for c in left)
        rhs = sum((vals[c] or Decimal(0)) for c in right)
        return {"id": iid, "ok": lhs == rhs, "left": left, "right": right, "lhs": lhs, "rhs": rhs}

    def broken_identities(self) -> list[dict]:
        return [r for r in self.identities() if not r["ok"]]


def stems() -> list[str]:
    return sorted(p.stem for p in TRUTH_DIR.glob("*.json"))


@cache
def _load(stem: str) -> Truth:
    path = TRUTH_DIR / f"{stem}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    keys = Truth.__dataclass_fields__.keys() - {"stem"}
    return Truth(stem=stem, **{k: data.get(k) if k != "notes" else data.get(k, []) for k in keys})


def load_truth(stem: str) -> Truth:
    """Truth of one source file, by its stem ("real-002", "P01", "000_a1d22aa4bcc3044e")."""
    return _load(stem)


def truth_for_source(path: Path) -> Truth | None:
    """Truth of a source file path, or None when none has been written."""
    return load_truth(path.stem) if (TRUTH_DIR / f"{path.stem}.json").exists() else None


def all_truths() -> list[Truth]:
    return [load_truth(s) for s in stems()]


# ---------------------------------------------------------------------- documents
def apply_truth(doc: Document | None, t: Truth, implied: bool = False) -> Document:
    """A new Document in the truth's format: meta and prose from `doc` (if given), every table cell
    from the truth. Blank, absent and ambiguous cells are blank; implied cells only when asked.
    Derived cells (totals) are the report's printed values, marked manual: checked, never recomputed.
    Printed cells of the other format version are kept in doc.extra["truth_foreign"]."""
    out = Document(t.format)
    if doc is not None:
        out.meta = type(doc.meta)(**doc.meta.as_dict())
        for k in out.sections:
            out.sections[k] = doc.sections.get(k, "")
        out.previous = doc.previous
    out.meta.year = t.year
    if t.agency:
        out.meta.agency = t.agency
    for cid in out.spec.cells:
        v = t.value(cid, implied=implied)
        out._put(cid, parse_value(v) if v is not None else BLANK)
    out.manual = {cid for cid, c in out.spec.cells.items() if c.derived}
    out.extra["truth_foreign"] = dict(t.foreign)
    return out


def truth_document(stem: str | Truth, base: Document | None = None, shared: Path | None = None,
                   implied: bool = False) -> Document:
    """The report with its tables replaced by the truth. Prose and meta come from `base`, or, when
    no base is given, from importing the source text (the importer is used for prose only)."""
    t = stem if isinstance(stem, Truth) else load_truth(stem)
    if base is None:
        from gkdesk.importers.text import import_text

        path = t.source_path(shared)
        base = import_text(path.read_text(encoding="utf-8"), path.name).doc
    return apply_truth(base, t, implied=implied)
