"""A number in pieces: wrapped in its ruled cell with its thousands separator, its sign drawn in a
font of its own, or a row of a Word 97 table without cell widths whose merged label is one cell.

Fixtures are held-out generator output kept as generated, each beside the truth the generator
printed (tools/import_holdout.py --seed 345 --gen 72820-72835 --hand; tests/data/pdf/README.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gkdesk.importers import import_bytes
from gkdesk.importers.pdf_reader import _cell_text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402


def _case(path: Path):
    truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
    res = import_bytes(path.read_bytes(), path.name)
    counts, issues = ho.compare_case(res.doc, truth, path.stem)
    return res, counts, issues


def test_a_number_with_thousands_separator_wrapped_in_its_cell_is_one_number():
    """"3，11" over "3" in a narrow ruled cell is 3,113: the cell's borders hold every digit. The
    old reader joined the lines with a space ("3，11 3"), which is text, not a number — the cell
    was stored as text and checked as an error of the report."""
    assert _cell_text("3，11\n3") == "3，113" and _cell_text("2,5\n22") == "2,522"
    assert _cell_text("31\n13") == "3113" and _cell_text("规范性\n文件") == "规范性文件"
    res, counts, issues = _case(ROOT / "tests" / "data" / "pdf" / "plain_thousands_wrapped_in_cell.pdf")
    assert issues == [] and counts["right"] == 198
    assert res.doc.value("t3.new.business").text == "3113"
    assert res.doc.value("t3.unable_unclear.total").text == "2522"


def test_a_sign_drawn_in_a_font_of_its_own_stays_with_its_number():
    """Word draws the "-" of 表二's 本年增/减 "-１６" in another font than the digits: the word
    finder splits the word there, and the old reader printed "- １６" — read as a mark "-" under
    本年增/减 and 16 under 处理决定数量, a number the source prints in another column. Touching
    pieces of a number are one word; the row (two numbers for three columns, the empty one not
    shown by position) stays blank rather than guessed."""
    res, _counts, issues = _case(ROOT / "tests" / "data" / "pdf" / "word_sign_in_own_font.pdf")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert res.doc.value("t2.license.decisions").is_blank


def test_a_row_of_a_table_without_widths_is_not_placed_by_its_count_of_cells():
    """A .doc saved without cell widths: a row is its cells in order, its merged label one cell
    where the official 表三 has three label columns. "上年结转… | | | 0 | | | 2 | 2" read by position
    put 0 under 自然人 and 2 under 社会公益组织 and 法律服务机构 (printed empty there). Rows the
    reader padded go to the label reader, which places them by the header or leaves them blank."""
    res, counts, issues = _case(ROOT / "tests" / "data" / "doc" / "unsized_rows_short_labels.doc")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert counts["right"] == 200
    assert res.doc.value("t3.carried.natural").is_blank and res.doc.value("t3.carried.other").text == "2"


def test_a_shaded_header_and_first_row_do_not_cut_the_table_off_its_body():
    """A three-line 表三 (rules only above and below) whose header and 一、本年新收 row are shaded:
    the shading's rectangles make a "table" of header + first row, and the old reader took it for
    表三 — the unshaded rows under it were never read (154 cells blank). Numbers going on right
    under the shading, outside any table, are the same table's body: the shading is no table."""
    res, counts, issues = _case(ROOT / "tests" / "data" / "pdf" / "plain_shaded_header_and_first_row.pdf")
    assert issues == [] and counts["right"] == 198
    assert res.doc.value("t3.unable_unclear.research").text == "12"


def test_the_first_row_without_its_label_may_print_a_mark():
    """A .doc whose 表三 header corner cell swallowed the label 一、本年新收… (held-out --hand seed 347,
    gen 72872 word97_doc): the row "101 4 / 8 1 0 114" has no label. It is the table's first row
    when the position and every identity through its numbers say so; its "/" (and other rows'
    marks in those identities) count as none. The old rule wanted a number in every cell and
    left the row unread."""
    res, counts, issues = _case(ROOT / "tests" / "data" / "doc" / "first_row_label_merged_with_mark.doc")
    assert issues == [] and counts["right"] == 198
    assert res.doc.value("t3.new.total").text == "114" and res.doc.value("t3.new.research").text == "/"


def test_a_number_with_thousands_separator_wrapped_in_an_unruled_cell_is_joined():
    """Microsoft Print to PDF style, no rules: 表三's 总计 2,036 printed "2，03" over "6", centred on
    its row. The old reader did not take "2，03" for a piece of a number: it stored 6 and reported
    the row as the source's own error ([原文如此] 各项之和 2036，原文总计 6)."""
    res, counts, issues = _case(ROOT / "tests" / "data" / "pdf" / "print_thousands_wrapped_unruled.pdf")
    assert issues == [] and counts["right"] == 200
    assert res.doc.value("t3.new.total").text == "2036"
