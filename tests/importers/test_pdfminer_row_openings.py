"""pdfminer.six's text of a 表三 whose rows are printed a line each, with "—" for cells not stated:
pdfminer may run a row's line of numbers before its label and a label in pieces ("3." on a line
of its own, "危及 三安全一稳定" elsewhere). A row whose stretch holds such an opening of another
row's label before its numbers does not own them: they may be that row's (held-out shape of
fresh89200 gen89210: 2.其他法律…'s "０ ０ ０ ０ ０ ０ —" stood before its label, and 3.危及…'s
"— — — ０ — ０ —" after "3." was stored for 2.其他法律…; marks leave no identity to object).
"""

from __future__ import annotations

from gkdesk.core.spec import get_format
from gkdesk.importers import import_bytes
from gkdesk.importers.locate import table_rows

_COLS = ("natural", "business", "research", "nonprofit", "legal", "other", "total")


def _text(pieces: str) -> str:
    rows = table_rows(get_format("2021").table("t3"))
    lines = []
    for r in rows:
        if r.code == "deny_law":
            lines.append(pieces)
        elif r.code == "deny_safety":
            continue
        else:
            lines.append(r.label + " " + " ".join(["０"] * 7))
    return ("某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。\n"
            "三、收到和处理政府信息公开申请情况\n申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
            + "\n".join(lines) + "\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n"
            "六、其他需要报告的事项\n无。\n")


def _import(text: str):
    return import_bytes(text.encode("utf-8"), "report.txt")


def test_pdfminer_numbers_after_another_rows_opening_are_not_the_rows():
    text = _text("危及 三安全一稳定\n\n０ ０ ０ ０ ０ ０ —\n\n2.其他法律行政法规禁\n止公开\n3.\n— — — ０ — ０ —\n“")
    res = _import(text)
    assert all(res.doc.value(f"t3.deny_law.{c}").is_blank for c in _COLS)  # (main: — — — 0 — 0 —)
    assert any("“3.”" in n.message and "t3.deny_law.total" in n.cells for n in res.notes)
    assert str(res.doc.value("t3.deny_secret.total")) == "0"


def test_pdfminer_row_without_another_rows_opening_is_read():
    text = _text("2.其他法律行政法规禁止公开\n— — — ０ — ０ —")
    res = _import(text)
    assert [str(res.doc.value(f"t3.deny_law.{c}")) for c in _COLS] == ["—", "—", "—", "0", "—", "0", "—"]
