"""gkdesk.review is Qt-free: batch, summary and merge run (and `gkdesk check FOLDER`/`merge` work) without PySide6."""

import subprocess
import sys


def test_review_package_imports_no_qt(tmp_path):
    code = (
        "import sys, importlib, pkgutil\n"
        "import gkdesk.review as r\n"
        "for info in pkgutil.walk_packages(r.__path__, 'gkdesk.review.'):\n"
        "    importlib.import_module(info.name)\n"
        "from gkdesk.cli import main\n"
        f"main(['check', {str(tmp_path)!r}])\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'gkdesk.gui'))]\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    (tmp_path / "x.json").write_text("{", encoding="utf-8")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
