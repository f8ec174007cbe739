"""A sentence about one unit that is not the report's agency is not compared with the report's tables.

A consolidated report (本级人民政府, or one made by 合并为汇总报告) often reports a sub-unit's figure:
"市政府办公室收到申请20件" in a city's report is not the city's 本年新收. The evidence: a unit named as
the subject of the counting verb whose name is not the report's agency (an abbreviation of the agency,
"市政府" for 示例市人民政府 or "市环境局" for 示例市生态环境局, and self references 我局/本机关 are the
agency). 各县区/市本级/市直/下属… markers were already recognised (prosenum._LOCALITY).
"""

from __future__ import annotations

import pytest

from gkdesk.checks import run_checks
from gkdesk.checks.rules.prosenum import mentions, same_unit
from gkdesk.core.commands import EditMeta, EditSection, History

CITY = "示例市人民政府"


def findings(doc, text, agency, rule="GK601", section="s1"):
    h = History(doc)
    h.push(EditMeta("agency", agency))
    h.push(EditSection(section, text))
    return [f for f in run_checks(doc) if f.check_id == rule]


@pytest.mark.parametrize("unit,agency,same", [
    ("市政府", CITY, True), ("示例市人民政府", CITY, True), ("市人民政府", CITY, True),
    ("市政府办公室", CITY, False), ("市司法局", CITY, False), ("区政府", "示例市某某区人民政府", True),
    ("区政府办公室", "示例市某某区人民政府", False), ("市生态环境局", "示例市生态环境局", True),
    ("市环境局", "示例市生态环境局", True), ("生态环境局", "示例市生态环境局", True),
    ("区生态环境分局", "示例市生态环境局", False), ("县分局", "示例市生态环境局", False),
    ("我局", "示例市生态环境局", True), ("本机关", CITY, True), ("全局", "示例市生态环境局", True),
    ("2025年市政府办公室", CITY, False), ("全年我局", "示例市生态环境局", True),
    ("市政府办公厅代表市政府", "上海市人民政府办公厅", True), ("市人社局", "示例市人力资源和社会保障局", True),
    ("某某镇", "某某镇人民政府", True), ("市司法局", "", False), ("我局", "", True),
])
def test_same_unit(unit, agency, same):
    assert same_unit(unit, agency) is same


SUB_UNIT = "（二）依申请公开情况。市政府办公室全年收到政府信息公开申请20件，均按时答复。"


def test_sub_unit_of_a_city_report_is_not_compared(example_doc):
    assert findings(example_doc, SUB_UNIT, CITY) == []


def test_the_same_sentence_is_compared_in_that_units_own_report(example_doc):
    """Both directions: in the 市政府办公室's own report the sentence states the report's figure."""
    (f,) = findings(example_doc, SUB_UNIT, "示例市人民政府办公室")
    assert "20件" in f.message


def test_the_citys_own_figure_is_still_compared(example_doc):
    (f,) = findings(example_doc, "（二）依申请公开情况。市政府全年共收到政府信息公开申请52件。", CITY)
    assert "52件" in f.message
    assert findings(example_doc, "（二）依申请公开情况。市政府全年共收到政府信息公开申请48件。", CITY) == []


@pytest.mark.parametrize("text", [
    "（二）依申请公开情况。市司法局共受理政府信息公开申请6件，市自然资源和规划局受理11件。",
    "（二）依申请公开情况。区生态环境分局收到政府信息公开申请12件，均在法定期限内答复。",
    "（二）依申请公开情况。2025年，市政府办公室办结政府信息公开申请19件，结转下年度1件。",
    "（二）依申请公开情况。局机关本级收到政府信息公开申请30件，下属单位收到18件。",
], ids=["two-other-agencies", "a-sub-bureau", "the-office-done-and-carried", "own-level-and-subordinates"])
def test_other_units_and_parts_are_not_compared(example_doc, text):
    assert findings(example_doc, text, CITY) == []


def test_a_consolidated_report_compares_only_the_whole(example_doc):
    from gkdesk.review import merge_reports
    other = merge_reports([example_doc], ["a.json"], "测试县人民政府")  # one unit: same figures
    text = "（二）依申请公开情况。全县共收到政府信息公开申请52件，其中县司法局受理6件；县教育局收到政府信息公开申请9件。"
    (f,) = findings(other, text, "测试县人民政府")
    assert "52件" in f.message and f.evidence.startswith("全县")


def test_gk605_sub_unit_received_none(example_doc):
    """"市政府办公室未收到…" in a city report with applications is not a contradiction; "本机关未收到…" is."""
    text = "（二）依申请公开情况。市政府办公室本年度未收到政府信息公开申请。"
    assert findings(example_doc, text, CITY, "GK605") == []
    (f,) = findings(example_doc, "（二）依申请公开情况。本机关本年度未收到政府信息公开申请。", CITY, "GK605")
    assert f.cells == ("t3.new.total",)


def test_unknown_agency_named_unit_not_compared_self_reference_is():
    assert mentions("市司法局共收到政府信息公开申请6件。", "2021", 2025, "s1", "") == ()
    (m,) = mentions("我局共收到政府信息公开申请6件。", "2021", 2025, "s1", "")
    assert m.name == "received" and m.value == 6
