"""Precision of the checks: real reports with hand-made truth tables, and probe sentences.

    .venv/bin/python tools/check_precision.py [--shared DIR] [-v]

1. Every report in ../shared (reports/ and seeds/): its prose and metadata as imported, its tables
   replaced by the hand-made truth (tools/truth.py, tests/data/truth/). Each finding is printed
   with the classification expected for it in tests/data/precision_expected.toml — "true" (a
   real problem of the published report), "false" (a false alarm) or "unclassified" (nobody has
   judged it yet: counted apart, and a prose rule's unclassified finding fails the test).
2. The probe sentences of tests/data/prose_probes.toml (written like real reports, each with the
   rules that must fire): false alarms (a rule fired that was not expected) and misses.

The summary gives, per rule, true / false / unclassified on the reports and false alarms / misses
on the probes. tests/checks/test_precision.py keeps the false alarms at 0.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "tools"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from gkdesk.checks import run_checks  # noqa: E402
from gkdesk.core import storage  # noqa: E402
from gkdesk.core.commands import EditMeta, EditSection, History  # noqa: E402

SHARED = ROOT.parent / "shared"
PROBES = ROOT / "tests" / "data" / "prose_probes.toml"
EXPECTED = ROOT / "tests" / "data" / "precision_expected.toml"
EXAMPLE = ROOT / "resources" / "example-2021.json"

#: the rules that read prose or the report date (the probe set exercises these)
def is_prose_rule(check_id: str) -> bool:
    return check_id.startswith("GK6") or check_id in ("GK020", "GK021")


#: GK606 (hint: 一 names the five aspects) reads the whole of 一, which a probe replaces: not judged on probes
PROBE_IGNORED = ("GK606",)


# ------------------------------------------------------------------------------ probes

@dataclass
class ProbeResult:
    probe: dict
    fired: list[str]
    false_alarms: list[str]
    misses: list[str]
    messages: list[str]


def load_probes(path: Path = PROBES) -> list[dict]:
    with open(path, "rb") as f:
        return tomllib.load(f)["probe"]


def run_probe(probe: dict) -> ProbeResult:
    doc = storage.load(EXAMPLE)
    h = History(doc)
    for name, value in probe.get("meta", {}).items():
        h.push(EditMeta(name, value))
    h.push(EditSection(probe.get("section", "s1"), probe["text"]))
    findings = [f for f in run_checks(doc) if is_prose_rule(f.check_id) and f.check_id not in PROBE_IGNORED]
    fired = [f.check_id for f in findings]
    expect = list(probe.get("expect", []))
    counts = Counter(fired)
    false_alarms = [cid for cid in counts if cid not in expect] + [cid for cid in expect if counts[cid] > 1]
    misses = [cid for cid in expect if cid not in counts]
    return ProbeResult(probe, fired, false_alarms, misses, [f"{f.check_id} {f.message}" for f in findings])


def run_probes(path: Path = PROBES) -> list[ProbeResult]:
    return [run_probe(p) for p in load_probes(path)]


# ------------------------------------------------------------------------------ real reports

@dataclass
class ReportFinding:
    file: str
    check_id: str
    message: str
    evidence: str
    verdict: str  # "true" | "false" | "unclassified" | "n/a" (about what a truncated source lacks)
    note: str


def load_expected(path: Path = EXPECTED) -> dict[str, list[dict]]:
    if not path.exists():
        return {}
    with open(path, "rb") as f:
        data = tomllib.load(f)
    out: dict[str, list[dict]] = defaultdict(list)
    for item in data.get("finding", []):
        out[item["file"]].append(item)
    return out


def _verdict(expected: list[dict], check_id: str, message: str, evidence: str) -> tuple[str, str]:
    for e in expected:
        if e["rule"] != check_id:
            continue
        if e.get("contains") and e["contains"] not in message + evidence:
            continue
        return e["verdict"], e.get("note", "")  # "true", "false" or "n/a"
    return "unclassified", ""


def report_files(shared: Path = SHARED) -> list[Path]:
    return sorted((shared / "reports").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))


def truth_doc(path: Path):
    """(the report with its tables replaced by the truth, the truth); None when no truth exists."""
    try:
        import truth  # tools/truth.py (hand-made truth, written under the import issue)
    except ImportError:
        return None
    t = truth.truth_for_source(path)
    if t is None:
        return None
    return truth.truth_document(t), t


def truncation(t, f) -> bool:
    """Is the finding only about what a truncated source does not contain (cells or sections after
    the cut)? Such findings are neither true nor false about the published report: "n/a"."""
    if t.complete:
        return False
    if f.cells:
        return all(t.state(c) == "absent" for c in f.cells)
    if f.check_id == "GK010":
        return f.section not in t.sections or f.section == t.cut_in
    return False


def run_reports(shared: Path = SHARED) -> tuple[list[ReportFinding], list[str]]:
    expected = load_expected()
    out: list[ReportFinding] = []
    skipped: list[str] = []
    for path in report_files(shared):
        got = truth_doc(path)
        if got is None:
            skipped.append(path.name)
            continue
        doc, t = got
        for f in run_checks(doc):
            if truncation(t, f):
                verdict, note = "n/a", "source cut off before this part"
            else:
                verdict, note = _verdict(expected.get(path.name, []), f.check_id, f.message, f.evidence)
            out.append(ReportFinding(path.name, f.check_id, f.message, f.evidence, verdict, note))
    return out, skipped


# ------------------------------------------------------------------------------ summary

def _share(c: Counter) -> str:
    """Share of true findings among the judged ones (unclassified count as not true)."""
    judged = c["true"] + c["false"] + c["unclassified"]
    return f"{100 * c['true'] / judged:.1f} %" if judged else "—"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every finding and every probe")
    args = ap.parse_args(argv)

    findings, skipped = run_reports(args.shared)
    print(f"== Real reports ({len(report_files(args.shared)) - len(skipped)} with truth tables"
          + (f"; no truth for {', '.join(skipped)}" if skipped else "") + ")")
    per_rule: dict[str, Counter] = defaultdict(Counter)
    for f in findings:
        per_rule[f.check_id][f.verdict] += 1
        if args.verbose or f.verdict not in ("true", "n/a"):
            ev = f"  «{f.evidence[:60]}»" if f.evidence else ""
            print(f"  [{f.verdict:12}] {f.file}: {f.check_id} {f.message[:110]}{ev}"
                  + (f"  — {f.note}" if f.note else ""))
    print(f"  {'rule':6} {'true':>5} {'false':>6} {'unclassified':>13} {'n/a (cut off)':>14} {'precision':>10}")
    for rule in sorted(per_rule):
        c = per_rule[rule]
        print(f"  {rule:6} {c['true']:5} {c['false']:6} {c['unclassified']:13} {c['n/a']:14} {_share(c):>10}")
    tot = Counter()
    for c in per_rule.values():
        tot.update(c)
    prose_tot = Counter()
    for rule, c in per_rule.items():
        if is_prose_rule(rule):
            prose_tot.update(c)
    print(f"  all rules: {tot['true']} true, {tot['false']} false, {tot['unclassified']} unclassified "
          f"(precision {_share(tot)}); "
          f"prose/date rules: {prose_tot['true']} true, {prose_tot['false']} false, "
          f"{prose_tot['unclassified']} unclassified")

    results = run_probes()
    fa = sum(len(r.false_alarms) for r in results)
    miss = sum(len(r.misses) for r in results)
    firing = sum(1 for r in results if r.probe.get("expect"))
    print(f"\n== Probes ({len(results)} sentences: {firing} with a problem to find, {len(results) - firing} to stay silent)")
    rule_fa: Counter = Counter()
    rule_miss: Counter = Counter()
    rule_hit: Counter = Counter()
    for r in results:
        rule_fa.update(r.false_alarms)
        rule_miss.update(r.misses)
        rule_hit.update(c for c in r.probe.get("expect", []) if c not in r.misses)
        if args.verbose or r.false_alarms or r.misses:
            status = "ok" if not (r.false_alarms or r.misses) else \
                f"FALSE ALARM {r.false_alarms}" * bool(r.false_alarms) + f" MISSED {r.misses}" * bool(r.misses)
            print(f"  [{status}] {r.probe['text'][:70]!r}")
            for m in r.messages:
                print(f"      {m[:120]}")
    print(f"  {'rule':6} {'found':>6} {'missed':>7} {'false alarms':>13} {'precision':>10}")
    for rule in sorted(set(rule_fa) | set(rule_miss) | set(rule_hit)):
        share = Counter(true=rule_hit[rule], false=rule_fa[rule])
        print(f"  {rule:6} {rule_hit[rule]:6} {rule_miss[rule]:7} {rule_fa[rule]:13} {_share(share):>10}")
    print(f"  probes: {fa} false alarms, {miss} misses")
    return 1 if fa or prose_tot["false"] or prose_tot["unclassified"] else 0


if __name__ == "__main__":
    sys.exit(main())
