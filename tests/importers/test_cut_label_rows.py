"""Stored page excerpts (lane realdata12's real excerpt R39, 重庆 2020, one cell per paragraph) stop
after a fixed number of characters, often inside the label of the row after the last one printed:
"二、上年结转政府信息公开申请数量 / 0 … 0 / 三、本年度办". The last row stands right after its label with
exactly its seven numbers; the text after them is only the beginning of the next label. Before,
that fragment counted as "something else between the row's numbers and the next label" and the
row was left blank. Any other text after the numbers still leaves the row blank.
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

HEAD = """重庆市某区科学技术局2020年政府信息公开工作年度报告

一、总体情况

2020年，区科技局全年主动公开政府信息63条。

二、主动公开政府信息情况

第二十条第(一)项

信息内容

本年新
制作数量

本年新
公开数量

对外公开总数量

规章

0

0

0

规范性文件

2

1

9

三、收到和处理政府信息公开申请情况

(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)

申请人情况

自然人

法人或其他组织

总计

商业企业

科研机构

社会公益组织

法律服务机构

其他

一、本年新收政府信息公开申请数量

3

0

0

0

1

0

4

二、上年结转政府信息公开申请数量

1

0

0

0

0

0

1

"""

COLS = ["natural", "business", "research", "nonprofit", "legal", "other", "total"]


def _row(doc, rid):
    return [doc.value(f"{rid}.{c}").text for c in COLS]


def test_last_row_before_a_label_cut_short_is_read():
    res = import_bytes((HEAD + "三、本年度办").encode(), "excerpt.txt")
    assert _row(res.doc, "t3.new") == ["3", "0", "0", "0", "1", "0", "4"]
    assert _row(res.doc, "t3.carried") == ["1", "0", "0", "0", "0", "0", "1"]
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("made", "published", "total_public")] == ["2", "1", "9"]


def test_other_text_after_the_last_row_still_leaves_it_blank():
    res = import_bytes((HEAD + "附件下载").encode(), "excerpt.txt")
    assert _row(res.doc, "t3.new") == ["3", "0", "0", "0", "1", "0", "4"]
    assert _row(res.doc, "t3.carried") == [""] * 7
