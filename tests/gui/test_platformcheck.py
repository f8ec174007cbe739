"""Start-up on Linux without the xcb libraries: a Chinese message naming the packages, not Qt's abort."""

import subprocess
import sys
from pathlib import Path

from gkdesk.gui.platformcheck import ALL_PACKAGES, platform_problem, uses_xcb

ROOT = Path(__file__).resolve().parents[2]


def test_missing_cursor_library_names_its_package():
    msg = platform_problem({"DISPLAY": ":0"}, load=lambda lib: lib != "libxcb-cursor.so.0", platform="linux")
    assert msg is not None
    assert "libxcb-cursor0" in msg and "sudo apt install libxcb-cursor0" in msg
    assert "libxcb-icccm4" not in msg  # only what is missing


def test_nothing_to_say_when_all_there_or_not_xcb():
    ok = lambda lib: True  # noqa: E731
    assert platform_problem({"DISPLAY": ":0"}, load=ok, platform="linux") is None
    missing = lambda lib: False  # noqa: E731
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, load=missing, platform="linux") is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}, load=missing, platform="linux") is None
    assert platform_problem({}, load=missing, platform="win32") is None
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert "DISPLAY" in platform_problem({"QT_QPA_PLATFORM": "xcb"}, load=ok, platform="linux")


def test_the_program_exits_with_the_message_before_qt_starts():
    code = ("import sys; from gkdesk.gui import platformcheck, app\n"
            "platformcheck._can_load = lambda lib: lib != 'libxcb-keysyms.so.1'\n"
            "platformcheck.platform_problem.__defaults__ = (None, platformcheck._can_load, 'linux')\n"
            "sys.exit(app.main([]))\n")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb", "GKDESK_NO_USER_STATE": "1", "HOME": str(ROOT)}
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 1, p.stderr
    assert "libxcb-keysyms1" in p.stderr and "sudo apt install" in p.stderr
    assert "Could not load the Qt platform plugin" not in p.stderr


def test_readme_lists_the_packages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ALL_PACKAGES in readme
