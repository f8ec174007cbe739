"""The Jinja environment every template (bundled or the clerk's own) renders in.

A template is untrusted input: it renders in a `SandboxedEnvironment` (no access to Python
internals such as ``__class__``), with

- strict undefined names (a misspelt variable is an error naming it, never silently blank);
- bounded work: every ``for`` loop draws from one iteration budget per render, ``range`` is
  capped by the sandbox, and ``*``/``**`` may not build huge strings, lists or numbers;
- dict keys before dict methods, so that a cell code such as ``items`` (2019 表二
  采购项目数量: ``t2.procurement.items``) reads the cell and not ``dict.items``.

Errors are turned into `ExportError` with a Chinese message naming the tag or name.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from ..core.errors import ExportError

#: total loop iterations allowed in one render (a full report needs a few hundred)
LOOP_BUDGET = 200_000
#: longest string/list a template may build with "*"
MAX_REPEAT = 100_000
#: largest exponent for "**"
MAX_POWER = 64

_GUARD = "__gk_loop_guard"


class _Budget:
    def __init__(self, limit: int):
        self.left = limit

    def iterate(self, iterable: Any):
        for x in iterable:
            self.left -= 1
            if self.left < 0:
                raise SecurityError(f"模板循环次数超过上限（{LOOP_BUDGET} 次）")
            yield x


class ReportEnvironment(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, autoescape: bool = False):
        super().__init__(autoescape=autoescape, undefined=StrictUndefined, keep_trailing_newline=True)
        self.budget = _Budget(LOOP_BUDGET)
        self.globals[_GUARD] = self.budget.iterate

    def reset_budget(self) -> None:
        self.budget.left = LOOP_BUDGET

    # --- bounded operators ---------------------------------------------------------------
    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            if isinstance(right, (int, float)) and abs(right) > MAX_POWER:
                raise SecurityError(f"模板中的乘方过大（指数超过 {MAX_POWER}）")
            if isinstance(left, int) and isinstance(right, int) and left.bit_length() * max(right, 0) > 100_000:
                raise SecurityError("模板中的乘方过大（结果过长）")
            return left**right
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_REPEAT:
                    raise SecurityError("模板试图生成过长的文字或列表")
            return left * right
        return super().call_binop(context, operator, left, right)

    # --- dict keys before methods -----------------------------------------------------------
    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    # --- every for loop draws from the budget ----------------------------------------------------
    def _generate(self, source, name, filename, defer_init=False):  # type: ignore[override]
        if isinstance(source, nodes.Template):
            for loop in source.find_all(nodes.For):
                loop.iter = nodes.Call(nodes.Name(_GUARD, "load"), [loop.iter], [], None, None,
                                       lineno=loop.lineno)
                loop.iter.set_environment(self)
        return super()._generate(source, name, filename, defer_init)


def make_env(autoescape: bool = False, extra_globals: dict | None = None) -> ReportEnvironment:
    env = ReportEnvironment(autoescape=autoescape)
    if extra_globals:
        env.globals.update(extra_globals)
    return env


_ATTR = re.compile(r"has no attribute '([^']+)'")
_UNDEF = re.compile(r"'([^']+)' is undefined")


def explain(e: BaseException, where: str = "") -> ExportError:
    """A Chinese ExportError for a Jinja problem; `where` names the place (paragraph, cell, …)."""
    at = f"（{where}）" if where else ""
    if isinstance(e, TemplateSyntaxError):
        return ExportError(f"模板标签有误{at}：{_syntax_hint(e.message or str(e))}（{e.message}）")
    if isinstance(e, SecurityError):
        return ExportError(f"模板中有不允许的操作{at}，已停止导出：{e}")
    if isinstance(e, UndefinedError):
        msg = str(e)
        m = _ATTR.search(msg) or _UNDEF.search(msg)
        if m:
            return ExportError(f"模板中有未知的变量“{m.group(1)}”{at}。可用的变量见 templates/README.md。")
        return ExportError(f"模板中有未知的变量{at}：{msg}")
    if isinstance(e, TemplateError):
        return ExportError(f"模板有误{at}：{e}")
    if isinstance(e, (OverflowError, RecursionError, MemoryError)):
        return ExportError(f"模板中有不允许的操作{at}，已停止导出：{type(e).__name__}: {e}")
    return ExportError(f"模板渲染失败{at}：{type(e).__name__}: {e}")


def _syntax_hint(msg: str) -> str:
    m = re.search(r"innermost block that needs to be closed is '(\w+)'", msg)
    if m:
        return f"“{{% {m.group(1)} … %}}”缺少对应的结束标签“{{% end{m.group(1)} %}}”"
    m = re.search(r"No (filter|test) named '([^']+)'", msg)
    if m:
        return f"没有名为“{m.group(2)}”的{'过滤器' if m.group(1) == 'filter' else '测试'}"
    if "end of print statement" in msg or "unexpected end of template" in msg and "'}}'" in msg:
        return "“{{ … }}”标签没有闭合"
    if "Encountered unknown tag" in msg:
        return "未知的“{% … %}”标签或缺少对应的结束标签"
    if "unexpected end of template" in msg:
        return "模板提前结束，可能缺少 {% endfor %} / {% endif %} 或标签未闭合"
    if "unexpected char" in msg:
        return "标签中有无法识别的字符"
    if "expected token" in msg:
        return "标签写法不正确"
    return "标签写法不正确"
