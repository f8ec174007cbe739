"""Regular expressions compiled on first use.

The prose rules define about seventy module-level patterns; compiling them all when the rules are
imported cost tens of milliseconds of every start of the window and of every CLI command, while a
given report uses about two thirds of them. `compile()` returns a stand-in that compiles the
pattern the first time it is used and then puts the compiled pattern in place of itself in the
module that defined it, so later uses are plain `re.Pattern` calls with no indirection. A pattern
kept elsewhere (in a tuple or dict) stays a stand-in that forwards to the compiled pattern.
"""

from __future__ import annotations

import re
import sys


class LazyPattern:
    __slots__ = ("_args", "_rx", "_globals")

    def __init__(self, pattern: str, flags: int = 0, module_globals: dict | None = None):
        self._args = (pattern, flags)
        self._rx: re.Pattern | None = None
        self._globals = module_globals

    def compiled(self) -> re.Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(*self._args)
            g, self._globals = self._globals, None
            if g is not None:
                for name, value in list(g.items()):
                    if value is self:
                        g[name] = rx
        return rx

    @property
    def pattern(self) -> str:  # read to build other patterns: no need to compile this one
        return self._args[0]

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self._args[0]!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    """Like re.compile, compiled on first use (see the module's text)."""
    return LazyPattern(pattern, flags, sys._getframe(1).f_globals)
