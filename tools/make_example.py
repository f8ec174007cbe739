"""Regenerate resources/example-2021.json (a realistic, consistent 2021-format report)."""

from pathlib import Path

from gkdesk.core import storage
from gkdesk.core.commands import EditCells, EditMeta, EditSection, History
from gkdesk.core.document import Document

COLS = ["natural", "business", "research", "nonprofit", "legal", "other"]
T3 = {
    "new": [38, 6, 0, 1, 2, 1],
    "carried": [2, 0, 0, 0, 0, 0],
    "granted": [20, 3, 0, 1, 1, 0],
    "partial": [5, 2, 0, 0, 0, 1],
    "deny_law": [1, 0, 0, 0, 0, 0],
    "deny_third_party": [1, 0, 0, 0, 0, 0],
    "deny_process": [1, 0, 0, 0, 0, 0],
    "unable_none": [6, 1, 0, 0, 0, 0],
    "unable_make": [1, 0, 0, 0, 0, 0],
    "unable_unclear": [1, 0, 0, 0, 0, 0],
    "reject_petition": [1, 0, 0, 0, 0, 0],
    "reject_repeat": [0, 0, 0, 0, 1, 0],
    "other_overdue": [1, 0, 0, 0, 0, 0],
}

S1 = """2025年，示例市生态环境局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求，围绕生态环境保护中心工作，不断提升政府信息公开质量和实效。
（一）主动公开。全年主动公开政府信息1376条，其中行政规范性文件3件，行政许可决定1256件，行政处罚决定87件，及时公开环境质量、建设项目环评审批、执法监管等信息。
（二）依申请公开。全年共收到政府信息公开申请48件，上年结转2件，已全部依法依规在法定期限内答复，结转下年度继续办理2件。
（三）政府信息管理。严格落实公开前保密审查制度，开展行政规范性文件清理，废止1件，现行有效27件。
（四）政府信息公开平台建设。优化门户网站政府信息公开专栏，完善政策解读和互动回应栏目。
（五）监督保障。将政务公开工作纳入年度目标考核，组织专题培训2次，全年未发生因政府信息公开工作引发的责任追究情况。"""

S5 = """针对上年度报告中指出的政策解读形式单一等问题，我局已通过增加图解、视频解读等方式进行整改。当前仍存在的问题：一是部分信息公开不够及时；二是依申请公开答复文书规范性有待提高。
改进措施：一是健全信息发布协调机制，明确公开时限；二是加强业务培训，统一答复文书格式，提升依申请公开办理质量。"""

S6 = """本年度未收取政府信息公开信息处理费。
本年度无其他需要报告的事项。"""


def build() -> Document:
    doc = Document("2021")
    h = History(doc)
    for name, value in [("agency", "示例市生态环境局"), ("year", 2025), ("date", "2026-01-20"),
                        ("contact", "示例市生态环境局办公室，电话：0000-12345678")]:
        h.push(EditMeta(name, value))
    for key, text in [("s1", S1), ("s5", S5), ("s6", S6)]:
        h.push(EditSection(key, text))
    t2 = {"rules.issued": 0, "rules.repealed": 0, "rules.in_force": 0, "normative.issued": 3,
          "normative.repealed": 1, "normative.in_force": 27, "license.decisions": 1256,
          "penalty.decisions": 87, "coercion.decisions": 5, "fees.amount": "12.3456"}
    updates = {f"t2.{k}": v for k, v in t2.items()}
    spec = doc.spec.table("t3")
    results = {r: [0] * 6 for r in spec.row_codes if r not in ("new", "carried", "results_total", "carry_next")}
    results.update({k: v for k, v in T3.items() if k not in ("new", "carried")})
    for row, vals in {**T3, **results}.items():
        for col, v in zip(COLS, vals):
            updates[f"t3.{row}.{col}"] = v
    for i, col in enumerate(COLS):
        nxt = T3["new"][i] + T3["carried"][i] - sum(v[i] for v in results.values())
        assert nxt >= 0, col
        updates[f"t3.carry_next.{col}"] = nxt
    t4 = {"review": [2, 1, 0, 1], "direct": [1, 0, 0, 1], "after": [0, 0, 0, 0]}
    for g, vals in t4.items():
        for col, v in zip(["upheld", "corrected", "other", "pending"], vals):
            updates[f"t4.{g}.{col}"] = v
    h.push(EditCells(updates))
    return doc


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "resources" / "example-2021.json"
    storage.save(build(), out)
    print(out)
