"""Values several rules of one check run share (a scan of the cells, a table's sums).

Inside `run_checks` / `Checker.run` a rule asks `shared(doc, key, compute)` and gets the value
computed once for this run; called outside a run (a test calling a rule directly) it simply
computes. A run is one document at one moment, so nothing is ever stale: the memo is dropped when
the run ends.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")
_local = threading.local()


@contextmanager
def run_scope(doc) -> Iterator[None]:
    outer = getattr(_local, "memo", None)
    _local.memo = (doc, {})
    try:
        yield
    finally:
        _local.memo = outer


def shared(doc, key: str, compute: Callable[[object], T]) -> T:
    memo = getattr(_local, "memo", None)
    if memo is None or memo[0] is not doc:
        return compute(doc)
    values = memo[1]
    if key not in values:
        values[key] = compute(doc)
    return values[key]
