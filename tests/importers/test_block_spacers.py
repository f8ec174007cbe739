"""表二 blocks of a Word table whose grid is the union of every block's column lines (issue #11).

A clerk's .doc (LibreOffice writes it so) stores each 第二十条 block title, merged over the whole
row, as cells that each repeat the title, one of them over the empty spacer column the block has
after its labels. The spacer was then taken for a column (it is not empty in every row), the block
was read by the text engine, and a row printing its first value cell empty ("行政规范性文件 | (empty)
| 73 | 9") came in with 73 as 本年制发件数 — a number where the source prints an empty cell."""

from __future__ import annotations

from gkdesk.importers.structured import Grid, Layout, build

TITLE = "第二十条第（一）项"


def _layout(spacer_title: bool) -> Layout:
    t = TITLE if spacer_title else ""
    # grid columns: 0 label, 1-4 a spacer and pieces of other blocks' cells, 5 spacer of this block,
    # 6 本年制发 (6-8), 9 本年废止 (9-10), 11 现行有效
    rows = [
        [TITLE, "", "", "", "", t, TITLE, "", "", TITLE, "", TITLE],
        ["信息内容", "", "", "", "", "", "本年制发件数", "", "", "本年废止件数", "", "现行有效件数"],
        ["规章", "", "", "", "", "", "0", "", "", "0", "", "0"],
        ["行政规范性文件", "", "", "", "", "", "", "", "", "73", "", "9"],
    ]
    spans = {i: frozenset({1, 2, 3, 4, 7, 8, 10}) for i in range(4)}
    g = Grid(rows, spans=spans)
    return Layout(blocks=["某某局2024年政府信息公开工作年度报告", "二、主动公开政府信息情况", g,
                          "三、收到和处理政府信息公开申请情况"])


def test_title_repeated_over_the_spacer_does_not_make_it_a_column():
    doc = build(_layout(spacer_title=True), "年报.doc", "doc").doc
    assert [doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["", "73", "9"]
    assert [doc.value(f"t2.rules.{c}").text for c in ("issued", "repealed", "in_force")] == ["0", "0", "0"]


def test_block_with_an_empty_spacer_reads_the_same():
    doc = build(_layout(spacer_title=False), "年报.doc", "doc").doc
    assert [doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["", "73", "9"]


def test_empty_spacer_columns_between_value_columns_are_no_cells():
    """A table read by the text engine (its rows are off the official grid) with an empty column
    between each two value columns: the row printing its first value cell empty is read under its
    headers, never with 73 moved left into 本年制发件数."""
    from gkdesk.core.document import Document
    from gkdesk.importers.grid import fill_from_rows

    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"],
            ["行政规范性文件", "", "73", "9"]]
    doc = Document("2021")
    fill_from_rows(doc, [[r[0], "", r[1], "", r[2], "", r[3]] for r in rows], "t2")
    assert [doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["", "73", "9"]
