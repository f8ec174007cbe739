"""Lines of an unruled table cut in two by the word that opens them, and a row's label wrapped
around the line of its group's label (tests/data/pdf/wps_offset_total_and_group_label_line.pdf:
tools/import_holdout.py --seed 540, real-002 wps_pdf as generated, beside the truth the generator
printed; every glyph placed on its own, as WPS "输出为PDF" writes it).

- ``pdf_reader._lines`` groups words by the band of a line's first word (pdf10: a growing band chained
  labels wrapped at half-line offsets). Here 表三's 总计 of 1.属于国家秘密 is drawn 6.6 pt above the rest of
  its row (a cell centred otherwise), so it is the first word; the label text joins its band, but
  "1." (drawn 0.8 pt lower, as WPS draws it) and the six other numbers start a line of their own.
  The row read "属于国家秘密 1" and "1. 1 0 0 0 0 0": 7 rows of 表三 blank (49 cells). Two groups whose
  characters mostly stand within a quarter of the font size of each other, and whose words do not
  overlap horizontally, are now one line.
- ``pdf_reader._stitch_labels`` joins the lines of a wrapped row label to the row's number line
  unless the row has its label; "（六）其他处理" — the 2021 group's label, merged over its three rows —
  stood on the number line of 2.申请人逾期未按收费通知要求缴纳费用… ("…其" above, "政府信息公开申请"
  below), and counted as the row's label: the row's marks were read as no row's. A group's label no
  longer counts as the row's own.
"""

from __future__ import annotations

import json
from pathlib import Path

from _layout_cases import import_layout_case as _unused  # noqa: F401 - puts tools/ on the path

import import_holdout as ho  # noqa: E402,I001 - tools/, put on the path by _layout_cases

from gkdesk.importers import import_file
from gkdesk.importers.pdf_reader import _lines

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "wps_offset_total_and_group_label_line.pdf"
COLS = ("natural", "business", "research", "nonprofit", "legal", "other", "total")


def _word(text: str, x0: float, x1: float, top: float, size: float = 10.5) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size}


def test_the_generated_wps_pdf_reads_every_cell():
    res = import_file(PDF)
    truth = json.loads(PDF.with_suffix(".truth.json").read_text(encoding="utf-8"))
    _counts, issues = ho.compare_case(res.doc, truth, "real-002__wps_pdf")
    assert issues == []
    assert [res.doc.value(f"t3.deny_secret.{c}").text for c in COLS] == ["1", "0", "0", "0", "0", "0", "1"]
    assert [res.doc.value(f"t3.other_unpaid.{c}").text for c in COLS] == ["/"] * 7


def test_a_line_cut_by_its_offset_first_word_is_one_line():
    # as WPS drew the row (pt): the total 6.6 pt above the row, "1." 0.8 pt below the label text
    words = [_word("1", 774.6, 779.4, 321.0), _word("属于国家秘密", 293.4, 356.4, 326.8), _word("1.", 286.1, 293.4, 327.6)] + \
        [_word(n, x, x + 4.8, 327.6) for n, x in zip("100000", (593.5, 622.4, 653.5, 684.6, 714.6, 744.6))]
    lines = _lines(words)
    assert len(lines) == 1
    assert [w["text"] for w in lines[0].words] == ["1.", "属于国家秘密", "1", "0", "0", "0", "0", "0", "1"]


def test_two_rows_a_line_pitch_apart_stay_two_lines():
    # the same row and the next one, 8.8 pt (less than a line's height) below it
    words = [_word("1.属于国家秘密", 286.1, 356.4, 327.6), _word("1", 593.5, 598.3, 327.6),
             _word("2.其他法律行政法规禁止公开", 286.1, 420.0, 336.4), _word("0", 593.5, 598.3, 336.4)]
    assert [[w["text"] for w in ln.words] for ln in _lines(words)] == [["1.属于国家秘密", "1"],
                                                                     ["2.其他法律行政法规禁止公开", "0"]]
