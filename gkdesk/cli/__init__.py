"""Command line: `gkdesk` (no arguments, or one report file: the desktop window) and `gkdesk <命令> ...`.

Each subcommand lives in its own module with `register(subparsers)`; the handler returns the exit
code (see .common: 0 ok, 1 errors in the report or refused, 2 usage or I/O failure). All texts,
argparse's own included, are Chinese. Imports no Qt (the window is imported only when it is started).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
from pathlib import Path

from .. import __version__
from .common import EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_FINDINGS", "EXIT_FAILURE", "COMMANDS"]

#: module per subcommand; the command name is the module name except `import` (a Python keyword)
SUBCOMMANDS = ("check", "export", "importcmd", "new", "merge", "compare", "helpcmd")
COMMANDS = ("check", "export", "import", "new", "merge", "compare", "help")

EPILOG = """退出码：0 正常（报告没有错误）；1 报告有错误，或因此拒绝执行（如 export --strict、无法汇总的报告）；
2 参数错误，或文件无法读取、无法保存。
不带参数运行时打开桌面窗口；给出一个报告文件时在窗口中打开它。
“gkdesk help 命令”查看某个命令的用法，“gkdesk help GK303”查看某个问题编号的含义和改法。"""

# argparse's own texts (Python 3.11–3.13), in Chinese. Applied only while gkdesk parses its arguments.
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多一个值",
    "expected at least one argument": "至少需要一个值",
    "invalid %(type)s value: %(value)r": "无效的值 %(value)r（应为 %(type)s）",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ambiguous option: %(option)s could match %(matches)s": "选项不明确：%(option)s 可以是 %(matches)s",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "one of the arguments %s is required": "须给出以下参数之一：%s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: 参数错误：%(message)s\n",
}


@contextlib.contextmanager
def _chinese_argparse():
    orig_gettext, orig_ngettext = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def zh(message: str) -> str:
        got = _ARGPARSE_ZH.get(message)
        if got is not None:
            return got
        if message is None or not message.isascii():  # argparse passes gkdesk's own (Chinese) titles too
            return message
        return orig_gettext(message)  # it looks for catalogue files (and imports locale) on each call

    def nzh(singular: str, plural: str, n: int) -> str:
        got = _ARGPARSE_ZH.get(singular if n == 1 else plural)
        return orig_ngettext(singular, plural, n) if got is None else got

    argparse._, argparse.ngettext = zh, nzh  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = orig_gettext, orig_ngettext  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        with _chinese_argparse():  # -h's help text and the group titles are made here
            super().__init__(*args, **kwargs)

    def error(self, message: str):  # usage errors: exit code 2, in the one error format
        self.print_usage(sys.stderr)
        self.exit(EXIT_FAILURE, f"{self.prog}: 参数错误：{message}\n“gkdesk help{self.prog[len('gkdesk'):]}”查看用法。\n")

    def format_help(self) -> str:
        with _chinese_argparse():
            return super().format_help()

    def format_usage(self) -> str:
        with _chinese_argparse():
            return super().format_usage()

    def parse_known_args(self, args=None, namespace=None):
        with _chinese_argparse():
            return super().parse_known_args(args, namespace)

    def parse_args(self, args=None, namespace=None):
        with _chinese_argparse():
            return super().parse_args(args, namespace)

    def add_argument(self, *args, **kwargs):
        with _chinese_argparse():  # the version action's help text
            return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        with _chinese_argparse():  # its title and description pass through gettext
            return super().add_subparsers(**kwargs)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only` (a command name) just that subcommand is registered, so that
    `gkdesk export …` does not import what the other commands need (the importers, for instance)."""
    p = _Parser(prog="gkdesk", description="政府信息公开工作年度报告：编写、检查、导出。", epilog=EPILOG)
    p.add_argument("--version", action="version", version=f"gkdesk {__version__}", help="显示版本号并退出")
    sub = p.add_subparsers(dest="command", metavar="<命令>", parser_class=_Parser, title="命令")
    names = SUBCOMMANDS if only not in COMMANDS else (SUBCOMMANDS[COMMANDS.index(only)],)
    for name in names:
        try:
            mod = importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as e:
            if e.name and e.name.endswith(f"cli.{name}"):
                continue
            raise
        mod.register(sub)
    return p


def _configure_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[attr-defined]
        except (AttributeError, ValueError):
            pass


def _opens_window(argv: list[str]) -> bool:
    return not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in COMMANDS)


def no_display_reason() -> str | None:
    """Why the window cannot open here (Linux without a display), or None. Checked before Qt loads,
    because Qt aborts the whole process when its platform plugin cannot start."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc … chosen on purpose
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "没有图形显示（未设置 DISPLAY/WAYLAND_DISPLAY，例如在远程终端中）"


def _start_window(argv: list[str]) -> int:
    if argv and not Path(argv[0]).exists():
        print(f"gkdesk: 错误：“{argv[0]}”不存在，也不是 gkdesk 的命令（可用命令：{'、'.join(COMMANDS)}；"
              f"“gkdesk help”查看用法）", file=sys.stderr)
        return EXIT_FAILURE
    reason = no_display_reason()
    if reason:
        print(f"gkdesk: 错误：无法打开桌面窗口：{reason}。\n"
              f"请在桌面环境中启动 gkdesk；在终端中可使用命令行，例如 gkdesk check 报告.json（“gkdesk help”查看全部命令）。",
              file=sys.stderr)
        return EXIT_FAILURE
    gc.disable()  # until the window's first frame (gui.app turns it on then; see gkdesk/__main__.py)
    try:
        from ..gui.app import main as gui_main  # only the GUI imports Qt
    except ImportError as e:
        print(f"gkdesk: 错误：无法加载图形界面库（{e}）。\n"
              "Linux 上请安装 Qt 需要的系统库，例如：sudo apt install libegl1 libxkbcommon-x11-0 libxcb-cursor0 "
              "libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libfontconfig1（见 README）。", file=sys.stderr)
        return EXIT_FAILURE
    return gui_main(argv)


#: commands that run briefly over one report and keep nearly everything they create until they end: the
#: cycle collector stays paused while they run (one export spent ~25 ms of CPU in ~80 collections
#: that found next to nothing). Commands over folders (check, merge) keep it: their garbage grows with the folder.
PAUSED_GC = ("export",)


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    #: called as the program (console script, python -m gkdesk, the frozen entry), not by a caller whose
    #: process goes on (tests): the process ends when main returns
    program = argv is None
    argv = sys.argv[1:] if argv is None else list(argv)
    if _opens_window(argv):
        try:
            return _start_window(argv)
        finally:
            gc.enable()  # (on already, after the first frame)
    if argv[0] in PAUSED_GC:
        gc.disable()  # (already, from python -m gkdesk or the frozen entry; not from the console script)
    else:
        gc.enable()  # paused while gkdesk was imported (gkdesk/__main__.py)
    try:
        parser = build_parser(argv[0] if argv[0] in COMMANDS else None)
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help()
            return EXIT_FAILURE
        try:
            return int(args.handler(args))
        except KeyboardInterrupt:
            print("gkdesk: 已中断", file=sys.stderr)
            return EXIT_FAILURE
    finally:
        if program:
            # The interpreter's shutdown runs one last cycle collection over every object still alive
            # (~60 M instructions after an export, 5 % of it). The command has written and closed its
            # files; what is left needs no collecting (the operating system frees it), so it is frozen.
            gc.freeze()
        gc.enable()
