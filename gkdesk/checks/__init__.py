"""Qt-free check engine: small pure rules with stable ids; findings are values pointing at cells."""

from .engine import run_checks, summarize
from .finding import Finding, Severity
from .registry import all_checks, get_check

__all__ = ["Finding", "Severity", "run_checks", "summarize", "all_checks", "get_check"]
