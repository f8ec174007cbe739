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
