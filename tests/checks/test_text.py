"""Text checks GK601–GK605: prose numbers vs tables, stray years, 五 rectification, 六 信息处理费, empty 表三."""

from __future__ import annotations

import pytest

from gkdesk.checks import run_checks
from gkdesk.checks.rules.text import chinese_number, mentions, sentences
from gkdesk.core.commands import EditCells, EditSection, History
from gkdesk.core.document import Document, Meta
from gkdesk.core.rollover import next_year

T3_RECEIVED = ("t3.new.total", "t3.carried.total")
LITIGATION = ("t4.direct.total", "t4.after.total")


def doc2019() -> Document:
    """A consistent 2020 report in the 2019 format (3 applications, 1 review, some 表二 figures)."""
    doc = Document("2019", Meta(agency="测试县民政局", year=2020))
    h = History(doc)
    cells = {cid: "0" for cid, c in doc.spec.cells.items() if not c.derived}
    cells.update({"t3.new.natural": "3", "t3.granted.natural": "3", "t4.review.upheld": "1",
                  "t2.license.prev_items": "113", "t2.license.change": "-46", "t2.license.decisions": "67",
                  "t2.normative.made": "2", "t2.normative.published": "2", "t2.normative.total_public": "9"})
    h.push(EditCells(cells))
    h.push(EditSection("s1", "2020年，我局全年共收到政府信息公开申请3件，均已按时答复。行政复议1件。"))
    h.push(EditSection("s5", "针对上年度报告指出的问题，已完成整改。当前存在的问题是信息公开不够及时，将加强培训予以改进。"))
    h.push(EditSection("s6", "无。"))
    return doc


def found(doc, prefix):
    return [f for f in run_checks(doc, (prefix,))]


def with_s1(doc, text):
    History(doc).push(EditSection("s1", text))
    return doc


def test_quiet_on_the_example_and_on_a_consistent_2019_report(example_doc):
    assert found(example_doc, "GK6") == []
    assert found(doc2019(), "GK6") == []


# ------------------------------------------------------------------ GK601 numbers

FIRES_2021 = [
    ("全年共收到政府信息公开申请12件。", T3_RECEIVED),
    ("全年共收到政府信息公开申请十二件。", T3_RECEIVED),
    ("政府信息公开申请共收到40件。", T3_RECEIVED),
    ("本年度受理依申请公开 21 件。", T3_RECEIVED),
    ("上年结转3件。", ("t3.carried.total",)),
    ("结转下年度继续办理5件。", ("t3.carry_next.total",)),
    ("另有3件申请顺延到下年度答复。", ("t3.carry_next.total",)),
    ("办结申请40件。", ("t3.results_total.total",)),
    ("共答复政府信息公开申请47件。", ("t3.results_total.total",)),
    ("发生政府信息公开行政复议1件。", ("t4.review.total",)),
    ("行政诉讼3起。", LITIGATION),
    ("本年制发行政规范性文件5件。", ("t2.normative.issued",)),
    ("制定规章1件。", ("t2.rules.issued",)),
    ("开展行政规范性文件清理，废止2件，现行有效27件。", ("t2.normative.repealed",)),
    ("现行有效规章3件。", ("t2.rules.in_force",)),
    ("作出行政许可决定1000件。", ("t2.license.decisions",)),
    ("公开行政处罚决定88件。", ("t2.penalty.decisions",)),
    ("行政强制措施6件。", ("t2.coercion.decisions",)),
]


@pytest.mark.parametrize("sentence,cells", FIRES_2021)
def test_gk601_fires_2021(example_doc, sentence, cells):
    doc = with_s1(example_doc, f"2025年，我局认真落实政府信息公开条例。{sentence}")
    (f,) = found(doc, "GK601")
    assert f.cells == cells
    assert f.evidence == sentence and f.section == "s1" and f.severity.value == "warning"


QUIET_2021 = [
    "全年共收到政府信息公开申请48件。",
    "全年共收到政府信息公开申请四十八件。",
    "全年收到申请50件（含上年结转2件）。",  # 新收 + 上年结转
    "上年结转2件，结转下年度继续办理2件。",
    "申请数量较上年增加12件。",
    "上年度收到申请30件，办结29件。",
    "全年主动公开政府信息1376条。",
    "本年度未收到行政复议申请；行政诉讼2件。",
    "其中行政规范性文件3件，行政许可决定1256件。",
    "办结率100%，行政复议4件。",
    "废止1件。",  # no subject: the row cannot be told
    "涉及自然人38件、商业企业6件。",
]


@pytest.mark.parametrize("sentence", QUIET_2021)
def test_gk601_quiet_2021(example_doc, sentence):
    doc = with_s1(example_doc, f"2025年，我局认真落实政府信息公开条例。{sentence}")
    assert found(doc, "GK601") == []


@pytest.mark.parametrize("sentence,cells", [
    ("全年共收到政府信息公开申请4件。", T3_RECEIVED),
    ("本年新制作规范性文件5件。", ("t2.normative.made",)),
    ("作出行政许可决定60件。", ("t2.license.decisions",)),
    ("政府信息公开行政复议两件。", ("t4.review.total",)),
])
def test_gk601_fires_2019(sentence, cells):
    doc = with_s1(doc2019(), sentence)
    (f,) = found(doc, "GK601")
    assert f.cells == cells and f.evidence == sentence


@pytest.mark.parametrize("sentence", [
    "全年共收到政府信息公开申请三件。",
    "本年新制作规范性文件2件。",
    "废止规范性文件2件，现行有效8件。",  # no such cells in the 2019 format
    "作出行政许可决定67件。",
])
def test_gk601_quiet_2019(sentence):
    assert found(with_s1(doc2019(), sentence), "GK601") == []


def test_gk601_blank_cells_are_not_compared(example_doc):
    History(example_doc).push(EditCells({"t4.review.upheld": "", "t4.review.corrected": "",
                                         "t4.review.other": "", "t4.review.pending": ""}))
    assert found(with_s1(example_doc, "行政复议9件。"), "GK601") == []


def test_gk601_message_names_the_cells(example_doc):
    (f,) = found(with_s1(example_doc, "因政府信息公开被提起行政诉讼5件。"), "GK601")
    assert f.message == "正文称行政诉讼5件，但表四“未经复议直接起诉／总计”＋“复议后起诉／总计”为2"


def test_gk601_scans_every_prose_section_but_not_drafts(example_doc):
    History(example_doc).push(EditSection("s4", "本年度发生行政复议7件。"))
    (f,) = found(example_doc, "GK601")
    assert f.section == "s4"
    draft = next_year(example_doc)  # last year's prose with last year's numbers
    History(draft).push(EditCells({"t3.new.natural": "1"}))
    assert found(draft, "GK601") == []


def test_chinese_numerals_and_sentences():
    assert [chinese_number(s) for s in ("十二", "两", "二十", "一百零五", "零", "三千二百")] == [12, 2, 20, 105, 0, 3200]
    assert chinese_number("二三") is None
    assert sentences("一。二；三\n四") == ["一。", "二；", "三", "四"]
    m = mentions("全年共收到政府信息公开申请十二件，行政复议两件。", "2021")
    assert [(x.name, x.value) for x in m] == [("received", 12), ("review", 2)]


# ------------------------------------------------------------------ GK602 years

@pytest.mark.parametrize("key,text,years", [
    ("s1", "2023年，我局坚持以人民为中心。", "2023年"),
    ("s1", "2026年，我局坚持以人民为中心。", "2026年"),  # next year written by mistake
    ("s1", "二〇二四年，本局认真落实条例。", "2024年"),
    ("s5", "2023年，我局存在的问题主要是……", "2023年"),
    ("s1", "截至2024年底，已公开目录1000条。", "2024年"),
])
def test_gk602_fires(example_doc, key, text, years):
    History(example_doc).push(EditSection(key, text))
    (f,) = found(example_doc, "GK602")
    assert f.section == key and f.evidence == text
    assert f"提到{years}" in f.message and "2025年度" in f.message


@pytest.mark.parametrize("key,text", [
    ("s1", "按照《湛江市2020年政务公开工作要点》要求，2025年全面完成。"),
    ("s1", "认真贯彻《条例》（2019年4月3日国务院令第711号修订），依法公开。"),
    ("s1", "自2014年成立领导小组以来，持续推进公开工作。"),
    ("s1", "公开数量较2024年增长12%。"),
    ("s1", "及时公开2024年部门决算信息。"),
    ("s1", "依据国办公开办函〔2021〕30号，统计期限为2025年1月1日至2025年12月31日。"),
    ("s1", "2026年我局将继续深化政务公开。"),
    ("s1", "对照2035年远景目标，谋划长远。"),
    ("s5", "2024年度报告指出的问题已整改。"),
    ("s5", "2026年，我局将进一步加强培训。"),
    ("s6", "本年度未收取信息处理费。2026年1月20日"),
])
def test_gk602_quiet(example_doc, key, text):
    History(example_doc).push(EditSection(key, text))
    assert found(example_doc, "GK602") == []


def test_gk602_2019_format_and_no_year():
    doc = with_s1(doc2019(), "2019年，我局全面推进公开。")
    assert [f.evidence for f in found(doc, "GK602")] == ["2019年，我局全面推进公开。"]
    doc.meta.year = None
    assert found(doc, "GK602") == []


# ------------------------------------------------------------------ GK603 retired

def test_gk603_is_retired():
    """GK603 (五 must report last year's rectification) rested on an unverified requirement."""
    from gkdesk.checks import all_checks

    assert "GK603" not in [c.id for c in all_checks()]


# ------------------------------------------------------------------ GK604 信息处理费

def test_gk604_fee_statement_2021(example_doc):
    assert found(example_doc, "GK604") == []
    History(example_doc).push(EditSection("s6", "无。"))
    (f,) = found(example_doc, "GK604")
    assert f.section == "s6" and f.message.startswith("未说明") and f.severity.value == "warning"
    History(example_doc).push(EditSection("s1", example_doc.sections["s1"] + "\n全年未收取信息处理费。"))
    assert found(example_doc, "GK604") == []  # stated, although not in 六
    History(example_doc).push(EditSection("s6", ""))
    assert found(example_doc, "GK604") == []  # GK010


@pytest.mark.parametrize("s6,fires", [
    ("本年度未收取政府信息公开信息处理费。", False),
    ("政府信息公开未发生收费情况。", False),
    ("本机关依申请提供政府信息，未收取任何费用。", False),
    ("依申请公开不收取费用。", False),
    ("全年收取信息处理费共计120元。", False),
    ("政府信息公开工作免费提供。", False),
    ("本年度无其他需要报告的事项。", True),
    ("按要求落实政务公开工作要点。", True),
])
def test_gk604_accepts_explicit_statements(example_doc, s6, fires):
    History(example_doc).push(EditSection("s6", s6))
    assert bool(found(example_doc, "GK604")) is fires


def test_gk604_not_for_the_2019_format():
    doc = doc2019()
    assert doc.sections["s6"] == "无。"
    assert found(doc, "GK604") == []


# ------------------------------------------------------------------ GK605 empty 表三 vs prose

def _all_zero_t3(doc):
    History(doc).push(EditCells({cid: "0" for cid, c in doc.spec.cells.items()
                                 if c.table == "t3" and not c.derived}))
    return doc


@pytest.mark.parametrize("make", [lambda ex: ex, lambda ex: doc2019()], ids=["2021", "2019"])
def test_gk605_table_empty_but_prose_counts_applications(example_doc, make):
    doc = _all_zero_t3(make(example_doc))
    with_s1(doc, "全年共收到政府信息公开申请5件，均已答复。")
    (f,) = found(doc, "GK605")
    assert f.cells == ("t3.new.total",) and f.evidence == "全年共收到政府信息公开申请5件，均已答复。"
    assert found(doc, "GK601") == []  # reported once
    with_s1(doc, "本年度未收到政府信息公开申请。")
    assert found(doc, "GK605") == []


@pytest.mark.parametrize("make", [lambda ex: ex, lambda ex: doc2019()], ids=["2021", "2019"])
def test_gk605_prose_says_none_but_table_has_applications(example_doc, make):
    doc = with_s1(make(example_doc), "本年度未收到政府信息公开申请。")
    (f,) = found(doc, "GK605")
    assert "未收到政府信息公开申请" in f.message and f.evidence == "本年度未收到政府信息公开申请。"
    doc = _all_zero_t3(doc)
    assert found(doc, "GK605") == []


def test_gk605_blank_table_counts_as_empty(example_doc):
    History(example_doc).push(EditCells({cid: "" for cid, c in example_doc.spec.cells.items()
                                         if c.table == "t3" and not c.derived}))
    assert len(found(example_doc, "GK605")) == 1  # the example's 一 states 48 applications


def test_gk606_overview_covers_the_five_aspects(example_doc):
    assert found(example_doc, "GK606") == []  # the example names all five
    History(example_doc).push(EditSection("s1", "2025年，我局认真做好主动公开工作，依申请公开办理及时。"))
    (f,) = found(example_doc, "GK606")
    assert f.section == "s1" and "政府信息管理、平台建设、监督保障" in f.message
    History(example_doc).push(EditSection("s1", ""))
    assert found(example_doc, "GK606") == []  # empty: GK010's business
    doc = doc2019()
    History(doc).push(EditSection("s1", "我局做好主动公开。"))
    assert found(doc, "GK606") == []  # 2019 format: the five aspects are the 2021 notice's wording
