"""lazyre: a pattern compiled on first use, then the compiled pattern itself in its module."""

import re
import subprocess
import sys
import types

import pytest

from gkdesk.core import lazyre

TEXT = "本年度新收申请 58 件，上年结转 7 件；办结 60 件（其中予以公开 31 件）。\n二是加强培训"


def _module(src: str) -> types.ModuleType:
    mod = types.ModuleType("lazy_probe")
    exec(compile(src, "lazy_probe", "exec"), mod.__dict__)
    return mod


def test_compiled_on_first_use_and_then_replaced_in_its_module(monkeypatch):
    calls = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: calls.append(a) or real(*a))
    mod = _module("from gkdesk.core import lazyre\nNUM = lazyre.compile(r'(\\d+)\\s*件')\n"
                  "PAIRS = (('n', NUM),)\n"
                  "def count(s):\n    return [int(x) for x in NUM.findall(s)]\n")
    assert calls == [] and isinstance(mod.NUM, lazyre.LazyPattern)
    assert mod.NUM.pattern == r"(\d+)\s*件" and calls == []  # reading the source compiles nothing
    assert mod.count(TEXT) == [58, 7, 60, 31]
    assert len(calls) == 1
    assert isinstance(mod.NUM, re.Pattern)  # the module now holds the compiled pattern
    stand_in = mod.PAIRS[0][1]
    assert isinstance(stand_in, lazyre.LazyPattern) and stand_in.findall("3 件") == ["3"]
    assert len(calls) == 1  # compiled once, for every holder


@pytest.mark.parametrize("src, flags", [(r"(\d+)\s*件", 0), (r"^(二是|一是)", re.M), (r"[，；]", 0),
                                        (r"(?P<n>\d+)", re.A)])
def test_behaves_like_re_compile(src, flags):
    lazy, real = lazyre.compile(src, flags), re.compile(src, flags)
    assert lazy.findall(TEXT) == real.findall(TEXT)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in real.finditer(TEXT)]
    assert lazy.sub("#", TEXT) == real.sub("#", TEXT)
    assert lazy.split(TEXT) == real.split(TEXT)
    assert (lazy.search(TEXT) or 0) and lazy.search(TEXT).group(0) == real.search(TEXT).group(0)
    assert lazy.flags == real.flags and lazy.groups == real.groups and lazy.groupindex == real.groupindex


def test_the_prose_rules_compile_no_pattern_at_import():
    code = ("import re\nn = []\nreal = re.compile\n"
            "re.compile = lambda *a, **k: n.append(a) or real(*a, **k)\n"
            "from gkdesk.checks.rules import prosenum, text, writing\n"
            "mine = [a for a in n if any(a[0] == getattr(v, 'pattern', None) for m in (prosenum, text, writing)"
            " for v in vars(m).values())]\n"
            "lazy = sum(isinstance(v, __import__('gkdesk.core.lazyre', fromlist=['x']).LazyPattern)"
            " for m in (prosenum, text, writing) for v in vars(m).values())\n"
            "print(len(mine), lazy)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0", (f"{out[0]} module-level pattern(s) of checks/rules/prosenum, text or writing compiled at "
                           "import: define them with lazyre.compile (every start and CLI command imports the rules)")
    assert int(out[1]) > 40
