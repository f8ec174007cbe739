"""Published PDFs doing what the default held-out draw does not (tools/import_holdout.py odd_pdf:
tools/holdout_pdf.py draw_odd), each drawn here by the generator with the seed that showed it:

- "续表" / "续上表" / "（续表）" printed above a table's continuation on the next page: a line
  between the parts, so the continuation was no longer the page's first block and 表四's value row,
  alone on the next page, was read as text ("表四：未找到数字", gen 74814). Caption lines are dropped.
- a number wrapped in a narrow top-aligned cell of an unruled table, its piece ("４" of "２７６６"/"４")
  on the line of the rest of the row's label ("府信息"), with the group's label ("无法提" of
  （四）无法提供) left of both: the label check took the group label's words for the row's, and the
  row stayed blank (gen 74803). The row's own label and its rest are now taken right of an edge
  that the group label stands wholly left of.
- the same with the piece beside the middle line of a label over three lines ("（二）部分公开（区分处理"
  / "的，只计这一情形，不计其" / "他情形）", gen 74805): the two lines begin the official label.
- a row whose group label ("无法提") stands closer than a tab before its own label on the number
  line: the header columns were not looked for, the row's empty cells not placed (gen 74864).
- a number drawn half a line above its row (a cell with an empty paragraph) taken first into the
  row's line, the group label "（五）不予处理" half a line below taking the row's other numbers into
  a line of its own (gen 74852): a group with numbers now stands where its numbers stand.
Every case also runs through the whole import and is compared with what the generator printed:
no wrong or invented cell, none missed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402

from gkdesk.importers import import_bytes  # noqa: E402
from gkdesk.importers.locate import is_continuation_caption  # noqa: E402
from gkdesk.importers.pdf_reader import _lines, _wrapped_label  # noqa: E402


def _word(text: str, x0: float, x1: float, top: float, size: float = 9.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size}


@pytest.mark.parametrize("line", ["续表", "续上表", "（续表）", "(续表)", "续表3", "续表：", "表三（续）", "表3(续表)", "（续）",
                                  "续 表", "　续表　"])
def test_continuation_captions(line):
    assert is_continuation_caption(line)


@pytest.mark.parametrize("line", ["续表明", "继续办理", "续办", "表三", "本表续报", "四、结转下年度继续办理", "续表示感谢"])
def test_lines_that_say_more_are_no_captions(line):
    assert not is_continuation_caption(line)


def test_a_group_label_left_of_the_row_label_and_its_rest():
    # "（四）" beside "1.本机关不掌握相关政" on the row's line, "无法提" beside "府信息" under it
    labels = [_word("（四）", 60.0, 87.0, 100.0), _word("1.本机关不掌握相关政", 100.0, 190.0, 100.0)]
    aside = [_word("无法提", 60.0, 87.0, 111.0), _word("府信息", 100.0, 127.0, 111.0)]
    assert _wrapped_label(labels, aside, -1)
    # without the group label's column apart (its words reaching over the edge) nothing is proven
    assert not _wrapped_label(labels, [_word("无法提府信息", 60.0, 127.0, 111.0)], -1)


def test_the_middle_line_of_a_three_line_label_begins_it():
    labels = [_word("（二）部分公开（区分处理", 100.0, 210.0, 100.0)]
    assert _wrapped_label(labels, [_word("的，只计这一情形，不计其", 100.0, 210.0, 111.0)], -1)
    # text that begins no official label with the row's is no rest of it
    assert not _wrapped_label(labels, [_word("1.属于国家秘密", 100.0, 170.0, 111.0)], -1)


def test_a_row_with_a_group_label_below_it_is_one_line():
    # 3.要求提供公开出版物: one number 5 pt above the row, "(五)不予处理" 5 pt below it
    words = [_word("0", 502.0, 506.5, 211.9), _word("3.要求提供公开出版物", 197.0, 290.0, 216.8),
             _word("０", 473.0, 482.0, 216.8), _word("(五)不予处理", 124.0, 185.0, 222.5)] + \
        [_word("0", x, x + 4.5, 217.5) for x in (397.0, 425.0, 451.0, 529.0, 547.0)]
    lines = _lines(words)
    row = next(ln for ln in lines if "出版物" in ln.text)
    assert [w["text"] for w in row.words if w["text"] in "0０"] == ["0", "0", "0", "０", "0", "0", "0"]


@pytest.mark.parametrize("gen, seed", [(74814, 430), (74803, 430), (74805, 430), (74864, 431), (74852, 431)])
def test_the_generated_report_reads_every_cell(tmp_path, gen, seed):
    names = ho.generate(ho.gen_sources(f"{gen}-{gen}"), tmp_path, seed, ("odd_pdf",))
    assert names == [f"gen{gen}__odd_pdf"]
    res = import_bytes((tmp_path / f"{names[0]}.pdf").read_bytes(), "report.pdf")
    truth = json.loads((tmp_path / f"{names[0]}.truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, names[0])
    assert issues == []
    assert counts["right"] >= 198


# ----------------------------------------------------------------------------- numbers over rules

def _ch(text: str, x0: float, top: float = 5.0, w: float = 5.25, size: float = 10.5) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + w, "top": top, "bottom": top + size, "size": size,
            "upright": True, "doctop": top, "fontname": "F", "width": w, "height": size}


def _table(cells, chars):
    from gkdesk.importers.pdf_reader import RawTable, _snap

    t = RawTable(cells, chars, (cells[0][0], 0.0, cells[-1][2], 20.0))
    t.xs = _snap([c[0] for c in cells] + [c[2] for c in cells])
    return t


def test_a_digit_over_a_double_rule_belongs_to_the_number_it_ends():
    # a 总计 cell 26.4 pt wide inside the table's double right border (a 3.6 pt gap): "5778"
    # drawn from 772.9, its "8" across the inner line (print_pdf, gen 74875 seed 432: read 577)
    from gkdesk.importers.pdf_reader import _grid

    cells = [(700.0, 0.0, 763.8, 20.0), (763.8, 0.0, 790.2, 20.0), (790.2, 0.0, 793.8, 20.0)]
    chars = [_ch("计", 705.0, w=10.5)] + [_ch(d, 772.9 + 5.25 * k) for k, d in enumerate("5778")]
    g, _below = _grid(_table(cells, chars))
    assert "5778" in g.rows[0]
    assert "577" not in g.rows[0]


def test_digits_between_numbers_on_both_sides_stay_in_the_gap():
    from gkdesk.importers.pdf_reader import _grid

    cells = [(700.0, 0.0, 730.0, 20.0), (730.0, 0.0, 733.6, 20.0), (733.6, 0.0, 760.0, 20.0)]
    chars = [_ch("1", 720.5), _ch("2", 725.5), _ch("3", 730.75), _ch("4", 736.0)]
    g, _below = _grid(_table(cells, chars))
    assert "123" not in g.rows[0] and "34" not in g.rows[0]


def test_a_number_cut_by_the_rule_between_two_cells_leaves_its_row_unread():
    # a printer driver's strings drifting right of their cells: "28" over the line at 318.8, every
    # number after it a cell further right (odd_pdf gen 74872 seed 432: 5 wrong cells of 表四)
    from gkdesk.importers.pdf_reader import _grid
    from gkdesk.importers.rows import UNREADABLE

    xs = [291.9, 318.8, 345.7, 372.6]
    cells = [(a, 0.0, b, 20.0) for a, b in zip(xs, xs[1:])]
    chars = [_ch("2", 313.3, w=4.0), _ch("8", 317.3, w=4.0), _ch("0", 344.5, w=4.0), _ch("9", 371.0, w=4.0)]
    notes: list[str] = []
    g, _below = _grid(_table(cells, chars), notes)
    assert g.rows[0] == [UNREADABLE] * 3
    assert notes and "压在表格线上" in notes[0]


def test_numbers_inside_their_cells_are_read_as_drawn():
    from gkdesk.importers.pdf_reader import _grid

    xs = [291.9, 318.8, 345.7, 372.6]
    cells = [(a, 0.0, b, 20.0) for a, b in zip(xs, xs[1:])]
    # right-aligned, the last digit 0.4 pt off the line (as tight as Word draws them)
    chars = [_ch("2", 306.4, w=4.0), _ch("8", 310.4, w=4.0), _ch("0", 340.0, w=4.0), _ch("9", 368.2, w=4.0)]
    g, _below = _grid(_table(cells, chars))
    assert g.rows[0] == ["28", "0", "9"]


@pytest.mark.parametrize("gen, seed, pres", [(74875, 432, "print_pdf"), (74872, 432, "odd_pdf")])
def test_the_generated_report_has_no_wrong_cell(tmp_path, gen, seed, pres):
    names = ho.generate(ho.gen_sources(f"{gen}-{gen}"), tmp_path, seed, (pres,))
    res = import_bytes((tmp_path / f"{names[0]}.pdf").read_bytes(), "report.pdf")
    truth = json.loads((tmp_path / f"{names[0]}.truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, names[0])
    assert counts["wrong"] == 0 and counts["invented"] == 0
    assert counts["missed"] <= 15


def test_the_generator_breaks_a_wrapped_row_over_the_page():
    # holdout_pdf._break_row: the label's first line and the numbers at the page's foot, the rest
    # of the label in a row of its own on the next page; the values the generator printed stay
    import holdout_pdf

    s = holdout_pdf.PdfStyle(row_break=True, row_pad=3.0)
    items = [(0, 0, 1, 1, "表头", "header"), (1, 0, 1, 1, "1.申请人无正当理由逾期不补正", "rowlabel"), (1, 1, 1, 1, "3", "value")]
    lines = {(0, 0): ["表头"], (1, 0): ["1.申请人无正当理由", "逾期不补正"], (1, 1): ["3"]}
    heights = [16.0, 26.0]
    parts, free = holdout_pdf._paginate(heights, 1, 64.0, 700.0, 30.0, True)
    assert parts == [[0], [1]] and free == [18.0]
    items2, lines2, heights2 = holdout_pdf._break_row(items, lines, heights, 1, parts, free, 8.0, s)
    assert (1, 0, 1, 1, "1.申请人无正当理由", "rowlabel") in items2 and (2, 0, 1, 1, "逾期不补正", "rowlabel") in items2
    assert (1, 1, 1, 1, "3", "value") in items2 and (2, 1, 1, 1, "", "value") in items2
    assert lines2[(2, 0)] == ["逾期不补正"] and len(heights2) == 3 and sum(heights2[1:]) >= heights[1]
