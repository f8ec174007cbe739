"""Hand-typed ground truth for the five seed reports (shared/seeds/000_…txt … 004_…txt).

Every value below was read from the seed text by a person and typed in; nothing here parses the
seeds. The script only turns the typed values into report files through gkdesk.core.storage so
that the file format is right:

    python tests/data/seeds/make_seed_fixtures.py                 # writes seed_000.json … seed_004.json

All five are 2020 reports in the 2019 format (国办公开办函〔2019〕60号): format "2019", year 2020.

Conventions used when typing
----------------------------
- Cells hold exactly what is printed. Tables are typed row by row, values separated by spaces, in
  the printed column order of the format (表三: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计;
  表四: 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5, each 结果维持 结果纠正 其他结果 尚未审结 总计).
  "_" marks a cell printed EMPTY: it stays blank (never 0).
- Label typos of the source (seed 004 "2.其他法律法规禁止公开", "4.无正当理由由大量反复申请"; seed 002
  "对外公开总数") are typed under the official row/column they stand for.
- Derived cells (表三 总计 column and （七）总计 row, 表四 总计) are published values: every seed prints all
  three tables, so every derived cell is put in `doc.manual` — also the ones printed empty (seed 003
  表四 行政复议 总计; seed 002 （七）总计 applicant columns): they are the report's values, to be checked,
  not recomputed.
- Sections: the prose of each section, without its heading line and without table text, one
  paragraph per line ("\n" between paragraphs; empty lines and the padding spaces around a paragraph
  dropped; characters exactly as printed, including half-width punctuation). The lead paragraph
  before 一 (if any) opens s1. A section the report does not have stays "".
- meta.date: the 落款 date if one is printed, else "". meta.contact is left "" (the brief asks for
  agency, year, date; contact details that appear inside the lead paragraph stay in s1).
- `doc.extra["transcription"]` records the source file and the reading decisions of each seed.

What a careful human expects the checks to report (asserted in tests/checks/test_seeds.py)
-------------------------------------------------------------------------------------------
- seed 000 (湛江奋勇高新区社会管理与侨务局): every table cell is 0 and all tables add up → no
  arithmetic error. No section 六 (although the lead paragraph speaks of "六部分") → GK010 on s6.
  采购总金额 printed "0元" → the number 0 (the unit 元 vs the format's 万元 does not matter for 0); no
  finding.
- seed 001 (韶关市浈江区人民政府办公室): all 0, tables add up; headings 一/二 printed without numbers
  (still sections 一/二); no 六 → GK010 on s6. Date 2021-01-17 from the 落款.
- seed 002 (湛江经济技术开发区经济贸易和科技局): 表三 printed only ONE number per row. A reader cannot tell
  which of the seven columns it belongs to; it is typed into the 总计 column and the six applicant
  columns are blank → GK101 on every 表三 row (the six applicant cells each, 23 rows incl. （七）总计).
  No arithmetic error can be claimed (blank parts are never read as 0). No 五 and no 六 → GK010 on s5
  and s6. The page's 发布日期 2021-01-31 is a publication stamp, not a 落款 → date "".
- seed 003 (湛河区司法局): 表四 行政复议 five cells printed empty → GK101 for exactly those five cells,
  no arithmetic error (the other two 表四 groups are 0 and add up). 采购总金额（单位：万元） 42.194.
  六 says "无": that is content, no GK010.
- seed 004 (金水区民政局): label typos are not data errors; 本年增/减 −46 is allowed (signed column);
  表四 未经复议直接起诉 2+1+2+0 = 5 adds up; 1603.1673 万元 has 4 decimals (allowed). No error at all.
  (Not a rule today: 处理决定数量 = 上一年项目数量 + 本年增/减 (113−46=67; 0+7=7) shows the clerk misread
  the columns, and 表三 is all 0 while 表四 reports 5 lawsuits — both plausible-only observations.)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run from a checkout without installing

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.document import Document, Meta  # noqa: E402
from gkdesk.core.spec import get_format  # noqa: E402
from gkdesk.core.values import parse_value  # noqa: E402

FORMAT = "2019"
YEAR = 2020

# 表三 rows of the 2019 format in printed order (row codes of formats.toml):
#   new carried granted partial deny_secret deny_law deny_safety deny_third_party deny_internal
#   deny_process deny_enforcement deny_inquiry unable_none unable_make unable_unclear reject_petition
#   reject_repeat reject_publication reject_mass reject_confirm other_handling results_total carry_next

SEEDS: dict[str, dict] = {}

# ------------------------------------------------------------------------------------------ seed 000
SEEDS["000"] = dict(
    source="000_a1d22aa4bcc3044e.txt",
    agency="湛江奋勇高新区社会管理与侨务局",
    date="",
    t2={
        "rules": "0 0 0",
        "normative": "0 0 0",
        "license": "0 0 0",
        "other_services": "0 0 0",
        "penalty": "0 0 0",
        "coercion": "0 0 0",
        "fees": "0 0",
        "procurement": "0 0",  # 采购总金额 printed "0元": the number 0 in 元 (= 0 万元)
    },
    t3={
        "new": "0 0 0 0 0 0 0",
        "carried": "0 0 0 0 0 0 0",
        "granted": "0 0 0 0 0 0 0",
        "partial": "0 0 0 0 0 0 0",
        "deny_secret": "0 0 0 0 0 0 0",
        "deny_law": "0 0 0 0 0 0 0",
        "deny_safety": "0 0 0 0 0 0 0",
        "deny_third_party": "0 0 0 0 0 0 0",
        "deny_internal": "0 0 0 0 0 0 0",
        "deny_process": "0 0 0 0 0 0 0",
        "deny_enforcement": "0 0 0 0 0 0 0",
        "deny_inquiry": "0 0 0 0 0 0 0",
        "unable_none": "0 0 0 0 0 0 0",
        "unable_make": "0 0 0 0 0 0 0",
        "unable_unclear": "0 0 0 0 0 0 0",
        "reject_petition": "0 0 0 0 0 0 0",
        "reject_repeat": "0 0 0 0 0 0 0",
        "reject_publication": "0 0 0 0 0 0 0",
        "reject_mass": "0 0 0 0 0 0 0",
        "reject_confirm": "0 0 0 0 0 0 0",
        "other_handling": "0 0 0 0 0 0 0",
        "results_total": "0 0 0 0 0 0 0",
        "carry_next": "0 0 0 0 0 0 0",
    },
    t4="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0",
    sections={
        "s1": [
            "本报告由湛江奋勇高新区社会管理与侨务局根据《中华人民共和国政府信息公开条例》（国令第711号)（以下简称条例）、"
            "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"
            "及广东省政府、湛江市政府、区管委会办公室关于政府信息公开工作的有关文件精神，并结合我局实际编写而成。"
            "全文包括2020年1月1日至2020年12月31日政府信息公开工作总体情况、主动公开、依申请公开、政府信息公开行政复议和行政诉讼、"
            "存在问题及改进措施等六部分内容。如对本报告有疑问，请与区社会管理与侨务局联系（地址：湛江奋勇高新区管委会机关大院，"
            "邮编：524232，电话：0759-38156536，传真：0759-8156021，电子邮箱：zjfygxq@163.com）",
            "2020年，区党委、管委会高度重视政府信息公开工作，在上级业务部门的指导下，我局认真按照《湛江市人民政府办公室关于印发湛江市"
            "2020年政务公开工作要点的通知》要求，协助区办公室不断完善政府信息公开制度、建立健全政府信息公开保障机制、"
            "规范梳理政府信息公开目录和指南、搭建政府信息公开网上平台，实事求是地按照有关规定公布各类政务信息和回应群众关注的热点问题，"
            "从而不断增强政府工作透明度，持续推行依法行政工作，以政务公开为切入点，畅通群众民主沟通渠道和机关干部服务群众意识，"
            "密切党群关系，不断深化机关效能。现将今年工作情况报告如下：",
            "（一）加强组织领导。我局高度重视政务公开工作，成立了政务公开工作领导小组，由局长任组长，分管局领导任副组长，"
            "明确了相关工作职责，同时设立了专人负责政府信息公开工作，做到人员到位，狠抓落实。",
            "（二）健全规章制度。严格贯彻落实区有关信息公开工作制度，并结合我局实际，对信息公开遵循的原则、内容形式等作出具体规定。",
            "（三）拓宽公开渠道。通过电子显示屏、政府门户网站、微信公众号等多种形式，扩宽政府信息公开渠道，方便群众了解相关信息。",
            "（四）加强公开内容标准化。严格落实上级文件要求，全面结合本系统工作实际，进一步做好重点领域信息公开，提升内容标准化水平。",
        ],
        "s5": [
            "2020年，在区党委、管委会的正确指导下，我局政务公开工作取得了一定的成效，但也存在着一些不足之处：一是重视程度不够，"
            "对推行政府信息公开的重要性认识不足；二是队伍建设略显薄弱，信息公开工作力量略显不足。",
            "下一步改进措施：一是拓展信息公开途径，丰富公开形式，特别是进一步公开信息公开流程，拓宽公开渠道，确保操作简单明了，便于查找。",
            "二是强化队伍建设，充实信息公开工作人员，同时加强对信息公开工作人员的培训力度，不断增强信息公开的主动性，"
            "提高政府信息公开工作的质量和水平。",
        ],
    },
    notes=[
        "t2.procurement.amount: printed “0元” (unit 元, the format's unit is 万元); typed as the number 0.",
        "No section 六 although the lead paragraph announces “六部分内容”.",
        "Headings 一/二 are preceded by no-break spaces in the source; no prose in 二/三/四.",
    ],
)

# ------------------------------------------------------------------------------------------ seed 001
SEEDS["001"] = dict(
    source="001_68737bd3c1f99b18.txt",
    agency="韶关市浈江区人民政府办公室",
    date="2021-01-17",
    t2={
        "rules": "0 0 0",
        "normative": "0 0 0",
        "license": "0 0 0",
        "other_services": "0 0 0",
        "penalty": "0 0 0",
        "coercion": "0 0 0",
        "fees": "0 0",
        "procurement": "0 0",
    },
    t3={  # many zeros are printed with a stray no-break space before/after: still 0
        "new": "0 0 0 0 0 0 0",
        "carried": "0 0 0 0 0 0 0",
        "granted": "0 0 0 0 0 0 0",
        "partial": "0 0 0 0 0 0 0",
        "deny_secret": "0 0 0 0 0 0 0",
        "deny_law": "0 0 0 0 0 0 0",
        "deny_safety": "0 0 0 0 0 0 0",
        "deny_third_party": "0 0 0 0 0 0 0",
        "deny_internal": "0 0 0 0 0 0 0",
        "deny_process": "0 0 0 0 0 0 0",
        "deny_enforcement": "0 0 0 0 0 0 0",
        "deny_inquiry": "0 0 0 0 0 0 0",
        "unable_none": "0 0 0 0 0 0 0",
        "unable_make": "0 0 0 0 0 0 0",
        "unable_unclear": "0 0 0 0 0 0 0",
        "reject_petition": "0 0 0 0 0 0 0",
        "reject_repeat": "0 0 0 0 0 0 0",
        "reject_publication": "0 0 0 0 0 0 0",
        "reject_mass": "0 0 0 0 0 0 0",
        "reject_confirm": "0 0 0 0 0 0 0",
        "other_handling": "0 0 0 0 0 0 0",
        "results_total": "0 0 0 0 0 0 0",
        "carry_next": "0 0 0 0 0 0 0",
    },
    t4="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0",
    sections={
        "s1": [
            "2020年，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）《韶关市政府信息公开办法》及《国务院办公厅政府信息与政务公开办公室"
            "关于政府信息公开工作年度报告有关事项的通知》等有关要求，紧紧围绕经济社会发展和群众关注关切，以建设服务型机关为目标，"
            "积极履行政府信息公开工作职责，加强信息公开队伍建设，加大政务信息公开力度，统筹推进政府信息公开工作。",
            "（一）基本情况",
            "2020年，紧紧围绕区委、区政府中心工作，实行“应公开尽公开”的原则，主动公开发布政府办信息共49条。包括工作动态、规章文件、"
            "年度报告，机构职能，财政预决算等主动公开的政府信息等信息目录。其中：机构职能3条，规章文件0条，工作动态34条，统计数据2条，"
            "规划计划3条，其他（人事任免事项）1条，政府信息公开年度报告及政府工作报告等共5条。",
            "（二）措施及成效",
            "1.加强组织领导，健全公开机制",
            "2014年成立浈江区政府信息（政务）公开工作领导小组以来，积极做好带头表率作用，承办区政府信息（政务）公开工作领导小组的日常事务，"
            "负责推进、指导、协调、监督全区政府信息（政务）公开工作。指定专人具体落实，形成主要负责人亲自抓，分管负责人具体抓的工作机制。",
            "2.信息公开及时，真实准确无误",
            "按照“严格依法、全面真实、及时便民”的要求，坚持“公开为原则，不公开为例外”的原则，及时更新政府办机构职能、规章文件、规划计划、"
            "业务工作、工作动态、统计信息、政府信息年度报告等信息，突出公开重点，提高公开质量。对主动公开的政府信息，按照“谁制作、谁公开”、"
            "“谁公开、谁审查”和“谁审查、谁负责”的原则，层层审核，查摆检查，避免公开内容漏报、错报。",
            "3.按时按质完成基层政务公开事项标准目录编制",
            "区政府办指导各领域责任部门积极做好基层政务公开事项标准目录编制工作，要求各单位结合本部门工作权责清单、公共服务事项清单，"
            "全面梳理细化相关领域政务公开事项编制完成基层政务公开事项标准目录，已于2020年12月15日前梳理制定25个领域基层政务公开标准目录"
            "并在网站上公开。",
        ],
        "s5": [
            "（一）存在问题",
            "1.基层政务公开专业人才缺乏，参与政务公开的专职工作人员少，无专门机构和经费支撑，大多数人员属兼职人员，"
            "人员缺乏较为系统的政务公开理论培训，进而偶尔影响了信息报送的及时性和规范性。",
            "2.信息化水平不高，信息源缺乏。庞大的政府信息散落在不同层级、不同条块的业务系统中，难以有效利用。信息系统互联互通意识有待提高。",
            "（二）改进情况",
            "1.打造专业化政务公开人员队伍。按照“谁主管谁负责、谁运行谁负责”的原则，指派固定人员参加基层政务公开人员的培训，"
            "针对性开展信息发布、政策解读回应、规范依申请公开答复、政府热线答复、热线工单办理等专题培训学习，"
            "强化各级领导干部政务公开工作理念，提升政务公开工作人员专业化水平。",
            "2.拓宽基层政务公开渠道。将基层政务公开的触角延伸到基层末端，综合利用农村（社区）信息公示栏、广播、大喇叭等媒介和渠道发布政府信息，"
            "方便群众查询获取，使企业和群众办事更快捷方便。",
        ],
    },
    notes=[
        "Headings “总体情况” and “主动公开政府信息情况” are printed without “一、”/“二、”; 三/四/五 are numbered.",
        "The 落款 (韶关市浈江区人民政府办公室, 2021年1月17日) closes the report; it is meta (agency, date), not prose of 五.",
        "No section 六.",
        "Several zeros are printed with a no-break space before or after; typed as 0.",
    ],
)

# ------------------------------------------------------------------------------------------ seed 002
# 表三: the extracted page prints ONE number per row (the other six cells of every row are missing:
# lost by the page or the extraction). Its column cannot be told from the text; by the rule agreed
# for this fixture it is typed into the 总计 column and the six applicant columns stay blank.
SEEDS["002"] = dict(
    source="002_ed7f1302893c295f.txt",
    agency="湛江经济技术开发区经济贸易和科技局",
    date="",
    t2={
        "rules": "0 0 2",  # column label printed “对外公开总数” (sic) = 对外公开总数量
        "normative": "1 1 16",
        "license": "0 0 0",
        "other_services": "0 0 0",
        "penalty": "0 0 0",
        "coercion": "0 0 0",
        "fees": "0 0",
        "procurement": "0 0",
    },
    t3={
        "new": "_ _ _ _ _ _ 0",
        "carried": "_ _ _ _ _ _ 0",
        "granted": "_ _ _ _ _ _ 0",
        "partial": "_ _ _ _ _ _ 0",
        "deny_secret": "_ _ _ _ _ _ 0",
        "deny_law": "_ _ _ _ _ _ 0",
        "deny_safety": "_ _ _ _ _ _ 0",
        "deny_third_party": "_ _ _ _ _ _ 0",
        "deny_internal": "_ _ _ _ _ _ 0",
        "deny_process": "_ _ _ _ _ _ 0",
        "deny_enforcement": "_ _ _ _ _ _ 0",
        "deny_inquiry": "_ _ _ _ _ _ 0",
        "unable_none": "_ _ _ _ _ _ 0",
        "unable_make": "_ _ _ _ _ _ 0",
        "unable_unclear": "_ _ _ _ _ _ 0",
        "reject_petition": "_ _ _ _ _ _ 0",
        "reject_repeat": "_ _ _ _ _ _ 0",
        "reject_publication": "_ _ _ _ _ _ 0",
        "reject_mass": "_ _ _ _ _ _ 0",
        "reject_confirm": "_ _ _ _ _ _ 0",
        "other_handling": "_ _ _ _ _ _ 0",
        "results_total": "_ _ _ _ _ _ 0",
        "carry_next": "_ _ _ _ _ _ 0",
    },
    t4="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0",
    sections={
        "s1": [
            "2020年,我局认真贯彻实施《中华人民共和国政府信息公开条例》,在区政务公开领导小组的具体指导和大力支持下,局政务公开领导小组高度重视,"
            "配备专职工作人员。截止2020年12月底,区经贸和科技局信息公开工作运行正常,公开咨询、申请以及答复工作均得到了顺利开展,取得了较好的效果。",
            "在推行政府信息公开工作过程中,坚持以公开为原则,以不公开为例外,在工作中我局突出以区管委会公众网站为重点,"
            "加强政府信息服务、市民诉求反馈等方面的信息公开工作。",
            "(一)主动公开内容",
            "1、规范性文件。及时更新网站新的法律、法规、政策性文件、规章,公开经济相关的文件。",
            "2、重大决策事项。公开了发展计划、工作目标及其完成情况和政府向社会承诺为群众办实事的事项及完成情况等内容。"
            "公开了涉及公民、法人和其他组织的重大利益或者有重大社会影响的决策,充分听取公众意见。",
            "3、与群众密切相关的热点、难点问题。凡属群众普遍关心的热点、难点、涉及到群众切身利益的重要事情,只要不是党和国家秘密的,都对外公开。",
            "4、公共资金使用和监督事项。区经贸和科技局预算、决算情况。",
            "5、机构和人事。区经贸和科技局的管理职能及其调整、变动情况方面,公开了机关管理职能、内设机构和直属单位、人事任免等信息。",
            "(二)公开形式",
            "1、公开栏。目前我局已设立公开专栏、公开墙4个,基本上按照“两有三挂四上墙”的要求实行信息公开,即有举报电话、举报箱、挂牌办公、"
            "办事程序上墙、服务承诺上墙、办事结果上墙。",
            "2、便民资料和服务热线。我局极为重视便民服务工作,及时发放各类便民资料,对外公布便民服务热线,方便群众办事。",
            "今年以来,尽管我们在政府信息公开方面做了不少工作,也取得了一定的成效,但距离上级要求还有差距。今后,要针对薄弱环节,"
            "采取积极有效措施,切实加以改进,不断提高我局的政府信息公开工作水平,同时,积极学习其它部门的经验,进一步扩充公开内容、"
            "完善公开手段、深化公开效果、大力加强对外服务窗口建设,健全完善工作机制、监督机制、考评机制,"
            "努力建设成为一个廉洁、勤政、高效、务实、人民满意的行政单位。",
        ],
    },
    notes=[
        "Web page (发布日期 2021-01-31 09:06:09 is a publication stamp, not a 落款: date left empty).",
        "Page chrome before 一 (site name, 热搜, breadcrumbs, 来源/作者, 打印/字体) and after 四 "
        "(“联系人:唐伟耀13724738803”, 网站地图) is not report prose.",
        "表三: only one number per row is printed; typed into 总计, the six applicant columns are blank.",
        "表二 column label printed “对外公开总数” (sic) = 对外公开总数量.",
        "Agency as in the title (湛江经济技术开发区…); spec §10 abbreviates it as 湛江经开区….",
        "No sections 五 and 六; half-width punctuation kept as printed.",
    ],
)

# ------------------------------------------------------------------------------------------ seed 003
SEEDS["003"] = dict(
    source="003_beb1153397e8c293.txt",
    agency="湛河区司法局",
    date="",
    t2={
        "rules": "0 0 0",
        "normative": "0 0 0",
        "license": "0 0 0",
        "other_services": "0 0 0",
        "penalty": "0 0 0",
        "coercion": "0 0 0",
        "fees": "0 0",
        "procurement": "9 42.194",  # header “采购总金额（单位：万元）”
    },
    t3={
        "new": "0 0 0 0 0 0 0",
        "carried": "0 0 0 0 0 0 0",
        "granted": "0 0 0 0 0 0 0",
        "partial": "0 0 0 0 0 0 0",
        "deny_secret": "0 0 0 0 0 0 0",
        "deny_law": "0 0 0 0 0 0 0",
        "deny_safety": "0 0 0 0 0 0 0",
        "deny_third_party": "0 0 0 0 0 0 0",
        "deny_internal": "0 0 0 0 0 0 0",
        "deny_process": "0 0 0 0 0 0 0",
        "deny_enforcement": "0 0 0 0 0 0 0",
        "deny_inquiry": "0 0 0 0 0 0 0",
        "unable_none": "0 0 0 0 0 0 0",
        "unable_make": "0 0 0 0 0 0 0",
        "unable_unclear": "0 0 0 0 0 0 0",
        "reject_petition": "0 0 0 0 0 0 0",
        "reject_repeat": "0 0 0 0 0 0 0",
        "reject_publication": "0 0 0 0 0 0 0",
        "reject_mass": "0 0 0 0 0 0 0",
        "reject_confirm": "0 0 0 0 0 0 0",
        "other_handling": "0 0 0 0 0 0 0",
        "results_total": "0 0 0 0 0 0 0",
        "carry_next": "0 0 0 0 0 0 0",
    },
    # the value row starts with five empty cells (行政复议), then ten zeros
    t4="_ _ _ _ _  0 0 0 0 0  0 0 0 0 0",
    sections={
        "s1": [
            "为确保政府信息公开工作落实到位，司法局班子高度重视，积极贯彻落实《政府信息公开条例》，认真贯彻落实区委、区政府关于深入推进"
            "政府信息公开工作的相关部署和要求，紧密结合司法行政工作实际，不断拓宽政府信息公开的领域和范围，增强信息公开服务效能，"
            "制定了公共法律服务领域基层政务公开标准目录，明确局机关各股室政府信息公开职责。进一步规范政务公开工作的内容、公开范围及操作流程，"
            "严格执行政府信息发布保密审查机制，实行“谁审查，谁负责”，着力加强信息公开及时度、完整度，进一步打造便民、公开、透明的"
            "政府信息公开平台，有力推进政府信息公开工作发展。",
        ],
        "s5": [
            "2020年，我局政府信息公开工作取得较好成效，在深化政府信息公开内容、完善政府信息公开配套工作、加强政府信息公开基础性工作等方面"
            "取得了新的进展，但与社会公众日益增长的知情权、参与权、表达权、监督权需求和期待相比还有一定差距，在建设公开平台、"
            "丰富公开内容和拓展公开范围等方面还需进一步加大工作力度。2021年，我局将深入贯彻落实市、区政府关于政务公开工作有关要求，"
            "进一步深化政府信息公开工作。",
            "一是进一步强化信息公开责任意识。通过宣传教育及专题培训，切实提高机关干部对做好政府信息公开工作的认识，充分听取各方意见和建议，"
            "把群众最关心、最需要了解的事项作为政府信息公开工作的重点。",
            "二是进一步抓好公开平台建设。我局将紧密结合自身实际，努力拓展公开内容，积极探索完善并落实信息主动公开和依申请公开等具体工作流程，"
            "优化我局信息公开平台建设，运用好湛江门户网站这一载体，做好司法行政信息公开、发布和解读工作，不断扩大公开内容和覆盖范围，"
            "让群众能够及时了解司法行政信息，更好的维护群众的知情权、参与权、监督权，并及时解决群众反映的各种问题。",
        ],
        "s6": ["无"],
    },
    notes=[
        "表四 行政复议: the five cells (结果维持 … 总计) are printed empty; kept blank, never 0.",
        "t2.procurement.amount 42.194 under the header “采购总金额（单位：万元）”.",
        "Title split over two lines (湛河区司法局 / 2020 年政府信息公开工作年度报告).",
    ],
)

# ------------------------------------------------------------------------------------------ seed 004
SEEDS["004"] = dict(
    source="004_547ef881e4d76ad6.txt",
    agency="金水区民政局",
    date="",
    t2={
        "rules": "0 0 0",
        "normative": "0 0 0",
        "license": "113 -46 67",
        "other_services": "0 0 0",
        "penalty": "0 7 7",
        "coercion": "0 0 0",
        "fees": "0 0",
        "procurement": "4 1603.1673",  # header “采购总金额（单位：万元，保留4位小数）”
    },
    t3={
        "new": "0 0 0 0 0 0 0",
        "carried": "0 0 0 0 0 0 0",
        # （一）予以公开 is broken over two lines in the source ("…⇥0" then seven 0s); every value is 0
        "granted": "0 0 0 0 0 0 0",
        "partial": "0 0 0 0 0 0 0",
        "deny_secret": "0 0 0 0 0 0 0",
        "deny_law": "0 0 0 0 0 0 0",  # printed “2.其他法律法规禁止公开” (sic)
        "deny_safety": "0 0 0 0 0 0 0",
        "deny_third_party": "0 0 0 0 0 0 0",
        "deny_internal": "0 0 0 0 0 0 0",
        "deny_process": "0 0 0 0 0 0 0",
        "deny_enforcement": "0 0 0 0 0 0 0",
        "deny_inquiry": "0 0 0 0 0 0 0",
        "unable_none": "0 0 0 0 0 0 0",
        "unable_make": "0 0 0 0 0 0 0",
        "unable_unclear": "0 0 0 0 0 0 0",
        "reject_petition": "0 0 0 0 0 0 0",
        "reject_repeat": "0 0 0 0 0 0 0",
        "reject_publication": "0 0 0 0 0 0 0",
        "reject_mass": "0 0 0 0 0 0 0",  # printed “4.无正当理由由大量反复申请” (sic)
        "reject_confirm": "0 0 0 0 0 0 0",
        "other_handling": "0 0 0 0 0 0 0",
        "results_total": "0 0 0 0 0 0 0",
        "carry_next": "0 0 0 0 0 0 0",
    },
    t4="0 0 0 0 0  2 1 2 0 5  0 0 0 0 0",
    sections={
        "s1": [
            # text under the first “一、总体情况” (a lead paragraph in effect)
            "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和区委、区政府相关文件要求，结合工作实际，进一步规范民政部门政府信息公开工作，"
            "依法公开政务内容，全力保障公民、法人和其他组织依法获取相关政策、政务信息。现就2020年度政府信息公开工作总结如下，"
            "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
            "存在的主要问题及改进情况和其他需要报告的事项组成。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
            # text under the repeated “一、总体情况”
            "我局信息公开工作围绕“掌握民情、服务民生、完善民主、维护民权、保障民生、和谐民意”的目标，贯彻落实《中华人民共和国政府信息公开条例》，"
            "建立了行为规范、公正透明、廉洁高效的行政体制，确保信息公开各项工作落到实处。",
            "一是加强领导。局政府信息公开工作领导小组，由局长担任组长，班子成员担任副组长，成员由各科室负责人组成。"
            "政府信息公开领导小组办公室设在局办公室，由局办公室承担政府信息公开工作。",
            "二是完善制度。在信息公开过程中，落实任务分工，明确责任要求，建立信息安全保密审查制度，明确了信息公开实行“谁主管、谁负责，"
            "谁发布、谁负责”的原则。同时，主动公开接受监督。公开监督电话，设立举报邮箱、强化认真落实制度等方式。",
            "三是加强培训。为加强信息报送的时效性及准确性，全局组织《政府信息公开条例》学习2次，召开中层干部会议部署信息公开工作4次，"
            "明确要求各类公开信息经分管领导审核后统一途径报送，确保工作落实到位，信息公开及时、便捷。",
        ],
        "s5": [
            "2020年,通过完善政务信息的起草、审核、上传、发布等措施,我局政府信息公开工作取得了一定成效,但公开内容与公众的需求还存在一定差距。"
            "我局将采取以下措施加以改进:",
            "一是整合资源,加强政务信息的收集、整理,提高公开信息的价值,扩大信息公开范围,以多种形式公开政府信息,"
            "从广播、电视、报纸、社会宣传等多种形式对外公开。",
            "二是加强政务信息公开业务学习,确保政务信息公开准确、及时、规范,不断提升政务信息公开整体工作水平。",
            "三是健全工作机制,形成工作有部署、实施有检查、违规违纪有责任追究的工作机制,确保广大群众对我局工作的知情权、参与权和监督权。",
        ],
        "s6": ["无"],
    },
    notes=[
        "“一、总体情况” is printed twice; both parts are in s1, in order.",
        "Label typos typed under the official rows: “2.其他法律法规禁止公开” → deny_law, “4.无正当理由由大量反复申请” → reject_mass.",
        "表二 (五)/(六): 处理决定数量 = 上一年项目数量 + 本年增/减 (113−46=67; 0+7=7): the clerk misread the "
        "column; typed as printed.",
        "t2.procurement.amount 1603.1673 under “采购总金额（单位：万元，保留4位小数）”.",
    ],
)


def _blank_or(text: str) -> str:
    return "" if text == "_" else text


def build(key: str) -> Document:
    """A Document holding exactly the typed values of seed `key`."""
    s = SEEDS[key]
    spec = get_format(FORMAT)
    doc = Document(FORMAT, Meta(agency=s["agency"], year=YEAR, date=s["date"]))
    typed: dict[str, str] = {}
    t2 = spec.table("t2")
    for row, line in s["t2"].items():
        ids = [c.id for c in t2.cells if c.row == row]
        vals = line.split()
        assert len(vals) == len(ids), (key, row, vals, ids)
        typed.update(zip(ids, vals))
    t3 = spec.table("t3")
    assert list(s["t3"]) == list(t3.row_codes), key
    for row, line in s["t3"].items():
        vals = line.split()
        assert len(vals) == len(t3.col_codes), (key, row)
        typed.update((t3.cell_id(row, col), v) for col, v in zip(t3.col_codes, vals))
    t4 = spec.table("t4")
    vals = s["t4"].split()
    assert len(vals) == len(t4.col_codes), key
    typed.update((t4.cell_id("", col), v) for col, v in zip(t4.col_codes, vals))
    assert set(typed) == set(spec.cells), key  # every cell of the printed tables was typed (or marked "_")
    for cid, text in typed.items():
        text = _blank_or(text)
        if text:
            doc._put(cid, parse_value(text))
    # every derived cell was printed (possibly empty): published values, checked, not recomputed
    doc.manual = {cid for cid, c in spec.cells.items() if c.derived}
    for skey, paragraphs in s["sections"].items():
        doc.sections[skey] = "\n".join(paragraphs)
    doc.extra = {"transcription": {"source": f"shared/seeds/{s['source']}", "typed_by_hand": True,
                                   "notes": list(s["notes"])}}
    return doc


def main(out_dir: Path = HERE) -> list[Path]:
    written = []
    for key in SEEDS:
        path = out_dir / f"seed_{key}.json"
        storage.save(build(key), path)
        written.append(path)
    return written


if __name__ == "__main__":
    for p in main():
        print(p)
