"""Writes cell_per_line.txt: 表三 of the example as a web table copied from a browser, one cell per line, an empty line for an empty cell."""
# one cell per line, an empty line for an empty cell (browser copy of a web table)
import sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from gkdesk.core import storage  # noqa: E402
doc = storage.load(ROOT / "resources" / "example-2021.json")
t = doc.spec.table("t3")
blank = {"t3.new.research", "t3.granted.legal", "t3.unable_none.other", "t3.carry_next.total",
         "t3.results_total.research"}
out = [doc.title, "一、总体情况", doc.sections["s1"][:200], "三、收到和处理政府信息公开申请情况"]
by_r = {}
for it in sorted(t.items, key=lambda i: (i.r, i.c)):
    by_r.setdefault(it.r, []).append(it)
for r in sorted(by_r):
    for it in by_r[r]:
        if it.role == "value":
            out.append("" if it.cell in blank else doc.value(it.cell).text)
        else:
            out.append(it.text)
out += ["四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "问题不少。", "六、其他需要报告的事项", "无。"]
open(Path(__file__).with_name("cell_per_line.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
