"""The catalogue of checks. Ids are stable and never reused."""

from __future__ import annotations

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


def _load_rules() -> None:
    from .rules import cells, consolidation, crossyear, structure, tables, text, writing  # noqa: F401  (registration side effect)


def all_checks() -> list[Check]:
    _load_rules()
    return sorted(_REGISTRY.values(), key=lambda c: c.id)


def get_check(id: str) -> Check:
    _load_rules()
    return _REGISTRY[id]
