"""Command line: `gkdesk` (no arguments: the desktop window) and `gkdesk <command> ...`.

Each subcommand lives in its own module with `register(subparsers)`; the handler returns the
exit code: 0 no errors, 1 errors found, 2 usage or I/O failure. Imports no Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__

SUBCOMMANDS = ("check", "export", "importcmd", "new", "merge")
EXIT_OK, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: exit code 2 with a Chinese hint
        self.print_usage(sys.stderr)
        self.exit(EXIT_FAILURE, f"{self.prog}: 参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="gkdesk", description="政府信息公开工作年度报告：编写、检查、导出。不带参数运行时打开桌面窗口。")
    p.add_argument("--version", action="version", version=f"gkdesk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    for name in SUBCOMMANDS:
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


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in SUBCOMMANDS
                    and argv[0] not in ("import",)):
        from ..gui.app import main as gui_main  # only the GUI imports Qt

        return gui_main(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_FAILURE
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return EXIT_FAILURE
