"""What every subcommand shares: exit codes, the one error format, reading any report file.

Exit codes (documented in `gkdesk help` and the README):
    0  done, no errors in the report(s)
    1  the report has errors, or the command refused on their account (export --strict, merge of
       reports that cannot be added up)
    2  usage error, or a file could not be read or written

Every message on stderr has the form ``gkdesk <命令>: <类别>：<内容>`` with 类别 one of 错误 / 警告 /
参数错误, so that a clerk (and a script) sees at once which command said what.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..core import storage
from ..core.errors import GkdeskError, LoadError

EXIT_OK, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2

PUBLISHED_HINT = "这是已发布的报告，请先用 gkdesk import 导入"


def error(cmd: str, message: str, code: int = EXIT_FAILURE) -> int:
    print(f"gkdesk {cmd}: 错误：{message}", file=sys.stderr)
    return code


def warn(cmd: str, message: str) -> None:
    print(f"gkdesk {cmd}: 警告：{message}", file=sys.stderr)


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True if the two paths name one file (the same path, a link, a hard link)."""
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def refuse_output(cmd: str, out: str | os.PathLike, inputs, force: bool, what: str = "输出文件") -> int | None:
    """An exit code if `out` must not be written: it is one of the command's `inputs` (never, not even
    with --force), or it exists and --force was not given; None if writing is fine."""
    for i in inputs:
        if i and same_file(out, i):
            return error(cmd, f"{what}“{out}”就是本命令读取的文件“{i}”，不能覆盖它（请换一个文件名）")
    if os.path.lexists(out) and not force:
        return error(cmd, f"{what}“{out}”已存在，未覆盖（如需覆盖请加 --force）")
    return None


def import_suffixes() -> tuple[str, ...]:
    """The published-report file types, from the importers (the one list); .json is our own format."""
    from ..importers import SUPPORTED_SUFFIXES

    return tuple(s for s in SUPPORTED_SUFFIXES if s != ".json")


def importable() -> str:
    return "/".join(import_suffixes())


def read_report(path: str | os.PathLike) -> tuple:
    """(document, kind) of any report: our .json, a published report (importers), or an old .doc/.wps/.et
    converted through LibreOffice when it is installed. GkdeskError with a Chinese reason otherwise."""
    from ..importers import import_bytes, safety
    from ..importers.legacy import import_old, is_legacy

    p = Path(path)
    if not p.exists():
        raise LoadError(str(p), ["文件不存在"])
    if p.is_dir():
        raise LoadError(str(p), ["这是一个文件夹，不是文件"])
    try:
        if p.suffix.lower() == ".json":
            return storage.load(p), "json"
        data = safety.read_limited(p)
        res = import_old(p, data) if is_legacy(p) else import_bytes(data, p.name)
        return res.doc, res.kind
    except GkdeskError:
        raise
    except Exception as e:  # noqa: BLE001 - an importer failing on a hostile file must not crash the command
        raise GkdeskError(f"无法导入“{p}”：程序内部错误（{type(e).__name__}: {e}）") from None


def load_own(path: str | os.PathLike):
    """A gkdesk report file (.json) for the commands that work on our own files only (export).
    A published report gets the hint to import it first instead of "已损坏"."""
    p = Path(path)
    if p.is_file() and p.suffix.lower() != ".json":
        from ..importers import sniff  # only for a file that is not .json (the importers are slow to import)
        from ..importers.legacy import is_legacy

        try:
            with open(p, "rb") as f:
                head = f.read(65536)
        except OSError as e:
            raise LoadError(str(p), [e.strerror or str(e)]) from None
        if is_legacy(p) or sniff(head) != "json":
            raise GkdeskError(f"“{p}”不是 gkdesk 报告文件（.json）。{PUBLISHED_HINT}："
                              f"gkdesk import \"{p}\" -o 报告.json")
    return storage.load(p)
