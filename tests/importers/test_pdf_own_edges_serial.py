"""A ruled 表三 with a 序号 column whose body is drawn on column lines of its own: from the second page
of the table on, the value cells start about a column left of the header cells above them
(tests/data/pdf/t3_own_edges_serial_wide.pdf, held-out gen 70006 wide_pdf as generated, with the
truth the generator printed). The row's first cell holds its 序号 ("2"), so the cell-by-cell reading
was refused ("a number among the labels"); placed by overlap instead, the number in the first value
cell (ending left of 自然人's header) was dropped as if it were a 序号 and every other number went one
column left (385 / 940 / … / 1325 stored as 940 / 0 / … under 其他: 14 wrong cells).

Now a number in the row's first cell, before its label texts, is its 序号 and does not stop the
cell-by-cell reading; and a number standing left of the value columns but right of the row's label is
never taken for a 序号: its column is not known, and the row is left blank with a note."""

from __future__ import annotations

import json
from pathlib import Path

from _layout_cases import import_layout_case as _unused  # noqa: F401 - puts tools/ on the path

import import_holdout as ho  # noqa: E402,I001 - tools/, put on the path by _layout_cases

from gkdesk.importers import import_file
from gkdesk.importers.grid import _overlap_row
from gkdesk.importers.structured import _Row
from gkdesk.core.document import Document

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "t3_own_edges_serial_wide.pdf"


def test_rows_with_a_serial_number_drawn_a_column_off_their_header_get_no_wrong_number():
    res = import_file(PDF)
    truth = json.loads(PDF.with_name(PDF.stem + ".truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, "gen70006__wide_pdf")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    # read cell by cell, in order under the header cells
    assert [res.doc.value(f"t3.unable_none.{c}").text for c in ("natural", "business", "total")] == \
        ["385", "940", "1325"]
    assert res.doc.value("t3.reject_confirm.natural").text == "234"
    assert res.doc.value("t3.unable_unclear.legal").text == "2"


def test_a_number_right_of_the_label_and_left_of_the_value_columns_is_no_serial_number():
    # the row placed by overlap alone (no header row to read it cell by cell): its first number ends
    # left of 自然人's header cell; it is no 序号 (that stands before the label), so the row is not read
    t = Document("2019").spec.table("t3")
    heads = [(332.0 + 26 * k, 358.0 + 26 * k) for k in range(7)]
    edges = (85.0, 124.0, 268.0, 298.0, 328.0, 358.0, 388.0, 418.0, 448.0, 478.0, 508.0, 538.0)
    r = _Row(["2", "(四)无法提供", "1.本机关不掌握相关政府信息", "385", "940", "0", "0", "0", "0", "1325", ""],
             edges=edges)

    def extent(row, p):
        return edges[p], edges[p + 1]

    notes: list = []
    new = _overlap_row(r, t, 3, heads, extent, notes)
    assert [c for c in new[3:] if c] == []
    assert any("对不上" in n.message for n in notes)


PLAIN = PDF.with_name("plain_piece_beside_group_label.pdf")


def test_a_wrapped_piece_on_a_line_with_a_group_label_further_left_is_no_whole_number():
    # unruled 表三 (tests/data/pdf/plain_piece_beside_group_label.pdf, gen 70006 plain_pdf as generated):
    # the total 1325 wraps "１３" / "２５" in its narrow cell, "１３" on one line with "结果" of the group
    # label 三、本年度办理结果 wrapped in the far-left column. That line was not a line of pieces (it has
    # a text), so 25 was stored for 1325. Text left of the rows' labels does not stop a line from being
    # one of pieces; the row's arithmetic then proves the one join
    res = import_file(PLAIN)
    truth = json.loads(PLAIN.with_name(PLAIN.stem + ".truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, "gen70006__plain_pdf")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert res.doc.value("t3.unable_none.total").text in ("1325", "")
