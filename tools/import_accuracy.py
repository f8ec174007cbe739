"""Import accuracy over the corpus: every seed and every report in ../shared.

    /work/venv/bin/python tools/import_accuracy.py [--shared DIR] [-v]

For each file: detected format, cells found / missing, import confidence; where a hand-typed
fixture exists (tests/data/seeds/seed_00N.json, or the typed values of make_seed_fixtures.py when
the JSON files have not been written), every cell is compared: right / wrong / left blank
(blank where the fixture has a value) / invented (value where the fixture is blank). The key
figures of shared/reports/README.md (new / carried / done / next / review) are compared too.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gkdesk.core import storage  # noqa: E402
from gkdesk.importers.text import import_text  # noqa: E402

KEYS = {"new": "t3.new.total", "carried": "t3.carried.total", "done": "t3.results_total.total",
        "next": "t3.carry_next.total", "review": "t4.review.total"}


def readme_figures(shared: Path) -> dict[str, dict[str, str]]:
    """file name -> {key: value} from the hand-read column of shared/reports/README.md."""
    out: dict[str, dict[str, str]] = {}
    readme = shared / "reports" / "README.md"
    if not readme.exists():
        return out
    for line in readme.read_text(encoding="utf-8").splitlines():
        cols = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cols) < 7 or not cols[0].endswith(".txt"):
            continue
        name = cols[0].split("/")[-1]
        figs = {}
        for part in cols[-1].split(";"):
            m = re.match(r"\s*(\w+)=(\d+)\s*$", part)  # "done=8(text)" is a prose figure, not a cell
            if m and m.group(1) in KEYS:
                figs[m.group(1)] = m.group(2)
        out[name] = figs
    return out


def seed_fixture(name: str):
    m = re.match(r"(\d{3})_", name)
    if not m:
        return None
    key = m.group(1)
    path = ROOT / "tests" / "data" / "seeds" / f"seed_{key}.json"
    if path.exists():
        return storage.load(path)
    script = ROOT / "tests" / "data" / "seeds" / "make_seed_fixtures.py"
    if script.exists():
        spec = importlib.util.spec_from_file_location("_seed_fixtures", script)
        mod = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(mod)  # type: ignore[union-attr]
            return mod.build(key)
        except Exception as e:  # noqa: BLE001 - a fixture being typed may be incomplete
            print(f"  (fixture {key} not usable: {e})", file=sys.stderr)
    return None


def compare(doc, ref) -> dict[str, int]:
    out = {"right": 0, "wrong": 0, "blank": 0, "invented": 0}
    if ref is None or ref.format_id != doc.format_id:
        return out
    for cid in ref.spec.cells:
        a, b = doc.value(cid), ref.value(cid)
        if b.is_blank:
            if a.is_blank:
                out["right"] += 1
            else:
                out["invented"] += 1
        elif a.is_blank:
            out["blank"] += 1
        elif a == b or (a.is_number and b.is_number and a.number == b.number):
            out["right"] += 1
        else:
            out["wrong"] += 1
    return out


def prose_and_meta(doc, ref) -> str:
    import difflib

    if ref is None:
        return ""
    meta = sum(1 for f in ("agency", "year", "date") if getattr(doc.meta, f) == getattr(ref.meta, f))
    ratios = [difflib.SequenceMatcher(None, doc.sections[k], ref.sections[k]).ratio() if (doc.sections[k] or ref.sections[k])
              else 1.0 for k in ref.sections]
    same = sum(1 for k in ref.sections if doc.sections[k] == ref.sections[k])
    return f" meta {meta}/3, sections identical {same}/6 (mean similarity {sum(ratios) / len(ratios):.3f})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-v", action="store_true", help="list wrong cells")
    args = ap.parse_args(argv)
    files = sorted((args.shared / "seeds").glob("*.txt")) + sorted((args.shared / "reports").glob("*.txt"))
    figs = readme_figures(args.shared)
    totals = {"right": 0, "wrong": 0, "blank": 0, "invented": 0, "key_right": 0, "key_wrong": 0}
    head = f"{'file':28} {'fmt':4} {'found':>5} {'miss':>4} {'conf':6} | {'right':>5} {'wrong':>5} {'blank':>5} {'inv':>3} | README key figures"
    print(head)
    print("-" * len(head))
    for f in files:
        res = import_text(f.read_text(encoding="utf-8"), f.name)
        doc = res.doc
        ref = seed_fixture(f.name)
        cmp = compare(doc, ref)
        keys = figs.get(f.name, {})
        kr = [k for k, v in keys.items() if doc.value(KEYS[k]).text == v]
        kw = [f"{k}={doc.value(KEYS[k]).text or '∅'}≠{v}" for k, v in keys.items() if doc.value(KEYS[k]).text != v]
        for k in cmp:
            totals[k] += cmp[k]
        totals["key_right"] += len(kr)
        totals["key_wrong"] += len(kw)
        fx = (f"{cmp['right']:5} {cmp['wrong']:5} {cmp['blank']:5} {cmp['invented']:3}" if ref is not None
              else f"{'–':>5} {'–':>5} {'–':>5} {'–':>3}")
        kf = (f"{len(kr)}/{len(keys)} right" + (" " + " ".join(kw) if kw else "")) if keys else "–"
        print(f"{f.name[:28]:28} {doc.format_id:4} {res.cells_found:5} {res.cells_missing:4} {res.confidence:6} | {fx} | {kf}"
              + prose_and_meta(doc, ref))
        if args.v and ref is not None:
            for cid in ref.spec.cells:
                a, b = doc.value(cid), ref.value(cid)
                if a.text != b.text:
                    print(f"    {cid}: imported {a.text or '∅'}  fixture {b.text or '∅'}")
    print("-" * len(head))
    print(f"seed cells vs hand-typed fixtures: right {totals['right']}, wrong {totals['wrong']}, "
          f"left blank {totals['blank']}, invented {totals['invented']}")
    print(f"README key figures: right {totals['key_right']}, wrong {totals['key_wrong']}")
    return 0 if totals["wrong"] == 0 and totals["invented"] == 0 and totals["key_wrong"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
