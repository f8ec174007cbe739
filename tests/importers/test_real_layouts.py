"""Table layouts seen in real published reports (issue #11), each from an input written in the
style of ../shared/reports (never a copy of those files). Expected values are what the input
prints; a cell the input does not give unambiguously must stay blank and be named in a note."""

from __future__ import annotations

from pathlib import Path

from gkdesk.importers.text import import_text

DATA = Path(__file__).resolve().parents[1] / "data" / "layouts"


def rows_of(doc, key: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in doc.spec.table(key).cells:
        out.setdefault(c.row, []).append(doc.value(c.id).text)
    return out


def notes_text(res) -> str:
    return "\n".join(n.message for n in res.notes)


# ------------------------------------------------------------------ labels without their ordinals

T3_NO_ORDINALS = {
    "new": "705 3 0 0 5 0 713", "carried": "12 0 0 0 0 0 12", "granted": "300 1 0 0 2 0 303",
    "partial": "100 0 0 0 1 0 101", "results_total": "691 3 0 0 4 0 698", "carry_next": "26 0 0 0 1 0 27",
}


def test_row_labels_without_ordinals_read_every_row():
    res = import_text((DATA / "labels_without_ordinals.txt").read_text(encoding="utf-8"), "x.txt")
    rows = rows_of(res.doc, "t3")
    for code, want in T3_NO_ORDINALS.items():
        assert " ".join(rows[code]) == want, code
    assert res.cells_found == 200 and res.cells_missing == 0
    # 本年新收 总计 713, never the 7 left when "13" is taken for the next row's "二、"
    assert res.doc.value("t3.new.total").text == "713"
