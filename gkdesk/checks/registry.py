"""The catalogue of checks. Ids are stable and never reused."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Iterable

from .finding import Hit, Severity

CheckFn = Callable[..., Iterable[Hit]]


@dataclass(frozen=True)
class Check:
    id: str
    severity: Severity
    title: str
    reads: tuple[str, ...]  # "meta", section keys, table keys ("t3") or "previous"
    fn: CheckFn
    explainable: bool  # may the clerk attach a 说明 instead of fixing it?
    cause: bool = False  # a wrong cell content (not a number, negative, …): listed before relations over it

    @property
    def doc(self) -> str:
        return (self.fn.__doc__ or "").strip()


_REGISTRY: dict[str, Check] = {}


def check(id: str, severity: Severity, title: str, reads: Iterable[str], explainable: bool | None = None,
          cause: bool = False):
    """Register a rule: a function doc -> iterable of Hit."""

    def deco(fn: CheckFn) -> CheckFn:
        if id in _REGISTRY:
            raise ValueError(f"duplicate check id {id}")
        exp = severity is not Severity.ERROR if explainable is None else explainable
        _REGISTRY[id] = Check(id, severity, title, tuple(reads), fn, exp, cause)
        return fn

    return deco


#: the modules of gkdesk.checks.rules that register rules (importing one registers its rules)
RULE_MODULES = ("cells", "consolidation", "crossyear", "structure", "tables", "text", "writing")
#: those of them with a rule of severity error; the prose modules (text, writing) have only warnings and
#: hints, so the errors alone do not need them (tests/checks/test_registry_errors.py keeps this true)
ERROR_RULE_MODULES = ("cells", "consolidation", "crossyear", "structure", "tables")
_LOADED: set[str] = set()


def _load_rules(modules: tuple[str, ...] = RULE_MODULES) -> None:
    for name in modules:
        if name not in _LOADED:
            importlib.import_module(f".rules.{name}", __package__)  # registration side effect
            _LOADED.add(name)


def all_checks() -> list[Check]:
    _load_rules()
    return sorted(_REGISTRY.values(), key=lambda c: c.id)


def error_checks() -> list[Check]:
    """The rules of severity error, in id order, without importing the rule modules that have none."""
    _load_rules(ERROR_RULE_MODULES)
    return sorted((c for c in _REGISTRY.values() if c.severity is Severity.ERROR), key=lambda c: c.id)


def get_check(id: str) -> Check:
    _load_rules()
    return _REGISTRY[id]
