"""Generate templates/README.md from the real template context and the format spec (cannot drift)."""

from __future__ import annotations

from ..core.document import Document
from ..core.spec import all_formats
from .context import TOP_LEVEL, build_context

INTRO = """\
# 报告模板（templates）

本文件由 `tools/make_templates.py` 根据程序实际提供的变量自动生成，请勿手工修改。

本文件夹中的模板用于导出年度报告：

| 文件 | 用途 |
|---|---|
| `report-2021.docx` | 2021年格式（国办公开办函〔2021〕30号）的 Word 报告模板 |
| `report-2019.docx` | 2019年试行格式（国办公开办函〔2019〕60号）的 Word 报告模板 |
| `report-2021.xlsx` | 2021年格式的 Excel 表格模板（表二、表三、表四） |
| `report-2019.xlsx` | 2019年试行格式的 Excel 表格模板 |
| `report.html` | 网页版（两种格式通用）：导出网页时使用，可直接粘贴到网站内容管理系统 |

## 如何修改模板（给填报人员）

1. 先把模板**复制一份**（例如复制为“本单位模板.docx”），不要直接改本文件夹里的原件。
2. 用 Word 或 WPS 打开复制的文件，可以：修改字体、字号、行距、页边距，加红头、单位名称、文号，
   调整表格列宽或边框，增加固定文字（如联系方式、落款）。
3. **不要改动花括号标签**，如 `{{ t3.new.natural }}`、`{%p for b in s1.blocks %}`。
   标签要整段完整保留：不要在标签中间换行，不要只删除一半括号。整个标签可以一起改字体。
4. 导出时选择这个模板：程序菜单“导出”中选择模板文件，或命令行
   `gkdesk export 报告.json --docx 报告.docx --template 本单位模板.docx`。
5. 如果模板中的标签写错（如少了“}”或“%”），导出会停止，并指出出错的位置（第几段、第几个表格第几行第几格、
   页眉页脚，或 Excel 的“工作表!单元格”），原有文件不会被破坏；模板中的固定文字在导出结果中丢失也会报错。
6. 表格中的数字与报告中填写的一致：留空的格子导出后仍为空（导出时会提示，可在窗口中用“空白填0”），
   金额单位写在表头中。“六、其他需要报告的事项”未填写时印“无。”；填写了联系方式时在正文后印联系方式一句。
7. 落款：机关名称以成文日期为准居中，成文日期右空四字（GB/T 9704），并与正文最后几行同页；未填写成文日期时
   印“　　年　月　日”供手写。自己的模板中请把 `{{ signature.agency_line }}`、`{{ signature.date_line }}`
   各放在一个右对齐的段落中。

Excel 模板：每个格子可以写一个标签，如 `{{ t3.new.natural }}`。只含一个数字标签的格子导出为数字；
合计格（如 `{{ t3.new.total }}`、`{{ t4.review.total }}`）导出为求和公式，修改表格后会自动重算。
可以按上级要求的汇总表样式重新排版，只要每个需要的格子写上对应标签即可。
Excel 模板中的 `{% … %}` 标签只在同一个格子内有效。

模板在安全的“沙箱”中运行：只能读取下列变量，不能执行其他程序或读取文件。

## 可用的变量（顶层名称）

"""

CELLS_INTRO = """
## 单元格编号

表格中每个格子都有编号，写法为 `{{ 编号 }}`，例如 `{{ t3.new.natural }}`。下面按格式版本列出全部编号
（“合计”表示该格为自动合计，在 Excel 中导出为公式）。
"""


def _names(ctx: dict) -> list[str]:
    return list(ctx.keys())


def render_readme() -> str:
    out = [INTRO]
    names = None
    for spec in all_formats():
        ctx_names = _names(build_context(Document(spec.id)))
        if names is None:
            names = ctx_names
        elif set(ctx_names) != set(names):  # pragma: no cover - both formats share the context shape
            raise AssertionError("formats differ in context names")
    assert names is not None
    out.append("| 名称 | 内容 |\n|---|---|\n")
    for n in names:
        out.append(f"| `{n}` | {TOP_LEVEL[n]} |\n")
    out.append(CELLS_INTRO)
    for spec in all_formats():
        out.append(f"\n### {spec.title}\n")
        for t in spec.tables:
            out.append(f"\n{t.name}（{t.title}）：\n\n| 编号 | 行 | 列 | 合计 |\n|---|---|---|---|\n")
            for c in t.cells:
                out.append(f"| `{c.id}` | {'／'.join(c.row_labels) or '—'} | {'／'.join(c.col_labels)} | "
                           f"{'合计' if c.derived else ''} |\n")
    return "".join(out)
