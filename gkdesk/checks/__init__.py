"""Qt-free check engine: small pure rules with stable ids; findings are values pointing at cells.

The names below are imported from their modules when first used (PEP 562), so that importing
`gkdesk.checks.finding` (the window's start does) does not import the engine and the registry.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import run_checks, summarize
    from .finding import Finding, Severity
    from .registry import all_checks, get_check

__all__ = ["Finding", "Severity", "run_checks", "summarize", "all_checks", "get_check"]

#: public name -> the module that defines it
_HOME = {"run_checks": ".engine", "summarize": ".engine", "Finding": ".finding", "Severity": ".finding",
         "all_checks": ".registry", "get_check": ".registry"}


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # later lookups do not come here again
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
