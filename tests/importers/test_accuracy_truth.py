"""The hand-made truth of the real reports (tests/data/truth) is valid, and the importer matches it.

Validation: every cell id exists in the truth's format, no cell is in two states, the JSON files are
generated from typed.py, every identity holds except those the truth declares as real errors of the
source (and each declared error really is broken), and the headings, agency, year and numbers the
truth records are in the source text.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tools"))

import truth as truthmod  # noqa: E402

from gkdesk.core.spec import get_format  # noqa: E402
from gkdesk.core.values import parse_value  # noqa: E402

STEMS = truthmod.stems()
needs_shared = pytest.mark.skipif(not (SHARED / "reports").is_dir(), reason="../shared is not present")


def _flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_truth_files_exist_for_every_shared_source():
    assert len(STEMS) >= 18
    if (SHARED / "reports").is_dir():
        sources = {p.stem for d in ("seeds", "reports") for p in (SHARED / d).glob("*.txt")}
        assert sources == set(STEMS)


def test_json_is_generated_from_the_transcription():
    r = subprocess.run([sys.executable, str(ROOT / "tests" / "data" / "truth" / "make_truth.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("stem", STEMS)
def test_cell_ids_and_states(stem):
    t = truthmod.load_truth(stem)
    spec = get_format(t.format)
    other = get_format("2019" if t.format == "2021" else "2021")
    groups = [set(t.cells), set(t.blank), set(t.ambiguous), set(t.implied)]
    for g in groups:
        assert g <= set(spec.cells), g - set(spec.cells)
    for i, a in enumerate(groups):
        for b in groups[i + 1:]:
            assert not a & b
    assert len(t.blank) == len(set(t.blank))
    assert set(t.printed) <= set(t.cells)
    for cid in t.foreign:
        assert cid in other.cells and cid not in spec.cells
    for cid, v in list(t.cells.items()) + list(t.implied.items()) + list(t.foreign.items()):
        pv = parse_value(v)
        assert pv.is_number and pv.text == v, (cid, v)
        kind = spec.cells[cid].kind if cid in spec.cells else other.cells[cid].kind
        if kind == "count":
            assert pv.number >= 0 and pv.number == int(pv.number), (cid, v)
    assert set(t.sections) <= {s.key for s in spec.sections}
    if t.complete:
        assert not t.cut_in and set(t.cells) | set(t.blank) | set(t.ambiguous) | set(t.implied) == set(spec.cells)
    else:
        assert t.cut_in in t.sections


@pytest.mark.parametrize("stem", STEMS)
def test_identities_hold_except_declared_source_errors(stem):
    t = truthmod.load_truth(stem)
    broken = {r["id"]: r for r in t.broken_identities()}
    assert set(broken) == set(t.source_errors), {k: (v["lhs"], v["rhs"]) for k, v in broken.items()}


def test_identities_catch_a_typing_error():
    """Break one truth cell on purpose: the identity check must notice."""
    t = truthmod.load_truth("real-012")
    import dataclasses

    bad = dataclasses.replace(t, cells={**t.cells, "t3.granted.natural": "1289"})
    ids = {r["id"] for r in bad.broken_identities()}
    assert {"sum:t3.granted.total:row", "sum:t3.results_total.natural:col"} <= ids


@needs_shared
@pytest.mark.parametrize("stem", STEMS)
def test_truth_is_in_the_source_text(stem):
    t = truthmod.load_truth(stem)
    text = t.source_path(SHARED).read_text(encoding="utf-8")
    flat = _flat(text)
    for key, heading in t.sections.items():
        assert _flat(heading) in flat, (key, heading)
    if t.agency:
        assert _flat(t.agency) in flat
    assert str(t.year) in flat
    for cid, v in t.cells.items():
        shown = t.printed.get(cid, v)
        assert _flat(shown) in flat, (cid, shown)


@needs_shared
def test_truth_document_has_truth_tables_and_imported_prose():
    doc = truthmod.truth_document("real-002", shared=SHARED)
    assert doc.format_id == "2021" and doc.meta.year == 2023
    assert doc.value("t4.review.upheld").text == "10" and doc.value("t4.review.total").text == "0"
    assert not doc.is_auto("t4.review.total")  # the printed (wrong) total is kept, not recomputed
    assert doc.value("t3.other_misc.natural").is_blank  # not printed (2019 row in a 2021 table)
    assert doc.extra["truth_foreign"]["t3.other_handling.total"] == "0"
    assert "洪泽" in doc.sections["s1"] or "洪泽" in doc.sections["s5"]
    doc2 = truthmod.truth_document("real-002", shared=SHARED, implied=True)
    assert doc2.value("t3.other_misc.natural").text == "0"
    p09 = truthmod.truth_document("P09", shared=SHARED)
    assert p09.value("t2.rules.in_force").is_blank and p09.value("t2.normative.repealed").text == "12"


# ------------------------------------------------------------------------------ the accuracy tool
import import_accuracy  # noqa: E402

from gkdesk.core.document import Document  # noqa: E402


def test_compare_counts_each_kind_of_mistake():
    """Break a perfect "import" (the truth itself) on purpose, one cell per kind of mistake."""
    t = truthmod.load_truth("real-009")
    doc = truthmod.apply_truth(None, t)
    counts, issues = import_accuracy.compare(doc, t)
    assert counts["wrong"] == counts["invented"] == counts["missed"] == 0
    assert counts["right"] == len(get_format("2019").cells)  # printed values and printed-empty cells
    doc._put("t3.new.natural", parse_value("822"))  # wrong
    doc._put("t3.new.research", parse_value("0"))  # printed empty -> invented
    doc._put("t3.carry_next.natural", parse_value(None))  # missed
    doc._put("t2.procurement.amount", parse_value("251000元"))  # the printed text is right
    counts, issues = import_accuracy.compare(doc, t)
    assert (counts["wrong"], counts["invented"], counts["missed"]) == (1, 1, 1)
    assert {(k, c) for k, c, _, _ in issues} == {("wrong", "t3.new.natural"), ("invented", "t3.new.research"),
                                                 ("missed", "t3.carry_next.natural")}


def test_compare_absent_implied_and_wrong_format():
    p01 = truthmod.load_truth("P01")
    doc = truthmod.apply_truth(None, p01)
    doc._put("t4.review.total", parse_value("0"))  # the excerpt has no 表四
    counts, _ = import_accuracy.compare(doc, p01)
    assert counts["invented"] == 1 and counts["absent_ok"] == len(get_format("2021").cells) - len(p01.cells) - 1
    r2 = truthmod.load_truth("real-002")
    doc = truthmod.apply_truth(None, r2)  # implied sub-rows left blank: fine
    assert import_accuracy.compare(doc, r2)[0]["absent_ok"] == 21
    doc._put("t3.other_misc.natural", parse_value("1"))  # contradicts the printed （六） 0
    assert import_accuracy.compare(doc, r2)[0]["wrong"] == 1
    other = Document("2019")  # imported in the wrong format version
    other._put("t2.rules.made", parse_value("0"))
    other._put("t3.other_handling.total", parse_value("0"))  # the 2019 row real-002 does print
    counts, issues = import_accuracy.compare(other, r2)
    assert counts["invented"] == 1 and issues[-1][1] == "t2.rules.made"


@needs_shared
def test_truth_agrees_with_the_readme_key_figures():
    keys = {"new": "t3.new.total", "carried": "t3.carried.total", "done": "t3.results_total.total",
            "next": "t3.carry_next.total", "review": "t4.review.total"}
    n = 0
    for line in (SHARED / "reports" / "README.md").read_text(encoding="utf-8").splitlines():
        cols = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cols) < 7 or not cols[0].endswith(".txt"):
            continue
        t = truthmod.load_truth(Path(cols[0]).stem)
        for part in cols[-1].split(";"):
            k, _, v = part.partition("=")
            if k.strip() in keys and v.strip().isdigit():  # "done=8(text)" is a prose figure
                want = v.strip()
                got = t.cells.get(keys[k.strip()])
                # real-002's 表四 总计 is printed 0 (a real error): README's review=0 is that printed 0
                assert got == want, (cols[0], k, got, want)
                n += 1
    assert n >= 20


@needs_shared
def test_import_has_no_wrong_or_invented_cell():
    results = import_accuracy.measure(SHARED)
    assert all(r.truth is not None for r in results)
    bad = {r.name: [i for i in r.issues if i[0] in ("wrong", "invented")] for r in results if r.failed}
    assert not bad, bad


@needs_shared
def test_tool_exit_code_fails_on_a_wrong_number(tmp_path, capsys):
    (tmp_path / "reports").mkdir()
    src = (SHARED / "reports" / "real-009.txt").read_text(encoding="utf-8")
    (tmp_path / "reports" / "real-009.txt").write_text(src, encoding="utf-8")
    assert import_accuracy.main(["--shared", str(tmp_path)]) == 0
    broken = src.replace("一、本年新收政府信息公开申请数量\t821\t", "一、本年新收政府信息公开申请数量\t822\t")
    assert broken != src
    (tmp_path / "reports" / "real-009.txt").write_text(broken, encoding="utf-8")
    assert import_accuracy.main(["--shared", str(tmp_path), "-v"]) == 1
    out = capsys.readouterr().out
    assert "t3.new.natural" in out and "822" in out and "821" in out


def test_agency_mark_blank_import_is_not_ok():
    """An import that left the agency blank is “prose” (named only in the prose) or “≠”, never “ok” —
    also when the truth has no full name (agency_full "")."""
    t = truthmod.load_truth("real-002")
    doc = Document(t.format)
    assert import_accuracy.agency_mark(doc, t) == "≠"
    doc.meta.agency = t.agency
    assert import_accuracy.agency_mark(doc, t) == "ok"
    import dataclasses
    bare = dataclasses.replace(t, agency_full="", agency_from="prose")
    assert import_accuracy.agency_mark(Document(t.format), bare) == "prose"
