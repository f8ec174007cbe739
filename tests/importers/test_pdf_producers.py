"""PDFs drawn the way Word, WPS and Microsoft Print to PDF draw them (tests/data/pdf/make_producer_pdfs.py,
tools/producer_pdf.py): every printed cell read, never a number the page does not show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _pdf_fixtures import check_printed
from gkdesk.core.errors import ImportError_
from gkdesk.importers import import_bytes

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdf"


def _case(stem: str) -> tuple[bytes, dict[str, str]]:
    printed = json.loads((PDFS / f"{stem}.printed.json").read_text(encoding="utf-8"))["printed"]
    return (PDFS / f"{stem}.pdf").read_bytes(), printed


def test_pseudo_bold_rows_are_read_once():
    # WPS draws the header and total rows twice, 0.3 pt apart: "0" read twice was "00", and the
    # total rows and 表四's value row were lost
    res, wrong, missed = check_printed(*_case("wps_pseudo_bold"))
    assert not wrong, wrong
    assert not missed, sorted(missed)


def test_a_number_half_a_line_off_its_row_stays_in_its_column():
    # a value cell with an empty paragraph after its number: the centred cell draws it half a line
    # above the row; read as a line of its own it became 表四's first number and every number moved
    res, wrong, missed = check_printed(*_case("print_offset_number"))
    assert not wrong, wrong
    assert not missed, sorted(missed)


def test_digits_in_a_type3_font_without_tounicode_are_never_read():
    # the digits' glyphs are named "zero", "one" … in order of first use: "2" read as "0"
    res, wrong, _missed = check_printed(*_case("word_type3_digits"))
    assert not wrong, wrong
    assert any("没有文字编码信息" in n.message for n in res.notes), [n.message for n in res.notes]


def test_a_pdf_in_type3_fonts_without_tounicode_is_refused():
    data, _printed = _case("print_type3")
    with pytest.raises(ImportError_, match="Type3"):
        import_bytes(data, "report.pdf")


def test_a_mark_half_a_line_off_its_row_joins_that_row_only():
    from gkdesk.importers.pdf_reader import _join_offset_numbers, _lines

    def word(text, x0, top, size=8.0):
        return {"text": text, "x0": x0, "x1": x0 + size * len(text), "top": top, "bottom": top + size, "size": size}

    row = [word("3.其他", 50, 100)] + [word("—", 200 + 40 * k, 100) for k in range(6)]
    off = word("—", 200 + 40 * 6, 94.5)  # its cell holds an empty paragraph: drawn half a line up
    below = [word("（七）总计", 50, 111)] + [word("—", 200 + 40 * k, 111) for k in range(7)]
    lines = _join_offset_numbers(_lines(row + [off] + below))
    assert [ln.text.split("\t") for ln in lines] == [["3.其他"] + ["—"] * 7, ["（七）总计"] + ["—"] * 7]
    # a mark standing where the row already has a value stays a line of its own
    assert len(_lines(row + [off])) == 2
    lines = _join_offset_numbers(_lines(row + [word("—", 200 + 40 * 5, 94.5)]))
    assert len(lines) == 2


def _word(text, x0, top, size=8.0):
    return {"text": text, "x0": x0, "x1": x0 + size * len(text), "top": top, "bottom": top + size, "size": size}


def test_values_split_between_a_wrapped_labels_lines_read_in_print_order():
    from gkdesk.importers.pdf_reader import _join_offset_numbers, _lines

    # "4.保护第三方合法权" / "益", the row's numbers between the two lines; two of its cells hold an
    # empty paragraph and draw their number half a line up, onto the label's first line
    values = ["1", "0", "0", "0", "0", "0", "1"]
    words = [_word("4.保护第三方合法权", 50, 100), _word("益", 50, 112)]
    for k, v in enumerate(values):
        words.append(_word(v, 200 + 30 * k, 104 if k in (3, 4) else 109.5))
    assert len(_lines(words)) == 2 and _lines(words)[0].text.endswith("0\t0")
    lines = _join_offset_numbers(_lines(words))
    assert [ln.text.split("\t") for ln in lines] == [["4.保护第三方合法权"], ["益"] + values]


def test_a_number_wrapped_without_proof_of_its_pieces_is_unreadable():
    from gkdesk.importers.pdf_reader import _join_offset_numbers, _lines
    from gkdesk.importers.rows import UNREADABLE

    # a top-aligned narrow cell: "69" on the row's line, "8" one line under it; 69 is no value
    words = [_word("行政规范性文件", 50, 100), _word("88", 200, 100), _word("55", 240, 100), _word("69", 280, 100),
             _word("8", 280, 110)]
    lines = _join_offset_numbers(_lines(words))
    assert [ln.text.split("\t") for ln in lines] == [["行政规范性文件", "88", "55", UNREADABLE]]
    # a full row of numbers under another stays a row
    words = words[:4] + [_word("7", 200, 110), _word("1", 240, 110), _word("3", 280, 110)]
    assert len(_join_offset_numbers(_lines(words))) == 2
