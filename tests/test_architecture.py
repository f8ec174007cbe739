"""The core, checks, import/export and the CLI must not import Qt."""

import subprocess
import sys

NO_QT = ["gkdesk.core", "gkdesk.core.spec", "gkdesk.core.storage", "gkdesk.core.commands", "gkdesk.core.totals",
         "gkdesk.checks", "gkdesk.cli", "gkdesk.export", "gkdesk.importers", "gkdesk.review"]


def test_core_imports_no_qt():
    code = (
        "import sys, importlib, pkgutil\n"
        f"for m in {NO_QT!r}:\n"
        "    mod = importlib.import_module(m)\n"
        "    if hasattr(mod, '__path__'):\n"
        "        for info in pkgutil.walk_packages(mod.__path__, m + '.'):\n"
        "            importlib.import_module(info.name)\n"
        "from gkdesk.checks import all_checks; all_checks()\n"
        "from gkdesk.cli import build_parser; build_parser()\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'gkdesk.gui'))]\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
