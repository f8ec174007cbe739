"""`gkdesk help [命令|GK编号] [--html 使用说明.html]`: usage of a command, the meaning of a finding id,
or the user guide written to a file (with its pictures) for reading in a browser."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from .common import EXIT_FAILURE, EXIT_OK, error


def register(sub) -> None:
    p = sub.add_parser("help", help="显示帮助：命令的用法、问题编号的含义和改法、使用说明",
                       description="显示帮助。不带参数时列出全部命令；给出命令名（如 check）时显示该命令的用法；"
                                   "给出问题编号（如 GK303）时显示它的含义和改法；--html 把使用说明保存为网页。")
    p.add_argument("topic", nargs="?", metavar="主题", help="命令名（check、export、import、new、merge）或问题编号（GK303）")
    p.add_argument("--html", metavar="使用说明.html", help="把完整的使用说明（含图片）保存为网页文件")
    p.set_defaults(handler=run)


def run(args) -> int:
    from . import build_parser

    if args.html:
        return _write_html(Path(args.html))
    parser = build_parser()
    topic = (args.topic or "").strip()
    if not topic:
        parser.print_help()
        return EXIT_OK
    if re.fullmatch(r"(?i)gk\d{3}", topic):
        from ..guide import entry_text

        text = entry_text(topic)
        if text is None:
            return error("help", f"没有编号为 {topic.upper()} 的检查（gkdesk help --html 使用说明.html 可查看全部编号）")
        print(text)
        return EXIT_OK
    sub = next(a for a in parser._actions if a.dest == "command")  # the subparsers action
    if topic in sub.choices:
        sub.choices[topic].print_help()
        return EXIT_OK
    return error("help", f"没有“{topic}”这个命令或问题编号。可用命令：{'、'.join(sub.choices)}")


def _write_html(out: Path) -> int:
    from ..guide import guide_dir, render

    if out.suffix.lower() not in (".html", ".htm"):
        return error("help", f"使用说明应保存为 .html 文件：“{out}”")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render(), encoding="utf-8")
        img = guide_dir() / "img"
        if img.is_dir():
            shutil.copytree(img, out.parent / "img", dirs_exist_ok=True)
    except OSError as e:
        return error("help", f"无法保存“{out}”：{e.strerror or e}", EXIT_FAILURE)
    print(f"使用说明已保存：{out}", file=sys.stdout)
    return EXIT_OK
