"""A 表三 row whose line adds up while digit strings stand alone on the line under it (issue #11).

pdfplumber's extract_text of a clerk's PDF prints a narrow cell's wrapped number as two pieces, the
second on the next line: "8.属于行政查询事项 ８１ ０ ０ ０ ０ ０ ８１" over "３ ３" is 813 … 813. Read as the line
alone the row adds up too (81 … 81), and it was stored with a note that "3 3" were left over —
two wrong numbers. When appending the pieces also satisfies the row, the row stays blank."""

from __future__ import annotations

from gkdesk.importers.rows import read_fields, read_row
from gkdesk.importers.tables import _row_sum


def _read(text: str):
    return read_row(read_fields(text), 7, check=_row_sum)


def test_pieces_under_a_row_that_also_add_up_leave_it_blank():
    r = _read("８１ ０ ０ ０ ０ ０ ８１\n３ ３\n")
    assert r.values is None and r.status == "ambiguous"
    assert "３ ３" in r.message or "3 3" in r.message


def test_pieces_that_do_not_fit_leave_the_line_read_with_a_note():
    # 5 … 5 with "3 4" under it: 53 … 54 breaks the sum, so the line's reading is the only one
    r = _read("５ ０ ０ ０ ０ ０ ５\n３ ４\n")
    assert [v.text for v in r.values] == ["5", "0", "0", "0", "0", "0", "5"]
    assert "未使用" in r.message


def test_a_row_on_its_own_line_is_read():
    r = _read("８１３ ０ ０ ０ ０ ０ ８１３\n")
    assert r.status == "ok" and [v.text for v in r.values][0] == "813"
