"""GK607–GK611: prose totals vs their parts, 五 substance, "all handled" claims, duplicated words, numbering."""

from __future__ import annotations

import pytest

from gkdesk.checks import run_checks
from gkdesk.checks.rules.writing import duplicated, numbering_problems, part_mismatches
from gkdesk.core.commands import EditCells, EditSection, History
from gkdesk.core.rollover import next_year


def found(doc, prefix):
    return run_checks(doc, (prefix,))


def put(doc, key, text):
    History(doc).push(EditSection(key, text))
    return doc


# ------------------------------------------------------------------ GK607

@pytest.mark.parametrize("sent,total,parts", [
    ("共收到申请2602件，其中自然人2500件，法人或其他组织103件。", 2602, 2603),
    ("全年共收到政府信息公开申请48件，其中自然人40件，法人或其他组织9件。", 48, 49),
    ("行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结36件。", 351, 350),
    ("行政复议10件，其中维持、纠正、其他结果、尚未审结分别为5件、2件、2件、2件。", 10, 11),
    ("收到申请20件，其中网上申请15件，当面申请8件。", 20, 23),  # parts above the total: always wrong
    ("收到申请20件，其中予以公开12件，其余9件不予公开。", 20, 21),
])
def test_gk607_parts_do_not_add_up(example_doc, sent, total, parts):
    r = part_mismatches(sent)
    assert r is not None and r[:2] == (total, parts)
    (f,) = found(put(example_doc, "s4", sent), "GK607")
    assert f.section == "s4" and f.evidence == sent and f.severity.value == "warning"
    assert f"合计{total}" in f.message and f"＝{parts}" in f.message


@pytest.mark.parametrize("sent", [
    "共收到申请2602件，其中自然人2500件，法人或其他组织102件。",
    "行政复议351件，其中结果维持72件，结果纠正64件。",  # incomplete list: notable parts only
    "收到申请20件，其中网上申请15件。",  # one part
    "全年主动公开政府信息1376条，其中行政规范性文件3件，行政许可决定1256件。",
    "发布信息500件，其中规范性文件3件，政策解读20件。",  # not a known breakdown
    "收到申请48件，其中自然人40件，法人或其他组织8件，网上申请30件，当面申请18件。",  # two breakdowns
    "收到申请48件，其中自然人40件（网上30件，当面10件），法人或其他组织8件。",
    "收到申请48件，同比增加5件，其中自然人3件，法人2件。",  # the 5 is a comparison
    "收到申请48件，其中自然人占80%，法人或其他组织占20%。",
])
def test_gk607_quiet(example_doc, sent):
    assert part_mismatches(sent) is None
    assert found(put(example_doc, "s4", sent), "GK607") == []


# ------------------------------------------------------------------ GK608

@pytest.mark.parametrize("text", ["无", "无。", "暂无。", "五、存在的主要问题及改进情况\n无。", "信息公开还需加强。"])
def test_gk608_fires_on_empty_substance(example_doc, text):
    (f,) = found(put(example_doc, "s5", text), "GK608")
    assert f.section == "s5"


def test_gk608_quiet(example_doc):
    assert found(example_doc, "GK608") == []
    assert found(put(example_doc, "s5", ""), "GK608") == []  # GK010's business
    assert found(put(example_doc, "s5", "存在的问题是政策解读形式单一，下一步将增加图解和视频解读。"), "GK608") == []
    draft = next_year(example_doc)
    assert found(draft, "GK608") == []


# ------------------------------------------------------------------ GK609

@pytest.mark.parametrize("sent", ["所有申请均已办理完毕。", "本年度收到的申请已全部办结。",
                                  "无结转下年度办理的申请。"])
def test_gk609_all_handled_but_carried_over(example_doc, sent):
    (f,) = found(put(example_doc, "s3", sent), "GK609")
    assert f.cells == ("t3.carry_next.total",) and f.evidence == sent


@pytest.mark.parametrize("sent", ["上年结转的2件申请已全部办结。", "已全部依法依规在法定期限内答复，结转下年度继续办理2件。",
                                  "均已按时答复。", "上年度所有申请均已办理完毕。"])
def test_gk609_quiet_with_carry_over(example_doc, sent):
    assert found(put(example_doc, "s3", sent), "GK609") == []


def test_gk609_reverse_pending_but_nothing_carried(example_doc):
    History(example_doc).push(EditCells({"t3.carry_next.natural": "0", "t3.results_total.natural": "40",
                                         "t3.granted.natural": "22"}))
    assert example_doc.number("t3.carry_next.total") == 0
    (f,) = found(put(example_doc, "s3", "另有部分申请尚在办理中。"), "GK609")
    assert "尚在办理" in f.message
    for quiet in ("无尚在办理的申请。", "所有申请均已办理完毕。", "如有申请尚在办理中，将及时告知。"):
        assert found(put(example_doc, "s3", quiet), "GK609") == [], quiet


# ------------------------------------------------------------------ GK610

@pytest.mark.parametrize("line,dups", [
    ("打造整体统一的的网站界面", ["的的"]),
    ("严格落实审核审核制度", ["审核审核"]),
    ("提升资金资金使用透明度", ["资金资金"]),
    ("推进政府信息公开政府信息公开工作", ["政府信息公开政府信息公开"]),
])
def test_gk610_fires(example_doc, line, dups):
    assert duplicated(line) == dups
    (f,) = found(put(example_doc, "s5", f"存在的问题：{line}。改进措施：加强培训，完善制度，提升质量。"), "GK610")
    assert all(d in f.message for d in dups) and line in f.evidence


@pytest.mark.parametrize("line", ["层层压实责任", "认认真真做好工作", "的的确确有所提升", "一一对应整改", "研究研究再定",
                                  "二〇二五年", "常常开展培训", "人人参与", "《关于做好公开公开的通知》"])
def test_gk610_quiet(line):
    assert duplicated(line) == []


def test_gk610_heading_line_then_same_words(example_doc):
    assert found(put(example_doc, "s1", "（一）主动公开\n主动公开政府信息1376条。"), "GK610") == []


# ------------------------------------------------------------------ GK611

@pytest.mark.parametrize("text,problem", [
    ("一是加强领导；三是完善制度；三是强化培训。", "跳号"),
    ("一是加强领导；二是完善制度；二是强化培训。", "重复"),
    ("（一）主动公开\n（二）依申请公开\n（二）政府信息管理", "重复"),
    ("（一）主动公开\n（三）依申请公开", "跳号"),
    ("1.加强培训\n3.完善制度", "跳号"),
    ("一、存在的问题\n三、改进措施", "跳号"),
    ("（1）公开\n（2）解读\n（1）回应\n（2）培训", None),  # a new list restarts at 1: fine
    ("（二）依申请公开方面一是畅通渠道。三是规范流程。", "跳号"),  # glued PDF text
])
def test_gk611_numbering(example_doc, text, problem):
    got = numbering_problems(text)
    if problem is None:
        assert got == []
        return
    assert [p[1] for p in got] == [problem]
    (f,) = found(put(example_doc, "s5", text), "GK611")
    assert problem in f.message and f.section == "s5"


@pytest.mark.parametrize("text", [
    "一是加强领导；二是完善制度；三是强化培训。",
    "统一是基础，唯一是标准。",
    "工作之一是做好公开。二是否公开由领导决定。",
    "（一）存在的问题\n1.不及时\n2.不到位\n（二）改进措施\n1.加强\n2.完善",
    "二是完善制度；三是强化培训。",  # no 一: not judged
    "增长1.5倍\n2.其他",
])
def test_gk611_quiet(example_doc, text):
    assert numbering_problems(text) == []
    assert found(put(example_doc, "s5", text), "GK611") == []


def test_gk611_one_finding_per_list(example_doc):
    assert len(found(put(example_doc, "s5", "一是甲；三是乙；三是丙；五是丁。"), "GK611")) == 1


# ------------------------------------------------------------------ a keystroke re-reads only what changed

def test_a_keystroke_in_one_section_reworks_only_its_changed_line(example_doc):
    """GK610/GK611 read every prose section; after a keystroke in 一 the analysis of the other
    sections and of 一's other lines is looked up (they are pure functions of their text), and a
    caller changing a returned list never changes the next answer."""
    from gkdesk.checks.engine import Checker
    from gkdesk.checks.rules import writing
    from gkdesk.core.commands import EditSection, History

    example_doc.sections["s5"] = "存在的问题：一是培训不够；三是制度不全。改进措施：加强培训，完善制度，提升质量。"
    history = History(example_doc)
    checker = Checker(example_doc)
    before = [f for f in checker.run() if f.check_id in ("GK610", "GK611")]
    assert [f.check_id for f in before] == ["GK611"]
    lines = sum(1 for key in writing.PROSE for _ in (example_doc.sections.get(key) or "").splitlines())
    n0 = writing._duplicated.cache_info().misses
    t0 = writing._numbering_problems.cache_info().misses
    base = example_doc.sections["s1"]
    after = checker.run(history.push(EditSection("s1", base + "字")))
    assert writing._numbering_problems.cache_info().misses - t0 == 1  # 一 only, not 五 or 六
    assert writing._duplicated.cache_info().misses - n0 == 1 < lines  # the typed line only
    assert [f for f in after if f.check_id in ("GK610", "GK611")] == before
    got = writing.numbering_problems(example_doc.sections["s5"])
    got.clear()
    assert [p[1] for p in writing.numbering_problems(example_doc.sections["s5"])] == ["跳号"]
    dups = writing.duplicated("提升资金资金使用透明度")
    dups.append("x")
    assert writing.duplicated("提升资金资金使用透明度") == ["资金资金"]
