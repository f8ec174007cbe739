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
import time
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
#: largest integer a template may compute (bits): a loop of x = x * x must not eat the memory
MAX_INT_BITS = 4096
#: longest text a template may build by "+", "~" or "%" (characters); a whole report is ~20,000
MAX_TEXT = 2_000_000
#: largest field width in a format string ("%300000000d", "{:>300000000}")
MAX_FORMAT_WIDTH = 1000
#: wall-clock time for one render (seconds)
RENDER_SECONDS = 20.0
#: lipsum() at most this many paragraphs of at most this many words
MAX_LIPSUM = (20, 200)

_WIDTH = re.compile(r"%[-+ #0]*(\*|\d+)|\{[^{}]*:[^{}]*?(\d+)[^{}]*\}|\{[^{}]*:[^{}]*?\{")

_GUARD = "__gk_loop_guard"
_CONCAT = "__gk_concat"


class _Budget:
    def __init__(self, limit: int):
        self.left = limit
        self.deadline = time.monotonic() + RENDER_SECONDS

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise SecurityError(f"模板运行时间超过上限（{RENDER_SECONDS:g} 秒）")

    def iterate(self, iterable: Any):
        for x in iterable:
            self.left -= 1
            if self.left < 0:
                raise SecurityError(f"模板循环次数超过上限（{LOOP_BUDGET} 次）")
            if not self.left & 0xFF:
                self.tick()
            yield x


def _check_value(v: Any) -> Any:
    if isinstance(v, int) and not isinstance(v, bool) and v.bit_length() > MAX_INT_BITS:
        raise SecurityError("模板中的数字过大")
    if isinstance(v, (str, list, tuple)) and len(v) > MAX_TEXT:
        raise SecurityError("模板试图生成过长的文字或列表")
    return v


def _check_format(fmt: Any) -> None:
    if isinstance(fmt, str):
        for m in _WIDTH.finditer(fmt):
            w = m.group(1) or m.group(2)
            if w is None or w == "*" or int(w) > MAX_FORMAT_WIDTH:
                raise SecurityError(f"模板中的格式宽度过大（超过 {MAX_FORMAT_WIDTH}）")


def _concat(budget: _Budget, parts: list) -> str:
    budget.tick()
    if any(hasattr(p, "__html__") for p in parts):
        from jinja2.runtime import markup_join

        return _check_value(markup_join(parts))  # as Jinja's own "~": safe parts stay safe
    return _check_value("".join(str(p) for p in parts))


class ReportEnvironment(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, autoescape: bool = False, code_cache: bool = False):
        super().__init__(autoescape=autoescape, undefined=StrictUndefined, keep_trailing_newline=True)
        self.code_cache = code_cache  # compiled templates kept between runs (see .codecache)
        self.budget = _Budget(LOOP_BUDGET)
        self.globals[_GUARD] = self.budget.iterate
        self.globals[_CONCAT] = lambda *parts: _concat(self.budget, list(parts))
        self.globals["lipsum"] = _lipsum
        self.filters["format"] = _format_filter
        if autoescape:
            # raw markup would go straight into the document's XML (a broken document reported as a
            # success): text from a template is always escaped
            for name in ("safe", "urlize"):
                self.filters[name] = _raw_refused(name)

    def reset_budget(self) -> None:
        self.budget.left = LOOP_BUDGET
        self.budget.deadline = time.monotonic() + RENDER_SECONDS

    def from_string(self, source, globals=None, template_class=None):  # noqa: A002 - Jinja's name
        if self.code_cache and globals is None and template_class is None and isinstance(source, str):
            from .codecache import from_string

            return from_string(self, source)
        return super().from_string(source, globals, template_class)

    # --- bounded operators ---------------------------------------------------------------
    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        self.budget.tick()
        if operator == "+":
            return _check_value(left + right)
        if operator == "%":
            _check_format(left)
            return _check_value(left % right)
        if operator == "*" and isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise SecurityError("模板中的数字过大")
            return left * right
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
        found = super().getattr(obj, attribute)
        if isinstance(obj, str) and attribute in ("format", "format_map") and callable(found):
            _check_format(obj)  # "{:>300000000}".format(1)

            def bounded(*a, **k):
                self.budget.tick()
                return _check_value(found(*a, **k))
            return bounded
        return found

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, str) and argument in ("format", "format_map"):
            return self.getattr(obj, argument)
        return super().getitem(obj, argument)

    # --- every for loop draws from the budget ----------------------------------------------------
    def _generate(self, source, name, filename, defer_init=False):  # type: ignore[override]
        if isinstance(source, nodes.Template):
            if self.autoescape:
                for mod in source.find_all((nodes.EvalContextModifier, nodes.ScopedEvalContextModifier)):
                    if any(kw.key == "autoescape" for kw in mod.options):
                        raise SecurityError("模板中不允许关闭转义（{% autoescape false %}）：文字会原样写入文档结构，可能损坏文档")
            for cat in list(source.find_all(nodes.Concat)):  # "~" builds text: bounded like "+"
                call = nodes.Call(nodes.Name(_CONCAT, "load"), list(cat.nodes), [], None, None, lineno=cat.lineno)
                cat.__class__ = nodes.Call
                cat.__dict__.update(call.__dict__)
                cat.set_environment(self)
            for loop in source.find_all(nodes.For):
                loop.iter = nodes.Call(nodes.Name(_GUARD, "load"), [loop.iter], [], None, None,
                                       lineno=loop.lineno)
                loop.iter.set_environment(self)
        return super()._generate(source, name, filename, defer_init)


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002 - Jinja's names
    from jinja2.utils import generate_lorem_ipsum

    if not all(isinstance(x, int) for x in (n, min, max)) or n > MAX_LIPSUM[0] or max > MAX_LIPSUM[1] or min > max:
        raise SecurityError(f"lipsum() 的参数过大（最多 {MAX_LIPSUM[0]} 段、每段 {MAX_LIPSUM[1]} 词）")
    return generate_lorem_ipsum(n=n, html=html, min=min, max=max)


def _raw_refused(name: str):
    def f(*_a: Any, **_k: Any) -> str:
        raise SecurityError(f"模板中不允许使用 |{name}：它会把文字作为原始标记写入文档结构，可能损坏文档")
    return f


def _format_filter(value: Any, *args: Any, **kwargs: Any) -> str:
    from jinja2.filters import do_format

    _check_format(value)
    return _check_value(do_format(value, *args, **kwargs))


def make_env(autoescape: bool = False, extra_globals: dict | None = None, code_cache: bool = False) -> ReportEnvironment:
    env = ReportEnvironment(autoescape=autoescape, code_cache=code_cache)
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
