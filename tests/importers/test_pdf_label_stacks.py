"""A group label printed one character a line in its narrow merged cell of an unruled 表三
("（" / "四" / "）" / "无" / "法" / "提" / "供" beside the rows of （四）无法提供): "无" alone is a
not-applicable word, so it was read as one more value of the row above ("找到 15 个数字… 无") and
stopped the next row's wrapped label from being joined — 14 cells blank
(tests/data/pdf/plain_group_label_one_char_a_line.pdf: tools/import_holdout.py --seed 540,
seed_000 plain_pdf as generated, beside the truth the generator printed). Such a column of short
words, each the first of its line, one line pitch apart, that reads an official label top to
bottom is now that label, one word where its first character stands."""

from __future__ import annotations

import json
from pathlib import Path

from _layout_cases import import_layout_case as _unused  # noqa: F401 - puts tools/ on the path

import import_holdout as ho  # noqa: E402,I001 - tools/, put on the path by _layout_cases

from gkdesk.importers import import_file
from gkdesk.importers.pdf_reader import _join_label_stacks

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "plain_group_label_one_char_a_line.pdf"
COLS = ("natural", "business", "research", "nonprofit", "legal", "other", "total")


def _word(text: str, x0: float, x1: float, top: float, size: float = 10.5) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size}


def test_the_generated_pdf_reads_every_cell():
    res = import_file(PDF)
    truth = json.loads(PDF.with_suffix(".truth.json").read_text(encoding="utf-8"))
    _counts, issues = ho.compare_case(res.doc, truth, "seed_000__plain_pdf")
    assert issues == []
    for row in ("unable_none", "unable_make"):
        assert [res.doc.value(f"t3.{row}.{c}").text for c in COLS] == ["0"] * 7


def _stack(chars: str, x0: float = 75.3, top: float = 253.3, pitch: float = 13.1) -> list[dict]:
    return [_word(ch, x0, x0 + 10.5, top + pitch * k) for k, ch in enumerate(chars)]


def test_a_label_one_character_a_line_is_one_word():
    words = _stack("（四）无法提供") + [_word("2.没有现成", 98.6, 148.0, 272.5), _word("0", 174.6, 179.4, 285.6)]
    out = _join_label_stacks(words)
    assert sorted(w["text"] for w in out) == sorted(["（四）无法提供", "2.没有现成", "0"])
    joined = next(w for w in out if w["text"] == "（四）无法提供")
    assert joined["top"] == 253.3


def test_marks_and_other_stacks_stay_as_they_are():
    # "无" printed in a value column of consecutive rows, right of their labels: marks
    marks = [_word("无", 300.0, 310.5, 253.3 + 13.1 * k) for k in range(4)] + \
        [_word(f"{k + 1}.属于国家秘密", 98.6, 160.0, 253.3 + 13.1 * k) for k in range(4)]
    assert _join_label_stacks(marks) == marks
    # a column of characters that reads no label of the tables
    other = _stack("无人值守")
    assert _join_label_stacks(other) == other


SIX = PDF.with_name("plain_label_wrapped_over_six_lines.pdf")


def test_a_row_label_wrapped_over_six_lines_is_joined_to_its_row():
    # tools/import_holdout.py --seed 540, real-012 plain_pdf as generated: in a label column six
    # characters wide, 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 takes six lines,
    # its numbers on the first; only four lines after the row's were looked at, so the label was
    # never complete and both rows of （六）其他处理 with numbers were blank (14 cells)
    res = import_file(SIX)
    truth = json.loads(SIX.with_suffix(".truth.json").read_text(encoding="utf-8"))
    _counts, issues = ho.compare_case(res.doc, truth, "real-012__plain_pdf")
    assert issues == []
    assert [res.doc.value(f"t3.other_overdue.{c}").text for c in COLS] == ["67", "3", "0", "0", "1", "0", "71"]
    assert [res.doc.value(f"t3.other_unpaid.{c}").text for c in COLS] == ["6", "0", "0", "0", "0", "0", "6"]


RUNS = PDF.with_name("word_label_in_runs_wrapped.pdf")


def test_a_wrapped_label_printed_in_runs_is_joined_from_where_its_cell_starts():
    # tools/import_holdout.py --seed 540, P08 word_pdf as generated (Word's "另存为 PDF": runs of a
    # few glyphs with gaps): "( 二 ) 部分公开 ( 区分处理的 , 只计这一情形 , 不计其他情" with the row's
    # numbers, "形 )" on the next line. The label's column was only looked for where its last run
    # starts ("不计其他情"), so "形 )" (at the cell's start) was never joined: 7 cells blank
    res = import_file(RUNS)
    truth = json.loads(RUNS.with_suffix(".truth.json").read_text(encoding="utf-8"))
    _counts, issues = ho.compare_case(res.doc, truth, "P08__word_pdf")
    assert issues == []
    assert [res.doc.value(f"t3.partial.{c}").text for c in COLS] == ["0"] * 7


INTERLEAVED = PDF.with_name("plain_label_interleaved_with_group_label.pdf")


def test_a_wrapped_label_interleaved_with_its_groups_label_is_joined():
    # held-out gen 81034 plain_pdf as generated (tools/import_holdout.py --seed 431 --gen 81000-81039):
    # "1.申请人无正当理" / "（六）" / "由逾期不补正、行" / "其他处  0 0 …" / "政机关不再处理其" / "理" /
    # "政府信息公开申请" — the group label's lines stand between the row label's, half a line off; a
    # line with nothing in the label's column stopped the joining, and the row was blank (7 cells)
    res = import_file(INTERLEAVED)
    truth = json.loads(INTERLEAVED.with_suffix(".truth.json").read_text(encoding="utf-8"))
    _counts, issues = ho.compare_case(res.doc, truth, "gen81034__plain_pdf")
    assert issues == []
    assert [res.doc.value(f"t3.other_overdue.{c}").text for c in COLS] == ["0"] * 7
