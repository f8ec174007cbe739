"""Prose split, metadata and format detection on small texts with the variants seen in practice."""

from __future__ import annotations

from gkdesk.importers.prose import agency_from_prose, detect_format, detect_meta, lead_text, split_sections

REPORT = """湛江某某局2020年度
政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2020年1月1日至2020年12月31日。
一、总体情况
总体段落一。
一、总体情况
总体段落二。
二、主动公开政府信息情况
第二十条第（一）项
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
三、收到和处理政府信息公开申请情况
本年共收到申请3件。
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
四、政府信息公开行政复议、行政诉讼情况
行政复议\t行政诉讼
结果维持\t结果纠正
五、存在问题及改进情况
问题段落。
六、其他需要报告的事项
无。
                 某某局
              2021年1月20日
"""


def test_split_sections_variants():
    s = split_sections(REPORT)
    assert set(s) == {"s1", "s2", "s3", "s4", "s5", "s6"}
    assert s["s1"] == "总体段落一。\n总体段落二。"  # repeated heading dropped
    assert s["s2"] == ""  # table text is not prose
    assert s["s3"] == "本年共收到申请3件。"
    assert s["s4"] == ""
    assert s["s5"] == "问题段落。"
    assert s["s6"] == "无。"  # 落款 removed


def test_unnumbered_and_inline_headings():
    text = "某局2020年政府\n信息公开工作年度报告\n总体情况\n甲。\n主动公开政府信息情况\n第二十条\n"
    s = split_sections(text)
    assert s["s1"] == "甲。" and "s2" in s and "s5" not in s
    inline = "正文 一、总体情况 甲乙。 二、主动公开政府信息情况第二十条第（一）项 规章000 五、存在的主要问题及改进情况 丙。 六、其他需要报告的事项 无。"
    s = split_sections(inline)
    assert s["s1"] == "甲乙。" and s["s5"] == "丙。" and s["s6"] == "无。" and s["s2"] == ""


def test_half_width_and_work_basics():
    text = "一、工作基本情况\n甲。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n五、存在的主要问题及改进情况\n乙。\n"
    s = split_sections(text)
    assert s["s1"] == "甲。" and s["s5"] == "乙。"


def test_lead_text():
    assert lead_text(REPORT).startswith("本报告根据")
    assert lead_text("一、总体情况\n甲。") == ""


def test_detect_meta_wrapped_title_and_signature():
    m = detect_meta(REPORT)
    assert m["agency"] == "湛江某某局" and m["year"] == 2020 and m["date"] == "2021-01-20"


def test_detect_meta_year_first_and_chrome():
    m = detect_meta("2019年上海市人民政府办公厅政府信息公开工作年度报告\n发布日期：2020-01-31\n正文。")
    assert m["agency"] == "上海市人民政府办公厅" and m["year"] == 2019 and m["date"] == ""
    m = detect_meta("关于2021年度政府信息公开工作的年度报告\n\nwww.x.gov.cn 发布时间:2022-01-25\n\n某某镇人民政府\n\n"
                    "关于2021年度政府信息公开工作的年度报告\n一、总体情况\n")
    assert m["agency"] == "某某镇人民政府" and m["year"] == 2021
    m = detect_meta("标题: 某某区2022年度政府信息公开工作年度报告\n发布时间: 2023-02-20 15:07\n")
    assert m["agency"] == "某某区" and m["year"] == 2022


def test_detect_meta_without_title():
    m = detect_meta("一、总体情况\n本报告所列数据的统计期限为2024年1月1日至2024年12月31日。\n")
    assert m == {"agency": "", "year": 2024, "date": "", "published": "", "agency_from": ""}
    assert detect_meta("")["year"] is None


def test_detect_format():
    assert detect_format("信息内容 本年制发件数 本年废止件数 现行有效件数")[0] == "2021"
    assert detect_format("信息内容 本年新制作数量 本年新公开数量 对外公开总数量 政府集中采购")[0] == "2019"
    # a 2021 label contains the 2019 one: 本年处理决定数量 ⊃ 处理决定数量, 行政规范性文件 ⊃ 规范性文件
    assert detect_format("行政规范性文件 本年处理决定数量")[0] == "2021"
    fid, reason = detect_format("2020年某局政府信息公开工作年度报告\n没有表格。")
    assert fid == "2019" and "2020" in reason
    assert detect_format("2023年报告")[0] == "2021"


def test_agency_not_taken_from_a_window_holding_the_site_heading():
    # a site's heading line above the two-line title: the three lines together are no title
    text = ("2022年政府信息公开工作年度报告\n桃江县松木塘镇人民政府\n2022年政府信息公开工作年度报告\n"
            "一、总体情况\n2022年，松木塘镇人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n")
    meta = detect_meta(text)
    assert (meta["agency"], meta["year"]) == ("桃江县松木塘镇人民政府", 2022)


def test_agency_not_taken_from_a_sentence_citing_the_notice():
    text = ("索 引 号 | za779940273-2023-000071 | 发布机构 | 镇安县政府 |\n发布日期 | 2023-01-30 | 文 号 | |\n"
            "是否有效 | 有效 | 有限期限 |\n"
            "按照镇安县人民政府办公室《关于做好2022年度政府信息公开年度报告编制公布工作的通知》(镇政办函〔2023〕10号)"
            "文件要求,现将茅坪回族镇2022年度政府信息公开工作报告如下:\n一、总体情况\n"
            "茅坪回族镇人民政府严格按照《中华人民共和国政府信息公开条例》要求。\n")
    meta = detect_meta(text)
    assert "《" not in meta["agency"] and "是否有效" not in meta["agency"]
    assert meta["agency"] == "茅坪回族镇"  # as the sentence "现将茅坪回族镇2022年度…报告如下" names it


def test_agency_of_titles_printed_without_year_or_as_nianbao():
    cases = {
        "首页/ 政府信息公开 / 政府信息公开年报 / 镇街 / 2022年 / 正文\n\n铁边城镇2022年度政府信息公开年报\n\n一、总体情况\n":
            ("铁边城镇", 2022),
        "乌海市工业和信息化局\n政府信息公开工作年度报告\n一、总体情况\n本报告统计期限为2020年1月1日至2020年12月31日。\n":
            ("乌海市工业和信息化局", 2020),
        "发布时间:2021-01-15 10:00 信息来源:会同县林业局\n会同县林业局信息公开工作年度报告\n一、总体情况\n"
        "本年报统计时限为2020年1月1日至2020年12月31日止。\n": ("会同县林业局", 2020),
        "驼峰路街道办事处政府信息公开工作年度报告\n\n一、总体情况\n\n2020年度我街办未接到申请。\n": ("驼峰路街道办事处", 2020),
        "某市人民政府信息公开工作年度报告\n一、总体情况\n2021年，本市……\n": ("某市人民政府", 2021),
    }
    for text, want in cases.items():
        meta = detect_meta(text)
        assert (meta["agency"], meta["year"]) == want, (text[:30], meta)


def test_agency_named_in_the_opening_sentence():
    text = ("根据《中华人民共和国政府信息公开条例》要求,特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。"
            "本报告包括总体情况等内容。\n一、总体情况\n2023年,我办坚持以习近平新时代中国特色社会主义思想为指导。\n")
    meta = detect_meta(text)
    assert (meta["agency"], meta["year"], meta["agency_from"]) == ("湛江市人民政府地方志办公室", 2023, "prose")


def test_bare_title_gives_no_agency():
    for text in ("政府信息公开工作年度报告\n一、总体情况\n本局认真贯彻。\n",
                 "2022年政府信息公开工作年度报告\n一、总体情况\n本局认真贯彻。\n"):
        assert detect_meta(text)["agency"] == "", text


def test_year_not_taken_from_a_sentence_citing_last_years_report():
    """A report without a title whose prose cites the previous report (“公开发布《XX局2022年政府信息
    公开工作年度报告》”) is not that report: the sentence is no title, the year is the one the prose
    reports on."""
    text = ("根据《中华人民共和国政府信息公开条例》有关规定，编制本报告。\n一、总体情况\n"
            "2023年，国家某某管理局认真落实党中央决策部署，深入推进政府信息公开工作。\n"
            "一是完善工作机制。\n"
            "二是做好主动公开。公开发布《国家某某管理局2022年政府信息公开工作年度报告》，全年公开规范性文件2件。\n"
            "二、主动公开政府信息情况\n")
    assert detect_meta(text)["year"] == 2023


def test_pronoun_in_the_opening_sentence_is_no_agency():
    """“现将我镇2023年度政府信息公开工作报告如下”: 我镇 is no name, the agency stays blank."""
    text = ("某某县人民政府 The People's Government\n\n政府信息公开\n\n某某县某某镇2023年政府信息公开 工作告年度报\n\n"
            "  一、总体情况\n\n  2023年，我镇认真贯彻落实《条例》。现将我镇2023年度政府信息公开工作报告如下：\n\n"
            "  二、主动公开政府信息情况\n")
    meta = detect_meta(text)
    assert meta["agency"] == ""
    assert meta["year"] == 2023


def test_clause_ending_in_a_section_word_is_no_agency():
    """“办领导要求各科室积极配合”: the subject before 积极 ends in 室 but names no place; no agency."""
    text = ("本年度报告根据《条例》编制。\n一、总体情况\n按照区委、区政府有关要求，区财政局进一步完善公开制度。"
            "局领导要求各科室积极配合，各司其职。\n二、主动公开政府信息情况\n")
    assert agency_from_prose(text) == ""
    text2 = "一、总体情况\n2023年，某某县审计局认真贯彻落实《条例》。\n二、主动公开政府信息情况\n"
    assert agency_from_prose(text2) == "某某县审计局"
def test_agency_not_run_into_a_site_button_above_the_breadcrumb():
    # the breadcrumb line between the site's button and the title is furniture and dropped: the
    # button is not the start of the agency's name
    text = ("在线咨询\n当前位置: 首页 > 政务公开 > 政府信息公开年报 > 街道\n\n"
            "青州市云门山街道办事处2022年政府信息公开工作年度报告\n\n发布时间:2023-01-18\n\n"
            "一、总体情况\n2022年，云门山街道坚持公开为常态。\n")
    meta = detect_meta(text)
    assert (meta["agency"], meta["year"]) == ("青州市云门山街道办事处", 2022)


def test_agency_wrapped_over_two_title_lines_stays_whole():
    for text in ("湘潭市岳塘区\n人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n",
                 "湘潭市岳塘区\n\n人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n",
                 "国家税务总局\n湘潭县税务局2023年政府信息公开工作年度报告\n一、总体情况\n"):
        assert detect_meta(text)["agency"] in ("湘潭市岳塘区人民政府办公室", "湘潭市岳塘区人民政府",
                                               "国家税务总局湘潭县税务局"), text


def test_headings_with_the_year_first_and_the_old_template_words():
    text = ("某乡人民政府2019年度政府信息公开年度工作报告\n一、2019年政府信息公开工作的总体情况\n甲。\n"
            "二、行政机关主动公开政府信息情况\n全年公开信息12条。\n第二十条第(一)项\n"
            "三、行政机关收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
            "五、存在的主要问题及改进情况\n乙。\n")
    s = split_sections(text)
    assert s["s1"] == "甲。" and s["s2"] == "全年公开信息12条。" and "s3" in s and s["s5"] == "乙。"


def test_section_two_heading_with_de():
    text = "一、总体情况\n甲。\n二、主动公开政府信息的情况 \n全年公开信息9条。\n第二十条第(一)项\n五、存在的主要问题及改进情况\n乙。\n"
    s = split_sections(text)
    assert s["s1"] == "甲。" and s["s2"] == "全年公开信息9条。" and s["s5"] == "乙。"


def test_title_with_the_level_but_no_place_is_no_agency():
    """A page titled “县人民政府办公室2024年…” (the level without the place, as a county's own site lists
    it) names no agency: the full name comes from the opening sentence (“现公开某某县人民政府办公室
    2024年…”) when it ends in the title's words, else the agency stays blank."""
    text = ("县人民政府办公室2024年政府信息公开工作年度报告\n\n根据《中华人民共和国政府信息公开条例》要求，"
            "现公开某某县人民政府办公室2024年政府信息公开工作年度报告。本报告中所列数据的统计时间为"
            "2024年1月1日至2024年12月31日。\n\n一、总体情况\n\n    2024年，县政府办公室认真贯彻落实。\n")
    meta = detect_meta(text)
    assert (meta["agency"], meta["year"]) == ("某某县人民政府办公室", 2024)
    alone = ("区司法局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n2024年，我局认真贯彻落实《条例》。\n")
    assert detect_meta(alone)["agency"] == ""


def test_agency_from_the_sentence_making_the_report():
    """“…等相关规定，编制某某市某某区农业农村局2024年政府信息公开工作年度报告” names the agency; a
    notice's title “关于编制公布2024年…” does not (no organisation between the verb and the year)."""
    text = ("根据《中华人民共和国政府信息公开条例》等相关规定，编制某某市某某区农业农村局2024年政府信息公开工作"
            "年度报告，所列数据统计期限为2024年1月1日至12月31日。\n一、总体情况\n（一）主动公开。2024年，区农业农村局"
            "主动公开政府信息20件。\n")
    assert (detect_meta(text)["agency"], detect_meta(text)["agency_from"]) == ("某某市某某区农业农村局", "prose")
    notice = ("根据《某某市人民政府办公室关于编制公布2024年政府信息公开工作年度报告有关事项的通知》要求，编制本报告。\n"
              "一、总体情况\n2024年，我局认真贯彻落实《条例》。\n")
    assert detect_meta(notice)["agency"] == ""
def test_agency_named_after_the_year_in_the_opening_sentence():
    """“现向社会公布2021年某某市文化广电和旅游局政府信息公开工作年度报告”: the year before the name;
    a pronoun (本单位) or a bare place stays no agency."""
    text = ("根据《中华人民共和国政府信息公开条例》的有关规定,现向社会公布2021年某某市文化广电和旅游局政府信息公开"
            "工作年度报告。本报告由总体情况等组成。\n一、总体情况\n2021年,我局认真落实各项要求。\n")
    meta = detect_meta(text)
    assert (meta["agency"], meta["year"], meta["agency_from"]) == ("某某市文化广电和旅游局", 2021, "prose")
    text = "为做好工作,现向社会公布2022年度某某县人民政府信息公开工作年度报告。\n一、总体情况\n本年度无。\n"
    assert detect_meta(text)["agency"] == "某某县人民政府"
    for who in ("本单位", "我局", "某某县"):
        text = f"现向社会公布2022年度{who}政府信息公开工作年度报告。\n一、总体情况\n本年度无。\n"
        assert detect_meta(text)["agency"] == "", who


def test_title_agency_of_titles_without_zhengfu_or_with_renmin_zhengfu():
    """“某某县文化和旅游局 / 2022年信息公开工作年度报告” (no 政府 in the title's words) names its agency;
    “2021年某某县人民政府信息公开…” keeps the name's 政府; “2022年政府信息公开…” names none."""
    cases = {
        "某某县文化和旅游局\n2022年信息公开工作年度报告\n一、总体情况\n": ("某某县文化和旅游局", 2022),
        "2021年某某市人民政府信息公开工作年度报告\n一、总体情况\n": ("某某市人民政府", 2021),
        "2022年政府信息公开工作年度报告\n一、总体情况\n本局认真贯彻。\n": ("", 2022),
        "某某县林业局关于2020年度政府信息公开情况的报告\n一、总体情况\n": ("某某县林业局", 2020),
        "某某海关2022年政府信息公开工作年度报告\n一、总体情况\n": ("某某海关", 2022),
    }
    for text, want in cases.items():
        meta = detect_meta(text)
        assert (meta["agency"], meta["year"]) == want, (text[:20], meta)


def test_line_opening_with_a_verb_names_no_agency():
    """“现将2021年度政府信息公开工作年度报告如下”: the words before the year are a verb, not a name."""
    for text in ("现将2021年度政府信息公开工作年度报告如下:\n一、总体情况\n本局认真贯彻。\n",
                 "特此公布2023年政府信息公开工作年度报告\n一、总体情况\n本局认真贯彻。\n"):
        meta = detect_meta(text)
        assert meta["agency"] == "" and meta["year"] in (2021, 2023), meta


# The format is judged from the tables (from 二、主动公开 on), not from the prose of 一: a clerk's
# opening paragraph names what was published in words of either format.
_PROSE_2021 = ("一、总体情况\n2021年，某县市场监督管理局认真贯彻落实《条例》，主动公开行政许可、行政处罚、"
               "其他对外管理服务事项、政府集中采购等信息，全年发布信息236条。\n")
_TABLE_2021_SHORT = """二、主动公开政府信息情况
第二十条第（一）项
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t0
规范性文件\t1\t0\t3
第二十条第（五）项
信息内容\t处理决定数量
行政许可\t86
第二十条第（六）项
信息内容\t处理决定数量
行政处罚\t41
行政强制\t2
第二十条第（八）项
信息内容\t本年度收费金额（单位：万元）
行政事业性收费\t0
三、收到和处理政府信息公开申请情况
"""


def test_detect_format_ignores_2019_words_in_the_prose():
    # prose: 其他对外管理服务事项, 政府集中采购; table: short 2021 headers with the 2019 row label 规范性文件
    # and the shared 处理决定数量 — by labels over the whole text 2019 would win 4 to 3
    fid, reason = detect_format(_PROSE_2021 + _TABLE_2021_SHORT)
    assert fid == "2021", reason
    assert "（五）项只有处理决定数量一栏" in reason
    # a table of contents above the prose, and prose of 五 after the tables, change nothing
    toc = "目录\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n五、存在的主要问题及改进情况\n"
    tail = "五、存在的主要问题及改进情况\n明年将加强其他对外管理服务事项和政府集中采购信息的公开。\n"
    assert detect_format(toc + _PROSE_2021 + _TABLE_2021_SHORT + tail)[0] == "2021"


def test_detect_format_ignores_2021_words_in_a_2019_report():
    text = ("一、总体情况\n2020年，我局对行政规范性文件进行了全面清理，按上级要求分别统计本年制发件数、"
            "本年废止件数和现行有效件数，为明年起执行新格式做好准备；新格式还将统计本年处理决定数量和"
            "本年收费金额。\n"
            "二、主动公开政府信息情况\n"
            "第二十条第（一）项\n信息内容\t新制作\t新公开\t公开总数\n规章\t0\t0\t0\n规范性文件\t2\t2\t15\n"
            "第二十条第（五）项\n信息内容\t上年项目数\t增/减\t处理决定数\n行政许可\t12\t0\t340\n"
            "其他对外管理服务事项\t3\t1\t25\n"
            "第二十条第（六）项\n信息内容\t上年项目数\t增/减\t处理决定数\n行政处罚\t20\t-1\t17\n行政强制\t4\t0\t0\n"
            "第二十条第（八）项\n信息内容\t上年项目数\t增/减\n行政事业性收费\t1\t0\n"
            "第二十条第（九）项\n信息内容\t采购项目数\t采购总金额\n政府集中采购\t6\t52.3\n"
            "三、收到和处理政府信息公开申请情况\n")
    # by labels over the whole text 2021 would win 6 to 5; the tables are all 2019 in shape
    fid, reason = detect_format(text)
    assert fid == "2019", reason


def test_detect_format_of_mixed_tables_says_so():
    from gkdesk.importers.prose import judge_format

    mixed = _TABLE_2021_SHORT.replace("本年制发件数\t本年废止件数\t现行有效件数", "本年新制作数量\t本年新公开数量\t对外公开总数量")
    fid, reason, is_mixed = judge_format(_PROSE_2021 + mixed)
    # (一) prints the 2019 headers; (五), (六), (八) and the missing (九) are the 2021 shape
    assert (fid, is_mixed) == ("2021", True), reason
    assert "混用" in reason and "（一）项表头" in reason
    # tables of one format only are not mixed
    assert judge_format(_PROSE_2021 + _TABLE_2021_SHORT)[2] is False


def test_flipbook_page_caption_is_not_the_agency():
    # a PDF shown by a flip-book viewer: each page's text opens with the viewer's caption
    # "Page N - <document title>" and the page number "P. N"; the title after the caption names the agency
    page = ("Page 8 - 某市某区信访局2022年政府信息公开工作年度报告\nP. 8\n"
            "四、因政府信息公开工作被申请行政复议提起行政诉讼情况\n行政复议 行政诉讼\n"
            "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n五、政府信息公开工作存在的主要问题及改进情况\n人员力量不足。\n")
    meta = detect_meta(page)
    assert meta["agency"] == "某市某区信访局" and meta["year"] == 2022
    from gkdesk.importers.locate import clean_text
    assert "P. 8" not in clean_text(page) and "Page 8" not in clean_text(page)


def test_pinyin_glosses_of_a_mirror_site_are_dropped():
    # a mirror site prints the pronunciation of some characters after them: "鎮(zhèn)", "數(shù)量"
    page = ("拖市鎮(zhèn)2020年政府信息公開工作年度報告\n一、總體情況\n本鎮(zhèn)依法公開政府信息。\n"
            "二、主動公開政府信息情況\n第二十條第(一)項 | |||\n信息內容 | 本年新 制作數(shù)量 | 本年新 公開數(shù)量 | 對外公開總數(shù)量 |\n"
            "規(guī)章 | 0 | 0 | 0 |\n規(guī)范性文件 | 12 | 3 | 41 |\n")
    from gkdesk.importers import import_bytes
    doc = import_bytes(page.encode(), "r.txt").doc
    assert [doc.value(f"t2.normative.{c}").text for c in ("made", "published", "total_public")] == ["12", "3", "41"]
    assert doc.meta.agency == "拖市镇"
    from gkdesk.importers.locate import clean_text
    assert clean_text("（一）予以公开(含3件) 行政許可(xǔ)") == "（一）予以公开(含3件) 行政許可"


def test_site_column_title_above_the_title_is_not_the_agency():
    # a CMS page: the column's name "政府信息公开" on the line above the report's title, with or
    # without the site's name above it and blank lines between
    for head in ("政府信息公开\n某市某区某某街道2022年政府信息公开工作年度报告\n",
                 "某区人民政府\n\n政府信息公开\n\n某区某某街道办事处2020年政府信息公开工作年度报告\n"):
        meta = detect_meta(head + "一、总体情况\n本街道依法公开政府信息。\n")
        assert meta["agency"] in ("某市某区某某街道", "某区某某街道办事处"), head
        assert not meta["agency"].startswith(("政府信息公开", "某区人民政府"))
