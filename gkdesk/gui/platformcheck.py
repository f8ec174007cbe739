"""Before Qt starts on Linux: are the system libraries of Qt's X11 (xcb) plugin there?

Without them Qt aborts with an English message ("Could not load the Qt platform plugin xcb …")
that a clerk cannot act on. This module imports no Qt: it tries to load each library the xcb
plugin links to and, if one is missing, returns a Chinese message naming the system packages
and the command that installs them (Debian, Ubuntu, UOS, Kylin; other distributions in words).
"""

from __future__ import annotations

import os
import sys
from typing import Callable, Mapping

#: shared library the Qt 6 xcb plugin needs -> Debian/UOS/Kylin package that provides it
XCB_LIBS: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libEGL.so.1": "libegl1",
    "libdbus-1.so.3": "libdbus-1-3",
}
ALL_PACKAGES = " ".join(XCB_LIBS.values())


def _can_load(name: str) -> bool:
    import ctypes  # only when the X11 plugin will be used (not imported on other starts)

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Will Qt pick its X11 plugin? (Linux, not forced to another platform, not a Wayland session.)"""
    if not platform.startswith("linux"):
        return False
    forced = env.get("QT_QPA_PLATFORM", "")
    if forced:
        return forced.split(";")[0].split(":")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_packages(load: Callable[[str], bool] = _can_load) -> list[str]:
    return [pkg for lib, pkg in XCB_LIBS.items() if not load(lib)]


def platform_problem(env: Mapping[str, str] | None = None, load: Callable[[str], bool] = _can_load,
                     platform: str = sys.platform) -> str | None:
    """A Chinese message when the window cannot start on this Linux system, else None."""
    env = os.environ if env is None else env
    if not uses_xcb(env, platform):
        return None
    missing = missing_packages(load)
    if missing:
        pkgs = " ".join(missing)
        return ("gkdesk 无法打开窗口：系统缺少图形界面所需的软件包 " + "、".join(missing) + "。\n"
                f"请让管理员安装后再启动：\n    sudo apt install {pkgs}\n"
                "（统信 UOS、银河麒麟、Debian、Ubuntu 适用；其他发行版请安装相应的 xcb-util-cursor、"
                "xcb-util-wm、xcb-util-keysyms 等软件包。）")
    if not env.get("DISPLAY"):
        return ("gkdesk 无法打开窗口：没有找到图形桌面（环境变量 DISPLAY 未设置）。"
                "请在桌面环境中启动 gkdesk；命令行检查请使用 “gkdesk check 文件”。")
    return None


def report(message: str) -> None:
    """Print the message; on a desktop also show it in a dialog if a helper program is there."""
    sys.stderr.write(message + "\n")
    import shutil
    import subprocess

    if not os.environ.get("DISPLAY"):
        return
    for cmd in (["zenity", "--error", "--no-wrap", "--title=gkdesk", f"--text={message}"],
                ["kdialog", "--title", "gkdesk", "--error", message]):
        if shutil.which(cmd[0]):
            try:
                subprocess.run(cmd, timeout=600, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return
