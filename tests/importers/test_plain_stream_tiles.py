"""Plain `pdftotext` text (no -layout) of a 表三 whose rows differ in height, over pages: poppler
prints the table as rectangles of cells one after another — a group of columns of some rows row
by row in one block, then the other columns of those rows each as a block of its own (or one row
of them across), then the next rows — and a number may be wrapped in its narrow cell ("11" over
"5" for 115). The table is read whole only when exactly one tiling of the stream into such
rectangles (gkdesk/importers/stream.py ``_tiled_readings``) makes every row's 总计 and every
column identity hold; otherwise it stays blank.
"""

from __future__ import annotations

from gkdesk.core.spec import get_format
from gkdesk.importers import import_bytes
from gkdesk.importers.locate import table_rows

ROWS = table_rows(get_format("2021").table("t3"))
K = 7


def _table(seed: int = 0) -> list[list[int]]:
    """A 2021 表三 that adds up: parts drawn from ``seed``, 办理结果总计 their sum, 新收 and 上年结转
    chosen so that 新收 + 上年结转 = 办理结果总计 + 结转下年度."""
    codes = [r.code for r in ROWS]
    vals = {c: [0] * 6 for c in codes}
    x = seed * 7 + 3
    for code in ("granted", "partial", "deny_secret", "unable_none", "reject_repeat", "other_misc"):
        for c in range(6):
            x = (x * 1103515245 + 12345) % 2 ** 31
            vals[code][c] = (x >> 16) % 13 if (x >> 8) % 3 else 0
    parts = [c for c in codes if c not in ("new", "carried", "results_total", "carry_next")]
    vals["results_total"] = [sum(vals[p][c] for p in parts) for c in range(6)]
    vals["carried"] = [1, 0, 2, 0, 0, 0]
    vals["carry_next"] = [2, 1, 0, 0, 3, 0]
    vals["new"] = [vals["results_total"][c] + vals["carry_next"][c] - vals["carried"][c] for c in range(6)]
    return [vals[c] + [sum(vals[c])] for c in codes]


_HEAD = ("三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系为：第一项加第二项\n之和，等于第三项加第四项之和）\n\n"
         "申请人情况\n\n自然\n人\n\n商业\n企业\n\n科研\n机构\n\n社会\n公益\n组织\n\n法律\n服务\n机构\n\n其他\n\n总计\n\n")


def _text(grid: list[list[str]], tiles) -> str:
    """The report's text: 表三's header, its labels (the label column printed first), then each
    tile (rows r0..r1, columns c0..c1, "row" or "col") as blocks of one number a line: "row" one
    block read row by row, "col" one block per column."""
    out = ["某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。\n", _HEAD]
    # the label column, each label wrapped every 10 characters as in its narrow cell
    out.append("".join("".join(r.label[a:a + 10] + "\n" for a in range(0, len(r.label), 10)) for r in ROWS) + "\n")
    for r0, r1, c0, c1, how in tiles:
        if how == "row":
            out.append("".join(grid[r][c] + "\n" for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)) + "\n")
        else:
            for c in range(c0, c1 + 1):
                out.append("".join(grid[r][c] + "\n" for r in range(r0, r1 + 1)) + "\n")
    out.append("四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n")
    return "".join(out)


# page 1: rows 一 … （二） with 自然人 … 社会公益组织 row by row, 一's last three cells one block each,
# then 二 … （二）'s last three columns a block each; later pages: bands of rows column by column
_TILES = [(0, 3, 0, 3, "row"), (0, 0, 4, 4, "col"), (0, 0, 5, 5, "col"), (0, 0, 6, 6, "col"), (1, 3, 4, 6, "col"),
          (4, 11, 0, 6, "col"), (12, 14, 0, 6, "col"), (15, 19, 0, 6, "col"), (20, 22, 0, 6, "col"),
          (23, 23, 0, 6, "col"), (24, 24, 0, 6, "col")]


def _read(grid, tiles=_TILES):
    res = import_bytes(_text(grid, tiles).encode("utf-8"), "report.txt")
    got = [[res.doc.value(c.id).text for c in r.cells] for r in ROWS]
    return res, got


def test_plain_stream_table_printed_as_rectangles_is_read_whole():
    for seed in (0, 1):
        grid = [[str(v) for v in row] for row in _table(seed)]
        res, got = _read(grid)
        assert got == grid, seed
        assert any("只有一种分法" in n.message for n in res.notes)


def test_plain_stream_rectangles_are_not_read_when_two_lines_may_be_one_wrapped_number():
    # 1.本机关不掌握…/其他 "1" over 2.没有现成信息…/其他 "0" in one block: as wide as the widest
    # number of its column and 10 would fit its row's 总计 (31), so "1" / "0" may be 10 wrapped in
    # its cell with a cell printed empty elsewhere — the count of tokens cannot tell
    grid = [[str(v) for v in row] for row in _table(2)]
    assert (grid[12][5], grid[13][5]) == ("1", "0")
    _res, got = _read(grid)
    assert all(v == "" for row in got for v in row)


def test_plain_stream_rectangles_are_not_read_when_an_identity_fails():
    grid = [[str(v) for v in row] for row in _table(1)]
    grid[5][0] = str(int(grid[5][0]) + 1)  # a part row's 自然人 one more: its 总计 and the column fail
    grid[5][6] = str(int(grid[5][6]) + 1)
    _res, got = _read(grid)
    assert all(v == "" for row in got for v in row)


def test_plain_stream_rectangles_join_a_number_wrapped_in_its_cell():
    table = _table(2)
    for r in (0, 21, 23):  # 100 more new requests, all of them 2.申请人逾期未按收费通知… (a part of 办理结果)
        table[r][0] += 100  # 新收/自然人 three digits, printed "1x" over "y" in its narrow cell
        table[r][6] += 100
    grid = [[str(v) for v in row] for row in table]
    text = _text(grid, _TILES)
    head = grid[0][0]
    wrapped = text.replace("\n\n" + head + "\n", "\n\n" + head[:2] + "\n" + head[2:] + "\n", 1)
    assert wrapped != text
    res = import_bytes(wrapped.encode("utf-8"), "report.txt")
    assert [[res.doc.value(c.id).text for c in r.cells] for r in ROWS] == grid
