"""What the clerk should know before sending an export for sign-off (shown by the CLI and the window).

These are not check findings (the checks judge the report); they say how the export prints
what the report leaves open:
- no 成文日期: the 落款 prints a date line to fill in by hand ("　　年　月　日");
- no agency: the 落款 has no 发文机关署名;
- blank entered cells stay blank (a blank is never turned into 0); the window offers 空白填0;
- an empty 一/五 prints as a bare heading; an empty 六 prints "无。" (the common practice).
"""

from __future__ import annotations

from ..core.commands import blank_entry_cells
from ..core.document import Document
from .context import DATE_TO_FILL, EMPTY_SECTION_TEXT



def export_notices(doc: Document) -> list[str]:
    out = []
    if not doc.meta.date:
        out.append(f"未填写成文日期：落款日期印为“{DATE_TO_FILL}”，请签发时手写，或填写后重新导出。")
    if not doc.meta.agency:
        out.append("未填写机关名称：落款没有发文机关署名，标题也缺少机关名称。")
    blanks = blank_entry_cells(doc)
    if blanks:
        spec = doc.spec
        per_table: dict[str, int] = {}
        for c in blanks:
            per_table[spec.cells[c].table] = per_table.get(spec.cells[c].table, 0) + 1
        counts = "、".join(f"{spec.table(t).name} {n} 格" for t, n in per_table.items())
        first = spec.cells[blanks[0]]
        out.append(f"表格中有空白格（{counts}，如{spec.table(first.table).name}“{first.name}”），导出后仍为空白、"
                   "不会填0。如这些格确为0，请填写0，或在窗口中使用“空白填0”。")
    for s in doc.spec.sections:
        if s.table or (doc.sections.get(s.key) or "").strip():
            continue
        if s.key in EMPTY_SECTION_TEXT:
            out.append(f"“{s.heading}”未填写，导出时印“{EMPTY_SECTION_TEXT[s.key]}”")
        else:
            out.append(f"“{s.heading}”未填写，导出后该部分只有标题。")
    return out
