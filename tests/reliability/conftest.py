"""Shared helpers of the reliability suite: paths, a hang guard, report generators."""

from __future__ import annotations

import contextlib
import signal
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "resources" / "example-2021.json"


def real_report_texts() -> list[Path]:
    """Every real published report text available beside the repository (may be none in a bare clone)."""
    out = []
    for folder in (SHARED / "reports", SHARED / "reports" / "partial", SHARED / "seeds"):
        if folder.is_dir():
            out.extend(sorted(folder.glob("*.txt")))
    return out


class Hang(Exception):
    pass


@contextlib.contextmanager
def no_hang(seconds: float):
    """Fail (raise Hang) if the body runs longer than `seconds` of wall time (Unix; no-op elsewhere)."""
    if sys.platform == "win32" or not hasattr(signal, "setitimer"):
        yield
        return

    def _alarm(signum, frame):
        raise Hang(f"took longer than {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture
def example_bytes() -> bytes:
    return EXAMPLE.read_bytes()
