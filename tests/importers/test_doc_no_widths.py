"""A .doc table LibreOffice saved without its cell widths, 表三's rows of 9 to 11 cells (issue #11).

no_widths.doc is generator output as generated (lane doc10's set, gen 84013 word97_doc: a clerk's
2019 report saved as .doc by LibreOffice), with what the generator printed in no_widths.truth.json.
Every cell of every row is 179 twips wide and each row's last cell the rest of the table's width —
also in 表四's 16-cell rows, where the rest is 179 twips as well (the table's width is 16 × 179):
the cell boundaries say nothing about which column a cell stands in, so the cells are read in order
(doc_reader._unsized). 表三's rows then have 2 to 4 label and spacer cells before their 7 values,
and a sparse row ("予以公开" | "" | 0 0 0 0 "" "" "") has one cell too many to tell which seven
are the values: 30 cells were blank. Every row still ends at the table's right edge, so its last
seven cells are the seven value columns, as the header printed there confirms (商业企业 … 其他 at
their places counted from the right): structured._right_aligned."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gkdesk.importers import import_file
from gkdesk.importers.structured import Grid, _right_aligned

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "doc"
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402


def test_rows_of_a_table_without_widths_end_under_the_last_columns():
    truth = json.loads((DATA / "no_widths.truth.json").read_text(encoding="utf-8"))
    doc = import_file(DATA / "no_widths.doc").doc
    counts, issues = ho.compare_case(doc, truth, "no_widths.doc")
    assert counts["wrong"] == 0 and counts["invented"] == 0, issues
    assert not [i for i in issues if i[1].startswith("t3.")]
    assert [doc.value(f"t3.granted.{c}").text for c in
            ("natural", "business", "research", "nonprofit", "legal", "other", "total")] == \
        ["0", "0", "0", "0", "", "", ""]


HEAD = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "申请人情况"],
        ["", "", "自然人", "法人或其他组织", "总计"],
        ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
BODY = [["三、本年度办理结果", "（一）予以公开", "", "0", "0", "0", "0", "", "", ""],
        ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", "", "", "0", "", "0", "0", "0"]]


def _grid(rows):
    width = max(len(r) for r in rows)
    return Grid([r + [""] * (width - len(r)) for r in rows], right_edge={i: len(r) for i, r in enumerate(rows)})


def test_right_alignment_needs_the_header_at_its_places():
    got = _right_aligned(_grid(HEAD + BODY), ["t3"] * 5)
    assert got[3] == ["", "三、本年度办理结果", "（一）予以公开", "0", "0", "0", "0", "", "", ""]
    assert got[4][3:] == ["", "", "0", "", "0", "0", "0"]
    # the sub-header one cell further left (a trailing cell after 总计's column): not confirmed
    shifted = HEAD[:2] + [HEAD[2][1:] + [""]]
    assert _right_aligned(_grid(shifted + BODY), ["t3"] * 5) == {}
    # a row with a number before its last seven cells is not placed by them
    odd = [["", "1.属于国家秘密", "5", "", "", "0", "", "5", "0", "5"]]
    assert 3 not in _right_aligned(_grid(HEAD + odd), ["t3"] * 4)


def test_widths_rounded_to_the_twip_are_one_width():
    from gkdesk.importers.doc_reader import _RowDef, _unsized

    def row(edges):
        return _RowDef(edges, [0] * (len(edges) - 1), [0] * (len(edges) - 1))

    # LibreOffice's no-width cells of a 9068-twip table (g631 gen 89614 word97_doc): 906 or 907 twips
    # each, the last cell the rest; 表三's 四、结转下年度继续办理 has one label cell, the rest 2 or 3
    cut = [5, 911, 1818, 2725, 3632, 4539, 5445, 6352, 7259, 9073]
    rows = [row(cut), row(cut[:8] + [9073]), row(cut[:3] + [9073])]
    assert _unsized(rows)
    # a row ending elsewhere: the boundaries are drawn, not "each cell one width, the last the rest"
    assert not _unsized(rows + [row(cut[:6] + [7000])])
    # really one width everywhere (a table of equal columns): a drawn layout
    assert not _unsized([row(cut[:-1] + [8166])])


def test_a_table_where_only_some_rows_lost_their_widths_is_read_in_order():
    """partly_sized.doc is generator output as generated (lane docpdf's working set, gen 71135
    word97_doc: a clerk's 2021 report whose three tables were joined into one, saved as .doc by
    LibreOffice), with what the generator printed in partly_sized.truth.json. LibreOffice kept the
    drawn widths of the rows it could place on the table's grid (表二's, of 3 to 5 cells) and gave
    表三's and 表四's rows, which have more cells than that grid, "each cell one width, the last the
    rest". The table was read by those boundaries (表二's rows were not of one width), and 表三's
    sparse rows had too few numbers to be placed: 23 cells were blank."""
    truth = json.loads((DATA / "partly_sized.truth.json").read_text(encoding="utf-8"))
    doc = import_file(DATA / "partly_sized.doc").doc
    counts, issues = ho.compare_case(doc, truth, "partly_sized.doc")
    assert counts["wrong"] == 0 and counts["invented"] == 0, issues
    assert issues == []
    assert [doc.value(f"t3.carried.{c}").text for c in
            ("natural", "business", "research", "nonprofit", "legal", "other", "total")] == \
        ["", "", "0", "0", "", "1", "1"]


def test_rows_that_kept_their_widths_beside_rows_of_one_width():
    from gkdesk.importers.doc_reader import _RowDef, _unsized

    def row(edges):
        return _RowDef(edges, [0] * (len(edges) - 1), [0] * (len(edges) - 1))

    # LibreOffice's .doc of one table holding 表二's rows (their drawn widths: label, spacer, values)
    # and 表三's and 表四's (483 or 484 twips a cell, the last the rest of 7742 twips), gen 71118
    t2 = [row([5, 2390, 2730, 4402, 6073, 7742])] * 6 + [row([5, 2390, 2730, 4402, 7742])] * 4
    t3 = [row([5, 488, 972, 1455, 1939, 2422, 2906, 3390, 3873, 4357, 4840, 7742])] * 10 + \
        [row([5, 488, 972, 1455, 1939, 2422, 2906, 3390, 3873, 7742])] * 3
    assert _unsized(t2 + t3)
    # fewer than half the rows of one width: the drawn widths are the table's
    assert not _unsized(t2 * 2 + t3[:8])
    # one width, but a row ending elsewhere: a drawn layout
    assert not _unsized(t2 + t3 + [row([5, 488, 972, 1455, 7000])])
