"""Ruled and unruled PDF tables whose cells the reader lost by looking beyond the table:

- tests/data/pdf/word_double_rules_two_tables.pdf (held-out gen 70320 word_pdf of
  tools/import_holdout.py --seed 309, as generated): Word's double rules, 2.3 pt apart, as filled
  rectangles. 表二 has a double vertical rule at x 180.6–183.4, 表三 one at 186.3–189.1. pdfplumber
  snaps edges page-wide and chains them: both went to x 182.9, where 表三's horizontal rules
  between 1.属于国家秘密 … 4.保护第三方合法权益 (starting at 187.7) no longer met it. Those four
  labels became one cell beside four rows of numbers, and 4.保护第三方合法权益 got the zeros of
  1.属于国家秘密 (62 / 87 / 149 stored as 0: 3 wrong, 21 missed).
- tests/data/pdf/plain_t2_rows_short_of_cells.pdf (held-out gen 70304 plain_pdf, --seed 309): 表二
  without rules, 规范性文件 printing two numbers of three (its 对外公开总数量 empty) under 规章's three,
  and 行政许可 two under 其他对外管理服务事项's. The nearest fuller row below 规范性文件 is in the next
  small table (第二十条第（五）项), on other columns: the two disagreed and the row was not placed.

Each PDF's truth is what the generator printed."""

from __future__ import annotations

import json
from pathlib import Path

from _layout_cases import import_layout_case as _unused  # noqa: F401 - puts tools/ on the path

import import_holdout as ho  # noqa: E402,I001 - tools/, put on the path by _layout_cases

from gkdesk.importers import import_file
from gkdesk.importers.pdf_reader import Line, _line, _pad_empty_cells

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"


def _check(stem: str):
    pdf = DATA / f"{stem}.pdf"
    res = import_file(pdf)
    truth = json.loads(pdf.with_name(stem + ".truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, truth["source"])
    return res, counts, issues


def test_double_rules_of_two_tables_snap_only_with_their_own_tables_edges():
    res, counts, issues = _check("word_double_rules_two_tables")
    assert issues == []
    for row, want in (("deny_secret", "0000000"), ("deny_safety", "0000707")):
        assert "".join(res.doc.value(f"t3.{row}.{c}").text for c in
                       ("natural", "business", "research", "nonprofit", "legal", "other", "total")) == want
    assert [res.doc.value(f"t3.deny_third_party.{c}").text for c in ("business", "legal", "total")] == \
        ["62", "87", "149"]


def test_rows_short_of_cells_take_the_columns_of_their_own_tables_fuller_row():
    res, counts, issues = _check("plain_t2_rows_short_of_cells")
    assert issues == []
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("made", "published")] == ["3", "0"]
    assert res.doc.value("t2.normative.total_public").is_blank
    assert res.doc.value("t2.license.prev_items").is_blank
    assert [res.doc.value(f"t2.license.{c}").text for c in ("change", "decisions")] == ["0", "0"]


def _row(y: float, label: str, nums: list[tuple[str, float]], size: float = 10.0) -> Line:
    words = [{"text": label, "x0": 60.0, "x1": 60.0 + size * len(label), "top": y, "bottom": y + size, "size": size}]
    words += [{"text": t, "x0": x - 3, "x1": x + 3, "top": y, "bottom": y + size, "size": size} for t, x in nums]
    return _line(words)


def _text(y: float, text: str, x: float = 60.0, size: float = 10.0) -> Line:
    return _line([{"text": text, "x0": x, "x1": x + size * len(text), "top": y, "bottom": y + size, "size": size}])


def test_fuller_rows_above_and_below_that_disagree_the_one_of_the_rows_own_table_places_it():
    # 规范性文件 (two numbers) between 规章 (three, right above it) and 其他对外管理服务事项 (three, on
    # other columns, beyond the next table's title and header)
    lines = [_row(100, "规章", [("0", 260), ("3", 320), ("14", 380)]),
             _row(115, "规范性文件", [("3", 260), ("0", 320)]),
             _text(140, "第二十条第（五）项"),
             _line([{"text": t, "x0": x - 20, "x1": x + 20, "top": 155.0, "bottom": 165.0, "size": 10.0}
                    for t, x in (("上一年项目数量", 240), ("本年增/减", 300), ("处理决定数量", 390))]),
             _row(170, "行政许可", [("0", 300), ("0", 390)]),
             _row(185, "其他对外管理服务事项", [("3", 240), ("-", 300), ("4", 390)])]
    _pad_empty_cells(lines)
    assert lines[1].text.split("\t")[1:] == ["3", "0", ""]
    assert lines[4].text.split("\t")[1:] == ["", "0", "0"]
    # both reached over rows of the table alone: which one is the row's own is not known
    both = [_row(100, "规章", [("0", 260), ("3", 320), ("14", 380)]),
            _row(115, "规范性文件", [("3", 260), ("0", 320)]),
            _row(130, "其他对外管理服务事项", [("3", 240), ("-", 300), ("4", 390)])]
    _pad_empty_cells(both)
    assert both[1].text == "规范性文件\t3\t0"


def test_t2_rows_with_empty_cells_and_no_fuller_row_are_placed_by_the_blocks_header():
    # held-out seed 670 gen 91002 print_pdf: 规章 "0 0" and 行政规范性文件 "0", the block's three
    # columns named by "本年制/发件数", "本年废/止件数", "现行有/效件数"; no row of the block is full
    res, counts, issues = _check("t2_unruled_short_rows_print")
    assert issues == []
    assert [res.doc.value(f"t2.rules.{c}").text for c in ("issued", "repealed", "in_force")] == ["0", "", "0"]
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["0", "", ""]


def _words(y: float, *words: tuple[str, float, float], size: float = 7.0) -> Line:
    return _line([{"text": t, "x0": a, "x1": b, "top": y, "bottom": y + size, "size": size} for t, a, b in words])


def test_the_label_columns_header_and_the_blocks_title_name_no_value_column():
    # as printed by gen 91001 / 91002 print_pdf: 信息内容 in one word or as 信息 over 内容, centred
    # over the label column and starting right of its longest label; the block's title right
    # above the header reaching over the first value column
    for split in (False, True):
        lines = [_words(64.0, ("第二十条第（一）项", 143.1, 206.1)),
                 _words(78.7, *([("信息", 104.6, 118.6)] if split else [("信息内容", 97.6, 125.6)]),
                        ("本年制", 183.7, 204.7), ("本年废", 225.7, 246.7), ("现行有", 267.7, 288.7)),
                 _words(87.5, *([("内容", 104.6, 118.6)] if split else []),
                        ("发件数", 183.7, 204.7), ("止件数", 225.7, 246.7), ("效件数", 267.7, 288.7)),
                 _words(102.2, ("规章", 52.0, 66.0), ("5", 192.6, 196.1), ("6", 276.6, 280.1)),
                 _words(117.0, ("行政规范性文件", 52.0, 101.0), ("0", 234.6, 238.1)),
                 _words(131.7, ("第二十条第（五）项", 143.1, 206.1))]
        _pad_empty_cells(lines)
        assert lines[3].text.split("\t")[1:] == ["5", "", "6"], split
        assert lines[4].text.split("\t")[1:] == ["", "0", ""], split
    # a number standing between two columns: not placed
    lines[4] = _words(117.0, ("行政规范性文件", 52.0, 101.0), ("0", 212.0, 215.5))
    lines[3] = _words(102.2, ("规章", 52.0, 66.0), ("5", 192.6, 196.1), ("6", 276.6, 280.1))
    _pad_empty_cells(lines)
    assert lines[4].text == "行政规范性文件\t0"


def test_sparse_t3_rows_find_their_header_past_tall_rows_and_group_label_pieces():
    # held-out seed 671 gen 91020 print_pdf: most rows print fewer than seven numbers, so each is
    # placed under the header's columns. The header was not found (rows left blank, 51 missed)
    # from a row below a taller one (2.其他法律行政法规禁止公开 wrapped, 5.属于三类内部事务信息 with an
    # empty paragraph: 2.6 line heights to the next row), nor for a row whose line starts with a
    # piece of its group label ("果" of 三、本年度办理结果 before （二）部分公开（…）)
    res, counts, issues = _check("t3_sparse_tall_rows_print")
    assert [i for i in issues if i[0] != "missed"] == []
    assert counts["missed"] <= 2
    assert [res.doc.value(f"t3.partial.{c}").text for c in
            ("natural", "business", "research", "nonprofit", "legal", "other", "total")] == \
        ["5", "", "7", "", "0", "0", "12"]
    assert [res.doc.value(f"t3.deny_process.{c}").text for c in ("business", "nonprofit", "other", "total")] == \
        ["38", "0", "0", "38"]


def test_a_full_value_row_is_written_out_by_the_header_when_its_values_stand_closer_than_a_tab():
    # held-out seed 670 gen 91008 plain_pdf: 表四's value row "— 0 0 — 0 — 0 — — — 0 — — 0 —",
    # three marks a space apart under three narrow columns; read as text, 14 values for 15
    res, counts, issues = _check("t4_marks_closer_than_a_tab_plain")
    assert issues == []
    assert res.doc.value("t4.direct.total").text == "—"
    assert res.doc.value("t4.after.upheld").text == "0"
