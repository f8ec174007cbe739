"""Import accuracy on every real report the project holds, cell by cell against the hand-made truth.

    python tools/import_accuracy.py [--shared DIR] [-v]

(run with the project's interpreter, e.g. .venv/bin/python from the repository root). For each text
file in <shared>/seeds and <shared>/reports (default: the repository's parent folder / "shared"),
the file is imported and every cell of its truth (tests/data/truth/<stem>.json, written by reading
the source; see tests/data/truth/README.md) is compared:

    right     the import has the truth's value (or, for a cell printed empty, leaves it blank)
    wrong     the import has a different value than the source prints (or than an implied value)
    invented  a number where the source prints an empty cell or no cell at all
    missed    the truth has a value, the import left the cell blank
    absent-ok the source has no such cell (file cut off, row printed short) and the import left it blank
    ambiguous cells a reader cannot assign (counted apart; "161/23f": 161 such cells, 23 of them filled)

An import in another format version than the source's tables: cells that exist only in the
import's version and hold a value count as invented. Also shown: format, year and agency as
imported vs the truth (agency "prose": the source names it only in its prose and the import left it
empty; "–": the source does not name it), and whether the prose sections 一/五/六 are found where the source has them.
`--prose` adds the prose of the seeds vs their hand-typed fixtures. `-v` lists every wrong, invented and missed cell with both values. The exit code is 1 when any cell
is wrong or invented (for CI), 2 when a source has no truth file.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gkdesk.core.document import Document  # noqa: E402
from gkdesk.core.spec import get_format  # noqa: E402
from gkdesk.importers.text import import_text  # noqa: E402

import truth as truthmod  # noqa: E402

KINDS = ("right", "wrong", "invented", "missed", "absent_ok", "ambiguous", "ambiguous_filled")
PROSE = ("s1", "s5", "s6")


@dataclass
class FileResult:
    name: str
    truth: truthmod.Truth | None
    doc: Document | None
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    issues: list[tuple[str, str, str, str]] = field(default_factory=list)  # (kind, cell, imported, truth)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.counts["wrong"] or self.counts["invented"])


def _same(a, truth_text: str, printed: str | None) -> bool:
    if a.is_number:
        return a.number == Decimal(truth_text)
    return printed is not None and a.text.strip() == printed


def compare(doc: Document, t: truthmod.Truth) -> tuple[dict[str, int], list[tuple[str, str, str, str]]]:
    """Cell-by-cell comparison of an imported document with the truth."""
    counts = dict.fromkeys(KINDS, 0)
    issues: list[tuple[str, str, str, str]] = []
    tspec = get_format(t.format)
    doc_ids = doc.spec.cells

    def imported(cid: str):
        return doc.value(cid) if cid in doc_ids else None

    for cid in tspec.cells:
        a = imported(cid)
        filled = a is not None and not a.is_blank
        shown = a.text if filled else ""
        st = t.state(cid)
        if st == "value":
            if not filled:
                counts["missed"] += 1
                issues.append(("missed", cid, "", t.cells[cid]))
            elif _same(a, t.cells[cid], t.printed.get(cid)):
                counts["right"] += 1
            else:
                counts["wrong"] += 1
                issues.append(("wrong", cid, shown, t.cells[cid]))
        elif st == "implied":
            if not filled:
                counts["absent_ok"] += 1
            elif _same(a, t.implied[cid], None):
                counts["right"] += 1
            else:
                counts["wrong"] += 1
                issues.append(("wrong", cid, shown, f"{t.implied[cid]} (implied)"))
        elif st == "ambiguous":
            counts["ambiguous_filled" if filled else "ambiguous"] += 1
        elif st == "blank":
            if filled:
                counts["invented"] += 1
                issues.append(("invented", cid, shown, "printed empty"))
            else:
                counts["right"] += 1
        else:  # absent
            if filled:
                counts["invented"] += 1
                issues.append(("invented", cid, shown, "not in the source"))
            else:
                counts["absent_ok"] += 1
    # cells of the import's format that the source's format does not have
    for cid in doc_ids:
        if cid in tspec.cells:
            continue
        a = doc.value(cid)
        if a.is_blank:
            continue
        if cid in t.foreign and a.is_number and a.number == Decimal(t.foreign[cid]):
            continue  # the row the source printed from the other format version, read as printed
        counts["invented"] += 1
        issues.append(("invented", cid, a.text, f"no such cell in the {t.format} format"))
    return counts, issues


def prose_found(doc: Document, t: truthmod.Truth) -> tuple[int, int]:
    """(sections 一/五/六 whose presence the import gets right, sections judged)."""
    ok = n = 0
    for key in PROSE:
        if not t.complete and key not in t.sections:
            continue  # cut off before it: unknown
        n += 1
        has = bool(doc.sections.get(key, "").strip())
        ok += has == (key in t.sections)
    return ok, n


def agency_mark(doc: Document, t: truthmod.Truth) -> str:
    """ok: the agency as the source names it; "prose": named only in the prose and not imported;
    "–": the source does not name it; "≠": imported something else."""
    if not t.agency:
        return "–" if not doc.meta.agency else "≠"
    if doc.meta.agency and doc.meta.agency in (t.agency, t.agency_full):  # (a blank is no match for a blank agency_full)
        return "ok"
    return "prose" if t.agency_from == "prose" and not doc.meta.agency else "≠"


def print_prose(results: list[FileResult]) -> None:
    """Sections of the seeds vs the prose typed in tests/data/seeds/seed_00N.json."""
    import difflib

    from gkdesk.core import storage

    for r in results:
        fixture = ROOT / "tests" / "data" / "seeds" / f"seed_{r.name[:3]}.json"
        if not r.name[:3].isdigit() or not fixture.exists():
            continue
        ref = storage.load(fixture)
        ratios = [difflib.SequenceMatcher(None, r.doc.sections[k], ref.sections[k]).ratio()
                  if (r.doc.sections[k] or ref.sections[k]) else 1.0 for k in ref.sections]
        same = sum(1 for k in ref.sections if r.doc.sections[k] == ref.sections[k])
        print(f"prose {r.name[:24]:24} sections identical {same}/6, mean similarity {sum(ratios) / len(ratios):.3f}")


def source_files(shared: Path) -> list[Path]:
    return sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "reports").glob("*.txt"))


def measure(shared: Path) -> list[FileResult]:
    out = []
    for f in source_files(shared):
        t = truthmod.truth_for_source(f)
        t0 = time.perf_counter()
        doc = import_text(f.read_text(encoding="utf-8"), f.name).doc
        r = FileResult(f.name, t, doc, seconds=time.perf_counter() - t0)
        if t is not None:
            r.counts, r.issues = compare(doc, t)
        out.append(r)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="folder with seeds/ and reports/")
    ap.add_argument("-v", action="store_true", help="list every wrong, invented and missed cell")
    ap.add_argument("--prose", action="store_true",
                    help="also compare the prose of the seeds with their hand-typed fixtures (tests/data/seeds)")
    args = ap.parse_args(argv)
    if not source_files(args.shared):
        print(f"no reports found under {args.shared}", file=sys.stderr)
        return 2
    results = measure(args.shared)
    head = (f"{'file':24} {'fmt':9} {'right':>5} {'wrong':>5} {'inv':>4} {'miss':>4} {'abs-ok':>6} {'ambig':>7}"
            f" | {'year':4} {'agency':6} {'一五六':5} {'ms':>5}")
    print(head)
    print("-" * len(head))
    total = dict.fromkeys(KINDS, 0)
    no_truth = []
    for r in results:
        if r.truth is None:
            no_truth.append(r.name)
            print(f"{r.name[:24]:24} {r.doc.format_id:9} {'(no truth file)':>40}")
            continue
        t, doc, c = r.truth, r.doc, r.counts
        for k in KINDS:
            total[k] += c[k]
        fmt = t.format if doc.format_id == t.format else f"{doc.format_id}≠{t.format}"
        year = "ok" if doc.meta.year == t.year else f"{doc.meta.year or '∅'}"
        agency = agency_mark(doc, t)
        pok, pn = prose_found(doc, t)
        amb = f"{c['ambiguous'] + c['ambiguous_filled']}" + (f"/{c['ambiguous_filled']}f" if c["ambiguous_filled"] else "")
        print(f"{r.name[:24]:24} {fmt:9} {c['right']:5} {c['wrong']:5} {c['invented']:4} {c['missed']:4} "
              f"{c['absent_ok']:6} {amb:>7} | {year:4} {agency:6} {pok}/{pn}   {r.seconds * 1000:5.0f}")
        if args.v:
            for kind, cid, got, want in r.issues:
                name = get_format(t.format).cells[cid].name if cid in get_format(t.format).cells else cid
                print(f"    {kind:8} {cid:34} imported {got or '∅':>8}   truth {want}   ({name})")
            if agency == "≠":
                print(f"    agency   imported “{doc.meta.agency}”   truth “{t.agency}”")
    print("-" * len(head))
    judged = total["right"] + total["wrong"] + total["invented"] + total["missed"]
    share = f"{100 * total['right'] / judged:.1f} %" if judged else "–"
    print(f"total: right {total['right']}, wrong {total['wrong']}, invented {total['invented']}, "
          f"missed {total['missed']}, absent-ok {total['absent_ok']}, ambiguous {total['ambiguous']} "
          f"(+{total['ambiguous_filled']} filled) — {share} of {judged} judged cells right")
    if args.prose:
        print_prose(results)
    if no_truth:
        print(f"no truth for: {', '.join(no_truth)}", file=sys.stderr)
    if total["wrong"] or total["invented"]:
        return 1
    return 2 if no_truth else 0


if __name__ == "__main__":
    raise SystemExit(main())
