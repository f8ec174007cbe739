"""Hand-typed truth for every real report in ../shared (seeds and reports): the transcription.

Every value below was read from the source text by a person, cell by cell, and checked against the
table identities; nothing here parses a source or runs the importer. `make_truth.py` turns these
entries into tests/data/truth/<stem>.json (the files the tools read); see README.md for the JSON
form and the meaning of each field.

Typing conventions
------------------
- Tables are typed one line per printed row: the row code of formats.toml, then the cells in the
  printed column order of the format (表二: the block's columns; 表三: 自然人 商业企业 科研机构
  社会公益组织 法律服务机构 其他 总计; 表四: one line of 15 — 行政复议 ×5, 未经复议直接起诉 ×5,
  复议后起诉 ×5, each 结果维持 结果纠正 其他结果 尚未审结 总计).
- Tokens: a number as printed (canonical: no thousands separators, "-417" signed); "_" = a cell the
  source prints EMPTY (stays blank, never 0); "." = a cell the source does not contain (file cut
  off, or the row was printed with fewer cells); "?" = a cell a human reader cannot assign (reason
  in `ambiguous`). A row shorter than its column count has its trailing cells absent ("."); a row
  not typed at all is absent.
- `implied`: cells the source does not print but whose value follows from what it prints beyond
  doubt (a printed 0 whose parts are non-negative). `foreign`: rows the source prints that do not
  exist in its format version (cell ids of the other version). `printed`: the printed text where it
  differs from the typed value (a unit converted). `source_errors`: identities the source itself
  breaks, as printed (never "fixed").
"""

from __future__ import annotations

TRUTH: dict[str, dict] = {}

# =========================================================================================== reports
TRUTH["real-002"] = dict(
    source="reports/real-002.txt",
    format="2021", year=2023, agency="洪泽区人民政府", agency_full="淮安市洪泽区人民政府", complete=True,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政复议、行政诉讼情况",
        "s5": "五、存在的主要问题及改进情况",
        "s6": "六、其他需要报告的事项",
    },
    t2="""
        rules       0 0 0
        normative   0 5 5
        license     550
        penalty     4119
        coercion    195
        fees        7730.28
    """,
    t3="""
        new                 21 0 0 0 0 0 21
        carried             0 0 0 0 0 0 0
        granted             0 0 0 0 0 0 0
        partial             4 0 0 0 0 0 4
        deny_secret         1 0 0 0 0 0 1
        deny_law            0 0 0 0 0 0 0
        deny_safety         0 0 0 0 0 0 0
        deny_third_party    0 0 0 0 0 0 0
        deny_internal       0 0 0 0 0 0 0
        deny_process        1 0 0 0 0 0 1
        deny_enforcement    1 0 0 0 0 0 1
        deny_inquiry        0 0 0 0 0 0 0
        unable_none         10 0 0 0 0 0 10
        unable_make         3 0 0 0 0 0 3
        unable_unclear      0 0 0 0 0 0 0
        reject_petition     1 0 0 0 0 0 1
        reject_repeat       0 0 0 0 0 0 0
        reject_publication  0 0 0 0 0 0 0
        reject_mass         0 0 0 0 0 0 0
        reject_confirm      0 0 0 0 0 0 0
        results_total       21 0 0 0 0 0 21
        carry_next          0 0 0 0 0 0 0
    """,
    t4="10 1 0 0 0  0 0 0 0 0  5 0 0 0 0",
    # A 2021-format table that prints the 2019 single row （六）其他处理 (seven 0s) instead of the
    # three 2021 sub-rows: the row is kept as printed (2019 ids), the sub-rows are not in the source.
    foreign={"t3": "other_handling  0 0 0 0 0 0 0"},
    implied={
        "t3": """
            other_overdue   0 0 0 0 0 0 0
            other_unpaid    0 0 0 0 0 0 0
            other_misc      0 0 0 0 0 0 0
        """,
        "reason": "the source prints the 2019 single row （六）其他处理 = 0 in every column; its three 2021 "
                  "sub-rows are non-negative counts and therefore 0",
    },
    source_errors={
        "sum:t4.review.total": "行政复议 printed 结果维持 10, 结果纠正 1 but 总计 0 (README: REAL ERROR)",
        "sum:t4.after.total": "复议后起诉 printed 结果维持 5 but 总计 0 (README: REAL ERROR)",
    },
    notes=[
        "pdftotext -layout text; page numbers -1-…-5- and page breaks inside the tables.",
        "Label “2.其他法律行政止公开” (typo in the source) is row deny_law.",
        "表四: the 15 numbers are printed on one line under the wrapped header.",
        "表三 勾稽: 21 + 0 = 21 + 0 in every column.",
    ],
)

TRUTH["real-004"] = dict(
    source="reports/real-004.txt",
    format="2021", year=2022, agency="平潭综合实验区", complete=True,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政法复议、行政诉讼情况",
        "s5": "五、存在的主要问题及改进情况",
        "s6": "六、其他需要报告的事项",
    },
    # Cells are glued without separators ("8855698", "713000074"). Every reading below is the only
    # split of the printed digit string that satisfies the row's own arithmetic (总计 = sum of the
    # six applicant columns, no number with a leading zero); 行政规范性文件 88/55/698 has no row sum
    # and is fixed by the prose (“现行有效行政规范性文件698件，…本年度制发的规范性文件88件”).
    t2="""
        rules       0 0 0
        normative   88 55 698
        license     10690
        penalty     2113
        coercion    0
        fees        9116.36
    """,
    t3="""
        new                 71 3 0 0 0 0 74
        carried             1 0 0 0 0 0 1
        granted             21 0 0 0 0 0 21
        partial             8 1 0 0 0 0 9
        deny_secret         0 0 0 0 0 0 0
        deny_law            0 0 0 0 0 0 0
        deny_safety         0 0 0 0 0 0 0
        deny_third_party    0 0 0 0 0 0 0
        deny_internal       1 0 0 0 0 0 1
        deny_process        2 0 0 0 0 0 2
        deny_enforcement    1 0 0 0 0 0 1
        deny_inquiry        0 0 0 0 0 0 0
        unable_none         37 0 0 0 0 0 37
        unable_make         0 0 0 0 0 0 0
        unable_unclear      0 0 0 0 0 0 0
        reject_petition     0 0 0 0 0 0 0
        reject_repeat       0 0 0 0 0 0 0
        reject_publication  0 0 0 0 0 0 0
        reject_mass         0 0 0 0 0 0 0
        reject_confirm      0 0 0 0 0 0 0
        other_overdue       2 0 0 0 0 0 2
        other_unpaid        0 0 0 0 0 0 0
        other_misc          0 2 0 0 0 0 2
        results_total       72 3 0 0 0 0 75
        carry_next          0 0 0 0 0 0 0
    """,
    t4="0 1 1 0 2  1 0 0 0 1  0 0 0 0 0",
    notes=[
        "Crawler page.txt: header block (标题/发布时间/原文链接…) before the body; the whole body is one line.",
        "Table cells glued without separators; the label ordinal of the next row follows the digits "
        "(“…国家秘密00000002.其他…”: seven 0s, then label 2.).",
        "Glued strings with more than one digit per cell, as printed: 8855698, 10690, 2113, 713000074, "
        "210000021, 8100009, 370000037, 0200002, 723000075.",
        "Prose agrees: 收到申请75件 (自然人72, 商业企业3), 行政诉讼1件, 行政复议2件.",
        "表三 勾稽: 74 + 1 = 75 + 0; 自然人 71 + 1 = 72 + 0; 商业企业 3 + 0 = 3 + 0.",
    ],
)

TRUTH["real-009"] = dict(
    source="reports/real-009.txt",
    format="2019", year=2019, agency="上海市人民政府办公厅", complete=True,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政复议、行政诉讼情况",
        "s5": "五、政府信息公开工作存在的主要问题及改进情况",
        "s6": "六、其他需要报告的事项",
    },
    t2="""
        rules           13 13 524
        normative       60 60 368
        license         0 0 0
        other_services  0 0 0
        penalty         0 0 0
        coercion        0 0 0
        fees            0 0
        procurement     6 25.1
    """,
    printed={"t2.procurement.amount": "251000元"},
    # TAB-separated; a single space between two tabs is an empty HTML cell (&nbsp;).
    t3="""
        new                 821 35 _ _ 2 1 859
        carried             18 _ _ _ _ _ 18
        granted             258 12 _ _ 1 1 _
        partial             3 _ _ _ _ _ _
        deny_secret         14 _ _ _ _ _ _
        deny_law            _ _ _ _ _ _ _
        deny_safety         _ _ _ _ _ _ _
        deny_third_party    _ _ _ _ _ _ _
        deny_internal       5 _ _ _ _ _ _
        deny_process        3 1 _ _ _ _ _
        deny_enforcement    _ _ _ _ _ _ _
        deny_inquiry        10 2 _ _ _ _ _
        unable_none         252 12 _ _ 1 _ _
        unable_make         44 3 _ _ _ _ _
        unable_unclear      25 _ _ _ _ _ _
        reject_petition     148 1 _ _ _ _ _
        reject_repeat       5 4 _ _ _ _ _
        reject_publication  _ _ _ _ _ _ _
        reject_mass         _ _ _ _ _ _ _
        reject_confirm      _ _ _ _ _ _ _
        other_handling      _ _ _ _ _ _ _
        results_total       767 35 _ _ 2 1 805
        carry_next          72 _ _ _ _ _ 72
    """,
    t4="5 _ _ 2 7  8 _ _ 1 9  _ _ _ _ _",
    source_errors={
        "sum:t3.results_total.total:col": "总计 column printed EMPTY for every result row (（一）…（六）) while "
                                          "（七）总计/总计 prints 805: a real omission of the source (README)",
    },
    notes=[
        "采购总金额 printed “251000元” (unit 元; the format's cell is in 万元): typed as 25.1 (万元), "
        "the printed text is kept in `printed`.",
        "总计 column printed EMPTY for every result row except （七）总计 (a real omission of the source, "
        "not an arithmetic error: the printed totals 859, 18, 805, 72 all add up).",
        "Empty cells are empty, not 0: e.g. 科研机构 and 社会公益组织 are empty in every row.",
        "表三 勾稽 (总计): 859 + 18 = 805 + 72; 自然人 821 + 18 = 767 + 72.",
        "Prose “予以公开及部分公开258件” vs table 予以公开 258 + 部分公开 3 (a prose/table mismatch of the "
        "source, not a table cell question).",
        "表四: 复议后起诉 five cells printed empty.",
    ],
)

TRUTH["real-012"] = dict(
    source="reports/real-012.txt",
    format="2021", year=2024, agency="淮安市人民政府", complete=True,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政复议、行政诉讼情况",
        "s5": "五、存在的主要问题及改进情况",
        "s6": "六、其他需要报告的事项",
    },
    t2="""
        rules       1 0 11
        normative   8 26 66
        license     447228
        penalty     3985758
        coercion    88283
        fees        96171.6
    """,
    # Plain pdftotext: one cell per line. The numbers of （一）予以公开 and （二）部分公开 are printed
    # before 1.属于国家秘密 and their labels come later; likewise the numbers of （五）5. and （六）1.–3.
    # are printed before （七）总计 with their labels after 四、结转下年度继续办理. In both places the
    # number of seven-number groups equals the number of detached labels, in table order, and every
    # group adds up (1288+21+50+3 = 1362; 447+7 = 454; 67+3+1 = 71; 108+2 = 110).
    t3="""
        new                 3001 53 0 0 61 4 3119
        carried             34 0 0 0 0 0 34
        granted             1288 21 0 0 50 3 1362
        partial             447 7 0 0 0 0 454
        deny_secret         2 0 0 0 0 0 2
        deny_law            30 1 0 0 0 0 31
        deny_safety         5 0 0 0 0 0 5
        deny_third_party    6 0 0 0 0 0 6
        deny_internal       7 1 0 0 0 0 8
        deny_process        12 0 0 0 0 0 12
        deny_enforcement    9 0 0 0 0 0 9
        deny_inquiry        105 0 0 0 0 0 105
        unable_none         746 12 0 0 10 1 769
        unable_make         11 0 0 0 0 0 11
        unable_unclear      1 0 0 0 0 0 1
        reject_petition     56 6 0 0 0 0 62
        reject_repeat       25 0 0 0 0 0 25
        reject_publication  0 0 0 0 0 0 0
        reject_mass         0 0 0 0 0 0 0
        reject_confirm      1 0 0 0 0 0 1
        other_overdue       67 3 0 0 1 0 71
        other_unpaid        6 0 0 0 0 0 6
        other_misc          108 2 0 0 0 0 110
        results_total       2932 53 0 0 61 4 3050
        carry_next          103 0 0 0 0 0 103
    """,
    # 表四 printed one number per line in the order 72 64 178 37 | 12 1 1 6 | 351 | 13 4 8 1 26 | 20:
    # the 总计 cells of 行政复议 and 未经复议直接起诉 come out displaced. Only one assignment adds up
    # (72+64+178+37 = 351, 12+1+1+6 = 20, 13+4+8+1 = 26), and the prose confirms it (复议351件 with
    # 72/64/178/37; 诉讼46件 with 25/5/9/7 = 12+13 / 1+4 / 1+8 / 6+1).
    t4="72 64 178 37 351  12 1 1 6 20  13 4 8 1 26",
    notes=[
        "Header cells split mid-word (商业企/业, 科研机/构); 总计 printed before 法律服务机构/其他 in the header.",
        "（六） sub-rows printed with “1、/2、/3、” instead of “1./2./3.”.",
        "Page numbers -1-…-6- inside the tables.",
        "表三 勾稽: 3119 + 34 = 3050 + 103; 自然人 3001 + 34 = 2932 + 103.",
    ],
)

TRUTH["P01"] = dict(
    source="reports/P01.txt",
    format="2021", year=2023, agency="官洲街道办事处", agency_full="广州市海珠区官洲街道办事处", agency_from="prose", complete=False,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
    },
    cut_in="s3",
    t2="""
        rules       0 0 0
        normative   0 0 0
        license     0
        penalty     1472
        coercion    0
        fees        0
    """,
    t3="""
        new                 1 0 0 0 0 0 1
        carried             0 0 0 0 0 0 0
        granted             0 0 0 0 0 0 0
        partial             0 0 0 0 0 0 0
        deny_secret         0 0 0 0 0 0 0
        deny_law            0 0 0 0 0 0 0
        deny_safety         0 0 0 0 0 0 0
        deny_third_party    0 0 0 0 0 0 0
        deny_internal       0 0 0 0 0 0 0
        deny_process        0 0 0 0 0 0
    """,
    notes=[
        "Excerpt (first ~2000 bytes); the text starts at 一、总体情况 (no title): the agency is named only "
        "as “官洲街道办事处” in the prose; README: 广州市海珠区官洲街道办事处.",
        "Cut inside 表三 after the sixth cell of 6.属于四类过程性信息 (its 总计 and everything after is absent). "
        "The last printed cell “0” is complete (a count cannot continue after a leading 0).",
        "Pipe rows; rowspan labels inline on the first row of their group.",
    ],
)

TRUTH["P02"] = dict(
    source="reports/P02.txt",
    format="2019", year=2023, agency="西咸新区底张街道办事处", complete=False,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
    },
    cut_in="s2",
    t2="""
        rules       0 0 0
        normative   0 0 0
        license     0 0 0
    """,
    notes=[
        "REAL FORMAT MISMATCH: a 2023 report printed in the 2019 table layout (本年新制作数量/本年新公开数量/"
        "对外公开总数量; 上一年项目数量/本年增/减/处理决定数量); typed in the 2019 format, year 2023.",
        "Title wrapped over two lines. Cut inside 表二 at the label “其他对” (其他对外管理服务事项 and "
        "everything after is absent).",
        "Prose: no applications in 2023 (全年未收到依申请公开来信).",
    ],
)

TRUTH["P03"] = dict(
    source="reports/P03.txt",
    format="2021", year=2021, agency="盐边县新九镇人民政府", complete=False,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
    },
    cut_in="s3",
    t2="""
        rules       0 0 0
        normative   0 0 0
        license     0
        penalty     0
        coercion    0
        fees        0
    """,
    t3="""
        new                 0 0 0 0 0 0 0
        carried             0 0 0 0 0 0 0
        granted             0 0 0 0 0 0 0
    """,
    notes=[
        "One cell per line separated by blank lines; page chrome (发布时间/来源/阅读次数) before the title.",
        "Header “现行有效件” truncated in the source; a cell “ 0” with a leading space (二、上年结转 自然人).",
        "Cut at the label of （二）部分公开: that row and everything after is absent.",
    ],
)

TRUTH["P04"] = dict(
    source="reports/P04.txt",
    format="2019", year=2020, agency="两城镇人民政府", agency_full="微山县两城镇人民政府", agency_from="prose", complete=False,
    sections={
        "s1": "一、工作基本情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
    },
    cut_in="s3",
    t2="""
        rules           0 0 0
        normative       0 0 0
        license         0 0 0
        other_services  0 0 0
        penalty         0 0 0
        coercion        0 0 0
        fees            0 0
        procurement     0 0
    """,
    t3="""
        new                 0 0 0 0 0 0 0
        carried             0 0 0 0 0 0 0
    """,
    notes=[
        "Section 一 is headed “一、工作基本情况”.",
        "表二 (一) headers truncated in the source (“本年新 | 本年新”); the columns are the format's, in order.",
        "Pipe rows with trailing empty cells “| |” and “||||” padding (padding, not value cells).",
        "Cut at 三、本年度办理结果 | （一）予以公开 | (no value printed): （一） and everything after is absent.",
        "Agency named as 两城镇人民政府 (address: 微山县两城镇人民政府驻地…).",
    ],
)

TRUTH["P05"] = dict(
    source="reports/P05.txt",
    format="2019", year=2019, agency="文登区住建局", agency_full="威海市文登区住房和城乡建设局", agency_from="prose", complete=False,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
    },
    cut_in="s3",
    t2="""
        rules           0 0 0
        normative       0 8 8
        license         716 -417 298
        other_services  0 0 0
        penalty         3 6 9
        coercion        0 0 0
        fees            0 0
        procurement     0 0
    """,
    t3="""
        new                 2 0 0 0 0 0 2
        carried             0 0
    """,
    notes=[
        "行政许可 716 / -417 / 298: 716 − 417 = 299 ≠ 298, but the 2019 columns are not an identity of the "
        "format (处理决定数量 is not 上一年项目数量 + 本年增/减); typed as printed, not a source error here.",
        "Cut after the second cell of 二、上年结转 (its other five cells and everything after is absent).",
        "Agency named as 文登区住建局 in the prose; README: 威海市文登区住房和城乡建设局.",
    ],
)

TRUTH["P06"] = dict(
    source="reports/P06.txt",
    format="2021", year=2024, agency="", agency_full="深圳市龙岗区政府工作部门 (not in the captured text)",
    complete=False,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
    },
    cut_in="s3",
    t2="""
        rules       0 0 0
        normative   5 1 25
        license     0
        penalty     0
        coercion    0
        fees        0
    """,
    t3="""
        new                 58 7 0 0 1 0 66
        carried             2 0 0 0 0 0 2
        granted             2 1 0 0 0 0 3
        partial             16 1 0 0 0 0 17
        deny_secret         0 0 0 0 0 0 0
        deny_law            0 0 0 0 0 0 0
        deny_safety         0 0 0 0 0 0 0
        deny_third_party    0 0 0 0 0 0 0
        deny_internal       1 0 0 0 0 0 1
        deny_process        0 0 0 0 0 0 0
        deny_enforcement    0 0 0 0 0 0
    """,
    notes=[
        "The agency is not named in the captured text.",
        "Cut after the sixth cell of 7.属于行政执法案卷 (its 总计 and everything after is absent).",
    ],
)

TRUTH["P07"] = dict(
    source="reports/P07.txt",
    format="2019", year=2020, agency="桃江县审计局", agency_from="prose", complete=False,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
    },
    cut_in="s3",
    t2="""
        rules           0 0 0
        normative       2 2 2
        license         0 0 0
        other_services  0 0 0
        penalty         0 0 0
        coercion        0 0 0
        fees            0 0
        procurement     0 0
    """,
    t3="""
        new                 0 0 0 0 0 0 0
        carried             0 0 0 0 0 0 0
        granted             0 0 0 0 0 0 0
        partial             0 0 0 0 0 0 0
    """,
    notes=[
        "Every cell on its own line with a lone “|” line between cells; header cells wrapped (本年新/制作数量).",
        "Cut inside the label 1.属于国家秘(密): （三） and everything after is absent.",
        "Agency: 县审计局 / 桃江县审计局办公室 in the text.",
    ],
)

TRUTH["P08"] = dict(
    source="reports/P08.txt",
    format="2019", year=2020, agency="七里坪镇", agency_full="七里坪镇人民政府", agency_from="prose", complete=False,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
    },
    cut_in="s3",
    t2="""
        rules           0 0 0
        normative       0 0 0
        license         0 0 0
        other_services  0 0 0
        penalty         0 0 0
        coercion        0 0 0
        fees            0 0
        procurement     0 0
    """,
    t3="""
        new                 3 0 0 0 0 0 3
        carried             0 0 0 0 0 0 0
        granted             3 0 0 0 0 0 3
        partial             0 0 0 0 0 0 0
    """,
    notes=[
        "One cell per line ending with “ |”; header 采购项目数 (short variant).",
        "Prose says 3 consultations by mailbox while the table counts 3 new applications, all 予以公开 "
        "(a prose/table question, the table is typed as printed).",
        "Cut at （三）不予公开 1.属于: （三） and everything after is absent.",
        "Agency named only as 七里坪镇 in the captured text (README: 七里坪镇人民政府).",
    ],
)

TRUTH["P09"] = dict(
    source="reports/P09.txt",
    format="2021", year=2022, agency="", agency_full="武汉市汉阳区人民政府办公室 (the text says 我办 / 区政府办公室)",
    complete=False,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
    },
    cut_in="s3",
    t2="""
        rules       0 0 _
        normative   5 12 8
        license     0
        penalty     0
        coercion    0
        fees        0
    """,
    t3="""
        new                 8 0 0 0 0 0 8
        carried             0 0 0 0 0 0 0
    """,
    notes=[
        "Cells one per line ending “ |”, a lone “|” line between rows, long “| ||||” padding.",
        "规章 现行有效件数 printed EMPTY (a lone “|” cell before the row separator).",
        "REAL ODDITY: 行政规范性文件 制发5 废止12 现行有效8 (no identity of the format; typed as printed).",
        "Narrative paragraph inside 三 before the table: 8 applications, 2+2+1+2+1, none carried over.",
        "Cut at the label 三、本年度办(理结果): 予以公开 and everything after is absent.",
    ],
)

# ============================================================================================= seeds
# The five 2020 reports in the 2019 format. Started from tests/data/seeds/make_seed_fixtures.py and
# verified cell by cell against the source text; differences from that fixture are stated.
_ZERO_T2_2019 = """
    rules           0 0 0
    normative       0 0 0
    license         0 0 0
    other_services  0 0 0
    penalty         0 0 0
    coercion        0 0 0
    fees            0 0
    procurement     0 0
"""
_T3_2019_ROWS = ("new carried granted partial deny_secret deny_law deny_safety deny_third_party deny_internal "
                 "deny_process deny_enforcement deny_inquiry unable_none unable_make unable_unclear reject_petition "
                 "reject_repeat reject_publication reject_mass reject_confirm other_handling results_total "
                 "carry_next").split()
_ZERO_T3_2019 = "\n".join(f"{r} 0 0 0 0 0 0 0" for r in _T3_2019_ROWS)
_ZERO_T4 = "0 0 0 0 0  0 0 0 0 0  0 0 0 0 0"

TRUTH["000_a1d22aa4bcc3044e"] = dict(
    source="seeds/000_a1d22aa4bcc3044e.txt",
    format="2019", year=2020, agency="湛江奋勇高新区社会管理与侨务局", complete=True,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政复议、行政诉讼情况",
        "s5": "五、存在的主要问题及改进情况",
    },
    t2=_ZERO_T2_2019,
    printed={"t2.procurement.amount": "0元"},
    t3=_ZERO_T3_2019,
    t4=_ZERO_T4,
    notes=[
        "Table cells flattened one per line (tab-indented). 采购总金额 printed “0元”: 0 in any unit.",
        "No section 六 although the lead paragraph announces “六部分内容”.",
    ],
)

TRUTH["001_68737bd3c1f99b18"] = dict(
    source="seeds/001_68737bd3c1f99b18.txt",
    format="2019", year=2020, agency="韶关市浈江区人民政府办公室", complete=True,
    sections={
        "s1": "总体情况",
        "s2": "主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政复议、行政诉讼情况",
        "s5": "五、存在的主要问题及改进情况",
    },
    t2=_ZERO_T2_2019,
    t3=_ZERO_T3_2019,
    t4=_ZERO_T4,
    notes=[
        "Headings 一/二 printed without their numbers. No section 六. 落款 dated 2021年1月17日.",
        "Many zeros carry a no-break space before or after: still 0.",
    ],
)

TRUTH["002_ed7f1302893c295f"] = dict(
    source="seeds/002_ed7f1302893c295f.txt",
    format="2019", year=2020, agency="湛江经济技术开发区经济贸易和科技局", complete=True,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政复议、行政诉讼情况",
    },
    t2="""
        rules           0 0 2
        normative       1 1 16
        license         0 0 0
        other_services  0 0 0
        penalty         0 0 0
        coercion        0 0 0
        fees            0 0
        procurement     0 0
    """,
    # 表三 prints ONE number (0) per row; the other six cells of every row are not in the text and the
    # column of the printed one cannot be told. Every 表三 cell is therefore ambiguous.
    t3="\n".join(f"{r} ? ? ? ? ? ? ?" for r in _T3_2019_ROWS),
    ambiguous={"t3": "表三 prints a single number (0) per row; which of the seven columns it belongs to cannot "
                     "be told from the text, and the other six cells are not in the source"},
    t4=_ZERO_T4,
    notes=[
        "Web page with chrome (热搜, breadcrumbs, 来源/发布日期, 打印/字体) before 一 and after 四.",
        "表二 column label printed “对外公开总数” (sic) = 对外公开总数量. Half-width punctuation.",
        "No sections 五 and 六.",
        "Differs from tests/data/seeds/seed_002.json, which (by a stated fixture rule) puts the single 0 in "
        "总计 and marks the six applicant cells as printed empty.",
    ],
)

TRUTH["003_beb1153397e8c293"] = dict(
    source="seeds/003_beb1153397e8c293.txt",
    format="2019", year=2020, agency="湛河区司法局", complete=True,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政复议、行政诉讼情况",
        "s5": "五、存在的主要问题及改进情况",
        "s6": "六、其他需要报告的事项",
    },
    t2="""
        rules           0 0 0
        normative       0 0 0
        license         0 0 0
        other_services  0 0 0
        penalty         0 0 0
        coercion        0 0 0
        fees            0 0
        procurement     9 42.194
    """,
    t3=_ZERO_T3_2019,
    t4="_ _ _ _ _  0 0 0 0 0  0 0 0 0 0",
    notes=[
        "Tab-separated with merges visible; 采购总金额（单位：万元） 42.194.",
        "表四: the value row starts with five empty tab cells (行政复议), then ten zeros: printed empty.",
        "六 says “无”.",
    ],
)

TRUTH["004_547ef881e4d76ad6"] = dict(
    source="seeds/004_547ef881e4d76ad6.txt",
    format="2019", year=2020, agency="金水区民政局", complete=True,
    sections={
        "s1": "一、总体情况",
        "s2": "二、主动公开政府信息情况",
        "s3": "三、收到和处理政府信息公开申请情况",
        "s4": "四、政府信息公开行政复议、行政诉讼情况",
        "s5": "五、存在的主要问题及改进情况",
        "s6": "六、其他需要报告的事项",
    },
    t2="""
        rules           0 0 0
        normative       0 0 0
        license         113 -46 67
        other_services  0 0 0
        penalty         0 7 7
        coercion        0 0 0
        fees            0 0
        procurement     4 1603.1673
    """,
    t3=_ZERO_T3_2019,
    t4="0 0 0 0 0  2 1 2 0 5  0 0 0 0 0",
    notes=[
        "“一、总体情况” printed twice.",
        "（一）予以公开 is broken over two lines: “…予以公开⇥⇥⇥⇥⇥⇥0” then “⇥0⇥0⇥0⇥0⇥0⇥0⇥0”; the second "
        "line is a full row of seven 0s, and since （七）总计 is 0 in every column every result row is 0 "
        "whichever reading is taken.",
        "Label typos: “2.其他法律法规禁止公开” = deny_law, “4.无正当理由由大量反复申请” = reject_mass.",
        "表二 (五)/(六): 处理决定数量 = 上一年项目数量 + 本年增/减 (113−46=67; 0+7=7): typed as printed.",
        "采购总金额（单位：万元，保留4位小数） 1603.1673.",
    ],
)
