"""Numbers wrapped in narrow cells of unruled PDF tables (tests/data/pdf/make_wrap_pdfs.py, layouts
the held-out generator drew with narrow number columns): a number is stored only when every piece
of its cell is accounted for — joined where the page proves how (a number of another column at
the pieces' middle) or where the row's arithmetic takes every piece in exactly one way; otherwise
the cell is blank with a note, never a number cut short."""

from __future__ import annotations

import json
from pathlib import Path

from _pdf_fixtures import check_printed

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdf"
WRAP_NOTE = "有数字在窄列中折行"


def _read(stem: str):
    printed = json.loads((PDFS / f"{stem}.printed.json").read_text(encoding="utf-8"))["printed"]
    return check_printed((PDFS / f"{stem}.pdf").read_bytes(), printed)


def test_a_signed_number_proves_the_wrap_of_the_cells_beside_it():
    # "７１" over "６" and "２９" over "８", "-417" between them at their middle: 6 and 8 were stored
    res, wrong, missed = _read("wps_wrap_beside_signed")
    assert not wrong, wrong
    assert not missed, sorted(missed)
    assert [res.doc.value(f"t2.license.{c}").text for c in ("prev_items", "change", "decisions")] == \
        ["716", "-417", "298"]


def test_a_signed_numbers_first_piece_is_never_the_number():
    # top-aligned: "-４" on the row's line, "６" under it (-46); -4 was stored
    res, wrong, missed = _read("print_signed_wrap_top")
    assert not wrong, wrong
    assert res.doc.value("t2.license.prev_items").text == "113"
    # the label's last characters wrap ("…不计其他情" / "形)") and the numbers stand closer than a tab
    # to it: the row still gets its label (the old reader left （二）部分公开 blank)
    assert not missed, sorted(missed)


def test_one_digit_a_line_joined_by_proof_or_by_the_row_sum_else_left_blank():
    res, wrong, missed = _read("plain_one_digit_columns")
    assert not wrong, wrong  # the old reader stored 8 for 3985758, 6 for 96171.6, 1 and 1 for 11 and 11
    # four pieces centred on the row: "３" / "０" / "０" / "１"
    assert res.doc.value("t3.new.natural").text == "3001" and res.doc.value("t3.granted.natural").text == "1288"
    # four pieces half a line off the row's middle: only 2932 makes （七）总计 add up, and takes every piece
    assert res.doc.value("t3.results_total.natural").text == "2932"
    # nothing proves "３９８５７５" + "８" (only the label stands between them), nor 11 against 1 when both
    # 自然人 and 总计 wrap alike: blank, with the note
    for cid in ("t2.penalty.decisions", "t2.fees.amount", "t3.unable_make.natural", "t3.unable_make.total"):
        assert res.doc.value(cid).is_blank, cid
    notes = [n.message for n in res.notes if WRAP_NOTE in n.message]
    assert any("行政处罚" in n for n in notes) and any("没有现成信息" in n for n in notes), notes
    assert res.doc.value("t3.other_overdue.total").text == "71"  # "…政府信息公 ６７ … ７１" / "开申请"
    assert len(missed) <= 23, sorted(missed)
