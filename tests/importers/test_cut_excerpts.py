"""Reports stored as page excerpts cut inside 表三, printed one cell per paragraph (a CMS table
copied as text, empty lines between the cells; the shared P03 is one such excerpt).

The last row before the cut has no label after it: no row further down was printed, so none was
jumped over. It is read when its label follows the row before and its 总计 is the sum of its parts;
the cut can shorten only the last number, which the sum then refuses (blank, never a short number).
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

HEAD = """太平镇人民政府2022年政府信息公开工作年度报告

一、总体情况

2022年，本镇依法依规主动公开政务信息。

二、主动公开政府信息情况

第二十条第(一)项

信息内容

本年制发件数

本年废止件数

现行有效件数

规章

0

0

0

行政规范性文件

2

0

5

第二十条第(五)项

信息内容

本年处理决定数量

行政许可

0

第二十条第(六)项

信息内容

本年处理决定数量

行政处罚

3

行政强制

0

第二十条第(八)项

信息内容

本年收费金额(单位:万元)

行政事业性收费

0

三、收到和处理政府信息公开申请情况

(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)

申请人情况

自然人

法人或其他组织

总计

商业

企业

科研

机构

社会公益组织

法律服务机构

其他

"""

ROWS = [
    ("一、本年新收政府信息公开申请数量", "10 2 0 0 1 0 13"),
    ("二、上年结转政府信息公开申请数量", "1 0 0 0 0 0 1"),
    ("三、本年度办理结果\n\n(一)予以公开", "6 1 0 0 1 0 8"),
    ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "2 0 0 0 0 0 2"),
]
ROW_IDS = ["t3.new", "t3.carried", "t3.granted", "t3.partial"]
COLS = ["natural", "business", "research", "nonprofit", "legal", "other", "total"]


def _excerpt(rows, tail: str = "") -> bytes:
    body = "".join(f"{label}\n\n" + "".join(f"{n}\n\n" for n in nums.split()) for label, nums in rows)
    return (HEAD + body + tail).encode("utf-8")


def _row(doc, rid: str) -> list[str]:
    return [doc.value(f"{rid}.{c}").text for c in COLS]


def test_last_row_before_the_cut_is_read_when_it_adds_up():
    res = import_bytes(_excerpt(ROWS), "excerpt.txt")
    for (label, nums), rid in zip(ROWS, ROW_IDS):
        assert _row(res.doc, rid) == nums.split(), label
    assert res.doc.value("t3.deny_secret.natural").is_blank
    assert any("中断" in n.message for n in res.notes)


def test_row_before_a_group_heading_and_a_cut_label_is_read():
    # "...上年结转… 0×7 / 三、本年度办理结果 / (一)予" — the excerpt stops inside the next label
    res = import_bytes(_excerpt(ROWS[:2], "三、本年度办理结果\n\n(一)予"), "excerpt.txt")
    assert _row(res.doc, "t3.new") == ROWS[0][1].split()
    assert _row(res.doc, "t3.carried") == ROWS[1][1].split()
    assert all(res.doc.value(f"t3.granted.{c}").is_blank for c in COLS)


def test_last_row_whose_total_the_cut_shortened_stays_blank():
    # 部分公开 2 0 0 0 0 0 2 ... the real row "12 0 0 0 0 0 12" cut after the "1" of its 总计
    rows = ROWS[:3] + [(ROWS[3][0], "12 0 0 0 0 0 1")]
    res = import_bytes(_excerpt(rows), "excerpt.txt")
    assert all(res.doc.value(f"t3.partial.{c}").is_blank for c in COLS)
    assert _row(res.doc, "t3.granted") == ROWS[2][1].split()
    assert any("部分公开" in n.message and n.level == "ambiguous" for n in res.notes)


def test_last_row_after_a_jump_in_the_stream_stays_blank():
    # the label before the last row is not the row before it (上年结转 printed elsewhere): the
    # numbers after the last label may be cells of the rows jumped over
    rows = [ROWS[0], ROWS[2]]
    res = import_bytes(_excerpt(rows), "excerpt.txt")
    assert all(res.doc.value(f"t3.granted.{c}").is_blank for c in COLS)
