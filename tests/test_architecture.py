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


#: the text stages of the importers, in pipeline order: each may import only the stages before it
IMPORT_STAGES = ["locate", "rows", "layout_text", "resolve", "gaps", "glued", "stream", "tables", "grid"]


def test_import_stages_import_only_earlier_stages():
    import ast
    from pathlib import Path

    pkg = Path(__file__).resolve().parents[1] / "gkdesk" / "importers"
    for i, stage in enumerate(IMPORT_STAGES):
        tree = ast.parse((pkg / f"{stage}.py").read_text(encoding="utf-8"))
        imported = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:  # from .tables import x
                    imported.add(node.module.split(".")[0])
                else:  # from . import tables
                    imported.update(a.name for a in node.names)
        later = imported & set(IMPORT_STAGES[i + 1:])
        assert not later, f"importers/{stage}.py imports later stage(s) {sorted(later)}"
        assert stage not in imported
