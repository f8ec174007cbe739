"""`gkdesk export` lists a report's errors with the rules of severity error only, importing only the rule
modules that hold one (registry.ERROR_RULE_MODULES). These lists must stay true as rules are added."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from gkdesk.checks import registry
from gkdesk.checks.finding import Severity

RULES = Path(registry.__file__).resolve().parent / "rules"


def test_every_module_that_registers_rules_is_listed():
    registering = {p.stem for p in RULES.glob("*.py") if re.search(r"^@check\(", p.read_text(encoding="utf-8"), re.M)}
    assert registering == set(registry.RULE_MODULES)


def test_every_error_rule_lives_in_a_listed_module():
    errors = [c for c in registry.all_checks() if c.severity is Severity.ERROR]
    assert errors, "no error rules at all?"
    homes = {c.fn.__module__.rsplit(".", 1)[1] for c in errors}
    assert homes <= set(registry.ERROR_RULE_MODULES), homes - set(registry.ERROR_RULE_MODULES)
    assert set(registry.ERROR_RULE_MODULES) <= set(registry.RULE_MODULES)
    assert registry.error_checks() == errors


def test_error_checks_leave_the_prose_rules_unimported():
    code = ("import sys\n"
            "from gkdesk.checks.registry import ERROR_RULE_MODULES, RULE_MODULES, error_checks\n"
            "ids = [c.id for c in error_checks()]\n"
            "left = [m for m in RULE_MODULES if m not in ERROR_RULE_MODULES]\n"
            "assert left and ids\n"
            "print([m for m in left if 'gkdesk.checks.rules.' + m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
