"""Line-order text of a PDF (pdfminer's boxes, PDFium's text, ``pdftotext -raw``, pdfplumber's
extract_text): rows whose labels and numbers stand apart. Never a wrong number:

- a number wrapped in its narrow cell, its pieces printed side by side on one line by PDFium
  ("２４ / ０ / ０ / ０ 20 864 1 / 868 5" for 24 0 0 0 20 8641 8685, held-out gen 74605, seed 420,
  pdfium_text: the row was left blank): read when exactly one way of joining the pieces makes
  every identity of the whole table hold;
- pdfplumber's text of a narrow label column: the row's ordinal cut before its ")" on the line of
  its numbers, the label's rest under it ("（二 0 0 0 ０ 0 ０ ０" over "）部" / "分公" / "开" / "（区" …;
  held-out gen 74614, seed 420, plumber_text: the row was left blank, as was （六）其他处理's): those
  numbers are the row's when the label's other lines hold no digit and they add up; in the groups
  the row before leaves over they are no group of their own (the others still go by the table's order);
- a cell printed lower than its row (centred in a taller row), pdfplumber putting it on a line of
  its own after the others ("（七）总计 59 0 5 2 2 820" over "752", held-out gen 74609, seed 420:
  the row was left blank): the placings of that line's cells that make the row add up go to the
  whole table, which takes one only when it is the single one keeping every identity;
- `pdftotext -raw` / PDFium: the pieces of a number wrapped in its narrow cell on the lines of the
  cells beside it, among marks ("２９ 9 — 758 322" / "19" / "２ 330" / "17" for 29 9 — 758 32219 2 33017,
  held-out gen 74600, seed 420: the row was left blank): a lone digit line may continue the last
  number of a line of cells, and a mark counts as none in the row's sum; such a line may as well
  be a cell of its own ("15 468 / 0 66 / 0 / 8 557", held-out gen 74712, seed 427, PDFium: the row,
  read before, was left blank for it), so it does not make the row's place in the text unsure;
- the rests of numbers wrapped in their narrow cells printed after the label's last piece, the
  row's numbers on its ordinal's line ("（七） 24 ０ ０ 0 20 872 877" over "总计 9 3" for … 8729 8773,
  held-out gen 74605, seed 420, plumber_text: the row was left blank): read when exactly one way
  of appending them makes the row add up;
- PDFium's text of numbers wrapped in narrow cells, a piece a line ("一、本年新收… ９ / ２ / １ / ９ / ０ /
  ０ ０ ０ ９ / ４ / １ / １ / ０ / ５" for 921 90 0 0 0 94 1105, held-out gen 74648, seed 422: fourteen
  numbers, read as two rows that do not add up, left blank): the readings joining the pieces go to
  the whole table;
- labels printed together without numbers ("2.其他法律行政法规禁止 / 公开 / 3.危及… / 4.保护第三方合法权益"),
  then a line of seven numbers and more digit groups under it: the line may be the row before's
  (held-out gen 74601, seed 420, pdfminer_text: 3 0 0 0 0 0 3, 3.危及…'s row, stored under
  4.保护第三方合法权益, printed 47 8 0 0 0 1 56 and wrapped "８ ０ ０ ０ １ ５ / ４ / ６ / ７").
"""

from __future__ import annotations

from itertools import zip_longest
from pathlib import Path

from gkdesk.importers import import_bytes

ROOT = Path(__file__).resolve().parents[2]

_T3 = [("一、本年新收政府信息公开申请数量", "５０ ８ ０ ０ １ １ ６０"), ("二、上年结转政府信息公开申请数量", "０ ０ ０ ０ ０ ０ ０"),
       ("（一）予以公开", "０ ０ ０ ０ ０ ０ ０"), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "０ ０ ０ ０ ０ ０ ０"),
       ("1.属于国家秘密", "０ ０ ０ ０ ０ ０ ０"), ("2.其他法律行政法规禁止公开", "０ ０ ０ ０ ０ ０ ０"),
       ("3.危及“三安全一稳定”", "３ ０ ０ ０ ０ ０ ３"), ("4.保护第三方合法权益", "４７ ８ ０ ０ ０ １ ５６"),
       ("5.属于三类内部事务信息", "０ ０ ０ ０ ０ ０ ０"), ("6.属于四类过程性信息", "０ ０ ０ ０ ０ ０ ０"),
       ("7.属于行政执法案卷", "０ ０ ０ ０ ０ ０ ０"), ("8.属于行政查询事项", "０ ０ ０ ０ ０ ０ ０"),
       ("1.本机关不掌握相关政府信息", "０ ０ ０ ０ １ ０ １"), ("2.没有现成信息需要另行制作", "０ ０ ０ ０ ０ ０ ０"),
       ("3.补正后申请内容仍不明确", "０ ０ ０ ０ ０ ０ ０"), ("1.信访举报投诉类申请", "０ ０ ０ ０ ０ ０ ０"),
       ("2.重复申请", "０ ０ ０ ０ ０ ０ ０"), ("3.要求提供公开出版物", "０ ０ ０ ０ ０ ０ ０"),
       ("4.无正当理由大量反复申请", "０ ０ ０ ０ ０ ０ ０"), ("5.要求行政机关确认或重新出具已获取信息", "０ ０ ０ ０ ０ ０ ０"),
       ("（六）其他处理", "０ ０ ０ ０ ０ ０ ０"), ("（七）总计", "５０ ８ ０ ０ １ １ ６０"), ("四、结转下年度继续办理", "０ ０ ０ ０ ０ ０ ０")]
_GROUPS = {"（一）予以公开": "三、本年度办理结果", "1.属于国家秘密": "（三）不予公开", "1.本机关不掌握相关政府信息": "（四）无法提供",
           "1.信访举报投诉类申请": "（五）不予处理"}


def _text(stacked: bool, rows=None, pieces=None) -> str:
    """The report with 表三's ``rows`` (label, numbers; ``_T3`` when None), a row's label then its
    numbers each on a line apart by empty lines; ``stacked``: three labels together, then their
    numbers (pdfminer's boxes); ``pieces``: the lines printed for a row's numbers instead."""
    out = ["某县卫生健康委员会2019年政府信息公开工作年度报告", "", "一、总体情况", "", "　本委全年收到申请60件。", "",
           "二、主动公开政府信息情况", "", "三、收到和处理政府信息公开申请情况", "",
           "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "申请人情况", "", "自然人", "",
           "法人或其他组织", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "", "总计", ""]
    for lb, nums in rows or _T3:
        if lb in _GROUPS:
            out += [_GROUPS[lb], ""]
        if stacked and lb == "1.属于国家秘密":
            out += [lb, "", nums, "", "０ ０ ０ ０ ０ ０ ０", ""]
            continue
        if stacked and lb == "2.其他法律行政法规禁止公开":
            # pdfminer's boxes: three labels together, then the rows' numbers
            out += ["2.其他法律行政法规禁止", "公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "", "３ ０ ０ ０ ０ ０ ３",
                    "８ ０ ０ ０ １ ５", "４", "６", "７"]
            continue
        if stacked and lb in ("3.危及“三安全一稳定”", "4.保护第三方合法权益"):
            continue
        out += [lb, "", *((pieces or {}).get(lb) or [nums]), ""]
    out += ["四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况", "", "　无。", "",
            "六、其他需要报告的事项", "", "　无。", ""]
    return "\n".join(out)


def _row(res, row: str) -> list[str]:
    return [res.doc.value(f"t3.{row}.{c}").text for c in ("natural", "business", "research", "nonprofit", "legal", "other", "total")]


def test_rows_as_printed_one_line_each_are_read():
    res = import_bytes(_text(False).encode("utf-8"), "report.txt")
    assert _row(res, "deny_safety") == ["3", "0", "0", "0", "0", "0", "3"]
    assert _row(res, "deny_third_party") == ["47", "8", "0", "0", "0", "1", "56"]


def test_line_of_numbers_after_labels_standing_together_is_not_the_last_labels_own():
    res = import_bytes(_text(True).encode("utf-8"), "report.txt")
    for row in ("deny_law", "deny_safety", "deny_third_party"):
        assert _row(res, row) == [""] * 7, row
    assert _row(res, "new") == ["50", "8", "0", "0", "1", "1", "60"]
    assert any("4.保护第三方合法权益" in n.message and "行名连续排列" in n.message for n in res.notes)


_BIG = "２４ ０ ０ ０ ２０ ８６４１ ８６８５"
_WRAPPED = [(lb, _BIG if lb in ("一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计") else "０ ０ ０ ０ ０ ０ ０")
            for lb, _ in _T3]


def test_pieces_of_a_wrapped_number_side_by_side_on_a_line_are_joined_by_the_tables_identities():
    want = ["24", "0", "0", "0", "20", "8641", "8685"]
    res = import_bytes(_text(False, _WRAPPED).encode("utf-8"), "report.txt")
    assert _row(res, "new") == want and _row(res, "granted") == want
    res = import_bytes(_text(False, _WRAPPED, {"一、本年新收政府信息公开申请数量": ["２４", "０", "０", "０ 20 864 1", "868 5"]})
                       .encode("utf-8"), "report.txt")
    assert _row(res, "new") == want and _row(res, "results_total") == want
    assert any("一、本年新收政府信息公开申请数量" in n.message and "只有一种拼接方式" in n.message for n in res.notes)



#: 表三's header as pdfplumber prints it in narrow columns, printed again at a page's top
_HEADER = ["（本 申请", "列数 人情", "据的 况", "勾稽", "关系", "为：", "第一", "项加", "第二", "项之", "和，", "等于", "第三",
           "项加", "第四", "项之", "和）", "自然 法人 总计", "人 或", "其他", "组织", "商业 科研 社会 法律 其他", "企业 机构 公 服",
           "益组 务机", "织 构"]


def _plumber(narrow: bool = False, breaks: dict[str, int] | None = None, lines: dict[str, list[str]] | None = None,
             rows=None) -> str:
    """The report with 表三 as pdfplumber's text prints a table: each row's label and numbers on one
    line, no empty lines; ``narrow``: the label columns are narrow, each label's ordinal on the line
    of its numbers and the rest under it two characters a line ("一、 53 8 … 64" / "本年" / "新收" …,
    "（二 3 0 … 4" / "）部" / "分公" / "开" …), the items' labels beside their group's cut ordinal;
    ``breaks``: a page break after that many lines of a row, the header printed again; ``lines``:
    the lines printed for a row instead; ``rows``: 表三's rows (label, numbers) instead of the default."""
    rows = rows or [(lb, "３ ０ ０ ０ ０ １ ４" if lb.startswith("（二）") else
             "５３ ８ ０ ０ １ ２ ６４" if lb.startswith(("一、", "（七）")) else v) for lb, v in _T3]
    out = ["某县卫生健康委员会2019年政府信息公开工作年度报告", "一、总体情况", "　本委全年收到申请64件。",
           "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
           "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况",
           "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"]
    for lb, nums in rows:
        group = _GROUPS.get(lb, "")
        at = len(out) + (breaks or {}).get(lb, 10 ** 6)
        if lb in (lines or {}):
            out += lines[lb]
        elif not narrow:
            out.append((group + " " if group else "") + lb + " " + nums)
        elif lb[0] in "一二四":
            out += [lb[:2] + " " + nums] + [lb[n:n + 2] for n in range(2, len(lb), 2)]
        elif lb[0] == "（":
            rest = [lb[2:4]] + [lb[n:n + 2] for n in range(4, len(lb), 2)]
            if group.startswith("三"):
                # the group's label wrapped beside it, a piece of each on a line ("本年 ）予")
                pieces = [group[n:n + 2] for n in range(2, len(group), 2)]
                rest = [" ".join(p for p in pair if p) for pair in zip_longest(pieces, rest, fillvalue="")]
            out += [(group[:2] + " " if group.startswith("三") else "") + lb[:2] + " " + nums] + rest
        else:
            out += [(group[:2] + " " if group else "") + lb + " " + nums] + ([group[2:4]] if group else [])
        if at < len(out):
            out[at:at] = _HEADER
    out += ["四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "　无。", "六、其他需要报告的事项", "　无。"]
    return "\n".join(out) + "\n"


_PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def test_rows_of_a_narrow_label_column_with_the_header_printed_again_are_read():
    res = import_bytes(_plumber(True, {_PARTIAL: 8}).encode("utf-8"), "report.txt")
    assert _row(res, "partial") == ["3", "0", "0", "0", "0", "1", "4"]
    # the group before 部分公开's own line (予以公开's, its label not found) still goes to its row
    assert _row(res, "granted") == ["0"] * 7 and _row(res, "results_total") == ["53", "8", "0", "0", "1", "2", "64"]


def test_numbers_on_the_line_of_an_ordinal_cut_before_its_parenthesis_are_the_rows():
    # 表三 of held-out gen 74614 (seed 420) as pdfplumber's text prints it, the report around it
    # written by hand: "（二 0 0 0 ０ 0 ０ ０" over "）部" / "分公" / "开" / "（区" / "分处" / "理" / "的，", the
    # header printed again, "只计" / "这一" …; "（六 0 9 0 ０ 0 0 9" over "）其" / "他处" / "理"
    text = (ROOT / "tests" / "data" / "layouts" / "plumber_text_cut_ordinals_t3.txt").read_bytes()
    res = import_bytes(text, "report.txt")
    assert _row(res, "partial") == ["0"] * 7
    assert _row(res, "other_handling") == ["0", "9", "0", "0", "0", "0", "9"]
    # 5.要求行政机关确认…'s numbers, printed before （六）'s line, go to it by the table's order
    assert _row(res, "reject_confirm") == ["0"] * 7
    assert _row(res, "new") == ["17", "14", "4", "0", "2", "104", "141"]
    assert any(_PARTIAL in n.message and "序号所在的一行" in n.message for n in res.notes)


def test_a_cell_printed_under_its_row_is_placed_by_the_whole_tables_identities():
    res = import_bytes(_plumber(lines={"（七）总计": ["（七）总计 ８ ０ ０ １ ２ ６４", "５３"]}).encode("utf-8"), "report.txt")
    assert _row(res, "results_total") == ["53", "8", "0", "0", "1", "2", "64"]
    assert any("（七）总计" in n.message and "只有一种拼接方式" in n.message for n in res.notes)


def test_cells_printed_under_two_rows_are_placed_when_the_columns_decide_them():
    # 本年新收 printed the same way: each row alone adds up with 53 in any of six columns, but the
    # results' column sums fix （七）总计 and 新收＋结转＝办理＋结转下年 then fixes 本年新收
    rows = {"（七）总计": ["（七）总计 ８ ０ ０ １ ２ ６４", "５３"],
            "一、本年新收政府信息公开申请数量": ["一、本年新收政府信息公开申请数量 ８ ０ ０ １ ２ ６４", "５３"]}
    res = import_bytes(_plumber(lines=rows).encode("utf-8"), "report.txt")
    assert _row(res, "results_total") == ["53", "8", "0", "0", "1", "2", "64"]
    assert _row(res, "new") == ["53", "8", "0", "0", "1", "2", "64"]



def test_pieces_of_numbers_under_a_line_of_cells_with_marks_are_joined():
    # 表三 of held-out gen 74600 (seed 420) as `pdftotext -raw` prints it, the report around it
    # written by hand (a 2019 table with "—" for cells that do not apply)
    text = (ROOT / "tests" / "data" / "layouts" / "pdftotext_raw_pieces_beside_cells_t3.txt").read_bytes()
    res = import_bytes(text, "report.txt")
    assert _row(res, "new") == ["29", "9", "—", "758", "32219", "2", "33017"]
    assert _row(res, "carried") == ["0", "1", "—", "0", "71", "0", "72"]


def test_rests_of_wrapped_numbers_after_the_labels_last_piece_are_appended():
    for lines in (["（七） ５３ ８ ０ ０ １ ２ ６", "总计 ４"], ["（七） ５ ８ ０ ０ １ ２ ６", "总计 ３ ４"]):
        res = import_bytes(_plumber(True, lines={"（七）总计": lines}).encode("utf-8"), "report.txt")
        assert _row(res, "results_total") == ["53", "8", "0", "0", "1", "2", "64"], lines
        assert any("（七）总计" in n.message and "印在行名之后" in n.message for n in res.notes)


def test_rests_after_the_label_that_make_no_reading_add_up_leave_the_row_blank():
    res = import_bytes(_plumber(True, lines={"（七）总计": ["（七） ５３ ８ ０ ０ １ ２ ６", "总计 ７"]}).encode("utf-8"),
                       "report.txt")
    assert _row(res, "results_total") == [""] * 7


def test_pieces_a_line_read_as_two_rows_that_do_not_add_up_are_joined_by_the_table():
    big = "９２１ ９０ ０ ０ ０ ９４ １１０５"
    rows = [(lb, big if lb in ("一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计") else "０ ０ ０ ０ ０ ０ ０")
            for lb, _ in _T3]
    lines = {"一、本年新收政府信息公开申请数量": ["一、本年新收政府信息公开申请数量 ９", "２", "１", "９", "０", "０ ０ ０ ９", "４", "１",
                                             "１", "０", "５"]}
    res = import_bytes(_plumber(lines=lines, rows=rows).encode("utf-8"), "report.txt")
    assert _row(res, "new") == ["921", "90", "0", "0", "0", "94", "1105"]
    assert any("一、本年新收" in n.message and "只有一种拼接方式" in n.message for n in res.notes)


def test_a_lone_cell_under_a_line_of_cells_is_still_a_cell_of_its_own():
    # 表三 of held-out gen 74712 (seed 427) as PDFium's text prints it, the report around it written
    # by hand: "一、本年新收… / 15 468 / 0 66 / 0 / 8 557" — the lone "0" may be the rest of 66 (660),
    # but only 15 468 0 66 0 8 557 is seven numbers that add up
    text = (ROOT / "tests" / "data" / "layouts" / "pdfium_text_cells_beside_pieces_t3.txt").read_bytes()
    res = import_bytes(text, "report.txt")
    assert _row(res, "new") == ["15", "468", "0", "66", "0", "8", "557"]
